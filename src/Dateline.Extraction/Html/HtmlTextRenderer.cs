using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dateline.Extraction.Html;

/// <summary>
/// Renders an HTML page's visible text the way a text browser dumps it: one block per line, list items as "  • ",
/// scripts, styles and hidden elements left out. Walks the tree with an explicit stack, so deep nesting cannot
/// overflow the call stack.
/// </summary>
public static class HtmlTextRenderer
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "head", "iframe", "object", "embed", "canvas", "select", "option", "button", "input", "textarea",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tr", "ul", "br", "td", "th", "caption", "center", "html",
    };

    // A parser per thread: building one costs more than parsing a small page, and it keeps no state between pages.
    // Nothing is loaded or run: no scripting, no element positions (nothing reads them), and a browsing context without
    // AngleSharp's attribute observer, whose work is to start what a browser would fetch as elements are built (the
    // relations of <link> elements, image and frame sources: 2-3 % of extract's CPU, bench/README.md). The tree is the
    // same, attributes and all (OuterHtml of the 597 dev and web-dev pages compared).
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser(
        new HtmlParserOptions { IsScripting = false, DisableElementPositionTracking = true },
        BrowsingContext.New(Configuration.Default.Without<DefaultAttributeObserver>())));

    public static IDocument Parse(string html, CancellationToken cancellation = default) => Parser.Value!.ParseDocument(html);

    public static string Render(IDocument document)
    {
        var output = new StringBuilder();
        var line = new StringBuilder();
        var stack = new Stack<(INode Node, bool Exit)>();
        if (document.Body is { } body)
        {
            stack.Push((body, false));
        }

        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement element)
            {
                var name = element.LocalName;
                var block = Blocks.Contains(name);
                if (exit)
                {
                    if (block)
                    {
                        Flush(output, line);
                    }

                    continue;
                }

                if (Skipped.Contains(name) || element.HasAttribute("hidden") || IsHiddenByStyle(element))
                {
                    continue;
                }

                if (block)
                {
                    Flush(output, line);
                }

                if (name == "li")
                {
                    line.Append("  • ");
                }

                if (name == "img" && element.GetAttribute("alt") is { Length: > 0 } alt)
                {
                    // Images become placeholders as in a text browser, so the cleaner can tell them from prose.
                    line.Append('[').Append(alt.Length > 40 ? alt[..40] : alt).Append(']');
                }

                stack.Push((node, true));

                // Indexed, not sibling links: AngleSharp finds a sibling by searching the parent's list (quadratic on wide pages).
                var childNodes = node.ChildNodes;
                for (var i = childNodes.Length - 1; i >= 0; i--)
                {
                    var child = childNodes[i];
                    stack.Push((child, false));
                }
            }
            else if (node is IText text && !exit)
            {
                AppendCollapsed(line, text.Data);
            }
        }

        Flush(output, line);
        return output.ToString();
    }

    private static bool IsHiddenByStyle(IElement element)
    {
        var style = element.GetAttribute("style");
        return style is not null && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("display: none", StringComparison.OrdinalIgnoreCase));
    }

    private static void AppendCollapsed(StringBuilder line, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (line.Length > 0 && line[^1] != ' ')
                {
                    line.Append(' ');
                }
            }
            else
            {
                line.Append(c);
            }
        }
    }

    private static void Flush(StringBuilder output, StringBuilder line)
    {
        var text = line.ToString().TrimEnd();
        if (text.Trim().Length > 0 && text.Trim() != "•")
        {
            output.Append(text).Append('\n');
        }

        line.Clear();
    }
}
