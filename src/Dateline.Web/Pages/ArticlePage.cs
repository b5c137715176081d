using Dateline.Web.Api.Contracts;
using Dateline.Web.Html;
using Attr = Dateline.Web.Html.HtmlAttribute;

namespace Dateline.Web.Pages;

/// <summary>An article as a reader sees it: metadata, the annotated text, its entities and quotes, related links, and the removed chrome.</summary>
internal static class ArticlePage
{
    public static void Write(HtmlWriter w, ArticleResponse a, bool stored)
    {
        w.Open("article", new Attr("class", "article"));
        w.Element("h1", string.IsNullOrWhiteSpace(a.Title) ? "(untitled)" : a.Title, new Attr("id", "title"));
        Metadata(w, a, stored);
        Legend(w);
        w.Open("div", new Attr("class", "article-layout"));
        w.Open("div", new Attr("class", "text"), new Attr("id", "text"));
        ArticleTextRenderer.Write(w, a);
        w.Close("div");
        w.Open("aside", new Attr("class", "side"));
        Entities(w, a);
        Quotes(w, a);
        w.Close("aside");
        w.Close("div");
        Related(w, a);
        Removed(w, a);
        w.Close("article");
    }

    private static void Metadata(HtmlWriter w, ArticleResponse a, bool stored)
    {
        w.Open("dl", new Attr("class", "meta"));
        Row(w, "Published", a.Published);
        if (a.Modified is not null && a.Modified != a.Published)
        {
            Row(w, "Modified", a.Modified);
        }

        if (a.Dateline is { } dl)
        {
            Row(w, "Dateline", string.Join(" ", new[] { dl.Place, dl.Agency is null ? null : $"({dl.Agency})" }.Where(s => s is not null)));
        }

        Row(w, "Authors", a.Authors.Count > 0 ? string.Join(", ", a.Authors) : null);
        Row(w, "Source", a.Source);
        Row(w, "Language", a.Language);
        if (a.Url is not null)
        {
            w.Element("dt", "URL");
            w.Open("dd");
            w.ExternalLink(a.Url);
            w.Close("dd");
        }

        if (stored)
        {
            w.Element("dt", "Id");
            w.Open("dd");
            w.Text(a.Id + " · ");
            w.Link("/api/articles/" + Uri.EscapeDataString(a.Id), "JSON");
            w.Close("dd");
        }

        if (a.DuplicateOf is not null || a.Copies.Count > 0)
        {
            w.Element("dt", "Same story");
            w.Open("dd", new Attr("class", "copies"));
            foreach (var id in a.Copies.Take(30))
            {
                w.Link(Href.Article(id), id);
                w.Text(" ");
            }

            w.Close("dd");
        }

        w.Close("dl");
    }

    private static void Row(HtmlWriter w, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            w.Element("dt", name);
            w.Element("dd", value);
        }
    }

    private static void Legend(HtmlWriter w)
    {
        w.Open("p", new Attr("class", "legend"));
        foreach (var label in Core.Model.EntityLabels.All)
        {
            w.Element("span", label, new Attr("class", "ent ent-" + label));
            w.Text(" ");
        }

        w.Element("span", "quote", new Attr("class", "quote"));
        w.Text(" ");
        w.Element("span", "time", new Attr("class", "timex"));
        w.Text(" ");
        w.Element("span", "amount", new Attr("class", "amount"));
        w.Close("p");
    }

    private static void Entities(HtmlWriter w, ArticleResponse a)
    {
        if (a.Entities.Count == 0)
        {
            return;
        }

        w.Element("h2", "Entities");
        w.Open("ul", new Attr("class", "entities"));
        foreach (var e in a.Entities.OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Name, StringComparer.Ordinal))
        {
            w.Open("li");
            if (e.Key is { } key)
            {
                w.Link(Href.Entity(key), e.Name, "ent ent-" + Label(e.Label));
            }
            else
            {
                w.Element("span", e.Name, new Attr("class", "ent ent-" + Label(e.Label)));
            }

            w.Element("span", $" {e.Label} · {e.Mentions.Count}", new Attr("class", "n"));
            w.Close("li");
        }

        w.Close("ul");
    }

    private static void Quotes(HtmlWriter w, ArticleResponse a)
    {
        if (a.Quotes.Count == 0)
        {
            return;
        }

        w.Element("h2", "Quotes");
        w.Open("ul", new Attr("class", "quotes"));
        foreach (var q in a.Quotes)
        {
            w.Open("li");
            w.Element("span", Excerpt(a.Text, q.Start, q.End), new Attr("class", "quote-text"));
            var speaker = q.SpeakerName ?? (q.SpeakerMention is { } s ? Excerpt(a.Text, s.Start, s.End) : null);
            if (q.SpeakerKey is { } key)
            {
                w.Link(Href.Entity(key), "— " + (speaker ?? "speaker"), "speaker");
            }
            else if (speaker is not null)
            {
                w.Element("span", "— " + speaker, new Attr("class", "speaker"));
            }

            w.Close("li");
        }

        w.Close("ul");
    }

    private static void Related(HtmlWriter w, ArticleResponse a)
    {
        if (a.Related.Count == 0)
        {
            return;
        }

        w.Open("section", new Attr("class", "related"));
        w.Element("h2", "Related");
        w.Open("ul");
        foreach (var r in a.Related)
        {
            w.Open("li");
            if (r.Url is not null)
            {
                w.ExternalLink(r.Url, r.Title);
            }
            else
            {
                w.Element("span", r.Title);
            }

            if (!string.IsNullOrWhiteSpace(r.Summary))
            {
                w.Element("div", r.Summary, new Attr("class", "muted"));
            }

            w.Close("li");
        }

        w.Close("ul");
        w.Close("section");
    }

    private static void Removed(HtmlWriter w, ArticleResponse a)
    {
        w.Open("details", new Attr("class", "removed"));
        w.Element("summary", $"Removed page chrome ({a.Removed.Count} block(s))");
        if (a.Removed.Count == 0)
        {
            w.Element("p", "No removed blocks are kept for this article.", new Attr("class", "muted"));
        }

        w.Open("ul");
        foreach (var r in a.Removed)
        {
            w.Open("li");
            w.Element("span", r.Reason, new Attr("class", "reason"));
            w.Text(" ");
            w.Element("span", r.Text);
            w.Close("li");
        }

        w.Close("ul");
        if (a.Warnings.Count > 0)
        {
            w.Element("h3", "Warnings");
            w.Open("ul");
            foreach (var warning in a.Warnings)
            {
                w.Element("li", warning);
            }

            w.Close("ul");
        }

        w.Close("details");
    }

    private static string Excerpt(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        return text[start..end];
    }

    private static string Label(string label) => new([.. label.Where(char.IsAsciiLetter)]);
}
