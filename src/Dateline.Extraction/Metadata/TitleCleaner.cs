using System.Text;
using System.Text.RegularExpressions;

namespace Dateline.Extraction.Metadata;

/// <summary>
/// Removes the site's name from a headline ("Headline | Site", "Site - Headline"). The headline is the part the page
/// states elsewhere too (its h1, another title source); else a part beside a separator is dropped when it is the site's
/// name or host, or, for the document title, when it is short and the rest still reads as a headline.
/// </summary>
public static partial class TitleCleaner
{
    public static string? Clean(string? title, SiteIdentity site, IReadOnlyList<string> evidence, bool fromDocumentTitle)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        // Metadata is sometimes escaped twice ("&amp;quot;"), so one entity layer survives the parser.
        title = Whitespace().Replace(MarkupText.Decoded(title), " ").Trim();
        var separators = Separator().Matches(title);
        if (separators.Count == 0)
        {
            return title;
        }

        // The run of parts that another source states alone is the headline: "Headline | Site" beside an h1 "Headline".
        string? stated = null;
        foreach (Match separator in separators)
        {
            foreach (var run in (ReadOnlySpan<string>)[title[..separator.Index].Trim(), title[(separator.Index + separator.Length)..].Trim()])
            {
                if ((stated is null || run.Length > stated.Length) && !site.Names(run) && evidence.Any(e => Same(e, run)))
                {
                    stated = run;
                }
            }
        }

        if (stated is not null)
        {
            return stated;
        }

        var parts = Separator().Split(title);
        if (site.Names(parts[^1]))
        {
            return title[..separators[^1].Index].Trim();
        }

        if (site.Names(parts[0]))
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

    /// <summary>The same headline, whatever the case, quotes, dashes, entities and white space.</summary>
    public static bool Same(string a, string b)
    {
        var x = Key(a);
        return x.Length > 0 && x == Key(b);
    }

    private static string Key(string text)
    {
        var decoded = MarkupText.Decoded(text);
        var sb = new StringBuilder(decoded.Length);
        var space = false;
        foreach (var c in decoded)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201a' or '`' or '\u00b4' => '\'',
                '\u201c' or '\u201d' or '\u201e' or '\u00ab' or '\u00bb' => '"',
                '\u2013' or '\u2014' or '\u2212' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        return sb.ToString();
    }

    /// <summary>What stands between a headline and a site's name ("Headline | Site", "Site » Headline").</summary>
    [GeneratedRegex(@"\s+[|\-–—·»:/\\•⋆]\s+|\s+::\s+", RegexOptions.CultureInvariant)]
    internal static partial Regex Separator();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
