using Dateline.Core.Layers;
using Dateline.Core.Layers.Paragraphs;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;

namespace Dateline.Extraction.Html;

/// <summary>
/// Refuses HTML nested deeper than the parser can build in reasonable time. AngleSharp does not overflow the stack on
/// 100,000-deep nesting, but its tree construction is quadratic in depth there (minutes per page, far past any time
/// limit, and the parse cannot be cancelled). A linear scan of the tags estimates the depth before parsing; elements
/// the HTML parser closes implicitly (p, li, td …) and void elements do not count.
/// </summary>
public sealed class HtmlDepthGuard(HtmlDepthGuardOptions? options = null) : IPipelineComponent
{
    private readonly HtmlDepthGuardOptions _options = options ?? HtmlDepthGuardOptions.Default;

    public string Name => "html-depth-guard";

    public IReadOnlyList<Capability> Requires => [Capability.Content];

    public IReadOnlyList<Capability> Assigns => [];

    public bool AppliesTo(Document document) => document.Content?.Kind == ContentKind.Html;

    public Document Process(Document document, ProcessingContext context)
    {
        var depth = EstimateDepth(document.Content!.Text, _options.MaxDepth);
        return depth > _options.MaxDepth
            ? throw new DocumentException(ErrorKinds.Malformed, $"{document.Source}: HTML nested deeper than {_options.MaxDepth} elements")
            : document;
    }

    /// <summary>
    /// The deepest nesting the parser will build, stopping once past <paramref name="stopAbove"/>. The open elements are
    /// kept as the parser keeps them, not counted: an end tag closes the nearest open element of its name and those
    /// above it, and one with nothing of its name open is ignored (a count that any end tag lowered let
    /// "&lt;div&gt;&lt;/x&gt;" repeated nest without bound: 100,000 of them parsed past the 60 s limit). "/&gt;" closes
    /// an element only in SVG or MathML, and a void one anywhere: "&lt;div/&gt;" opens a div as "&lt;div&gt;" does.
    /// </summary>
    public static int EstimateDepth(string html, int stopAbove)
    {
        var open = new List<(int Start, int Length)>();
        var openByName = new Dictionary<int, int>();
        var foreign = 0;
        var max = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var c = html[i + 1];
            if (c == '!')
            {
                var end = html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal) ? html.IndexOf("-->", i + 4, StringComparison.Ordinal) : html.IndexOf('>', i);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }

            var closing = c == '/';
            var start = closing ? i + 2 : i + 1;
            var n = start;
            while (n < html.Length && (char.IsAsciiLetterOrDigit(html[n]) || html[n] == '-'))
            {
                n++;
            }

            if (n == start)
            {
                i++;
                continue;
            }

            var name = html.AsSpan(start, n - start);
            var gt = html.IndexOf('>', n);
            var selfClosing = gt > 0 && html[gt - 1] == '/';
            i = gt < 0 ? html.Length : gt + 1;
            if (IsUncounted(name))
            {
                continue;
            }

            if (IsRawText(name) && !closing)
            {
                // Skip script/style contents and their end tag: "<" inside them is not markup, and the element
                // was not counted, so its end tag must not be either.
                var close = EndTagAt(html, i, name);
                var closeEnd = close < 0 ? -1 : html.IndexOf('>', close);
                i = closeEnd < 0 ? html.Length : closeEnd + 1;
                continue;
            }

            var key = string.GetHashCode(name, StringComparison.OrdinalIgnoreCase);
            var foreignRoot = IsForeignRoot(name);
            if (closing)
            {
                if (openByName.GetValueOrDefault(key) > 0)
                {
                    CloseNearest(html, name, open, openByName, ref foreign);
                }
            }
            else if (!selfClosing || (foreign == 0 && !foreignRoot))
            {
                open.Add((start, n - start));
                openByName[key] = openByName.GetValueOrDefault(key) + 1;
                foreign += foreignRoot ? 1 : 0;
                if (open.Count > max)
                {
                    max = open.Count;
                    if (max > stopAbove)
                    {
                        return max;
                    }
                }
            }
        }

        return max;
    }

    /// <summary>Closes the nearest open element named <paramref name="name"/> and every element opened after it.</summary>
    private static void CloseNearest(string html, ReadOnlySpan<char> name, List<(int Start, int Length)> open, Dictionary<int, int> openByName, ref int foreign)
    {
        var k = open.Count - 1;
        while (k >= 0 && !html.AsSpan(open[k].Start, open[k].Length).Equals(name, StringComparison.OrdinalIgnoreCase))
        {
            k--;
        }

        // A name whose hash another open element shares, but none of its own open: nothing to close.
        if (k < 0)
        {
            return;
        }

        for (var j = open.Count - 1; j >= k; j--)
        {
            var closed = html.AsSpan(open[j].Start, open[j].Length);
            openByName[string.GetHashCode(closed, StringComparison.OrdinalIgnoreCase)]--;
            foreign -= IsForeignRoot(closed) ? 1 : 0;
            open.RemoveAt(j);
        }
    }

    /// <summary>The roots of foreign content, where "/&gt;" closes any element (HTML Standard 13.2.6.5).</summary>
    private static bool IsForeignRoot(ReadOnlySpan<char> name)
        => name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Where "&lt;/" and <paramref name="name"/> (case-insensitive) first occur from <paramref name="from"/>, or -1: the
    /// search for "&lt;/name" without building that string per raw text element.
    /// </summary>
    private static int EndTagAt(string html, int from, ReadOnlySpan<char> name)
    {
        var i = from;
        while ((i = html.IndexOf("</", i, StringComparison.Ordinal)) >= 0)
        {
            if (html.AsSpan(i + 2).StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }

            i += 2;
        }

        return -1;
    }

    private static bool IsRawText(ReadOnlySpan<char> name)
        => name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
           || name.Equals("textarea", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase);

    private static bool IsUncounted(ReadOnlySpan<char> name) => UncountedNames.Contains(name);

    /// <summary>Void elements and elements the parser closes implicitly (HTML Standard 13.1.2, 13.2.6.4).</summary>
    private static readonly string[] Uncounted =
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "td", "th", "tr", "tbody", "thead", "tfoot", "option", "optgroup", "colgroup", "rb", "rt", "rp", "html", "head", "body",
    ];

    // Asked per tag of the page: one hash lookup instead of comparing the name with each entry.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UncountedNames =
        new HashSet<string>(Uncounted, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
