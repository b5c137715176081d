using System.Globalization;
using Attr = Dateline.Web.Html.HtmlAttribute;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;
using Dateline.Store;
using Dateline.Web.Api.Contracts;
using Dateline.Web.Browse;
using Dateline.Store.Search;
using Dateline.Web.Html;

namespace Dateline.Web.Pages;

/// <summary>The home page: the search form, results with highlighted snippets, facets to narrow them, and paging.</summary>
internal static class SearchPage
{
    public static void Write(HtmlWriter w, SearchParameters given, SearchRequest request, SearchResponse? response, IDictionary<string, string[]>? errors, StoreStats? stats)
    {
        Form(w, given, request, errors);
        if (errors is not null)
        {
            Layout.Errors(w, errors);
            return;
        }

        if (response is null)
        {
            Welcome(w, stats);
            return;
        }

        var f = response.Facets;
        w.Open("div", new Attr("class", "results-layout"));
        w.Open("aside", new Attr("class", "facets"));
        Facet(w, "Entities", f.Entities.Select(e => (e.Name + " · " + e.Label, e.Count, Href.Query("/", Params(request with { Entity = e.Name, Type = e.Label, Page = 1 })), (string?)Href.Entity(e.Id))));
        Facet(w, "Types", f.Types.Select(t => (t.Value, t.Count, Href.Query("/", Params(request with { Type = t.Value, Page = 1 })), (string?)null)));
        Facet(w, "Sources", f.Sources.Select(s => (s.Value, s.Count, Href.Query("/", Params(request with { Source = s.Value, Page = 1 })), (string?)null)));
        Facet(w, "Events", f.EventTypes.Select(t => (t.Value, t.Count, Href.Query("/", Params(request with { EventType = t.Value, Page = 1 })), (string?)null)));
        Facet(w, "Months", f.Dates.Select(d => (d.Value, d.Count, Href.Query("/", Params(request with { From = d.Value, To = d.Value, Page = 1 })), (string?)null)));
        w.Close("aside");

        w.Open("section", new Attr("class", "results"));
        var about = f.Approximate ? "about " : string.Empty;
        w.Element("p", $"{about}{f.Articles} matching article(s) in {about}{f.Stories} stor{(f.Stories == 1 ? "y" : "ies")}{(f.Approximate ? " (estimated from the newest matches, which are ranked and counted)" : string.Empty)} · {SortText(response.Sort)} · page {response.Page}", new Attr("class", "count"));
        Histogram(w, request, f);
        if (response.Results.Count == 0)
        {
            w.Element("p", "Nothing found. Try fewer words or filters.", new Attr("class", "empty"));
        }

        w.Open("ol", new Attr("class", "hits"), new Attr("start", ((response.Page - 1) * response.PageSize + 1).ToString(CultureInfo.InvariantCulture)));
        foreach (var hit in response.Results)
        {
            w.Open("li", new Attr("class", "hit"));
            w.Link(Href.Article(hit.Id), string.IsNullOrWhiteSpace(hit.Title) ? "(untitled) " + hit.Id : hit.Title, "hit-title");
            w.Open("div", new Attr("class", "hit-meta"));
            w.Text(string.Join(" · ", new[] { Date(hit.Published), hit.Source }.Where(s => !string.IsNullOrEmpty(s))));
            if (hit.Authors.Count > 0)
            {
                w.Text(" · ");
                w.Element("span", "by " + string.Join(", ", hit.Authors), new Attr("class", "authors"));
            }
            if (hit.Copies.Count > 0)
            {
                w.Element("span", $" · +{hit.Copies.Count} cop{(hit.Copies.Count == 1 ? "y" : "ies")}", new Attr("class", "copies"), new Attr("title", string.Join(", ", hit.Copies.Take(20))));
            }

            w.Close("div");
            w.Open("p", new Attr("class", "snippet"));
            Snippet(w, hit.Snippet);
            w.Close("p");
            w.Close("li");
        }

        w.Close("ol");
        w.Open("nav", new Attr("class", "pager"));
        if (request.After is not null)
        {
            // Cursor pages go forward; the first page is a link, the ones between are the browser's Back.
            w.Link(Href.Query("/", Params(request with { Page = 1, After = null })), "← First page", "first");
        }
        else if (response.Page > 1)
        {
            w.Link(Href.Query("/", Params(request with { Page = response.Page - 1 })), "← Previous", "prev");
        }

        if (response.HasMore && response.Next is { } next)
        {
            w.Link(Href.Query("/", [.. Params(request with { Page = response.Page + 1, After = null }), new Attr("after", next)]), "Next →", "next");
        }

        w.Close("nav");
        w.Close("section");
        w.Close("div");
    }

    public static HtmlAttribute[] Params(SearchRequest r) =>
    [
        new Attr("q", r.Text), new Attr("from", r.From), new Attr("to", r.To), new Attr("entity", r.Entity), new Attr("type", r.Type), new Attr("source", r.Source),
        new Attr("event", r.EventType),
        new Attr("sort", r.Sort == SearchSort.Relevance ? null : r.Sort.ToString().ToLowerInvariant()),
        new Attr("raw", r.Raw ? "true" : null), new Attr("page", r.Page > 1 ? r.Page.ToString(CultureInfo.InvariantCulture) : null),
        new Attr("after", r.After?.Token),
    ];

    private static string SortText(string sort) => sort switch
    {
        "newest" => "newest first",
        "oldest" => "oldest first",
        _ => "most relevant first",
    };

