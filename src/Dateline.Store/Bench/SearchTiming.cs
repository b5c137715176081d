using Dateline.Store.Queries;
using Dateline.Store.Search;

namespace Dateline.Store.Bench;

/// <summary>One timed search: milliseconds for the page of hits and for the facets, and what they found.</summary>
public sealed record SearchTiming(SearchQuery Query, double SearchMs, double FacetsMs, int Hits, SearchFacets Facets)
{
    public double TotalMs => SearchMs + FacetsMs;
}
