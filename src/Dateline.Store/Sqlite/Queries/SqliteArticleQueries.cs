using Dateline.Store.Queries;
using Dateline.Store.Sql;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite.Queries;

/// <summary>The browsing queries over a SQLite store file, each call on its own pooled read connection (WAL lets them run beside an ingest).</summary>
public static class SqliteArticleQueries
{
    /// <summary>Queries over an existing store file (open it with <see cref="SqliteArticleStore.Open"/> first, which migrates the schema).</summary>
    public static IArticleQueries Open(string path, SqliteQueryOptions? options = null)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = true, DefaultTimeout = 60 }.ToString();
        return OnConnections(connectionString, options);
    }

    /// <summary>Queries on connections made from <paramref name="connectionString"/>: a store opened read-only (<see cref="SqliteArticleStore.OpenReadOnly"/>) gives its own.</summary>
    internal static IArticleQueries OnConnections(string connectionString, SqliteQueryOptions? options = null)
    {
        options ??= SqliteQueryOptions.Default;
        return new SqlArticleQueries(() => Connect(connectionString, options), SqliteDialect.Instance, options.FacetArticleLimit, options.Window);
    }

    private static SqliteConnection Connect(string connectionString, SqliteQueryOptions options)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        connection.Execute($"PRAGMA busy_timeout=60000; PRAGMA cache_size=-{options.CacheKib}; PRAGMA temp_store=MEMORY; PRAGMA mmap_size={(long)options.MapMib << 20};");
        return connection;
    }
}
