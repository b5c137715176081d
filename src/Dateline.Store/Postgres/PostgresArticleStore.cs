using System.Diagnostics;
using Dateline.Core.Layers;
using Dateline.Store.Entities;
using Dateline.Store.Export;
using Dateline.Store.Queries;
using Dateline.Store.Search;
using Dateline.Store.Sql;
using Dateline.Store.Threads;
using Npgsql;

namespace Dateline.Store.Postgres;

/// <summary>
/// The store in a PostgreSQL database, shared by every process that opens the same address: the workers of a fleet
/// write into it and <c>serve</c> reads from it. It keeps the same tables as the SQLite store and runs the same
/// writer, entity resolver, thread assigner and queries (<see cref="SqlDialect"/>); full text is a tsvector column
/// ranked by BM25 (<see cref="PostgresFullText"/>). A batch is one transaction, and batches of all processes are
/// written one after another (a transaction-scoped advisory lock), because entity resolution, near-duplicate groups
/// and threads read what earlier batches wrote; the pipeline work before the write runs in parallel. Content hashes
/// make a batch written twice (a redelivered unit, a retry after a lost commit) store nothing twice.
/// </summary>
public sealed class PostgresArticleStore : IArticleStore, IEntityCurator
{
    /// <summary>The advisory lock key a write transaction holds until it ends.</summary>
    private const long WriteLock = 0x4461_7465_6C69_6E66;

    private readonly NpgsqlDataSource _source;
    private readonly NpgsqlDataSource _reads;
    private readonly PostgresStoreOptions _options;

    private PostgresArticleStore(string address, NpgsqlDataSource source, NpgsqlDataSource reads, LayerSet layers, PostgresStoreOptions options)
    {
        Address = address;
        _source = source;
        _reads = reads;
        Layers = layers;
        _options = options;
    }

    /// <summary>The store's address with any password left out.</summary>
    public string Address { get; }

    public LayerSet Layers { get; }

    private static PostgresDialect Dialect => PostgresDialect.Instance;

