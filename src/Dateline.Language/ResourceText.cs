using System.Reflection;

namespace Dateline.Language;

/// <summary>
/// Reads the word lists and rules embedded from the Data/ folders of the features (Data/, Quotes/Data/,
/// Times/Data/ …, one resource name space, so file names are unique): one entry per line, '#' starts a comment line.
/// </summary>
internal static class ResourceText
{
    public static IEnumerable<string> Lines(string name)
    {
        var assembly = typeof(ResourceText).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Dateline.Language.Data.{name}")
            ?? throw new InvalidOperationException($"embedded data file {name} is missing");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                yield return trimmed;
            }
        }
    }

    /// <summary>Lines split on tabs (runs of tabs count as one separator).</summary>
    public static IReadOnlyList<string[]> Rows(string name)
        => [.. Lines(name).Select(l => l.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    /// <summary>A set of lower-cased words or phrases.</summary>
    public static IReadOnlySet<string> WordSet(string name)
        => Lines(name).Select(l => l.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>The bytes of an embedded data file, or null when there is none.</summary>
    public static byte[]? Bytes(string name)
    {
        using var stream = typeof(ResourceText).Assembly.GetManifestResourceStream($"Dateline.Language.Data.{name}");
        if (stream is null)
        {
            return null;
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>
    /// The rule scanners whose openings are kept in a data file beside their rules, by that file's path under
    /// src/Dateline.Language (`dateline train openings` writes them; a test checks the shipped files are current).
    /// </summary>
    public static IReadOnlyList<(string Path, Func<Core.Text.RuleScanner> Scanner)> OpeningFiles { get; } =
    [
        ("Times/Data/time-rules.openings.bin", () => Times.TimexLexicon.Default.Scanner),
        ("Times/Data/time-named-days.openings.bin", () => Times.TimexLexicon.Default.NamedDays),
        ("Quotes/Data/quote-cues.openings.bin", () => Quotes.QuoteLexicon.Default.CueScanner),
        ("Amounts/Data/amount-pattern.openings.bin", () => Amounts.AmountLexicon.Default.Scanner),
    ];

    public static Stream? OpenModel(string name)
        => typeof(ResourceText).Assembly.GetManifestResourceStream($"Dateline.Language.Models.{name}");

    public static Assembly Assembly => typeof(ResourceText).Assembly;
}
