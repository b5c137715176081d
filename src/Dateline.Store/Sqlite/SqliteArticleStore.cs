using Dateline.Core.Layers;
using Dateline.Core.Layers.Entities;
using Dateline.Store.Entities;
using Dateline.Store.Export;
using Dateline.Store.Search;
using Dateline.Store.Sql;
using Dateline.Store.Threads;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>
/// The default store: one SQLite file in WAL mode. One connection writes (batches in transactions); reads use their
/// own connections, so searches and the re-ingest check run while a batch is being written. A batch is committed
/// whole or not at all: after kill -9 the file holds every committed batch and nothing of the one in flight. The
/// store keeps the layers it is opened with (<see cref="Layers"/>), each in a table built from its description.
/// </summary>
public sealed class SqliteArticleStore : IArticleStore, IEntityCurator
{
    private readonly string _connectionString;
    private readonly SqliteStoreOptions _options;
    private readonly SqliteConnection _writer;
    private readonly SqliteConnection _checker;
    private readonly Lock _writeLock = new();
    private readonly Lock _checkLock = new();

    /// <summary>What the thread assigner knows of the store, kept from one batch to the next (<see cref="ThreadAssignerState"/>).</summary>
    private ThreadAssignerState? _threadState;

    private SqliteArticleStore(string path, LayerSet layers, SqliteStoreOptions options, SqliteConnection writer, SqliteConnection checker, string connectionString)
    {
        Path = path;
        Layers = layers;
        _options = options;
        _writer = writer;
        _checker = checker;
        _connectionString = connectionString;
    }

    private static SqliteDialect Dialect => SqliteDialect.Instance;

    public string Path { get; }

    public LayerSet Layers { get; }

    /// <summary>
    /// Opens (creating if needed) the store at <paramref name="path"/> for the given layers and brings its schema up
    /// to date: versioned migrations, then a table for each stored layer.
    /// </summary>
    /// <exception cref="StoreException">The file is not a Dateline database or cannot be opened.</exception>
    public static SqliteArticleStore Open(string path, LayerSet layers, SqliteStoreOptions? options = null)
    {
        options ??= SqliteStoreOptions.Default;
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 60 }.ToString();
        SqliteConnection? writer = null;
        SqliteConnection? checker = null;
        try
        {
            writer = new SqliteConnection(connectionString);
            writer.Open();
            writer.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=60000; PRAGMA temp_store=MEMORY;");
            writer.Execute($"PRAGMA cache_size=-{options.CacheKib};");
            SqliteMigrations.Apply(writer);
            LayerSchema.Ensure(writer, Dialect, layers);
            SqliteLegacyLayers.Import(writer);
            CanonicalEntityResolver.EnsureIndexes(writer, Dialect);
            ResolveAfterMigration(writer, layers, options);
            if (options.AssignThreads)
            {
                ThreadBackfill.Run(writer, Dialect, options.Threads);
            }

            checker = OpenReader(connectionString, options);
            Dialect.KeepStatements(writer);
            return new SqliteArticleStore(path, layers, options, writer, checker, connectionString);
        }
        catch (SqliteException e)
        {
            writer?.Dispose();
            checker?.Dispose();
            throw new StoreException($"{path}: cannot open the store: {e.Message}", e);
        }
        catch
        {
            writer?.Dispose();
            checker?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the store for a command that only reads (search, stats, export): as <see cref="Open"/> does, and where the
    /// file cannot be written (a read-only mount, a file without write permission: SQLite error 14 or 8) read-only
    /// with <see cref="OpenReadOnly"/>.
    /// </summary>
    /// <exception cref="StoreException">The store can be opened neither way; the message says why.</exception>
    public static SqliteArticleStore OpenForReading(string path, LayerSet layers, SqliteStoreOptions? options = null)
    {
        try
        {
            return Open(path, layers, options);
        }
        catch (StoreException e) when (e.InnerException is SqliteException { SqliteErrorCode: CantOpen or ReadOnly } && File.Exists(path))
        {
            return OpenReadOnly(path, layers, options);
        }
    }

    /// <summary>SQLITE_CANTOPEN: the file, or the WAL's -shm file beside it, cannot be opened (or created).</summary>
    private const int CantOpen = 14;

    /// <summary>SQLITE_READONLY: a write to a file opened read-only.</summary>
    private const int ReadOnly = 8;

    /// <summary>
    /// Opens an existing store without writing to it or beside it: schema as it is (it must be this version's), no
    /// migration, no checkpoint at the end; writes fail. A store in WAL mode needs its -shm file even to be read, and
    /// where that cannot be created (a read-only mount) the file is opened as immutable (SQLite reads it without locks
    /// or a WAL): right when nothing writes it, which a read-only mount guarantees here, and refused when its -wal
    /// file holds writes not yet in the file (they would be missed).
    /// </summary>
    /// <exception cref="StoreException">The store cannot be read; the message says why and what to do.</exception>
    public static SqliteArticleStore OpenReadOnly(string path, LayerSet layers, SqliteStoreOptions? options = null)
    {
        options ??= SqliteStoreOptions.Default;
        var readOnly = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = true, DefaultTimeout = 60 }.ToString();
        SqliteConnection? writer = null;
        SqliteConnection? checker = null;
        try
        {
            string connectionString;
            try
            {
                writer = OpenReader(readOnly, options);
                SchemaVersion(writer);
                connectionString = readOnly;
            }
            catch (SqliteException e) when (e.SqliteErrorCode is CantOpen or ReadOnly)
            {
                writer?.Dispose();
                writer = null;
                var wal = path + "-wal";
                if (File.Exists(wal) && new FileInfo(wal).Length > 0)
                {
                    throw new StoreException(
                        $"{path}: cannot open the store read-only: its write-ahead log ({wal}) holds writes not yet in the file, and the -shm file SQLite needs to read it cannot be created here; open the store once where it can be written (any store command folds the log in), or copy the store with its -wal file to a writable place",
                        e);
                }

                connectionString = new SqliteConnectionStringBuilder { DataSource = ImmutableUri(path), Mode = SqliteOpenMode.ReadOnly, Pooling = true, DefaultTimeout = 60 }.ToString();
                writer = OpenReader(connectionString, options);
            }

            var version = SchemaVersion(writer);
            if (version != SqliteMigrations.Latest)
            {
                throw new StoreException($"{path}: cannot open the store read-only: its schema version is {version}, this Dateline reads version {SqliteMigrations.Latest}; open it once where it can be written (any store command migrates it)");
            }

            checker = OpenReader(connectionString, options);
            return new SqliteArticleStore(path, layers, options, writer, checker, connectionString) { _readOnly = true };
        }
        catch (SqliteException e)
        {
            writer?.Dispose();
            checker?.Dispose();
            throw new StoreException($"{path}: cannot open the store read-only: {e.Message}", e);
        }
        catch
        {
            writer?.Dispose();
            checker?.Dispose();
            throw;
        }
    }

