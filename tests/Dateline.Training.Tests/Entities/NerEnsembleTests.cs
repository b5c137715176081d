using Dateline.Core.Layers.Entities;
using Dateline.Language.Entities;
using Dateline.Training.Entities;

namespace Dateline.Training.Tests.Entities;

public class NerEnsembleTests
{
    private static readonly NerTrainingOptions Tiny = new() { Bits = 16, Epochs = 8, MinFeatureCount = 1 };

    private static readonly string[] Probe = "Officials praised Jordan today .".Split(' ');

    [Fact]
    public void The_majority_decides_a_chunk()
    {
        var person = Train("PERSON", seed: 1);
        var place = Train("LOC", seed: 1);
        Assert.Equal("PERSON", Only(new EntityRecognizer(person)));
        Assert.Equal("LOC", Only(new EntityRecognizer(place)));

        // Two of three members say PERSON, then two of three say LOC; the order of the members does not matter.
        Assert.Equal("PERSON", Only(new EntityRecognizer(new NerEnsemble([person, place, Train("PERSON", seed: 2)]))));
        Assert.Equal("LOC", Only(new EntityRecognizer(new NerEnsemble([person, place, Train("LOC", seed: 2, bilou: true)]))));
        Assert.Equal("LOC", Only(new EntityRecognizer(new NerEnsemble([Train("LOC", seed: 2, bilou: true), person, place]))));
    }

    [Fact]
    public void A_chunk_without_a_majority_is_dropped()
    {
        var person = Train("PERSON", seed: 1);
        var place = Train("LOC", seed: 1);
        var organisation = Train("ORG", seed: 1);
        var types = new[] { person, place, organisation }.Select(m => Only(new EntityRecognizer(m))).ToList();
        Assert.Equal(["PERSON", "LOC", "ORG"], types);
        Assert.Empty(new EntityRecognizer(new NerEnsemble([person, place, organisation])).Recognize(Probe));
    }

