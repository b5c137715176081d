using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Dateline.Core.Model;
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
    }

    public static MarkedDatelineReader Default => DefaultReader.Value;

    /// <summary>The first marked element whose whole text is a dateline; without a span (it is not in the clean text).</summary>
    public DatelineInfo? Read(IDocument page)
    {
        foreach (var element in page.QuerySelectorAll("[class], [id]"))
        {
            if (!IsMarked(element))
            {
                continue;
            }

            var text = string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (text.Length is > 0 and <= 80 && _finder.Match(text, standaloneAllowed: true) is { Standalone: true } found)
            {
                return new DatelineInfo(found.Place, found.Agency);
            }
        }

        return null;
    }

    private bool IsMarked(IElement element)
        => element.ClassList.Any(c => _marks.Any(m => m.IsMatch(c))) || (element.Id is { } id && _marks.Any(m => m.IsMatch(id)));
}
