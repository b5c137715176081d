namespace Dateline.Store.Queries;

/// <summary>What a search matches, counted: articles and stories (near-duplicates folded), and the facets.</summary>
public sealed record SearchFacets(long Articles, long Stories)
{
    /// <summary>True when more articles matched than the facet limit; the counts then cover only the first ones found.</summary>
    public bool Capped { get; init; }

    public IReadOnlyList<EntityFacet> Entities { get; init; } = [];

    public IReadOnlyList<FacetCount> Types { get; init; } = [];

    public IReadOnlyList<FacetCount> Sources { get; init; } = [];

    /// <summary>Articles having events of each PLOVER type (ASSAULT, PROTEST …), most first.</summary>
    public IReadOnlyList<FacetCount> EventTypes { get; init; } = [];

    /// <summary>Articles by month of publication (yyyy-MM), oldest first.</summary>
    public IReadOnlyList<FacetCount> Dates { get; init; } = [];
}
