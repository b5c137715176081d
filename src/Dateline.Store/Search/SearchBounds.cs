namespace Dateline.Store.Search;

/// <summary>
/// The bounds that keep a search's work flat however large the store grows, shared by the SQLite and PostgreSQL
/// stores' options. Evidence (bench/README.md, issue 20: `Dateline.StoreBench queries` on 100k synthetic articles,
/// 200 queries with facets, CPU time per query): rank/sample/window 500/500/10000 p95 23.9 ms, max 100.8 ms;
/// 300/300/5000 p95 19.0 ms, max 71.0 ms; 200/200/5000 p95 18.2 ms, max 70.1 ms. The p50 (5.6-6.0 ms) is the fixed
/// cost of a search and its facets and moved with none of them; 300 keeps more matches ranked than 200 for the same cost.
/// </summary>
public static class SearchBounds
{
    /// <summary>
    /// Matching articles a word search scores and sorts at most (the newest stored that pass the filters); a one-word
    /// search without filters ranks its best this many of all where the index keeps them (SQLite's <c>fts_term_top</c>).
    /// </summary>
    public const int RankLimit = 300;

    /// <summary>
    /// Newest matches a word search or its facets read from the index at most to find those that pass the filters:
    /// a filter that few matches pass (a small source) is applied to these only, so its cost does not grow with the
    /// collection; the counts are then estimates.
    /// </summary>
    public const int Window = 5_000;

    /// <summary>Matching articles the facets count at most (the newest stored); beyond it counts are scaled estimates.</summary>
    public const int FacetSample = 300;
}