    /// <summary>The file as a SQLite URI with immutable=1 (RFC 3986 escaping, so "?" and "#" in a name stay the name's).</summary>
    private static string ImmutableUri(string path) => new UriBuilder { Scheme = "file", Host = string.Empty, Path = System.IO.Path.GetFullPath(path) }.Uri.AbsoluteUri + "?immutable=1";

    private static int SchemaVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Opened by <see cref="OpenReadOnly"/>: nothing is written, not even the checkpoint at the end.</summary>
    private bool _readOnly;

    public bool Contains(string contentHash)
    {
        lock (_checkLock)
        {
            using var command = _checker.CreateCommand();
            command.CommandText = "SELECT EXISTS(SELECT 1 FROM articles WHERE hash = $h) OR EXISTS(SELECT 1 FROM failures WHERE hash = $h)";
            command.Parameters.AddWithValue("$h", contentHash);
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 0;
        }
    }

    public WriteSummary Write(IReadOnlyList<IngestRecord> batch)
    {
        if (batch.Count == 0)
        {
            return WriteSummary.None;
        }

        lock (_writeLock)
        {
            try
            {
                using var transaction = _writer.BeginTransaction();
                var threads = _options.AssignThreads ? _options.Threads : null;
                if (threads is not null)
                {
                    _threadState ??= new ThreadAssignerState(threads);
                    _threadState.Resume(_writer, transaction);
                }

                var writer = new BatchWriter(_writer, transaction, Dialect, Layers, _options.Duplicates, _options.Entities, threads, _threadState);
                var summary = writer.WriteAll(batch);
                _threadState?.Seal(_writer, transaction);
                transaction.Commit();
                _threadState?.Committed();
                return summary;
            }
            catch (SqliteException e)
            {
                _threadState?.Clear();
                throw new StoreException($"{Path}: writing a batch of {batch.Count} failed: {e.Message}", e);
            }
            catch
            {
                _threadState?.Clear();
                throw;
            }
        }
    }

