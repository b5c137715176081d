using Dateline.Store.Queries;
using Dateline.Store.Search;

namespace Dateline.Store.Bench;

/// <summary>One timed search: milliseconds for the page of hits and for the facets, and what they found.</summary>
public sealed record SearchTiming(SearchQuery Query, double SearchMs, double FacetsMs, int Hits, SearchFacets Facets)
{
    public double TotalMs => SearchMs + FacetsMs;

    /// <summary>CPU time of the search and the facets together, on the calling thread (NaN where it cannot be read).</summary>
    public double CpuMs { get; init; } = double.NaN;
}
