namespace Dateline.Store.Sqlite.Queries;

/// <summary>Bounds of the browsing queries, so one broad search cannot make the server scan a million articles per request.</summary>
public sealed record SqliteQueryOptions
{
    public static SqliteQueryOptions Default { get; } = new();

    /// <summary>
    /// Facets count at most this many matching articles (the newest stored) and scale the counts beyond it;
    /// <see cref="Dateline.Store.Queries.SearchFacets.Approximate"/> says so.
    /// </summary>
    public int FacetArticleLimit { get; init; } = Search.SearchBounds.FacetSample;

    /// <summary>Facets of a word search apply the filters to at most this many of its newest matches (<see cref="Search.SearchBounds.Window"/>).</summary>
    public int Window { get; init; } = Search.SearchBounds.Window;

    /// <summary>Page cache per read connection, in KiB.</summary>
    public int CacheKib { get; init; } = 8 * 1024;

    /// <summary>The store file a read connection maps into memory, in MiB (<see cref="SqliteStoreOptions.ReadMapMib"/>).</summary>
    public int MapMib { get; init; } = SqliteStoreOptions.DefaultReadMapMib;
}
