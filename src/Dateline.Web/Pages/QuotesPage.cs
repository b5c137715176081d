using System.Globalization;
using Dateline.Store.Queries;
using Dateline.Web.Api.Contracts;
using Dateline.Web.Browse;
using Dateline.Web.Html;
using Attr = Dateline.Web.Html.HtmlAttribute;

namespace Dateline.Web.Pages;

/// <summary>
/// The quotes page: direct quotes unless the reader asks for other kinds, filtered by speaker, words, outlet and date,
/// sorted by date or speaker, paged. The form shows what the reader typed, even a value it could not use.
/// </summary>
internal static class QuotesPage
{
    public static void Write(HtmlWriter w, QuoteParameters given, QuoteRequest request, QuotesResponse? response, IDictionary<string, string[]>? errors)
    {
        w.Element("h1", "Quotes");
        Form(w, given, request, errors);
        if (errors is not null)
        {
            Layout.Errors(w, errors);
            return;
        }

        if (response is null)
        {
            return;
        }

        var q = request.Query;
        w.Element("p", $"{KindText(q.Kind)} · {SortText(q.Sort)} · page {response.Page}", new Attr("class", "count"));
        if (response.Quotes.Count == 0)
        {
            w.Element("p", "No quotes found. Try another kind, fewer words or a wider date range.", new Attr("class", "empty"));
        }

        w.Open("ul", new Attr("class", "quotes quote-list"));
        foreach (var quote in response.Quotes)
        {
            w.Open("li", new Attr("class", "quote-item"), new Attr("data-kind", quote.Kind));
            w.Element("span", quote.Text, new Attr("class", "quote-text"));
            QuoteItems.Speaker(w, quote);

            w.Open("div", new Attr("class", "n"));
            w.Element("span", quote.Kind, new Attr("class", "kind kind-" + new string([.. quote.Kind.Where(char.IsAsciiLetterLower)])));
            w.Text(" ");
            w.Link(Href.Article(quote.ArticleId), quote.ArticleTitle ?? quote.ArticleId);
            w.Text(" · " + string.Join(" · ", new[] { quote.Source, SearchPage.Date(quote.Published) }.Where(s => !string.IsNullOrEmpty(s))));
            w.Close("div");
            w.Close("li");
        }

        w.Close("ul");
        w.Open("nav", new Attr("class", "pager"));
        if (response.Page > 1)
        {
            w.Link(Href.Query("/quotes", Params(request, response.Page - 1)), "← Previous", "prev");
        }

        if (response.HasMore)
        {
            w.Link(Href.Query("/quotes", Params(request, response.Page + 1)), "Next →", "next");
        }

        w.Close("nav");
    }

    private static HtmlAttribute[] Params(QuoteRequest r, int page)
    {
        var q = r.Query;
        return
        [
            new Attr("speaker", q.Speaker), new Attr("q", q.Text), new Attr("kind", q.Kind == QuoteKindFilter.Direct ? null : Lower(q.Kind)),
            new Attr("source", q.Source), new Attr("from", q.From), new Attr("to", q.To), new Attr("sort", q.Sort == QuoteSort.Newest ? null : Lower(q.Sort)),
            new Attr("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null),
        ];
    }

    private static void Form(HtmlWriter w, QuoteParameters given, QuoteRequest request, IDictionary<string, string[]>? errors)
    {
        w.Open("form", new Attr("class", "search quote-search"), new Attr("method", "get"), new Attr("action", "/quotes"));
        w.Void("input", new Attr("type", "search"), new Attr("name", "q"), new Attr("id", "q"), new Attr("value", given.Q), new Attr("placeholder", "Words in the quote"), new Attr("aria-label", "Words in the quote"), new Attr("maxlength", ParameterErrors.MaxTextLength.ToString(CultureInfo.InvariantCulture)));
        w.Element("button", "Find quotes", new Attr("type", "submit"));
        w.Open("div", new Attr("class", "filters"));
        FormFields.Text(w, "speaker", "Speaker", given.Speaker, "name", errors);
        FormFields.Choice(w, "kind", "Kind", Lower(request.Query.Kind), errors, [("direct", "direct"), ("mixed", "mixed"), ("indirect", "indirect"), ("all", "all kinds")]);
        FormFields.Text(w, "source", "Outlet", given.Source, "site", errors);
        FormFields.Text(w, "from", "From", given.From, "yyyy-MM-dd", errors);
        FormFields.Text(w, "to", "To", given.To, "yyyy-MM-dd", errors);
        FormFields.Choice(w, "sort", "Sort", Lower(request.Query.Sort), errors, [("newest", "newest first"), ("oldest", "oldest first"), ("speaker", "speaker A–Z")]);
        w.Close("div");
        w.Close("form");
    }

    private static string KindText(QuoteKindFilter kind) => kind == QuoteKindFilter.All ? "All quotes" : $"{kind} quotes";

    private static string SortText(QuoteSort sort) => sort switch
    {
        QuoteSort.Oldest => "oldest first",
        QuoteSort.Speaker => "by speaker",
        _ => "newest first",
    };

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
