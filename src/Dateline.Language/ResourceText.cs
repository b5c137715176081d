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

    public static Stream? OpenModel(string name)
        => typeof(ResourceText).Assembly.GetManifestResourceStream($"Dateline.Language.Models.{name}");

    public static Assembly Assembly => typeof(ResourceText).Assembly;
}
