using Dateline.Store;
using Dateline.Store.Queries;
using Dateline.Store.Search;
using Dateline.Web.Api.Contracts;
using Dateline.Web.Browse;
using Dateline.Web.Html;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Attr = Dateline.Web.Html.HtmlAttribute;

namespace Dateline.Web.Pages;

/// <summary>The server-rendered pages: search, article, entity, quotes, story threads, and the paste box when processing is allowed.</summary>
public static class PageEndpoints
{
    public static IEndpointRouteBuilder MapDatelinePages(this IEndpointRouteBuilder app, WebOptions options)
    {
        var pages = app.MapGroup(string.Empty).ExcludeFromDescription();
        pages.MapGet("/", Search);
        pages.MapGet("/articles/{id}", Article);
        pages.MapGet("/entities/{id}", Entity);
        pages.MapGet("/quotes", Quotes);
        pages.MapGet("/threads", Threads);
        pages.MapGet("/threads/{id}", Thread);
        if (options.AllowProcess)
        {
            pages.MapGet("/process", ProcessForm);
            pages.MapPost("/process", Process);
        }

        return app;
    }

    private static IResult Search([AsParameters] SearchParameters parameters, SearchService search, IArticleStore store, WebOptions options)
    {
        var errors = new ParameterErrors();
        var request = SearchRequest.Read(parameters, options, errors);
        if (errors.Any)
        {
            return Html("Search", options, w => SearchPage.Write(w, parameters, request, null, errors.ToDictionary(), null), StatusCodes.Status400BadRequest);
        }

        if (request.IsEmpty)
        {
            return Html("Search", options, w => SearchPage.Write(w, parameters, request, null, null, store.Stats()));
        }

        try
        {
            var response = search.Run(request);
            return Html(request.Text.Length > 0 ? request.Text : "Search", options, w => SearchPage.Write(w, parameters, request, response, null, null));
        }
        catch (SearchSyntaxException e)
        {
            var problem = new Dictionary<string, string[]> { ["q"] = [e.Message] };
            return Html("Search", options, w => SearchPage.Write(w, parameters, request, null, problem, null), StatusCodes.Status400BadRequest);
        }
    }

    private static IResult Article(string id, IArticleStore store, WebOptions options)
    {
        var article = id.Length <= Api.ArticlesApi.MaxIdLength ? store.Find(id) : null;
        if (article is null)
        {
            return NotFound(options, $"No article with id '{id}'.");
        }

        return Html(article.Document.Metadata.Title ?? id, options, w => ArticlePage.Write(w, ArticleView.Of(article, store.Layers)));
    }

    private static IResult Entity(string id, string? interval, EntityService entities, WebOptions options)
    {
        var errors = new ParameterErrors();
        var key = errors.Id("id", id);
        var bucket = errors.Choice("interval", interval, TimelineInterval.Month);
        if (errors.Any || key is null)
        {
            return Html("Entity", options, w => Layout.Errors(w, errors.ToDictionary()), StatusCodes.Status400BadRequest);
        }

        var profile = entities.Profile(key.Value, bucket);
        return profile is null
            ? NotFound(options, $"No entity with id {key}.")
            : Html(profile.Entity.Name, options, w => EntityPage.Write(w, profile));
    }

    private static IResult Quotes([AsParameters] QuoteParameters parameters, IArticleQueries queries, WebOptions options)
    {
        var errors = new ParameterErrors();
        var request = QuoteRequest.Read(parameters, options, errors, QuoteKindFilter.Direct);
        if (errors.Any)
        {
            return Html("Quotes", options, w => QuotesPage.Write(w, parameters, request, null, errors.ToDictionary()), StatusCodes.Status400BadRequest);
        }

        var response = Api.QuotesApi.Page(request, queries, options);
        return Html("Quotes", options, w => QuotesPage.Write(w, parameters, request, response, null));
    }

    private static IResult Threads([AsParameters] ThreadParameters parameters, IArticleQueries queries, WebOptions options)
    {
        var errors = new ParameterErrors();
        var request = ThreadRequest.Read(parameters, options, errors);
        if (errors.Any)
        {
            return Html("Stories", options, w => ThreadsPage.Write(w, parameters, request, null, errors.ToDictionary()), StatusCodes.Status400BadRequest);
        }

        var response = Api.ThreadsApi.Page(request, queries);
        return Html("Stories", options, w => ThreadsPage.Write(w, parameters, request, response, null));
    }

    private static IResult Thread(string id, IArticleQueries queries, WebOptions options)
    {
        var errors = new ParameterErrors();
        var key = ThreadRequest.Id(id, errors);
        if (key is null)
        {
            return Html("Story", options, w => Layout.Errors(w, errors.ToDictionary()), StatusCodes.Status400BadRequest);
        }

        var thread = queries.Thread(key.Value, Api.ThreadsApi.DetailLimit);
        return thread is null
            ? NotFound(options, $"No story thread with id {key}.")
            : Html(ThreadPage.Label(thread.Thread), options, w => ThreadPage.Write(w, thread));
    }

    private static IResult ProcessForm(HttpContext context, IAntiforgery antiforgery, WebOptions options)
        => Html("Paste a page", options, w => ProcessPage.Form(w, antiforgery.GetAndStoreTokens(context), null, null));

    private static IResult Process([FromForm(Name = "page")] string? page, [FromForm(Name = "kind")] string? kind, [FromForm(Name = "url")] string? url,
        HttpContext context, IAntiforgery antiforgery, PageProcessor processor, WebOptions options)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        if (string.IsNullOrWhiteSpace(page))
        {
            return Html("Paste a page", options, w => ProcessPage.Form(w, tokens, page, "Paste the HTML or the text of a page first."), StatusCodes.Status400BadRequest);
        }

        var isHtml = kind != "text";
        var result = processor.Process(new ProcessRequest(isHtml ? page : null, isHtml ? null : page) { Url = string.IsNullOrWhiteSpace(url) ? null : url }, context.RequestAborted);
        if (!result.Succeeded)
        {
            return Html("Paste a page", options, w => ProcessPage.Form(w, tokens, page, $"The page could not be processed: {result.Error.Kind}: {result.Error.Message}"), StatusCodes.Status422UnprocessableEntity);
        }

        var view = new ArticleView(result.Document, processor.Layers);
        return Html(result.Document.Metadata.Title ?? "Pasted page", options, w =>
        {
            ProcessPage.Form(w, tokens, page, null);
            ArticlePage.Write(w, view);
        });
    }

    private static IResult NotFound(WebOptions options, string message)
        => Html("Not found", options, w => { w.Element("h1", "Not found"); w.Element("p", message); }, StatusCodes.Status404NotFound);

    private static IResult Html(string title, WebOptions options, Action<HtmlWriter> body, int status = StatusCodes.Status200OK)
        => Results.Content(Layout.Page(title, options, body), "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
