namespace Dateline.Language.Knowledge;

/// <summary>Reads the embedded data files of the knowledge layers: one entry a line, '#' comments and blank lines skipped.</summary>
internal static class KnowledgeData
{
    public static IReadOnlyList<string> Lines(string name)
    {
        using var stream = typeof(KnowledgeData).Assembly.GetManifestResourceStream($"Dateline.Language.Knowledge.{name}")
            ?? throw new InvalidOperationException($"embedded data file {name} is missing");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.TrimEnd();
            if (trimmed.Length > 0 && !trimmed.TrimStart().StartsWith('#'))
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }

    /// <summary>Lines split on tabs (runs of tabs count as one separator).</summary>
    public static IReadOnlyList<string[]> Rows(string name)
        => [.. Lines(name).Select(l => l.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    /// <summary>A set of lower-cased words or phrases.</summary>
    public static IReadOnlySet<string> WordSet(string name)
        => Lines(name).Select(l => l.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
}
