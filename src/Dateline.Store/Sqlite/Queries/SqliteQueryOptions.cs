namespace Dateline.Store.Sqlite.Queries;

/// <summary>Bounds of the browsing queries, so one broad search cannot make the server scan a million articles per request.</summary>
public sealed record SqliteQueryOptions
{
    public static SqliteQueryOptions Default { get; } = new();

    /// <summary>Facets count at most this many matching articles (the first found); <see cref="Dateline.Store.Queries.SearchFacets.Capped"/> says so.</summary>
    public int FacetArticleLimit { get; init; } = 50_000;

    /// <summary>Page cache per read connection, in KiB.</summary>
    public int CacheKib { get; init; } = 8 * 1024;
}
