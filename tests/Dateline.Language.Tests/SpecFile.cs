namespace Dateline.Language.Tests;

/// <summary>
/// Reads the readable spec files in Specs/: cases start with "## title"; "key: value" lines follow; "text:" may
/// continue on lines indented by two spaces (joined with a newline, "¶" alone stands for an empty line). Lines
/// starting with '#' (one hash) are comments.
/// </summary>
public static class SpecFile
{
    private static readonly string[] Repeated = ["expect", "wrong", "entity", "none", "speaker"];

    public static IReadOnlyList<SpecCase> Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", name);
        var cases = new List<SpecCase>();
        string? title = null;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = new List<(string, string)>();
        string? lastKey = null;
        void Flush()
        {
            if (title is not null)
            {
                cases.Add(new SpecCase(name, title, new Dictionary<string, string>(fields), [.. lines]));
            }

            fields.Clear();
            lines.Clear();
            lastKey = null;
        }

        foreach (var raw in File.ReadLines(path))
        {
            if (raw.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                title = raw[3..].Trim();
                continue;
            }

            if (raw.StartsWith('#') || string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            if (raw.StartsWith("  ", StringComparison.Ordinal) && lastKey == "text")
            {
                var more = raw.Trim();
                fields["text"] += "\n" + (more == "¶" ? string.Empty : more);
                continue;
            }

            int colon = raw.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw new FormatException($"{name}: line without key: {raw}");
            }

            var key = raw[..colon].Trim();
            var value = raw[(colon + 1)..].Trim();
            lastKey = key;
            if (Repeated.Contains(key))
            {
                lines.Add((key, value));
            }
            else
            {
                fields[key] = value;
            }
        }

        Flush();
        return cases;
    }

    /// <summary>Cases as xunit theory data (the title shows in the test name).</summary>
    public static TheoryData<string, string> Titles(string name)
    {
        var data = new TheoryData<string, string>();
        foreach (var c in Load(name))
        {
            data.Add(name, c.Title);
        }

        return data;
    }

    public static SpecCase Case(string name, string title) => Load(name).Single(c => c.Title == title);

    /// <summary>Splits "a | b | c" into trimmed parts.</summary>
    public static string[] Parts(string value) => [.. value.Split('|').Select(p => p.Trim())];
}
