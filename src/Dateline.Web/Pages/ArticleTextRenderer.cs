using System.Globalization;
using Dateline.Web.Api.Contracts;
using Dateline.Web.Html;
using Attr = Dateline.Web.Html.HtmlAttribute;

namespace Dateline.Web.Pages;

/// <summary>
/// Renders an article's clean text with its stand-off layers as nested inline elements: paragraphs outermost, then
/// quotes, entity mentions, time expressions and amounts. Spans may overlap across layers; where one crosses
/// another's edge, the inner element is closed and reopened, so the HTML is always well formed. Text is only
/// ever written escaped.
/// </summary>
internal static class ArticleTextRenderer
{
    private enum Kind
    {
        Paragraph,
        Quote,
        Mention,
        Time,
        Amount,
    }

    private sealed record Item(int Start, int End, Kind Kind, int Order, object Data);

    public static void Write(HtmlWriter w, ArticleResponse article)
    {
        var text = article.Text;
        var items = new List<Item>();
        void Add(int start, int end, Kind kind, object data)
        {
            start = Math.Clamp(start, 0, text.Length);
            end = Math.Clamp(end, start, text.Length);
            if (end > start)
            {
                items.Add(new Item(start, end, kind, items.Count, data));
            }
        }

        foreach (var p in Paragraphs(article))
        {
            Add(p.Start, p.End, Kind.Paragraph, p);
        }

        foreach (var q in article.Quotes)
        {
            Add(q.Start, q.End, Kind.Quote, q);
        }

        foreach (var m in article.Mentions)
        {
            Add(m.Start, m.End, Kind.Mention, m);
        }

        foreach (var t in article.Times)
        {
            Add(t.Start, t.End, Kind.Time, t);
        }

        foreach (var a in article.Amounts)
        {
            Add(a.Start, a.End, Kind.Amount, a);
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
        var names = article.Entities.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
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

            var wanted = active.OrderBy(i => i.Kind).ThenBy(i => i.Start).ThenByDescending(i => i.End).ThenBy(i => i.Order).ToList();
            var keep = 0;
            while (keep < stack.Count && keep < wanted.Count && ReferenceEquals(stack[keep], wanted[keep]))
            {
                keep++;
            }

            while (stack.Count > keep)
            {
                CloseItem(w, stack[^1], from, names);
                stack.RemoveAt(stack.Count - 1);
            }

            for (var k = keep; k < wanted.Count; k++)
            {
                OpenItem(w, wanted[k], names);
                stack.Add(wanted[k]);
            }

            w.Text(text.AsSpan(from, to - from));
        }

        while (stack.Count > 0)
        {
            CloseItem(w, stack[^1], text.Length, names);
            stack.RemoveAt(stack.Count - 1);
        }
    }

    /// <summary>The paragraph layer, or blank-line-separated blocks when a document has none.</summary>
    private static IEnumerable<SpanDto> Paragraphs(ArticleResponse article)
    {
        if (article.Paragraphs.Count > 0)
        {
            return article.Paragraphs;
        }

        var list = new List<SpanDto>();
        var text = article.Text;
        var start = 0;
        while (start < text.Length)
        {
            var gap = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            var end = gap < 0 ? text.Length : gap;
            if (end > start)
            {
                list.Add(new SpanDto(start, end));
            }

            start = gap < 0 ? text.Length : gap + 2;
        }

        return list;
    }

    private static void OpenItem(HtmlWriter w, Item item, IReadOnlyDictionary<string, EntityDto> entities)
    {
        switch (item.Data)
        {
            case SpanDto:
                w.Open("p");
                break;
            case QuoteDto q:
                var speaker = SpeakerName(q, entities);
                w.Open("span", new Attr("class", "quote quote-" + Word(q.Kind)), new Attr("data-speaker", speaker ?? string.Empty),
                    new Attr("title", $"Quote ({q.Kind}) by {speaker ?? "unknown speaker"}{(q.Cue is null ? string.Empty : " — cue: " + q.Cue)}"));
                break;
            case MentionDto m:
                var label = Word(m.Label).ToUpperInvariant();
                var name = m.Entity is not null && entities.TryGetValue(m.Entity, out var e) ? e.Name : null;
                var title = name is null ? label : $"{label}: {name}";
                if (m.Key is { } key)
                {
                    w.Open("a", new Attr("class", "ent ent-" + label), new Attr("data-label", label), new Attr("href", Href.Entity(key)), new Attr("title", title));
                }
                else
                {
                    w.Open("span", new Attr("class", "ent ent-" + label), new Attr("data-label", label), new Attr("title", title));
                }

                break;
            case TimeDto t:
                w.Open("span", new Attr("class", "timex"), new Attr("data-value", t.Value ?? string.Empty), new Attr("title", t.Value is null ? $"{t.Type} (not normalized)" : $"{t.Type}: {t.Value}"));
                break;
            case AmountDto a:
                w.Open("span", new Attr("class", "amount"), new Attr("title", AmountTitle(a)));
                break;
        }
    }

    private static void CloseItem(HtmlWriter w, Item item, int position, IReadOnlyDictionary<string, EntityDto> entities)
    {
        var tag = item.Data switch
        {
            SpanDto => "p",
            MentionDto { Key: not null } => "a",
            _ => "span",
        };
        w.Close(tag);

        // A quote that truly ends here (not just closed to let an outer element change) gets its speaker tag.
        if (item.Data is QuoteDto q && position >= item.End)
        {
            var speaker = SpeakerName(q, entities);
            if (q.SpeakerKey is { } key)
            {
                w.Link(Href.Entity(key), "— " + (speaker ?? "speaker"), "speaker");
            }
            else if (speaker is not null)
            {
                w.Element("span", "— " + speaker, new Attr("class", "speaker"));
            }
        }
    }

    private static string? SpeakerName(QuoteDto q, IReadOnlyDictionary<string, EntityDto> entities)
        => q.SpeakerName ?? (q.Speaker is not null && entities.TryGetValue(q.Speaker, out var e) ? e.Name : null);

    private static string AmountTitle(AmountDto a)
    {
        var value = a.Value.ToString("#,0.####", CultureInfo.InvariantCulture);
        if (a.UpperValue is { } upper)
        {
            value += "–" + upper.ToString("#,0.####", CultureInfo.InvariantCulture);
        }

        return string.Join(" ", new[] { a.Modifier, value, a.Unit }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    /// <summary>Labels and kinds become CSS class names; only letters survive, so a stored value cannot add attributes or classes.</summary>
    private static string Word(string value)
    {
        var letters = new string([.. value.Where(char.IsAsciiLetter)]);
        return letters.Length == 0 ? "other" : letters;
    }
}