    /// <summary>
    /// Opens the store at <paramref name="address"/> (<c>postgres://user[:password]@host[:port]/database</c>; a
    /// password may also come from PGPASSWORD or ~/.pgpass) and brings its schema up to date. A database that does
    /// not exist yet is created (as SQLite creates a missing file) when the role may create databases.
    /// </summary>
    /// <exception cref="StoreException">The address is malformed or the database cannot be reached or used.</exception>
    public static PostgresArticleStore Open(string address, LayerSet layers, PostgresStoreOptions? options = null)
    {
        options ??= PostgresStoreOptions.Default;
        var connectionString = PostgresAddress.ToConnectionString(address);
        var shown = PostgresAddress.WithoutPassword(address);
        var source = NpgsqlDataSource.Create(connectionString);
        try
        {
            using var connection = OpenCreating(source, connectionString);
            using (var lockCommand = connection.Command("SELECT pg_advisory_lock(@k)").Bind("@k", PostgresMigrations.SchemaLock))
            {
                lockCommand.ExecuteNonQuery();
            }

            try
            {
                PostgresMigrations.Apply(connection);
                LayerSchema.Ensure(connection, Dialect, layers);
                CanonicalEntityResolver.EnsureIndexes(connection, Dialect);
                ThreadBackfill.Run(connection, Dialect, options.Threads);
            }
            finally
            {
                using var unlock = connection.Command("SELECT pg_advisory_unlock(@k)").Bind("@k", PostgresMigrations.SchemaLock);
                unlock.ExecuteNonQuery();
            }

            // Reads without automatic preparation: their text varies with the filters, and a read that fails (a search
            // query to_tsquery refuses) could leave a connection's auto-prepared statements out of step with the
            // server (Npgsql then reads "unexpected backend message DataRow" on the connection's next query).
            var reads = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 0 }.ConnectionString);
            return new PostgresArticleStore(shown, source, reads, layers, options);
        }
        catch (NpgsqlException e)
        {
            source.Dispose();
            throw new StoreException($"{shown}: cannot open the store: {e.Message}", e);
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    private static NpgsqlConnection OpenCreating(NpgsqlDataSource source, string connectionString)
    {
        try
        {
            return source.OpenConnection();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            var target = new NpgsqlConnectionStringBuilder(connectionString);
            var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
            using (var admin = new NpgsqlConnection(maintenance.ConnectionString))
            {
                admin.Open();
                try
                {
                    admin.Execute($"CREATE DATABASE {SqlDialect.Quote(target.Database!)}");
                }
                catch (PostgresException created) when (created.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
                {
                    // Another worker created it at the same moment (a race PostgreSQL reports as either error).
                }
            }

            return source.OpenConnection();
        }
    }

    public bool Contains(string contentHash)
    {
        using var connection = Connect();
        using var command = connection.Command("SELECT EXISTS(SELECT 1 FROM articles WHERE hash = @h) OR EXISTS(SELECT 1 FROM failures WHERE hash = @h)").Bind("@h", contentHash);
        return command.ExecuteScalar() is true;
    }

    public WriteSummary Write(IReadOnlyList<IngestRecord> batch)
    {
        if (batch.Count == 0)
        {
            return WriteSummary.None;
        }

        return Retrying($"writing a batch of {batch.Count}", connection =>
        {
            using var transaction = connection.BeginTransaction();
            using (var serialize = connection.Command("SELECT pg_advisory_xact_lock(@k)", transaction).Bind("@k", WriteLock))
            {
                serialize.ExecuteNonQuery();
            }

            var summary = new BatchWriter(connection, transaction, Dialect, Layers, _options.Duplicates, _options.Entities, _options.Threads).WriteAll(batch);
            transaction.Commit();
            return summary;
        });
    }

    public EntityCurationResult Merge(long entityId, long intoEntityId) => Curate(r => r.Merge(entityId, intoEntityId));

    public EntityCurationResult Split(long entityId, string name) => Curate(r => r.Split(entityId, name));

    public EntityCurationResult Rename(long entityId, string name) => Curate(r => r.Rename(entityId, name));

    public IReadOnlyList<EntityCuration> Curations() => Curate(r => r.Curations());

    public StoredArticle? Find(string id)
    {
        using var connection = Connect();
        return ArticleReader.Find(connection, Dialect, Layers, id);
    }

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        using var connection = Connect();
        return new SqlSearch(connection, Dialect, _options.SearchOverfetch, _options.SearchRankLimit, _options.SearchWindow).Run(query);
    }

    public StoreStats Stats()
    {
        using var connection = Connect();
        return SqlStats.Read(connection, Dialect);
    }

    public void Optimize()
    {
        using var connection = Connect();
        using var command = connection.Command("ANALYZE");
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    public IArticleQueries Queries() => new SqlArticleQueries(Connect, Dialect, _options.FacetArticleLimit, _options.SearchWindow);

    public IReadOnlyList<ExportTable> ExportTables() => SqlExport.Tables(Connect, Dialect, Layers);

    public void Dispose()
    {
        _reads.Dispose();
        _source.Dispose();
    }

    /// <summary>A pooled connection for a read.</summary>
    private NpgsqlConnection Connect()
    {
        try
        {
            return _reads.OpenConnection();
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"{Address}: cannot connect: {e.Message}", e);
        }
    }

    /// <summary>A curation in its own transaction, serialized with the writers: it commits whole or not at all.</summary>
    private T Curate<T>(Func<CanonicalEntityResolver, T> curate) => Retrying("curating entities", connection =>
    {
        using var transaction = connection.BeginTransaction();
        using (var serialize = connection.Command("SELECT pg_advisory_xact_lock(@k)", transaction).Bind("@k", WriteLock))
        {
            serialize.ExecuteNonQuery();
        }

        using var resolver = new CanonicalEntityResolver(connection, transaction, Dialect, Layers, _options.Entities);
        var result = curate(resolver);
        transaction.Commit();
        return result;
    });

    /// <summary>
    /// Runs a transaction, again on a fresh connection while the server is unreachable or restarting, for at most
    /// <see cref="PostgresStoreOptions.WriteRetryWindow"/>. Running it twice is safe: a transaction whose commit was
    /// lost either committed (the batch's hashes are then stored and skipped) or did not (it is written again).
    /// </summary>
    private T Retrying<T>(string what, Func<NpgsqlConnection, T> work)
    {
        var clock = Stopwatch.StartNew();
        var delay = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            try
            {
                using var connection = _source.OpenConnection();
                return work(connection);
            }
            catch (NpgsqlException e) when (IsTransient(e) && clock.Elapsed < _options.WriteRetryWindow)
            {
                // Connections of the pool may all be dead after a server restart: drop the idle ones.
                NpgsqlConnection.ClearAllPools();
                Thread.Sleep(delay);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 5000));
            }
            catch (NpgsqlException e)
            {
                throw new StoreException($"{Address}: {what} failed: {e.Message}", e);
            }
        }
    }

    private static bool IsTransient(NpgsqlException e) => e.IsTransient || e is PostgresException
    {
        SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected
    } || e.SqlState?.StartsWith("08", StringComparison.Ordinal) == true;
}
