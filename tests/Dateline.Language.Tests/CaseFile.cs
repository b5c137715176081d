namespace Dateline.Language.Tests;

/// <summary>Reads the readable case files (tokenizer and sentence cases) under Cases/: input lines, "=>", expected lines; blank lines between cases.</summary>
public static class CaseFile
{
    public static IEnumerable<object[]> Cases(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Cases", name);
        var blocks = new List<List<string>>();
        var current = new List<string>();
        foreach (var raw in File.ReadAllLines(path))
        {
            if (raw.StartsWith('#'))
            {
                continue;
            }

            current.Add(raw);
        }

        // Cases are separated by a blank line that follows an expectation ("=>" seen).
        var cases = new List<object[]>();
        var input = new List<string>();
        var expected = new List<string>();
        bool inExpected = false;
        foreach (var line in current.Append(string.Empty).Append(string.Empty))
        {
            if (line.StartsWith("=>", StringComparison.Ordinal))
            {
                inExpected = true;
                var rest = line[2..].Trim();
                if (rest.Length > 0)
                {
                    expected.Add(rest);
                }

                continue;
            }

            if (line.Length == 0 && inExpected)
            {
                if (input.Count > 0)
                {
                    cases.Add([string.Join("\n", input), string.Join("\n", expected)]);
                }

                input = [];
                expected = [];
                inExpected = false;
                continue;
            }

            if (inExpected)
            {
                expected.Add(line);
            }
            else if (line.Length > 0 || input.Count > 0)
            {
                input.Add(line);
            }
        }

        return cases;
    }
}