    [Fact]
    public void An_ensemble_file_keeps_its_members_and_a_model_file_loads_as_an_ensemble_of_one()
    {
        var members = new[] { Train("PERSON", 1), Train("LOC", 1), Train("PERSON", 2, bilou: true) };
        var ensemble = new NerEnsemble(members);
        var path = Path.Combine(Path.GetTempPath(), $"dateline-ensemble-{Guid.NewGuid():N}.bin");
        try
        {
            ensemble.Save(path);
            var loaded = NerEnsemble.Load(path);
            Assert.Equal(ensemble.WeightsHash(), loaded.WeightsHash());
            Assert.Equal(3, loaded.Members.Count);
            Assert.True(loaded.Members[2].Scheme.IsBilou);
            Assert.Equal(members.Select(m => m.WeightsHash()), loaded.Members.Select(m => m.WeightsHash()));
            Assert.Equal("PERSON", Only(new EntityRecognizer(loaded)));

            members[1].Save(path);
            var single = NerEnsemble.Load(path);
            Assert.Single(single.Members);
            Assert.Equal(members[1].WeightsHash(), single.WeightsHash());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_is_saved_uncompressed_and_a_gzip_compressed_one_of_the_same_body_loads_alike()
    {
        var ensemble = new NerEnsemble([Train("PERSON", 1), Train("LOC", 1), Train("PERSON", 2, bilou: true)]);
        var path = Path.Combine(Path.GetTempPath(), $"dateline-ensemble-{Guid.NewGuid():N}.bin");
        try
        {
            ensemble.Save(path);
            var body = File.ReadAllBytes(path);
            Assert.Equal(NerEnsemble.Magic, BitConverter.ToUInt32(body, 0)); // the body as it is: loading inflates nothing
            using (var gzip = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
            {
                gzip.Write(body);
            }

            var loaded = NerEnsemble.Load(path);
            Assert.Equal(ensemble.WeightsHash(), loaded.WeightsHash());
            Assert.Equal("PERSON", Only(new EntityRecognizer(loaded)));
            using var pipe = new NonSeekable(new MemoryStream(body));
            Assert.Equal(ensemble.WeightsHash(), NerEnsemble.Load(pipe).WeightsHash());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_model_in_the_former_record_layout_loads_alike_and_converts_to_the_current_one()
    {
        var model = Train("PERSON", 1, bilou: true);
        var path = Path.Combine(Path.GetTempPath(), $"dateline-model-{Guid.NewGuid():N}.bin");
        var converted = path + ".new";
        try
        {
            model.Save(path);
            var current = File.ReadAllBytes(path);
            File.WriteAllBytes(path, FormerLayout(current));
            var loaded = NerModel.Load(path);
            Assert.Equal(model.WeightsHash(), loaded.WeightsHash());
            Assert.Equal("PERSON", Only(new EntityRecognizer(loaded)));

            Dateline.Language.ModelConversion.Convert(path, converted);
            Assert.Equal(current, File.ReadAllBytes(converted));
        }
        finally
        {
            File.Delete(path);
            File.Delete(converted);
        }
    }

    [Fact]
    public void A_file_that_is_not_a_whole_model_gives_an_error_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dateline-ensemble-{Guid.NewGuid():N}.bin");
        try
        {
            File.WriteAllText(path, "not a model");
            Assert.Contains(path, Assert.Throws<InvalidDataException>(() => NerEnsemble.Load(path)).Message);
            Assert.Contains(path, Assert.Throws<InvalidDataException>(() => NerModel.Load(path)).Message);

            new NerEnsemble([Train("PERSON", 1), Train("LOC", 1), Train("PERSON", 2)]).Save(path);
            var bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
            Assert.Contains("ends early", Assert.Throws<InvalidDataException>(() => NerEnsemble.Load(path)).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Members_must_read_the_same_features()
    {
        var person = Train("PERSON", 1);
        var wider = new NerTrainer(Tiny with { ExtendedFeatures = true }).Train(Sentences("LOC"), Lexicon.Empty, WordClusters.Empty);
        Assert.Throws<ArgumentException>(() => new NerEnsemble([person, wider, person]));
        var phrases = new NerTrainer(Tiny with { PhraseFeatures = true }).Train(Sentences("LOC"), Lexicon.Empty, WordClusters.Empty);
        Assert.True(phrases.UsesPhraseFeatures);
        Assert.Throws<ArgumentException>(() => new NerEnsemble([person, phrases, person]));
        Assert.Throws<ArgumentException>(() => NerModel.Average([person, phrases]));
        var history = new NerTrainer(Tiny with { PredictionHistory = true }).Train(Sentences("LOC"), Lexicon.Empty, WordClusters.Empty);
        Assert.Throws<ArgumentException>(() => new NerEnsemble([person, history, person]));
        Assert.Throws<ArgumentException>(() => new NerEnsemble([]));
    }

    private static string Only(EntityRecognizer recognizer)
    {
        var entity = Assert.Single(recognizer.Recognize(Probe));
        Assert.Equal((2, 3), (entity.Start, entity.End));
        return entity.Label.Code();
    }

    /// <summary>A tiny model for which "Jordan" is always of one type.</summary>
    private static NerModel Train(string jordan, int seed, bool bilou = false)
        => new NerTrainer(Tiny with { Seed = seed, Bilou = bilou }).Train(Sentences(jordan), Lexicon.Empty, WordClusters.Empty);

    private static List<TaggedSentence> Sentences(string jordan) =>
    [
        Sentence($"Jordan/B-{jordan} said nothing ."),
        Sentence($"Officials praised Jordan/B-{jordan} ."),
        Sentence("John/B-PERSON Smith/I-PERSON visited Paris/B-LOC on Monday ."),
        Sentence("The/O United/B-ORG Nations/I-ORG met in Geneva/B-LOC ."),
        Sentence($"Reporters asked Jordan/B-{jordan} today ."),
    ];

    private static TaggedSentence Sentence(string annotated)
    {
        var parts = annotated.Split(' ');
        return new TaggedSentence(parts.Select(p => p.Split('/')[0]).ToArray(), parts.Select(p => p.Contains('/') ? p.Split('/')[1] : "O").ToArray());
    }

    /// <summary>
    /// A single-model file of format 3 rewritten as format 2 wrote it: rows as (bucket, half weights) records in row
    /// order, the gazetteer and clusters as (key, value) records in key order.
    /// </summary>
    private static byte[] FormerLayout(byte[] current)
    {
        using var reader = new BinaryReader(new MemoryStream(current));
        using var buffer = new MemoryStream();
        using var writer = new BinaryWriter(buffer);
        writer.Write(reader.ReadUInt32());
        Assert.Equal(3, reader.ReadInt32());
        writer.Write(2);
        int flags = reader.ReadInt32();
        writer.Write(flags);
        int types = reader.ReadInt32();
        writer.Write(types);
        for (int t = 0; t < types; t++)
        {
            writer.Write(reader.ReadString());
        }

        writer.Write(reader.ReadInt32());
        int labels = (flags & 4) != 0 ? (4 * types) + 1 : (2 * types) + 1;
        for (int i = 0; i < (labels + 1) * labels; i++)
        {
            writer.Write(reader.ReadSingle());
        }

        int rows = reader.ReadInt32();
        int slots = reader.ReadInt32();
        var bucketOfRow = new int[rows];
        for (int slot = 0; slot < slots; slot++)
        {
            int key = reader.ReadInt32();
            int row = reader.ReadInt32();
            if (key != 0)
            {
                bucketOfRow[row] = key - 1;
            }
        }

        int width = (labels + 3) / 4 * 4;
        writer.Write(rows);
        for (int r = 0; r < rows; r++)
        {
            writer.Write(bucketOfRow[r]);
            for (int y = 0; y < width; y++)
            {
                float weight = reader.ReadSingle();
                if (y < labels)
                {
                    writer.Write((Half)weight);
                }
            }
        }

        writer.Write(reader.ReadInt32()); // the gazetteer's longest entry
        FormerKeyTable(reader, writer);
        FormerKeyTable(reader, writer);
        Assert.Equal(current.Length, reader.BaseStream.Position);
        writer.Flush();
        return buffer.ToArray();
    }

    private static void FormerKeyTable(BinaryReader reader, BinaryWriter writer)
    {
        int count = reader.ReadInt32();
        int bits = reader.ReadInt32();
        var keys = Enumerable.Range(0, count).Select(_ => reader.ReadUInt64()).ToArray();
        var values = Enumerable.Range(0, count).Select(_ => reader.ReadUInt32()).ToArray();
        reader.BaseStream.Position += 4L * ((1 << bits) + 1);
        writer.Write(count);
        for (int i = 0; i < count; i++)
        {
            writer.Write(keys[i]);
            writer.Write(values[i]);
        }
    }

    /// <summary>A stream that cannot seek, as stdin or a pipe.</summary>
    private sealed class NonSeekable(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
