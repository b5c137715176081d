using Dateline.Store.Queries;
using Dateline.Web.Api.Contracts;
using Dateline.Web.Browse;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dateline.Web.Api;

/// <summary>GET /api/quotes: quotes by a speaker and/or containing words, newest first.</summary>
public static class QuotesApi
{
    public static IEndpointRouteBuilder MapQuotesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/quotes").WithTags("Quotes")
            .MapGet("/", List)
            .WithName("ListQuotes")
            .WithSummary("Quotes filtered by speaker (a name or surname) and q (words inside the quote); paged.");
        return app;
    }

    private static Results<Ok<QuotesResponse>, ValidationProblem> List(string? speaker, string? q, string? page, IArticleQueries queries, WebOptions options)
    {
        var errors = new ParameterErrors();
        var query = new QuoteQuery { Speaker = errors.Text("speaker", speaker, 200), Text = errors.Text("q", q) };
        var n = errors.Int("page", page, 1, 1, options.MaxPage);
        if (errors.Any)
        {
            return ApiProblems.Invalid(errors);
        }

        var size = options.PageSize;
        var quotes = queries.Quotes(query with { Limit = size + 1, Offset = (n - 1) * size });
        return TypedResults.Ok(new QuotesResponse(n, size, quotes.Count > size, [.. quotes.Take(size)]));
    }
}
