namespace Dateline.Store.Search;

/// <summary>
/// The bounds that keep a search's work flat however large the store grows, shared by the SQLite and PostgreSQL
/// stores' options. Measured with `Dateline.StoreBench fill` and `queries` (bench/README.md, issue 20).
/// </summary>
public static class SearchBounds
{
    /// <summary>Matching articles a word search scores and sorts at most (the newest stored that pass the filters).</summary>
    public const int RankLimit = 500;

    /// <summary>
    /// Newest matches a word search or its facets read from the index at most to find those that pass the filters:
    /// a filter that few matches pass (a small source) is applied to these only, so its cost does not grow with the
    /// collection; the counts are then estimates.
    /// </summary>
    public const int Window = 10_000;

    /// <summary>Matching articles the facets count at most (the newest stored); beyond it counts are scaled estimates.</summary>
    public const int FacetSample = 500;
}
