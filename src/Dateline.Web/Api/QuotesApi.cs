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
            .WithSummary("Quotes filtered by speaker, words, kind, outlet and date, sorted by date or speaker; paged.")
            .WithDescription("Every filter given must hold. kind defaults to all here (the /quotes page shows direct quotes unless told).");
        return app;
    }

    /// <summary>Lists quotes.</summary>
    /// <response code="200">A page of quotes, each with its article, speaker and outlet.</response>
    /// <response code="400">A parameter is not valid; the problem's errors name each one.</response>
    private static Results<Ok<QuotesResponse>, ValidationProblem> List([AsParameters] QuoteParameters parameters, IArticleQueries queries, WebOptions options)
    {
        var errors = new ParameterErrors();
        var request = QuoteRequest.Read(parameters, options, errors, QuoteKindFilter.All);
        if (errors.Any)
        {
            return ApiProblems.Invalid(errors);
        }

        return TypedResults.Ok(Page(request, queries, options));
    }

    /// <summary>One page of a quote list (shared with the quotes page).</summary>
    internal static QuotesResponse Page(QuoteRequest request, IArticleQueries queries, WebOptions options)
    {
        var size = options.PageSize;
        var quotes = queries.Quotes(request.Query with { Limit = size + 1, Offset = (request.Page - 1) * size });
        return new QuotesResponse(request.Page, size, quotes.Count > size, [.. quotes.Take(size)]);
    }
}
