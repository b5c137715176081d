using System.Globalization;
using Dateline.Core.Layers;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;
using Dateline.Store.Duplicates;
using Dateline.Store.Entities;
using Dateline.Store.Layers;
using Dateline.Store.Threads;
using System.Data.Common;

namespace Dateline.Store.Sql;

/// <summary>
/// Writes one batch inside the caller's transaction: skips stored hashes, names articles, groups near-duplicates,
/// joins the article's entities to the collection-wide ones, stores every registered layer in its table, and places
/// the article in a story thread (unless the store was opened without threads: <c>threads</c> null).
/// </summary>
internal sealed class BatchWriter
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly SqlDialect _dialect;
    private readonly LayerSet _layers;
    private readonly MinHashOptions _duplicates;
    private readonly EntityResolutionOptions _entityOptions;

    // One buffer of held-back writes for the writer, the resolver and the assigner: a read by any of them sees the writes of all.
    private readonly DeferredWrites? _deferred;
    private readonly CommandCache _sql;
    private readonly ThreadAssigner? _threads;
    private readonly Dictionary<string, (string Name, string Into, int Fields)> _inserts = new(StringComparer.Ordinal);

    // One layer's records of the article being written (InsertLayers), a list reused for every layer and article.
    private readonly List<object?[]> _layerRows = [];

    /// <param name="threadState">What the store's earlier batches left known to the thread assigner (see <see cref="ThreadAssignerState"/>), or null.</param>
    public BatchWriter(DbConnection connection, DbTransaction transaction, SqlDialect dialect, LayerSet layers, MinHashOptions duplicates, EntityResolutionOptions entityOptions, ThreadOptions? threads, ThreadAssignerState? threadState = null)
    {
        _connection = connection;
        _transaction = transaction;
        _dialect = dialect;
        _layers = layers;
        _duplicates = duplicates;
        _entityOptions = entityOptions;
        _deferred = dialect.BatchesWrites ? new DeferredWrites(connection, transaction, dialect) : null;
        _sql = new CommandCache(connection, transaction, dialect, _deferred);
        _threads = threads is null ? null : new ThreadAssigner(connection, transaction, dialect, threads, _deferred, threadState);
    }

    public WriteSummary WriteAll(IReadOnlyList<IngestRecord> batch)
    {
        int stored = 0, failures = 0, skipped = 0, near = 0;
        using var entities = new CanonicalEntityResolver(_connection, _transaction, _dialect, _layers, _entityOptions, _deferred);
        try
        {
            foreach (var record in batch)
            {
                if (IsStored(record.ContentHash))
                {
                    skipped++;
                    continue;
                }

                switch (record)
                {
                    case ArticleRecord article:
                        stored++;
                        if (InsertArticle(article, entities))
                        {
                            near++;
                        }

                        break;
                    case FailureRecord failure:
                        failures++;
                        InsertFailure(failure);
                        break;
                }
            }

            entities.Finish();
            _threads?.Finish();
            _deferred?.Flush();
        }
        finally
        {
            _sql.Dispose();
            _threads?.Dispose();
        }

        return new WriteSummary(stored, failures, skipped, near);
    }

    private bool IsStored(string hash)
        => Convert.ToInt64(Scalar("check", "SELECT EXISTS(SELECT 1 FROM articles WHERE hash = $1) OR EXISTS(SELECT 1 FROM failures WHERE hash = $1)", hash), CultureInfo.InvariantCulture) != 0;

    private void InsertFailure(FailureRecord f)
        => NonQuery(
            "failure",
            "INSERT INTO failures(hash, doc_id, input, kind, message, component, failed_at) VALUES($1, $2, $3, $4, $5, $6, $7)",
            f.ContentHash, f.DocumentId, f.Input, f.Kind, f.Message, f.Component, Now());

    /// <summary>Returns true when the article joined an existing story as a near-duplicate.</summary>
    private bool InsertArticle(ArticleRecord record, CanonicalEntityResolver entities)
    {
        var d = record.Document;
        var m = d.Metadata;
        var id = UniqueId(d.Id, record.ContentHash);
        var duplicateOf = record.Signature is { } sig ? FindStory(sig) : null;
        var rowid = Convert.ToInt64(Scalar(
            "article",
            """
            INSERT INTO articles(id, hash, doc_id, input, url, title, published, modified, authors, language, site,
                dateline_place, dateline_agency, reading_time, description, image, text, warnings, duplicate_of, minhash, ingested_at)
            VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
            RETURNING rowid
            """,
            id, record.ContentHash, d.Id, record.Input, m.Url ?? d.Raw.Url, m.Title, m.Published, m.Modified,
            m.Authors.Count > 0 ? StoreJson.Array(m.Authors) : null, m.Language, SiteOf(d),
            m.Dateline?.Place, m.Dateline?.Agency, m.ReadingTimeMinutes, m.Description, m.Image, d.Text,
            d.Warnings.Length > 0 ? StoreJson.Array(d.Warnings) : null,
            duplicateOf, record.Signature?.ToBytes(), Now()), CultureInfo.InvariantCulture);

        _dialect.FullText.Index(_sql, rowid, m.Title, d.Text);
        if (record.Signature is { } signature)
        {
            foreach (var key in signature.BandKeys.Distinct())
            {
                NonQuery("band", "INSERT INTO minhash_bands(band_key, article) VALUES($1, $2) ON CONFLICT DO NOTHING", key, rowid);
            }
        }

        InsertLayers(rowid, d, entities.Link(rowid, m.Published, [.. d.Entities.Select(CanonicalEntityResolver.ArticleEntity.Of)]));
        _threads?.Assign(rowid, m.Title, d.Text, m.Published, duplicateOf);
        return duplicateOf is not null;
    }

    private string UniqueId(string docId, string hash)
    {
        var id = string.IsNullOrWhiteSpace(docId) ? hash[..12] : docId;
        if (!Exists(id))
        {
            return id;
        }

        // Two inputs with the same name (page.html in two folders, a re-fetched URL): the content hash tells them apart.
        var candidate = $"{id}~{hash[..8]}";
        return Exists(candidate) ? $"{id}~{hash}" : candidate;
    }

    private bool Exists(string id) => Scalar("exists", "SELECT 1 FROM articles WHERE id = $1", id) is not null;

    /// <summary>The story (first stored copy) this signature is a near-duplicate of, if any: LSH candidates confirmed on the full signature.</summary>
    private long? FindStory(MinHashSignature signature)
    {
        // The articles sharing a band, at most 64 per band (a band shared by many is a boilerplate paragraph), in one query.
        var candidates = new HashSet<long>();
        var perBand = new Dictionary<long, int>();
        _sql.ForEach("candidates", $"SELECT band_key, article FROM minhash_bands WHERE {_dialect.InJsonArray("band_key", "$1")} ORDER BY band_key, article", [StoreJson.Array(signature.BandKeys.Distinct())], row =>
        {
            var band = row.Int64(0);
            var seen = perBand.GetValueOrDefault(band);
            if (seen < 64)
            {
                perBand[band] = seen + 1;
                candidates.Add(row.Int64(1));
            }
        });

        long? best = null;
        var bestSimilarity = 0.0;
        foreach (var candidate in candidates.Order())
        {
            // The article's row (a rowid: at most one), its signature if it has one.
            _sql.ForEach("signature", "SELECT minhash, coalesce(duplicate_of, rowid) FROM articles WHERE rowid = $1 AND minhash IS NOT NULL", [candidate], row =>
            {
                var similarity = signature.Similarity(MinHashSignature.ValuesFromBytes(row.Blob(0).ToArray()));
                if (similarity >= _duplicates.Threshold && similarity > bestSimilarity)
                {
                    bestSimilarity = similarity;
                    best = row.Int64(1);
                }
            });
        }

        return best;
    }

    /// <summary>Every registered layer's records, one row each in the layer's table, in layer order.</summary>
    private void InsertLayers(long article, Document d, Dictionary<string, long> entities)
    {
        object boxedArticle = article;
        foreach (var layer in _layers.Stored)
        {
            var table = layer.Table!;
            var insert = Insert(table);
            _layerRows.Clear();
            _layerRows.AddRange(layer.ToRows(d));
            // The article, the position, then the row's fields, built in place in the statement's values.
            _sql.InsertRows(insert.Name, insert.Into, 2 + insert.Fields, _layerRows.Count, (Rows: _layerRows, Article: boxedArticle, Table: table, Entities: entities), static (s, row, values, offset) =>
            {
                values[offset] = s.Article;
                values[offset + 1] = (long)row;
                StoredValues.ToFields(s.Table, s.Rows[row], s.Entities, values, offset + 2);
            });
        }

        _layerRows.Clear();
    }

    /// <summary>A layer table's insert: the statement's name, its "table(columns)" and the number of its own fields.</summary>
    private (string Name, string Into, int Fields) Insert(StoredTable table)
    {
        if (!_inserts.TryGetValue(table.Name, out var insert))
        {
            var fields = LayerSchema.Fields(table);
            insert = ("layer:" + table.Name, $"{LayerSchema.Quote(table.Name)}(article, position, {string.Join(", ", fields.Select(f => LayerSchema.Quote(f.Name)))})", fields.Count);
            _inserts[table.Name] = insert;
        }

        return insert;
    }

    /// <summary>The source an article is counted and filtered under: the site name, else the host of its URL.</summary>
    internal static string? SiteOf(Document d)
    {
        if (!string.IsNullOrWhiteSpace(d.Metadata.SiteName))
        {
            return d.Metadata.SiteName.Trim();
        }

        var url = d.Metadata.Url ?? d.Raw.Url;
        return url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host)
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host).ToLowerInvariant()
            : null;
    }

    private static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private void NonQuery(string name, string sql, params object?[] values) => _sql.NonQuery(name, sql, values);

    private object? Scalar(string name, string sql, params object?[] values) => _sql.Scalar(name, sql, values);

    private List<T> Column<T>(string name, string sql, params object?[] values) => _sql.Column<T>(name, sql, values);
}
