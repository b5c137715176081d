using Dateline.Core.Layers;
using Dateline.Core.Layers.Paragraphs;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Language;

/// <summary>
/// Guesses the language of the clean text from its function words (lists in Data/stopwords.txt); CJK scripts are told
/// by their characters. A page that declares its language keeps the declaration.
/// </summary>
public sealed class LanguageGuesser : IPipelineComponent
{
    private static readonly Lazy<ProfileTable> Profiles = new(LoadTable);

    public string Name => "language";

    public IReadOnlyList<Capability> Requires => [Capability.Text];

    public IReadOnlyList<Capability> Assigns => [Capability.Metadata];

    public bool AppliesTo(Document document) => document.Metadata.Language is null && document.Text.Length > 0;

    public Document Process(Document document, ProcessingContext context)
        => Guess(document.Text) is { } code ? document.WithMetadata(m => m with { Language = code }) : document;

    public static string? Guess(string text)
    {
        var sample = text.Length > 20000 ? text[..20000] : text;
        int kana = 0, han = 0, hangul = 0, letters = 0;
        foreach (var c in sample)
        {
            if (c is >= '\u3040' and <= '\u30ff')
            {
                kana++;
            }
            else if (c is >= '\u4e00' and <= '\u9fff')
            {
                han++;
            }
            else if (c is >= '\uac00' and <= '\ud7af')
            {
                hangul++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }

        if (kana > 20)
        {
            return "ja";
        }

        if (hangul > 20)
        {
            return "ko";
        }

        if (han > letters && han > 20)
        {
            return "zh";
        }

        // the words between separators, lower-cased, each counted for every profile that lists it (one lookup per word)
        var profiles = Profiles.Value;
        Span<int> hits = stackalloc int[profiles.Codes.Length];
        Span<char> lower = stackalloc char[64];
        int words = 0;
        var span = sample.AsSpan();
        for (int at = 0; at < span.Length;)
        {
            int length = span[at..].IndexOfAny(Separators);
            if (length < 0)
            {
                length = span.Length - at;
            }

            if (length > 0)
            {
                words++;
                var word = span.Slice(at, length);
                ulong listed;
                if (length <= lower.Length)
                {
                    int n = word.ToLowerInvariant(lower);
                    profiles.Words.TryGetValue(lower[..n], out listed);
                }
                else
                {
                    profiles.Words.TryGetValue(word.ToString().ToLowerInvariant(), out listed);
                }

                for (; listed != 0; listed &= listed - 1)
                {
                    hits[System.Numerics.BitOperations.TrailingZeroCount(listed)]++;
                }
            }

            at += length + 1;
        }

        if (words < 5)
        {
            return null;
        }

        // the first profile with the most hits
        int best = 0;
        for (int p = 1; p < hits.Length; p++)
        {
            if (hits[p] > hits[best])
            {
                best = p;
            }
        }

        return hits[best] >= Math.Max(2, words / 20) ? profiles.Codes[best] : null;
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(" \n\t,.;:!?\"()“”«»");

    /// <summary>The profiles' codes in file order, and each listed word with a bit per profile that lists it.</summary>
    private sealed record ProfileTable(string[] Codes, Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> Words);

    private static ProfileTable LoadTable()
    {
        var profiles = LoadProfiles();
        if (profiles.Count > 64)
        {
            throw new InvalidDataException("stopwords.txt: more than 64 languages");
        }

        var words = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (int p = 0; p < profiles.Count; p++)
        {
            foreach (var w in profiles[p].Item2)
            {
                words[w] = words.GetValueOrDefault(w) | (1UL << p);
            }
        }

        return new ProfileTable([.. profiles.Select(p => p.Item1)], words.GetAlternateLookup<ReadOnlySpan<char>>());
    }

    private static IReadOnlyList<(string, HashSet<string>)> LoadProfiles()
        => ChromeLexicon.ReadResource("stopwords.txt").Split('\n')
            .Where(l => l.Length > 0 && !l.StartsWith('#') && l.Contains('\t', StringComparison.Ordinal))
            .Select(l => (l[..l.IndexOf('\t', StringComparison.Ordinal)], new HashSet<string>(l[(l.IndexOf('\t', StringComparison.Ordinal) + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal)))
            .ToList();
}
