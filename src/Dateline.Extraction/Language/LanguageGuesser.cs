using Dateline.Core.Layers;
using Dateline.Core.Layers.Paragraphs;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Core.Text;
using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Language;

/// <summary>
/// Guesses the language of the clean text from its function words (lists in Data/stopwords.txt); CJK scripts are told
/// by their characters; a guess needs the text's letters to be mostly in its profile's script (Latin, or Cyrillic for
/// Russian), so a Hindi article quoting English names is not English. A page keeps the language it declares unless
/// its text reads as another language that has a profile too (a site template's lang="en" over a German article):
/// then the text wins and a warning says so. A language the caller supplied is never replaced.
/// </summary>
public sealed class LanguageGuesser : IPipelineComponent
{
    private static readonly Lazy<ProfileTable> Profiles = new(LoadTable);

    public string Name => "language";

    public IReadOnlyList<Capability> Requires => [Capability.Text];

    public IReadOnlyList<Capability> Assigns => [Capability.Metadata];

    public bool AppliesTo(Document document) => document.Text.Length > 0 && document.Raw.Supplied?.Language is null;

    public Document Process(Document document, ProcessingContext context)
    {
        var declared = document.Metadata.Language;
        if (Guess(document.Text) is not { } guess || guess == declared)
        {
            return document;
        }

        if (declared is null)
        {
            return document.WithMetadata(m => m with { Language = guess });
        }

        // a declared language without a profile could not have been guessed, so its text's guess says nothing against it
        return !CanGuess(declared)
            ? document
            : document.WithMetadata(m => m with { Language = guess })
                .AddWarning($"language: the page declares '{declared}' but its text reads as '{guess}'");
    }

    /// <summary>
    /// The fewest function words of one profile that name a language. Two named Polish for a quoted English sentence of
    /// 14 words ("… when I meet someone like Ron Perlman": Polish "i" and "to" against English "to"), which the English
    /// layers then skipped (issue 17, the events dev set's c046); no text of htmldate's 665 dev pages moved with three.
    /// </summary>
    public const int MinHits = 3;

    /// <summary>Whether <see cref="Guess"/> can name the language: it has a profile, or a script of its own (ja, ko, zh).</summary>
    public static bool CanGuess(string code) => Array.IndexOf(ScriptLanguages, code) >= 0 || Array.IndexOf(Profiles.Value.Codes, code) >= 0;

    // the languages told by their script alone, not by a profile of function words
    private const string Japanese = "ja", Korean = "ko", Chinese = "zh";
    private static readonly string[] ScriptLanguages = [Japanese, Korean, Chinese];

    public static string? Guess(string text)
    {
        var sample = text.Length > 20000 ? text[..20000] : text;
        int kana = 0, han = 0, hangul = 0, letters = 0, latin = 0;
        foreach (var c in sample)
        {
            if (Scripts.IsKana(c))
            {
                kana++;
            }
            else if (Scripts.IsHan(c))
            {
                han++;
            }
            else if (Scripts.IsHangul(c))
            {
                hangul++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                if (Scripts.IsLatinLetter(c))
                {
                    latin++;
                }
            }
        }

        // a script's own letters must outnumber the others: an English report quoting a Korean name in hangul is English
        if (kana > 20 && kana + han > letters)
        {
            return Japanese;
        }

        if (hangul > 20 && hangul > letters)
        {
            return Korean;
        }

        if (han > letters && han > 20)
        {
            return Chinese;
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

        return hits[best] >= Math.Max(MinHits, words / 20) && profiles.Latin[best] == (latin * 2 >= letters) ? profiles.Codes[best] : null;
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(" \n\t,.;:!?\"()“”«»");

    /// <summary>
    /// The profiles' codes in file order, whether each profile's words are in the Latin script (else Cyrillic), and
    /// each listed word with a bit per profile that lists it.
    /// </summary>
    private sealed record ProfileTable(string[] Codes, bool[] Latin, Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> Words);

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

        return new ProfileTable(
            [.. profiles.Select(p => p.Item1)],
            [.. profiles.Select(p => p.Item2.Sum(w => w.Count(Scripts.IsLatinLetter)) * 2 >= p.Item2.Sum(w => w.Count(char.IsLetter)))],
            words.GetAlternateLookup<ReadOnlySpan<char>>());
    }

    private static IReadOnlyList<(string, HashSet<string>)> LoadProfiles()
        => ChromeLexicon.ReadResource("stopwords.txt").Split('\n')
            .Where(l => l.Length > 0 && !l.StartsWith('#') && l.Contains('\t', StringComparison.Ordinal))
            .Select(l => (l[..l.IndexOf('\t', StringComparison.Ordinal)], new HashSet<string>(l[(l.IndexOf('\t', StringComparison.Ordinal) + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal)))
            .ToList();
}
