namespace Dateline.Store.Queries;

/// <summary>What a search matches, counted: articles and stories (near-duplicates folded), and the facets.</summary>
public sealed record SearchFacets(long Articles, long Stories)
{
    /// <summary>True when more articles matched than the facets read (the newest stored, up to the store's facet limit).</summary>
    public bool Capped { get; init; }

    /// <summary>
    /// True when the counts are estimates: more articles matched than the facets read, so the newest ones were counted
    /// and every count (articles, stories, each facet value) scaled by how densely they matched. A word search then
    /// also ranked only the newest matches.
    /// </summary>
    public bool Approximate { get; init; }

    public IReadOnlyList<EntityFacet> Entities { get; init; } = [];

    public IReadOnlyList<FacetCount> Types { get; init; } = [];

    public IReadOnlyList<FacetCount> Sources { get; init; } = [];

    /// <summary>Articles having events of each PLOVER type (ASSAULT, PROTEST …), most first.</summary>
    public IReadOnlyList<FacetCount> EventTypes { get; init; } = [];

    /// <summary>Articles by month of publication (yyyy-MM), oldest first.</summary>
    public IReadOnlyList<FacetCount> Dates { get; init; } = [];
}
