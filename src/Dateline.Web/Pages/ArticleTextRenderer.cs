using Dateline.Core.Layers;
using Dateline.Web.Html;
using Dateline.Web.Security;
using Attr = Dateline.Web.Html.HtmlAttribute;

namespace Dateline.Web.Pages;

/// <summary>
/// Renders an article's clean text with the inline marks of every registered layer as nested elements: blocks
/// (paragraphs) outermost, then by each layer's <see cref="Layer.MarkOrder"/>. Spans may overlap across layers;
/// where one crosses another's edge, the inner element is closed and reopened, so the HTML is always well formed.
/// Text is only ever written escaped.
/// </summary>
internal static class ArticleTextRenderer
{
    private sealed record Item(InlineMark Mark, int Start, int End, int Order, int Sequence)
    {
        /// <summary>The layer's switch class (<see cref="ArticlePage.LayerClass"/>) and, when its marks start hidden, <c>mark-off</c>.</summary>
        public string? LayerClasses { get; init; }
    }

    public static void Write(HtmlWriter w, ArticleView view)
    {
        var text = view.Document.Text;
        var items = new List<Item>();
        foreach (var layer in view.Layers)
        {
            foreach (var mark in layer.Marks(view.Document))
            {
                var start = Math.Clamp(mark.Span.Start, 0, text.Length);
                var end = Math.Clamp(mark.Span.End, start, text.Length);
                if (end > start)
                {
                    var block = mark.Shape == MarkShape.Block;
                    items.Add(new Item(mark, start, end, block ? int.MinValue : layer.MarkOrder, items.Count)
                    {
                        LayerClasses = block ? null : ArticlePage.LayerClass(layer) + (layer.MarksShownByDefault ? string.Empty : " mark-off"),
                    });
                }
            }
        }

        if (!items.Exists(i => i.Mark.Shape == MarkShape.Block))
        {
            // A document without a paragraph layer: its blank-line-separated blocks.
            items.AddRange(Blocks(text).Select(b => new Item(new InlineMark(b, string.Empty) { Shape = MarkShape.Block }, b.Start, b.End, int.MinValue, items.Count)));
        }

        var boundaries = new SortedSet<int> { 0, text.Length };
        foreach (var i in items)
        {
            boundaries.Add(i.Start);
            boundaries.Add(i.End);
        }

        var byStart = items.OrderBy(i => i.Start).ToList();
        var next = 0;
        var active = new List<Item>();
        var stack = new List<Item>();
        var points = boundaries.ToList();
        for (var b = 0; b + 1 < points.Count; b++)
        {
            int from = points[b], to = points[b + 1];
            active.RemoveAll(i => i.End <= from);
            while (next < byStart.Count && byStart[next].Start <= from)
            {
                if (byStart[next].End > from)
                {
                    active.Add(byStart[next]);
                }

                next++;
            }

            var wanted = active.OrderBy(i => i.Order).ThenBy(i => i.Start).ThenByDescending(i => i.End).ThenBy(i => i.Sequence).ToList();
            var keep = 0;
            while (keep < stack.Count && keep < wanted.Count && ReferenceEquals(stack[keep], wanted[keep]))
            {
                keep++;
            }

            while (stack.Count > keep)
            {
                Close(w, stack[^1], from, view);
                stack.RemoveAt(stack.Count - 1);
            }

            for (var k = keep; k < wanted.Count; k++)
            {
                Open(w, wanted[k], view);
                stack.Add(wanted[k]);
            }

            w.Text(text.AsSpan(from, to - from));
        }

        while (stack.Count > 0)
        {
            Close(w, stack[^1], text.Length, view);
            stack.RemoveAt(stack.Count - 1);
        }
    }

    private static void Open(HtmlWriter w, Item item, ArticleView view)
    {
        var mark = item.Mark;
        var attributes = new List<Attr> { new("class", PageParts.Classes(string.Join(' ', mark.Class, item.LayerClasses))) };
        foreach (var (name, value) in mark.Data)
        {
            if (PageParts.DataName(name) is { } data)
            {
                attributes.Add(new Attr(data, value));
            }
        }

        if (Link(mark, view) is { } link)
        {
            attributes.AddRange(link);
        }

        attributes.Add(new Attr("title", mark.Title));
        w.Open(Tag(mark, view), [.. attributes]);
    }

    private static void Close(HtmlWriter w, Item item, int position, ArticleView view)
    {
        w.Close(Tag(item.Mark, view));

        // A mark that truly ends here (not just closed to let an outer element change) gets what follows it.
        if (item.Mark.After is { } after && position >= item.End)
        {
            // In a span of the layer's classes, so the layer's switch hides it with the marks.
            w.Open("span", new Attr("class", PageParts.Classes(string.Join(' ', "after", item.LayerClasses))));
            PageParts.Text(w, after, view);
            w.Close("span");
        }
    }

    private static string Tag(InlineMark mark, ArticleView view)
        => mark.Shape == MarkShape.Block ? "p" : Link(mark, view) is null ? "span" : "a";

    private static Attr[]? Link(InlineMark mark, ArticleView view)
    {
        if (mark.Shape == MarkShape.Block)
        {
            return null;
        }

        if (mark.Link is { Kind: PageLinkKind.External } external)
        {
            return SafeUrl.Http(external.Target) is { } uri
                ? [new Attr("href", uri.AbsoluteUri), new Attr("rel", "noopener noreferrer nofollow"), new Attr("target", "_blank")]
                : null;
        }

        return PageParts.Href(mark.Link, view) is { } href ? [new Attr("href", href)] : null;
    }

    private static IEnumerable<Core.Model.TextSpan> Blocks(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var gap = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            var end = gap < 0 ? text.Length : gap;
            if (end > start)
            {
                yield return new Core.Model.TextSpan(start, end);
            }

            start = gap < 0 ? text.Length : gap + 2;
        }
    }
}
