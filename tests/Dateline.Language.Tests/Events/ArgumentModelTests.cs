using Dateline.Language.Events;

namespace Dateline.Language.Tests.Events;

/// <summary>The argument scorer's file (format 2, "ARG2": the tables as they lie in memory) against the text format it replaced.</summary>
public class ArgumentModelTests
{
    private static readonly string[] Words = ["police", "near", "-", "x|side=L", "x", "", "in|type=Assault", "rebels", "ministry"];

    [Fact]
    public void The_binary_file_scores_the_same_floats_as_the_text_it_was_converted_from()
    {
        var random = new Random(15);
        for (int round = 0; round < 40; round++)
        {
            var weights = RandomWeights(random);
            var text = new StringWriter();
            new ArgumentModel(weights, minMargin: 2.5f).Write(text, "round " + round);
            var fromText = ArgumentModel.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
            var bytes = Bytes(fromText);
            var fromBinary = ArgumentModel.Load(new MemoryStream(bytes));
            Assert.Equal("round " + round, fromBinary.Header);
            Assert.Equal(2.5f, fromBinary.MinMargin);
            Assert.Equal(fromText.FeatureCount, fromBinary.FeatureCount);
            Assert.Equal(bytes, Bytes(fromBinary)); // converting the converted file gives the same bytes
            for (int k = 0; k < 50; k++)
            {
                var values = Values(random);
                Assert.Equal(Bits(fromText.Scores(values)), Bits(fromBinary.Scores(values)));
            }
        }
    }

    [Fact]
    public void A_file_laid_out_for_other_templates_is_built_from_its_features()
    {
        var random = new Random(16);
        var model = new ArgumentModel(RandomWeights(random), minMargin: 1);
        var bytes = Bytes(model);
        bytes[12] ^= 0xff; // the templates' layout hash (after magic, margin and feature count)
        var rebuilt = ArgumentModel.Load(new MemoryStream(bytes));
        for (int k = 0; k < 200; k++)
        {
            var values = Values(random);
            Assert.Equal(Bits(model.Scores(values)), Bits(rebuilt.Scores(values)));
        }

        Assert.Equal(Bytes(model), Bytes(rebuilt));
    }

    [Fact]
    public void A_broken_file_is_refused_at_load()
    {
        var bytes = Bytes(new ArgumentModel(RandomWeights(new Random(17)), minMargin: 1));
        Assert.Throws<InvalidDataException>(() => ArgumentModel.Load(new MemoryStream(bytes[..100])));

        var badSize = (byte[])bytes.Clone();
        BitConverter.GetBytes(1000).CopyTo(badSize, 20); // a key capacity that is no power of two
        Assert.Throws<InvalidDataException>(() => ArgumentModel.Load(new MemoryStream(badSize)));

        // a word slot naming a word beyond the words: the first word slot lies after the keys, rows and dense array
        int capacity = BitConverter.ToInt32(bytes, 20), dense = BitConverter.ToInt32(bytes, 24);
        var badWord = (byte[])bytes.Clone();
        BitConverter.GetBytes(int.MaxValue).CopyTo(badWord, 40 + (capacity * 16) + (dense * 4));
        Assert.Throws<InvalidDataException>(() => ArgumentModel.Load(new MemoryStream(badWord)));
    }

    [Fact]
    public void The_shipped_model_loads_from_its_tables()
    {
        var shipped = ArgumentModel.Shipped;
        Assert.NotNull(shipped);
        Assert.True(shipped.FeatureCount > 1000);
        Assert.Contains("dateline train events", shipped.Header);
    }

    private static byte[] Bytes(ArgumentModel model)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            model.Write(writer);
        }

        return buffer.ToArray();
    }

    private static (int, int) Bits((float Source, float Target) scores)
        => (BitConverter.SingleToInt32Bits(scores.Source), BitConverter.SingleToInt32Bits(scores.Target));

    /// <summary>Weights for the features of random values (some written as "-0"), as texts the templates write.</summary>
    private static Dictionary<string, float[]> RandomWeights(Random random)
    {
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (int k = 0; k < 30; k++)
        {
            foreach (var f in ArgumentFeatures.Texts(Values(random)))
            {
                if (random.Next(3) > 0)
                {
                    weights[f] = random.Next(8) == 0 ? [-0f, 0f] : [(float)Math.Round((random.NextDouble() - 0.5) * 20, 4), (float)Math.Round(random.NextDouble() * 1e-3, 4)];
                }
            }
        }

        weights["head=x|side=L"] = [7, 7];
        return weights;
    }

    private static ArgumentFeatureValues Values(Random random)
    {
        var values = new ArgumentFeatureValues();
        values.Clear(none: random.Next(4) == 0);
        for (int slot = 0; slot < ArgumentFeatures.SlotNames.Length; slot++)
        {
            if (ArgumentFeatures.SlotValues[slot] is { } texts)
            {
                values.Set((ArgumentFeatures.Slot)slot, random.Next(texts.Length));
            }
        }

        values.Prep = Words[random.Next(Words.Length)];
        values.Head = Words[random.Next(Words.Length)];
        return values;
    }
}
