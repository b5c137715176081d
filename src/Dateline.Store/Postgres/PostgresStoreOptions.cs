using Dateline.Store.Duplicates;
using Dateline.Store.Entities;
using Dateline.Store.Search;
using Dateline.Store.Threads;

namespace Dateline.Store.Postgres;

/// <summary>Settings of the PostgreSQL store.</summary>
public sealed record PostgresStoreOptions
{
    public static PostgresStoreOptions Default { get; } = new();

    public MinHashOptions Duplicates { get; init; } = MinHashOptions.Default;

    public EntityResolutionOptions Entities { get; init; } = EntityResolutionOptions.Default;

    /// <summary>How articles are grouped into story threads as they are written.</summary>
    public ThreadOptions Threads { get; init; } = ThreadOptions.Default;

    /// <summary>Rows fetched per search before near-duplicates are folded, as a multiple of the limit (as in SQLite).</summary>
    public int SearchOverfetch { get; init; } = 4;

    /// <summary>A word search scores at most this many matching articles, the newest stored (as in SQLite).</summary>
    public int SearchRankLimit { get; init; } = SearchBounds.RankLimit;

    /// <summary>A word search reads at most this many of its newest matches from the index to apply the filters to (see <see cref="SearchBounds.Window"/>).</summary>
    public int SearchWindow { get; init; } = SearchBounds.Window;

    /// <summary>Facets count at most this many matching articles (as in SQLite).</summary>
    public int FacetArticleLimit { get; init; } = SearchBounds.FacetSample;

    /// <summary>
    /// How long a batch keeps being retried while the server is unreachable or restarting (a connection error, an
    /// administrator shutdown, "the database system is starting up"). A restart of PostgreSQL takes seconds; a batch
    /// that cannot be written after this fails with <see cref="StoreException"/> and the caller decides (a worker
    /// gives its unit back to the queue).
    /// </summary>
    public TimeSpan WriteRetryWindow { get; init; } = TimeSpan.FromMinutes(2);
}
