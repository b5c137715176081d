using Dateline.Store.Queries;
using Dateline.Web.Api.Contracts;
using Dateline.Web.Html;
using Attr = Dateline.Web.Html.HtmlAttribute;

namespace Dateline.Web.Pages;

/// <summary>An entity across the collection: mentions over time, the entities seen with it, its quotes, its articles, and the events it takes part in.</summary>
internal static class EntityPage
{
    public static void Write(HtmlWriter w, EntityResponse p)
    {
        var e = p.Entity;
        w.Open("section", new Attr("class", "entity"));
        w.Open("h1", new Attr("id", "title"));
        w.Text(e.Name + " ");
        w.Element("span", e.Label, new Attr("class", EntityLinks.Class(e.Label)));
        w.Close("h1");
        w.Open("p", new Attr("class", "muted"));
        w.Text($"{e.Mentions} mention(s) in {e.Articles} article(s){(e.Country is null ? string.Empty : " · " + e.Country)} · ");
        w.Link(Href.Query("/", new Attr("entity", e.Name), new Attr("type", e.Label)), "Search its articles");
        w.Text(" · ");
        w.Link("/api/entities/" + e.Id, "JSON");
        w.Close("p");
        if (e.Aliases.Count > 1)
        {
            // Every name the collection joined to this entity, so a reader sees why "Trump" and "U.S." land here.
            w.Open("p", new Attr("class", "aliases"));
            w.Text("Also written: " + string.Join(", ", e.Aliases.Where(a => a != e.Name)));
            w.Close("p");
        }

        w.Element("h2", "Mentions over time");
        w.Open("p", new Attr("class", "intervals"));
        foreach (var interval in new[] { "day", "week", "month" })
        {
            if (interval == p.Interval)
            {
                w.Element("strong", interval);
            }
            else
            {
                w.Link(Href.Query(Href.Entity(e.Id), new Attr("interval", interval)), interval);
            }

            w.Text(" ");
        }

        w.Close("p");
        TimelineChart.Write(w, p.Timeline, mentions: true);

        w.Open("div", new Attr("class", "columns"));
        w.Open("section");
        w.Element("h2", "Seen with");
        List(w, p.CoOccurring, c => EntityLinks.WithCount(w, c));
        w.Close("section");
        w.Open("section");
        w.Element("h2", "Articles");
        List(w, p.Articles, a => { w.Link(Href.Article(a.Id), a.Title ?? a.Id); w.Element("span", $" {SearchPage.Date(a.Published)} · {a.Source} · {a.Mentions} mention(s)", new Attr("class", "n")); });
        w.Close("section");
        w.Close("div");

        w.Element("h2", "Quotes by " + e.Name);
        QuoteItems.List(w, p.QuotesBy, showSpeaker: false);
        if (p.QuotesBy.Count > 0)
        {
            w.Open("p");
            w.Link(Href.Query("/quotes", new Attr("speaker", e.Name), new Attr("kind", "all")), "All quotes by " + e.Name + " →");
            w.Close("p");
        }

        w.Element("h2", "Quotes about " + e.Name);
        QuoteItems.List(w, p.QuotesAbout, showSpeaker: true);
        EventItems.Section(w, "acts-on", e.Name + " acts on", p.ActsOnByMonth, p.ActsOn, EventRole.Source);
        EventItems.Section(w, "acted-on-by", e.Name + " is acted on by", p.ActedOnByMonth, p.ActedOnBy, EventRole.Target);
        w.Close("section");
    }


    private static void List<T>(HtmlWriter w, IReadOnlyList<T> items, Action<T> item)
    {
        if (items.Count == 0)
        {
            w.Element("p", "None found.", new Attr("class", "muted"));
            return;
        }

        w.Open("ul");
        foreach (var i in items)
        {
            w.Open("li");
            item(i);
            w.Close("li");
        }

        w.Close("ul");
    }
}