    /// <summary>Matching articles per month as bars; a bar narrows the search to its month.</summary>
    private static void Histogram(HtmlWriter w, SearchRequest request, Dateline.Store.Queries.SearchFacets facets)
    {
        if (facets.Dates.Count < 2)
        {
            return;
        }

        var months = Dateline.Store.Queries.TimelinePeriods.Fill([.. facets.Dates.Select(d => new Dateline.Store.Queries.TimelineBucket(d.Value, d.Count, 0))], Dateline.Store.Queries.TimelineInterval.Month, 240);
        w.Open("figure", new Attr("class", "histogram"));
        TimelineChart.Write(w, months, mentions: false, period => Href.Query("/", Params(request with { From = period, To = period, Page = 1, After = null })));
        w.Element("figcaption", "Matching articles per month", new Attr("class", "muted"));
        w.Close("figure");
    }

    /// <summary>Plain snippet text, with the matched ranges wrapped in mark elements.</summary>
    public static void Snippet(HtmlWriter w, HighlightedText snippet)
    {
        var at = 0;
        foreach (var h in snippet.Highlights)
        {
            if (h.Start < at || h.End > snippet.Text.Length)
            {
                continue;
            }

            w.Text(snippet.Text.AsSpan(at, h.Start - at));
            w.Element("mark", snippet.Text[h.Start..h.End]);
            at = h.End;
        }

        w.Text(snippet.Text.AsSpan(at));
    }

    public static string? Date(string? published) => published is { Length: >= 10 } p ? p[..10] : published;

    /// <summary>The search form, showing what the reader gave (even a value that could not be used, marked with its message).</summary>
    private static void Form(HtmlWriter w, SearchParameters given, SearchRequest r, IDictionary<string, string[]>? errors)
    {
        w.Open("form", new Attr("class", "search"), new Attr("method", "get"), new Attr("action", "/"), new Attr("role", "search"));
        w.Void("input", new Attr("type", "search"), new Attr("name", "q"), new Attr("id", "q"), new Attr("value", given.Q), new Attr("placeholder", "Search articles — words, \"phrases\", prefix*"), new Attr("aria-label", "Search"), new Attr("maxlength", ParameterErrors.MaxTextLength.ToString(CultureInfo.InvariantCulture)),
            new Attr("aria-invalid", errors?.ContainsKey("q") == true ? "true" : null));
        w.Element("button", "Search", new Attr("type", "submit"));
        w.Open("div", new Attr("class", "filters"));
        FormFields.Text(w, "from", "From", given.From, "yyyy-MM-dd", errors);
        FormFields.Text(w, "to", "To", given.To, "yyyy-MM-dd", errors);
        FormFields.Text(w, "entity", "Entity", given.Entity, "name", errors);
        FormFields.Choice(w, "type", "Type", r.Type ?? string.Empty, errors, [(string.Empty, "any"), .. EntityLabels.All.Select(l => (l.Code(), l.Code()))]);
        FormFields.Text(w, "source", "Source", given.Source, "site", errors);
        FormFields.Choice(w, "sort", "Sort", r.Sort.ToString().ToLowerInvariant(), errors, [("relevance", "relevance"), ("newest", "newest first"), ("oldest", "oldest first")]);
        if (r.Raw)
        {
            w.Void("input", new Attr("type", "hidden"), new Attr("name", "raw"), new Attr("value", "true"));
        }

        if (r.EventType is { } eventType)
        {
            // Chosen from the Events facet: kept while the search is refined, removable here.
            w.Void("input", new Attr("type", "hidden"), new Attr("name", "event"), new Attr("value", eventType));
            w.Open("span", new Attr("class", "event-filter"));
            w.Text("Event: " + eventType + " ");
            w.Link(Href.Query("/", Params(r with { EventType = null, Page = 1 })), "remove", "remove-event");
            w.Close("span");
        }

        w.Close("div");
        w.Close("form");
    }

    private static void Facet(HtmlWriter w, string title, IEnumerable<(string Value, long Count, string Href, string? Page)> values)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            return;
        }

        w.Open("section", new Attr("class", "facet"));
        w.Element("h3", title);
        w.Open("ul");
        foreach (var (value, count, href, page) in list)
        {
            w.Open("li");
            w.Link(href, value, "facet-value");
            w.Element("span", count.ToString(CultureInfo.InvariantCulture), new Attr("class", "n"));
            if (page is not null)
            {
                w.Link(page, "→", "facet-page", "Entity page");
            }

            w.Close("li");
        }

        w.Close("ul");
        w.Close("section");
    }

    private static void Welcome(HtmlWriter w, StoreStats? stats)
    {
        w.Open("section", new Attr("class", "welcome"));
        if (stats is not null)
        {
            w.Element("p", $"{stats.Articles} articles, {stats.Entities} entities, {stats.Duplicates} near-duplicates, {stats.Failures} failed inputs in this store.");
            if (stats.BySource.Count > 0)
            {
                w.Element("h3", "Sources");
                w.Open("ul", new Attr("class", "inline"));
                foreach (var (source, n) in stats.BySource.Take(20))
                {
                    w.Open("li");
                    w.Link(Href.Query("/", new Attr("source", source)), source);
                    w.Text($" ({n})");
                    w.Close("li");
                }

                w.Close("ul");
            }
        }

        w.Close("section");
    }
}
