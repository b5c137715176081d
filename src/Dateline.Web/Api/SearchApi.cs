using Dateline.Store.Search;
using Dateline.Web.Api.Contracts;
using Dateline.Web.Browse;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dateline.Web.Api;

/// <summary>GET /api/search: ranked stories with snippets, and facets by entity, type, source and month.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/search").WithTags("Search")
            .MapGet("/", Search)
            .WithName("Search")
            .WithSummary("Full-text search (BM25) with filters, sorting, paging and facets. Snippets are plain text with highlight ranges.");
        return app;
    }

    /// <summary>Searches the stored articles.</summary>
    /// <remarks>
    /// Words are matched as typed ("phrases", word* prefixes, AND/OR/NOT work); near-duplicates fold into one hit with
    /// copies. Pages go by number up to 50; for deeper pages give the response's next as after.
    /// </remarks>
    /// <response code="200">A page of stories with snippets, the facets of all matches, and the cursor of the next page.</response>
    /// <response code="400">A parameter is not valid (problem details name each one), or q is not valid search syntax.</response>
    private static Results<Ok<SearchResponse>, ValidationProblem, ProblemHttpResult> Search([AsParameters] SearchParameters parameters, SearchService search, WebOptions options)
    {
        var errors = new ParameterErrors();
        var request = SearchRequest.Read(parameters, options, errors);
        if (errors.Any)
        {
            return ApiProblems.Invalid(errors);
        }

        try
        {
            return TypedResults.Ok(search.Run(request));
        }
        catch (SearchSyntaxException e)
        {
            return ApiProblems.Syntax(e);
        }
    }
}
