namespace Dateline.Store.Search;

/// <summary>
/// The bounds that keep a search's work flat however large the store grows, shared by the SQLite and PostgreSQL
/// stores' options. Measured with `Dateline.StoreBench fill` and `queries` (bench/README.md, issue 20).
/// </summary>
public static class SearchBounds
{
    /// <summary>Matching articles a word search scores and sorts at most (the newest stored that pass the filters).</summary>
    public const int RankLimit = 1_000;

    /// <summary>Matching articles the facets count at most (the newest stored); beyond it counts are scaled estimates.</summary>
    public const int FacetSample = 1_000;
}
