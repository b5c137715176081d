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
    private static readonly Lazy<IReadOnlyList<(string Code, HashSet<string> Words)>> Profiles = new(LoadProfiles);

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

        var words = sample.Split((char[])[' ', '\n', '\t', ',', '.', ';', ':', '!', '?', '"', '(', ')', '“', '”', '«', '»'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant()).ToList();
        if (words.Count < 5)
        {
            return null;
        }

        var best = Profiles.Value.Select(p => (p.Code, Hits: words.Count(p.Words.Contains))).OrderByDescending(p => p.Hits).First();
        return best.Hits >= Math.Max(2, words.Count / 20) ? best.Code : null;
    }

    private static IReadOnlyList<(string, HashSet<string>)> LoadProfiles()
        => ChromeLexicon.ReadResource("stopwords.txt").Split('\n')
            .Where(l => l.Length > 0 && !l.StartsWith('#') && l.Contains('\t', StringComparison.Ordinal))
            .Select(l => (l[..l.IndexOf('\t', StringComparison.Ordinal)], new HashSet<string>(l[(l.IndexOf('\t', StringComparison.Ordinal) + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal)))
            .ToList();
}
