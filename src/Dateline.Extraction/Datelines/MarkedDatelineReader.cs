using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Dateline.Core.Model;
using Dateline.Core.Text;
using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Datelines;

/// <summary>
/// Reads the dateline a page marks up in an element of its own, outside the paragraphs the body keeps
/// (<c>&lt;span class="ArticlePage-dateline"&gt;WASHINGTON —&lt;/span&gt;</c> beside the body's container). The marks
/// are Data/dateline-markup.txt; the text must be a dateline by itself. Immutable and thread-safe.
/// </summary>
public sealed class MarkedDatelineReader
{
    private static readonly Lazy<MarkedDatelineReader> DefaultReader = new(() => new MarkedDatelineReader(ChromeLexicon.ReadResource("dateline-markup.txt")));

    private readonly Regex[] _marks;
    private readonly DatelineFinder _finder;

    public MarkedDatelineReader(string marks, DatelineFinder? finder = null)
    {
        _marks = [.. marks.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => new Regex(l, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))];
        _finder = finder ?? DatelineFinder.Default;
        _markedName = new BoundedMemo<bool>(name => _marks.Any(m => m.IsMatch(name)), MaxRemembered);
        _markedClasses = new BoundedMemo<bool>(
            classes => classes.Split(HtmlSpaces, StringSplitOptions.RemoveEmptyEntries).Any(c => _markedName[c]), MaxRemembered);
    }

    // Whether an id or a class attribute (any of its names) is a mark. Every element with a class or an id of the page is
    // asked, and pages reuse a small vocabulary of names, so the answers are kept (bounded) instead of building the
    // element's class list and running each mark per name (3 % of extract's CPU, bench/README.md).
    private const int MaxRemembered = 100_000;
    private readonly BoundedMemo<bool> _markedName;
    private readonly BoundedMemo<bool> _markedClasses;

    /// <summary>The separators of a class attribute's names (HTML's ASCII whitespace, as the element's class list splits).</summary>
    private static readonly char[] HtmlSpaces = [' ', '\t', '\n', '\f', '\r'];

    public static MarkedDatelineReader Default => DefaultReader.Value;

    /// <summary>The first marked element whose whole text is a dateline; without a span (it is not in the clean text).</summary>
    public DatelineInfo? Read(IDocument page)
    {
        if (page.DocumentElement is not { } root)
        {
            return null;
        }

        // Every element in page order (a plain walk: the selector query "[class], [id]" walked the page with a selector
        // match per element before the same question); an element without a class or an id is never marked.
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (IsMarked(element))
            {
                var text = string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                if (text.Length is > 0 and <= 80 && _finder.Match(text, standaloneAllowed: true) is { Standalone: true } found)
                {
                    return new DatelineInfo(found.Place, found.Agency);
                }
            }

            // Indexed, not sibling links: AngleSharp finds a sibling by searching the parent's list (quadratic on wide pages).
            var childNodes = element.ChildNodes;
            for (var i = childNodes.Length - 1; i >= 0; i--)
            {
                if (childNodes[i] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }

        return null;
    }

    private bool IsMarked(IElement element)
        => (element.GetAttribute("class") is { Length: > 0 } classes && _markedClasses[classes]) || (element.Id is { Length: > 0 } id && _markedName[id]);
}
