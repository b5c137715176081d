using System.Globalization;
using Attr = Dateline.Web.Html.HtmlAttribute;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;
using Dateline.Store;
using Dateline.Web.Api.Contracts;
using Dateline.Web.Browse;
using Dateline.Web.Html;

namespace Dateline.Web.Pages;

/// <summary>The home page: the search form, results with highlighted snippets, facets to narrow them, and paging.</summary>
internal static class SearchPage
{
    public static void Write(HtmlWriter w, SearchRequest request, SearchResponse? response, IDictionary<string, string[]>? errors, StoreStats? stats)
    {
        Form(w, request);
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
        Facet(w, "Months", f.Dates.Select(d => (d.Value, d.Count, Href.Query("/", Params(request with { From = d.Value, To = d.Value, Page = 1 })), (string?)null)));
        w.Close("aside");

        w.Open("section", new Attr("class", "results"));
        w.Element("p", $"{f.Articles} matching article(s) in {f.Stories} stor{(f.Stories == 1 ? "y" : "ies")}{(f.Capped ? " (facets count the first matches only)" : string.Empty)} · page {response.Page}", new Attr("class", "count"));
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
        if (response.Page > 1)
        {
            w.Link(Href.Query("/", Params(request with { Page = response.Page - 1 })), "← Previous", "prev");
        }

        if (response.HasMore)
        {
            w.Link(Href.Query("/", Params(request with { Page = response.Page + 1 })), "Next →", "next");
        }

        w.Close("nav");
        w.Close("section");
        w.Close("div");
    }

    public static HtmlAttribute[] Params(SearchRequest r) =>
    [
        new Attr("q", r.Text), new Attr("from", r.From), new Attr("to", r.To), new Attr("entity", r.Entity), new Attr("type", r.Type), new Attr("source", r.Source),
        new Attr("raw", r.Raw ? "true" : null), new Attr("page", r.Page > 1 ? r.Page.ToString(CultureInfo.InvariantCulture) : null),
    ];

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

    private static void Form(HtmlWriter w, SearchRequest r)
    {
        w.Open("form", new Attr("class", "search"), new Attr("method", "get"), new Attr("action", "/"), new Attr("role", "search"));
        w.Void("input", new Attr("type", "search"), new Attr("name", "q"), new Attr("id", "q"), new Attr("value", r.Text), new Attr("placeholder", "Search articles — words, \"phrases\", prefix*"), new Attr("aria-label", "Search"), new Attr("maxlength", "500"));
        w.Element("button", "Search", new Attr("type", "submit"));
        w.Open("div", new Attr("class", "filters"));
        Field(w, "from", "From", r.From, "yyyy-MM-dd");
        Field(w, "to", "To", r.To, "yyyy-MM-dd");
        Field(w, "entity", "Entity", r.Entity, "name");
        w.Open("label");
        w.Text("Type ");
        w.Open("select", new Attr("name", "type"));
        w.Element("option", "any", new Attr("value", string.Empty));
        foreach (var label in EntityLabels.All.Select(l => l.Code()))
        {
            w.Element("option", label, new Attr("value", label), new Attr("selected", r.Type == label ? string.Empty : null));
        }

        w.Close("select");
        w.Close("label");
        Field(w, "source", "Source", r.Source, "site");
        w.Close("div");
        w.Close("form");
    }

    private static void Field(HtmlWriter w, string name, string label, string? value, string placeholder)
    {
        w.Open("label");
        w.Text(label + " ");
        w.Void("input", new Attr("type", "text"), new Attr("name", name), new Attr("value", value), new Attr("placeholder", placeholder), new Attr("maxlength", "200"));
        w.Close("label");
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