    /// <summary>
    /// Merges the full-text index into one segment (FTS5 'optimize') and refreshes the planner's statistics: after a
    /// bulk load. Every write adds a segment that FTS5 merges only in part, so each search term is looked up in every
    /// segment left (19 after 100k synthetic articles written in batches of 512); one segment cut the CPU of a search
    /// with facets from 3.8 to 3.0-3.2 ms (median) and 10.1 to 9.0-9.1 ms (p95), and cost 1.8 s of CPU on that store
    /// (bench/README.md, issue 20). Then counts the articles of the index's common words for ranking
    /// (<see cref="SqliteTermCounts"/>), which bm25() would count on every search.
    /// </summary>
    public void Optimize()
    {
        lock (_writeLock)
        {
            _writer.Execute("INSERT INTO articles_fts(articles_fts) VALUES('optimize');");
            using (var transaction = _writer.BeginTransaction())
            {
                SqliteTermCounts.Refresh(_writer, transaction, top: _options.SearchRankLimit);
                transaction.Commit();
            }

            _writer.Execute("PRAGMA optimize;");
        }
    }

    public EntityCurationResult Merge(long entityId, long intoEntityId) => Curate(r => r.Merge(entityId, intoEntityId));

    public EntityCurationResult Split(long entityId, string name) => Curate(r => r.Split(entityId, name));

    public EntityCurationResult Rename(long entityId, string name) => Curate(r => r.Rename(entityId, name));

    public IReadOnlyList<EntityCuration> Curations() => Curate(r => r.Curations());

    public StoredArticle? Find(string id)
    {
        using var connection = OpenReader(_connectionString, _options);
        return ArticleReader.Find(connection, Dialect, Layers, id);
    }

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        using var connection = OpenReader(_connectionString, _options);
        return new SqlSearch(connection, Dialect, _options.SearchOverfetch, _options.SearchRankLimit, _options.SearchWindow).Run(query);
    }

    public StoreStats Stats()
    {
        using var connection = OpenReader(_connectionString, _options);
        return SqlStats.Read(connection, Dialect);
    }

    public Dateline.Store.Queries.IArticleQueries Queries()
        => _readOnly ? Sqlite.Queries.SqliteArticleQueries.OnConnections(_connectionString) : Sqlite.Queries.SqliteArticleQueries.Open(Path);

    public IReadOnlyList<ExportTable> ExportTables() => SqlExport.Tables(() => OpenReader(_connectionString, _options), Dialect, Layers);

    public void Dispose()
    {
        lock (_writeLock)
        {
            _checker.Dispose();

            // A clean close checkpoints the WAL into the main file; a crash leaves it for the next open to replay.
            try
            {
                if (!_readOnly)
                {
                    _writer.Execute("PRAGMA wal_checkpoint(TRUNCATE);");
                }
            }
            catch (SqliteException)
            {
                // Readers still open; the next open replays the WAL.
            }

            Dialect.ReleaseStatements(_writer);
            _writer.Dispose();
        }
    }

    /// <summary>Runs a curation in its own transaction under the write lock: it commits whole or not at all.</summary>
    private T Curate<T>(Func<CanonicalEntityResolver, T> curate)
    {
        lock (_writeLock)
        {
            using var transaction = _writer.BeginTransaction();
            using var resolver = new CanonicalEntityResolver(_writer, transaction, Dialect, Layers, _options.Entities);
            var result = curate(resolver);
            transaction.Commit();
            return result;
        }
    }

    /// <summary>
    /// A store of schema version 3 kept one entity per (type, name); the first open after migration 4 resolves every
    /// stored article to canonical entities (in one transaction), then drops the old rows.
    /// </summary>
    private static void ResolveAfterMigration(SqliteConnection connection, LayerSet layers, SqliteStoreOptions options)
    {
        // A store opened without the entities layer keeps the old rows until one opens it with the layer; so does one
        // whose legacy rows (schema 1-2) still wait for their import (SqliteLegacyLayers: the layers they hold were not
        // all opened), since those rows name the version-3 entities and are resolved only once imported.
        if (!Dialect.TableExists(connection, null, "entities_v3") || !layers.Stored.Contains(EntitiesLayer.Instance)
            || Dialect.TableExists(connection, null, "legacy_article_entities"))
        {
            return;
        }

        using var transaction = connection.BeginTransaction();
        using (var resolver = new CanonicalEntityResolver(connection, transaction, Dialect, layers, options.Entities))
        {
            resolver.ResolveAll();
        }

        using (var drop = connection.CreateCommand())
        {
            drop.Transaction = transaction;
            drop.CommandText = "DROP TABLE entities_v3";
            drop.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static SqliteConnection OpenReader(string connectionString, SqliteStoreOptions options)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        connection.Execute($"PRAGMA busy_timeout=60000; PRAGMA cache_size=-{Math.Max(1024, options.CacheKib / 4)}; PRAGMA mmap_size={(long)options.ReadMapMib << 20};");
        return connection;
    }
}
