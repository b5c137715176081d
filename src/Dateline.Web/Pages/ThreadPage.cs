using System.Globalization;
using Dateline.Store.Queries;
using Dateline.Web.Html;
using Attr = Dateline.Web.Html.HtmlAttribute;

namespace Dateline.Web.Pages;

/// <summary>One story thread: the timeline of its articles, its main entities, who backs or opposes whom, and its quotes.</summary>
internal static class ThreadPage
{
    public static void Write(HtmlWriter w, ThreadDetail detail)
    {
        var t = detail.Thread;
        w.Open("section", new Attr("class", "thread"));
        w.Element("h1", Label(t), new Attr("id", "title"));
        w.Open("p", new Attr("class", "muted"));
        w.Text(string.Join(" · ", new[] { Dates(t), $"{t.Articles} article(s)" }.Where(s => !string.IsNullOrEmpty(s))) + " · ");
        w.Link("/api/threads/" + t.Id.ToString(CultureInfo.InvariantCulture), "JSON");
        w.Close("p");

        w.Open("div", new Attr("class", "columns thread-columns"));
        w.Open("section", new Attr("class", "thread-timeline"));
        w.Element("h2", "Timeline");
        w.Open("ol", new Attr("class", "timeline"));
        foreach (var a in detail.Timeline)
        {
            w.Open("li");
            w.Element("time", SearchPage.Date(a.Published) ?? "undated", new Attr("datetime", SearchPage.Date(a.Published)));
            w.Text(" ");
            w.Link(Href.Article(a.Id), string.IsNullOrWhiteSpace(a.Title) ? a.Id : a.Title);
            var notes = new List<string>();
            if (a.Source is not null)
            {
                notes.Add(a.Source);
            }

            if (a.DuplicateOf is not null)
            {
                notes.Add("near-duplicate");
            }

            if (notes.Count > 0)
            {
                w.Element("span", " " + string.Join(" · ", notes), new Attr("class", "n"));
            }

            w.Close("li");
        }

        w.Close("ol");
        if (detail.Timeline.Count < t.Articles)
        {
            w.Element("p", $"The first {detail.Timeline.Count} of {t.Articles} articles.", new Attr("class", "muted"));
        }

        w.Close("section");

        w.Open("section", new Attr("class", "thread-entities"));
        w.Element("h2", "Main entities");
        if (t.Entities.Count == 0)
        {
            w.Element("p", "None found.", new Attr("class", "muted"));
        }
        else
        {
            w.Open("ul");
            foreach (var e in t.Entities)
            {
                w.Open("li");
                EntityLinks.WithCount(w, e);
                w.Close("li");
            }

            w.Close("ul");
        }

        if (detail.Relations.Count > 0)
        {
            w.Element("h2", "Who backs or opposes whom");
            w.Open("ul", new Attr("class", "relations"));
            foreach (var r in detail.Relations)
            {
                w.Open("li");
                w.Link(Href.Entity(r.SubjectId), r.SubjectName);
                w.Text($" {r.Type} ");
                w.Link(Href.Entity(r.ObjectId), r.ObjectName);
                w.Element("span", $" · {r.Articles} article(s)", new Attr("class", "n"));
                w.Close("li");
            }

            w.Close("ul");
        }

        w.Close("section");
        w.Close("div");

        w.Element("h2", "Quotes");
        QuoteItems.List(w, detail.Quotes, showSpeaker: true);
        w.Close("section");
    }

    /// <summary>What a thread is called: its most central article's title, else its id.</summary>
    public static string Label(ThreadSummary t) => string.IsNullOrWhiteSpace(t.Label) ? $"Story {t.Id.ToString(CultureInfo.InvariantCulture)}" : t.Label;

    /// <summary>The days a thread spans: one date, a range, or nothing when none of its articles is dated.</summary>
    public static string? Dates(ThreadSummary t)
        => t.FirstPublished is null ? null : t.FirstPublished == t.LastPublished ? t.FirstPublished : $"{t.FirstPublished} – {t.LastPublished}";
}
