namespace Dateline.Language;

/// <summary>
/// Writes the openings of the rule sets that keep them beside their rules (<see cref="Core.Text.RuleOpenings"/>):
/// `dateline train openings --src src/Dateline.Language`, run after a change to the time rules, the quote cues, the
/// amount pattern or their word lists. A file left stale costs only its start-up (each rule's entry is checked against
/// its pattern by a hash), and the Language tests fail until it is written again.
/// </summary>
public static class RuleOpeningFiles
{
    /// <summary>Writes each file under <paramref name="languageSource"/> (the Dateline.Language project's folder); returns the paths written with their sizes.</summary>
    public static IReadOnlyList<string> Write(string languageSource)
    {
        if (!File.Exists(Path.Combine(languageSource, "Dateline.Language.csproj")))
        {
            throw new ArgumentException($"not the Dateline.Language project folder: {languageSource}", nameof(languageSource));
        }

        var written = new List<string>();
        foreach (var (path, scanner) in ResourceText.OpeningFiles)
        {
            var bytes = scanner().WriteOpenings();
            var full = Path.Combine(languageSource, path);
            File.WriteAllBytes(full, bytes);
            written.Add($"{full} ({bytes.Length:N0} bytes)");
        }

        return written;
    }
}
