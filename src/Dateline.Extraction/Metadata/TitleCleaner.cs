using System.Text.RegularExpressions;

namespace Dateline.Extraction.Metadata;

/// <summary>
/// Removes the site's name from a headline ("Headline | Site", "Site - Headline"): a part beside a separator is
/// dropped when it is the site name or the host name, or, for the document title, when the rest still reads as a headline.
/// </summary>
public static partial class TitleCleaner
{
    public static string? Clean(string? title, string? siteName, string? host, bool fromDocumentTitle)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        title = Whitespace().Replace(title, " ").Trim();
        var parts = Separator().Split(title);
        if (parts.Length < 2)
        {
            return title;
        }

        bool IsSite(string part)
        {
            var p = part.Trim().ToLowerInvariant();
            var compact = p.Replace(" ", string.Empty, StringComparison.Ordinal);
            return (siteName is not null && (p == siteName.Trim().ToLowerInvariant() || siteName.ToLowerInvariant().Contains(p, StringComparison.Ordinal)))
                   || (host is not null && compact.Length >= 3 && host.Replace("www.", string.Empty, StringComparison.Ordinal).StartsWith(compact, StringComparison.OrdinalIgnoreCase));
        }

        var separators = Separator().Matches(title);
        if (IsSite(parts[^1]))
        {
            return title[..separators[^1].Index].Trim();
        }

        if (IsSite(parts[0]))
        {
            var first = separators[0];
            return title[(first.Index + first.Length)..].Trim();
        }

        if (fromDocumentTitle)
        {
            // The last part is the site when it is short and the rest is a headline of several words.
            var rest = title[..separators[^1].Index].Trim();
            if (parts[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4 && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4)
            {
                return rest;
            }
        }

        return title;
    }

    [GeneratedRegex(@"\s+[|\-–—·»:/\\]\s+|\s+::\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
