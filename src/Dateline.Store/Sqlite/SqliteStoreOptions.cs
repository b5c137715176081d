using Dateline.Store.Duplicates;
using Dateline.Store.Entities;
using Dateline.Store.Search;
using Dateline.Store.Threads;

namespace Dateline.Store.Sqlite;

/// <summary>Settings of the SQLite store.</summary>
public sealed record SqliteStoreOptions
{
    public static SqliteStoreOptions Default { get; } = new();

    /// <summary>Page cache per connection, in KiB; bounded so memory stays flat however large the store grows.</summary>
    public int CacheKib { get; init; } = 32 * 1024;

    /// <summary>Default of <see cref="ReadMapMib"/>: off (pages read with read calls into the connection's page cache).</summary>
    public const int DefaultReadMapMib = 0;

    /// <summary>
    /// How much of the store file a read connection (search, browsing) maps into memory, in MiB (SQLite caps the map
    /// at 2 GiB); 0 reads pages with read calls into the connection's page cache. A mapped page costs no read call or
    /// copy but is set up again (btreeInitPage) at every fetch and first touched by a page fault, while a cached page
    /// keeps its setup. Evidence (bench/README.md, issue 20, session 7: StoreBench queries --warm 20, interleaved pairs
    /// on the same store, six pairs): at 1M articles CPU p95 of search with facets 23.6-26.2 ms unmapped against
    /// 32.4-37.3 ms mapped, wall p95 39-44 against 48-81 ms, CPU max 36-45 against 62-81 ms, peak RSS 76-77 against
    /// 951-961 MB; at 100k level in three pairs (CPU p95 12.1-13.6 against 13.1-13.4 ms) and unmapped cheaper in six of
    /// six (session 6). Session 2's opposite figures were two runs on an index of 19 segments.
    /// </summary>
    public int ReadMapMib { get; init; } = DefaultReadMapMib;

    public MinHashOptions Duplicates { get; init; } = MinHashOptions.Default;

    public EntityResolutionOptions Entities { get; init; } = EntityResolutionOptions.Default;

    /// <summary>How articles are grouped into story threads as they are written.</summary>
    public ThreadOptions Threads { get; init; } = ThreadOptions.Default;

    /// <summary>
    /// False only for a store filled to time searches (<see cref="Bench.StoreFill"/>), whose story threads nobody
    /// reads: articles are written without a thread and opening does not thread them. Placing an article in a thread
    /// costs about five times the rest of its write.
    /// </summary>
    public bool AssignThreads { get; init; } = true;

    /// <summary>Rows fetched per search before near-duplicates are folded, as a multiple of the limit.</summary>
    public int SearchOverfetch { get; init; } = 4;

    /// <summary>
    /// A word search scores and sorts at most this many matching articles, the newest stored that pass the filters,
    /// so its cost stops growing with the collection; a word in more articles than this is ranked among the newest
    /// ones only (the facets then say <see cref="Dateline.Store.Queries.SearchFacets.Approximate"/>). Evidence: bench/README.md
    /// (StoreBench queries on 100k and 1M synthetic articles).
    /// </summary>
    public int SearchRankLimit { get; init; } = SearchBounds.RankLimit;

    /// <summary>A word search reads at most this many of its newest matches from the index to apply the filters to (see <see cref="SearchBounds.Window"/>).</summary>
    public int SearchWindow { get; init; } = SearchBounds.Window;
}
