using System.Net;
using System.Text.RegularExpressions;

namespace Dateline.Extraction.Metadata;

/// <summary>
/// Metadata text as publishers write it: entities the parser did not decode (JSON-LD strings are script text, so
/// "Here&amp;#8217;s" and "&amp;quot;" reach us as written; meta values escaped twice keep one layer) and markup pasted
/// into descriptions ("&lt;p&gt;&lt;strong&gt;…").
/// </summary>
public static partial class MarkupText
{
    /// <summary>One layer of entities decoded.</summary>
    public static string Decoded(string text)
        => text.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(text) : text;

    /// <summary>Entities decoded (twice when escaped twice, "&amp;amp;iacute;"), tags dropped, white space collapsed.</summary>
    public static string Plain(string text)
    {
        var plain = Decoded(text);
        if (Entity().IsMatch(plain))
        {
            plain = WebUtility.HtmlDecode(plain);
        }

        if (plain.Contains('<', StringComparison.Ordinal))
        {
            plain = Tag().Replace(plain, " ");
        }

        return Whitespace().Replace(plain, " ").Trim();
    }

    [GeneratedRegex(@"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});", RegexOptions.CultureInvariant)]
    private static partial Regex Entity();

    [GeneratedRegex(@"</?[a-zA-Z][^<>]{0,500}>|<!--.*?-->", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
