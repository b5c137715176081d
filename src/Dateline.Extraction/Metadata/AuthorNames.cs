using System.Text.RegularExpressions;
using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Metadata;

/// <summary>
/// Turns author values from metadata and bylines into people's names: splits lists ("A, B and C"), drops "By",
/// roles, e-mail prompts, URLs, handles and the outlet's own name (Data/author-stopwords.txt).
/// </summary>
public sealed partial class AuthorNames
{
    private static readonly Lazy<AuthorNames> DefaultNames = new(() => new AuthorNames(ChromeLexicon.ReadResource("author-stopwords.txt")));

    private readonly HashSet<string> _stopwords;

    public AuthorNames(string stopwords)
    {
        _stopwords = new HashSet<string>(
            stopwords.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')),
            StringComparer.OrdinalIgnoreCase);
    }

    public static AuthorNames Default => DefaultNames.Value;

    /// <summary>The people named in the values, in order, without repeats.</summary>
    public IReadOnlyList<string> Clean(IEnumerable<string> values, string? siteName)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            foreach (var part in Separator().Split(ByPrefix().Replace(value.Trim(), string.Empty)))
            {
                if (Clean(part, siteName) is { } name && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    private string? Clean(string part, string? siteName)
    {
        var text = Whitespace().Replace(Parenthesized().Replace(part, " "), " ").Trim(' ', '.', ',', ';', ':', '|', '-', '–', '—', '·', '"', '\'');
        // A byline runs on into its date ("By Jane Doe March 11, 2016"): the name ends where digits begin.
        var digit = text.IndexOfAny("0123456789".ToCharArray());
        if (digit >= 0)
        {
            text = text[..digit];
        }

        if (text.Length < 3 || text.Length > 60 || text.Contains('@', StringComparison.Ordinal) || text.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }

        if (siteName is not null && (text.Equals(siteName, StringComparison.OrdinalIgnoreCase) || siteName.Contains(text, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var cut = words.FindIndex(w => _stopwords.Contains(w.Trim('.', ',', '(', ')')));
        if (cut >= 0)
        {
            words = words.Take(cut).ToList();
        }

        // Initials alone ("J J") are no name.
        if (words.All(w => w.Trim('.').Length <= 1))
        {
            return null;
        }

        if (words.Count is 0 or > 5 || !words.Any(w => w.Length > 0 && (char.IsUpper(w[0]) || (char.IsLetter(w[0]) && !char.IsLower(w[0])))))
        {
            return null;
        }

        return string.Join(' ', words);
    }

    [GeneratedRegex(@"^(?:by|von|par|por|di|door|text|texte|autor|author|written by|geschrieben von)\s*:?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"\s*(?:,|;|/|\||\band\b|\bund\b|\bet\b|\by\b|\be\b|&|\bwith\b|\bmit\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\((?:https?:|www\.|@)[^)]*\)?", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesized();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
