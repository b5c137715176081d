using System.Text.RegularExpressions;

namespace Dateline.Extraction.TextDump;

/// <summary>
/// Reads the author names of a byline line ("By Jane Doe and John Roe", "By Mike Wall 2019-11-18 Science"). Names
/// are runs of capitalized words; what follows the last name (dates, sections, "| Reuters") is dropped.
/// </summary>
public static partial class BylineParser
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "reporter", "reporters", "correspondent", "editor", "editors", "writer", "contributor", "updated", "published",
        "posted", "associated", "press", "reuters", "afp", "ap", "news", "the", "email", "follow", "view", "more", "on", "at", "in",
        "photo", "photos", "video", "and", "by", "for", "from", "senior", "political", "chief",
    };

    /// <summary>The names in a line that starts with "By"/"Von"/"Par"/"Por", or null when it is no byline.</summary>
    public static IReadOnlyList<string>? Parse(string line)
    {
        var m = ByPrefix().Match(line);
        if (!m.Success || line.Length > 160)
        {
            return null;
        }

        var names = new List<string>();
        foreach (var part in Separator().Split(m.Groups["rest"].Value))
        {
            var name = LeadingName(part);
            if (name is null)
            {
                break;
            }

            names.Add(name);
        }

        return names.Count > 0 ? names : null;
    }

    /// <summary>The run of capitalized name words at the start of a text, or null when it has fewer than two.</summary>
    public static string? LeadingName(string text)
    {
        var words = new List<string>();
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.TrimEnd(',', ';', ':');
            if (!IsNameWord(word) || NotNames.Contains(word.TrimEnd('.')))
            {
                break;
            }

            words.Add(word);

            // A comma or a fourth word ends the name ("Jane Doe, Reuters").
            if (word.Length != token.Length || words.Count == 4)
            {
                break;
            }
        }

        return words.Count >= 2 ? string.Join(' ', words) : null;
    }

    private static bool IsNameWord(string word)
        => word.Length > 0 && char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '.' or '\'' or '’' or '-')
           && (word.Skip(1).Any(char.IsLower) || (word.Length == 2 && word[1] == '.'));

    [GeneratedRegex(@"^\s*(?:by|von|par|por|di|door)\s*:?\s+(?<rest>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"\s*(?:,|\band\b|\bund\b|\bet\b|\by\b|&)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
