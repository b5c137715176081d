using System.Globalization;
using Dateline.Web.Api.Contracts;
using Dateline.Web.Browse;
using Dateline.Web.Html;
using Attr = Dateline.Web.Html.HtmlAttribute;

namespace Dateline.Web.Pages;

/// <summary>
/// The story threads page: threads with the latest article first, filtered by an entity and dates, paged. The form
/// shows what the reader typed, even a value it could not use.
/// </summary>
internal static class ThreadsPage
{
    public static void Write(HtmlWriter w, ThreadParameters given, ThreadRequest request, ThreadsResponse? response, IDictionary<string, string[]>? errors)
    {
        w.Element("h1", "Stories");
        Form(w, given, errors);
        if (errors is not null)
        {
            Layout.Errors(w, errors);
            return;
        }

        if (response is null)
        {
            return;
        }

        var first = response.Offset + 1;
        w.Element("p", response.Threads.Count == 0 ? "No stories found." : $"Stories {first}–{response.Offset + response.Threads.Count}, latest first", new Attr("class", "count"));
        w.Open("ol", new Attr("class", "threads"), new Attr("start", first.ToString(CultureInfo.InvariantCulture)));
        foreach (var t in response.Threads)
        {
            w.Open("li", new Attr("class", "thread-item"));
            w.Link(Href.Thread(t.Id), ThreadPage.Label(t), "thread-title");
            w.Open("div", new Attr("class", "n"));
            w.Text(string.Join(" · ", new[] { ThreadPage.Dates(t), $"{t.Articles} article(s)" }.Where(s => !string.IsNullOrEmpty(s))));
            foreach (var e in t.Entities)
            {
                w.Text(" · ");
                EntityLinks.Link(w, e);
            }

            w.Close("div");
            w.Close("li");
        }

        w.Close("ol");
        w.Open("nav", new Attr("class", "pager"));
        if (response.Offset > 0)
        {
            w.Link(Href.Query("/threads", Params(request, Math.Max(0, response.Offset - response.Limit))), "← Later stories", "prev");
        }

        if (response.HasMore)
        {
            w.Link(Href.Query("/threads", Params(request, response.Offset + response.Limit)), "Earlier stories →", "next");
        }

        w.Close("nav");
    }

    private static HtmlAttribute[] Params(ThreadRequest r, int offset)
    {
        var q = r.Query;
        return
        [
            new Attr("entity", q.Entity), new Attr("from", q.From), new Attr("to", q.To),
            new Attr("offset", offset > 0 ? offset.ToString(CultureInfo.InvariantCulture) : null),
        ];
    }

    private static void Form(HtmlWriter w, ThreadParameters given, IDictionary<string, string[]>? errors)
    {
        w.Open("form", new Attr("class", "search thread-search"), new Attr("method", "get"), new Attr("action", "/threads"));
        w.Open("div", new Attr("class", "filters"));
        FormFields.Text(w, "entity", "Entity", given.Entity, "name", errors);
        FormFields.Text(w, "from", "From", given.From, "yyyy-MM-dd", errors);
        FormFields.Text(w, "to", "To", given.To, "yyyy-MM-dd", errors);
        w.Element("button", "Find stories", new Attr("type", "submit"));
        w.Close("div");
        w.Close("form");
    }
}
