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

    public static bool IsBlock(string name) => Block.Contains(name);
}
