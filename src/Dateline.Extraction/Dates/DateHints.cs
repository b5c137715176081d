using System.Text.RegularExpressions;
using Dateline.Core.Text;
using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Dates;

/// <summary>Where pages state dates (Data/date-hints.txt): meta keys, date-showing class names, introducing phrases.</summary>
public sealed class DateHints
{
    private static readonly Lazy<DateHints> DefaultHints = new(() => new DateHints(ChromeLexicon.ReadResource("date-hints.txt")));

    public DateHints(string data)
    {
        var published = new List<string>();
        var modified = new List<string>();
        var classes = new List<string>();
        var phrases = new List<string>();
        var modifiedPhrases = new List<string>();
        var ignore = new List<string>();
        foreach (var line in data.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var value = line[(tab + 1)..];
            var list = line[..tab] switch
            {
                "published-meta" => published,
                "modified-meta" => modified,
                "class" => classes,
                "phrase" => phrases,
                "modified-phrase" => modifiedPhrases,
                "ignore" => ignore,
                _ => throw new FormatException($"unknown date hint kind: {line}"),
            };
            list.Add(value);
        }

        PublishedMeta = published;
        ModifiedMeta = modified;
        DateClass = Build(classes);
        IntroPhrase = Build(phrases);
        ModifiedPhrase = Build(modifiedPhrases);
        Ignore = Build(ignore);
    }

    public static DateHints Default => DefaultHints.Value;

    public IReadOnlyList<string> PublishedMeta { get; }

    public IReadOnlyList<string> ModifiedMeta { get; }

    public TieredRegex DateClass { get; }

    public TieredRegex IntroPhrase { get; }

    public TieredRegex ModifiedPhrase { get; }

    public TieredRegex Ignore { get; }

    // Interpreted at first, compiled once a run has used them (ExtractionPatterns).
    private static TieredRegex Build(List<string> patterns)
        => ExtractionPatterns.Tiered(string.Join('|', patterns.Select(p => $"(?:{p})")), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
