using AngleSharp.Dom;

namespace Dateline.Extraction.Html;

/// <summary>Element classes the extractor cares about.</summary>
internal static class HtmlTags
{
    /// <summary>Elements a browser lays out as blocks: their text never runs into the text around them.</summary>
    public static readonly HashSet<string> Block = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "thead", "tfoot", "tr", "ul", "td", "th", "caption", "center", "html", "menu", "hgroup", "br",
    };

    public static readonly HashSet<string> Headings = new(StringComparer.OrdinalIgnoreCase) { "h1", "h2", "h3", "h4", "h5", "h6" };

    /// <summary>Elements that frame a page: its header and footer.</summary>
    public static readonly HashSet<string> HeaderOrFooter = new(StringComparer.OrdinalIgnoreCase) { "header", "footer" };

    public static bool IsBlock(string name) => Block.Contains(name);

    /// <summary>
    /// The element itself or its nearest ancestor named one of <paramref name="names"/>: <c>Closest("a, li")</c> for
    /// a list of element names, without a selector parsed (through AngleSharp's locked cache) on every call.
    /// </summary>
    public static IElement? Closest(IElement element, HashSet<string> names)
    {
        for (IElement? e = element; e is not null; e = e.ParentElement)
        {
            if (names.Contains(e.LocalName))
            {
                return e;
            }
        }

        return null;
    }
}
