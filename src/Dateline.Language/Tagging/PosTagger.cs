using Dateline.Core.Model;

namespace Dateline.Language.Tagging;

/// <summary>
/// Tags the tokens of a sentence left to right (greedy: each tag reads the two before it): a word of the tag
/// dictionary takes its tag, every other word the model's best. The shipped model is trained on GMB's Penn tags
/// (<c>dateline train pos</c>, README).
/// </summary>
public sealed class PosTagger(PosModel model)
{
    public const string ShippedResource = "pos.bin";

    private static readonly Lazy<PosTagger> Shipped = new(() =>
    {
        using var stream = ResourceText.OpenModel(ShippedResource)
            ?? throw new InvalidOperationException("the shipped part-of-speech model (Models/pos.bin) is not embedded in Dateline.Language");
        return new PosTagger(PosModel.Load(stream));
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public static PosTagger Default => Shipped.Value;

    public PosModel Model => model;

    /// <summary>Tags one sentence's tokens, given as spans of <paramref name="text"/>, into <paramref name="tags"/>.</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, Span<PartOfSpeech> tags)
    {
        var words = tokens.Length <= 256 ? stackalloc PosWord[tokens.Length] : new PosWord[tokens.Length];
        var hashes = tokens.Length <= 256 ? stackalloc uint[tokens.Length] : new uint[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            hashes[i] = PosModel.DictionaryHash(word);
            model.PrefetchDictionary(hashes[i], found: false);
            words[i] = PosFeatures.Describe(word);
        }

        for (int i = 0; i < tokens.Length; i++)
        {
            model.PrefetchDictionary(hashes[i], found: true);
        }

        Span<ulong> features = stackalloc ulong[PosFeatures.Count];
        int previous = PosFeatures.Start, previous2 = PosFeatures.Start;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!model.TryDictionary(text.Slice(tokens[i].Start, tokens[i].Length), hashes[i], out var tag))
            {
                PosFeatures.Fill(words, i, previous, previous2, features);
                tag = model.Predict(features);
            }

            tags[i] = tag;
            previous2 = previous;
            previous = (int)tag;
        }
    }

    /// <summary>Tags words given as strings (pre-tokenised corpora).</summary>
    public PartOfSpeech[] Tag(IReadOnlyList<string> words)
    {
        var text = string.Join(' ', words);
        var spans = new TextSpan[words.Count];
        int at = 0;
        for (int i = 0; i < words.Count; i++)
        {
            spans[i] = new TextSpan(at, at + words[i].Length);
            at += words[i].Length + 1;
        }

        var tags = new PartOfSpeech[words.Count];
        Tag(text, spans, tags);
        return tags;
    }
}
