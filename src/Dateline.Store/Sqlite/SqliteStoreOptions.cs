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

    /// <summary>Default of <see cref="ReadMapMib"/>.</summary>
    public const int DefaultReadMapMib = 2048;

    /// <summary>
    /// How much of the store file a read connection (search, browsing) maps into memory, in MiB: pages read from the
    /// map cost no system call or copy. The mapped pages are the file's own (the operating system's page cache), not
    /// the process's; SQLite caps the map at 2 GiB. 0 reads pages with read calls. Evidence (bench/README.md, issue
    /// 20: StoreBench queries on 100k synthetic articles, two interleaved runs): CPU per search with facets p95 13.7 /
    /// 11.9 ms unmapped, 11.9 / 10.8 ms mapped; max 51 / 47 → 34 / 34 ms.
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
