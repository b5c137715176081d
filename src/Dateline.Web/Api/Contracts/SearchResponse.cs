using Dateline.Store.Queries;

namespace Dateline.Web.Api.Contracts;

/// <summary>A page of search results, with facets over everything the search matches.</summary>
/// <param name="Query">The search words as given.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">Results per page.</param>
/// <param name="HasMore">Whether another page follows.</param>
/// <param name="Results">The stories of this page.</param>
/// <param name="Facets">Counts by entity, entity type, source and month over all matches.</param>
public sealed record SearchResponse(string Query, int Page, int PageSize, bool HasMore, IReadOnlyList<SearchHitDto> Results, SearchFacets Facets)
{
    /// <summary>The order of the results: relevance, newest or oldest.</summary>
    public string Sort { get; init; } = "relevance";

    /// <summary>Give as after (with the same search) for the next page; null on the last page.</summary>
    public string? Next { get; init; }
}
