using Dateline.Store.Queries;

namespace Dateline.Web.Api.Contracts;

/// <summary>A page of search results, with facets over everything the search matches.</summary>
public sealed record SearchResponse(string Query, int Page, int PageSize, bool HasMore, IReadOnlyList<SearchHitDto> Results, SearchFacets Facets);
