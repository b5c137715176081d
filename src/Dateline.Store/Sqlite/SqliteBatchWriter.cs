using System.Globalization;
using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Store.Duplicates;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>Writes one batch inside the caller's transaction: skips stored hashes, names articles, groups near-duplicates, stores every layer.</summary>
internal sealed class SqliteBatchWriter(SqliteConnection connection, SqliteTransaction transaction, MinHashOptions duplicates)
{
    private readonly Dictionary<string, SqliteCommand> _commands = [];

    public WriteSummary WriteAll(IReadOnlyList<IngestRecord> batch)
    {
        int stored = 0, failures = 0, skipped = 0, near = 0;
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
                        if (InsertArticle(article))
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
        }
        finally
        {
            foreach (var command in _commands.Values)
            {
                command.Dispose();
            }
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
    private bool InsertArticle(ArticleRecord record)
    {
        var d = record.Document;
        var m = d.Metadata;
        var id = UniqueId(d.Id, record.ContentHash);
        var duplicateOf = record.Signature is { } sig ? FindStory(sig) : null;
        var rowid = Convert.ToInt64(Scalar(
            "article",
            """
            INSERT INTO articles(id, hash, doc_id, input, url, title, published, modified, authors, language, site,
                dateline_place, dateline_agency, reading_time, description, image, text, paragraphs, warnings, duplicate_of, minhash, ingested_at)
            VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
            RETURNING rowid
            """,
            id, record.ContentHash, d.Id, record.Input, m.Url ?? d.Raw.Url, m.Title, m.Published, m.Modified,
            m.Authors.Count > 0 ? JsonSerializer.Serialize(m.Authors) : null, m.Language, SiteOf(d),
            m.Dateline?.Place, m.Dateline?.Agency, m.ReadingTimeMinutes, m.Description, m.Image, d.Text,
            SpansJson(d.Paragraphs.Select(p => p.Span)), d.Warnings.Length > 0 ? JsonSerializer.Serialize(d.Warnings) : null,
            duplicateOf, record.Signature?.ToBytes(), Now()), CultureInfo.InvariantCulture);

        NonQuery("fts", "INSERT INTO articles_fts(rowid, title, text) VALUES($1, $2, $3)", rowid, m.Title ?? string.Empty, d.Text);
        if (record.Signature is { } signature)
        {
            foreach (var key in signature.BandKeys.Distinct())
            {
                NonQuery("band", "INSERT OR IGNORE INTO minhash_bands(band_key, article) VALUES($1, $2)", key, rowid);
            }
        }

        var entities = InsertEntities(rowid, d);
        InsertLayers(rowid, d, entities);
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
        var candidates = new HashSet<long>();
        foreach (var key in signature.BandKeys)
        {
            foreach (var article in Column<long>("candidates", "SELECT article FROM minhash_bands WHERE band_key = $1 LIMIT 64", key))
            {
                candidates.Add(article);
            }
        }

        long? best = null;
        var bestSimilarity = 0.0;
        foreach (var candidate in candidates.Order())
        {
            using var reader = Reader("signature", "SELECT minhash, coalesce(duplicate_of, rowid) FROM articles WHERE rowid = $1", candidate);
            if (!reader.Read() || reader.IsDBNull(0))
            {
                continue;
            }

            var similarity = signature.Similarity(MinHashSignature.ValuesFromBytes((byte[])reader.GetValue(0)));
            if (similarity >= duplicates.Threshold && similarity > bestSimilarity)
            {
                bestSimilarity = similarity;
                best = reader.GetInt64(1);
            }
        }

        return best;
    }

    private Dictionary<string, long> InsertEntities(long article, Document d)
    {
        var keys = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var e in d.Entities)
        {
            var norm = EntityNames.Normalize(e.Name);
            if (norm.Length == 0 || keys.ContainsKey(e.Id))
            {
                continue;
            }

            var key = Convert.ToInt64(Scalar(
                "entity",
                """
                INSERT INTO entities(label, name, norm, country, latitude, longitude) VALUES($1, $2, $3, $4, $5, $6)
                ON CONFLICT(label, norm) DO UPDATE SET
                    country = coalesce(entities.country, excluded.country),
                    latitude = coalesce(entities.latitude, excluded.latitude),
                    longitude = coalesce(entities.longitude, excluded.longitude)
                RETURNING id
                """,
                e.Label, e.Name, norm, e.Country, e.Latitude, e.Longitude), CultureInfo.InvariantCulture);
            keys[e.Id] = key;
            NonQuery(
                "article_entity",
                "INSERT OR IGNORE INTO article_entities(article, local_id, entity, name, roles, mention_count) VALUES($1, $2, $3, $4, $5, $6)",
                article, e.Id, key, e.Name, e.Roles.Count > 0 ? JsonSerializer.Serialize(e.Roles) : null, e.Mentions.Count);
        }

        return keys;
    }

    private void InsertLayers(long article, Document d, Dictionary<string, long> entities)
    {
        long? Key(string? local) => local is not null && entities.TryGetValue(local, out var k) ? k : null;

        foreach (var m in d.Layer<EntityMention>())
        {
            NonQuery("mention", "INSERT INTO mentions(article, start, \"end\", label, entity, local_entity) VALUES($1, $2, $3, $4, $5, $6)",
                article, m.Span.Start, m.Span.End, m.Label, Key(m.EntityId), m.EntityId);
        }

        foreach (var q in d.Layer<Quote>())
        {
            NonQuery("quote", "INSERT INTO quotes(article, start, \"end\", kind, cue, cue_start, cue_end, speaker_start, speaker_end, speaker, local_speaker) VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                article, q.Span.Start, q.Span.End, q.Kind.ToString().ToLowerInvariant(), q.Cue, q.CueSpan?.Start, q.CueSpan?.End,
                q.SpeakerMention?.Start, q.SpeakerMention?.End, Key(q.SpeakerId), q.SpeakerId);
        }

        foreach (var t in d.Layer<TimeExpression>())
        {
            NonQuery("time", "INSERT INTO times(article, start, \"end\", type, value) VALUES($1, $2, $3, $4, $5)", article, t.Span.Start, t.Span.End, t.Type, t.Value);
        }

        foreach (var a in d.Layer<Amount>())
        {
            NonQuery("amount", "INSERT INTO amounts(article, start, \"end\", value, upper_value, modifier, unit) VALUES($1, $2, $3, $4, $5, $6, $7)",
                article, a.Span.Start, a.Span.End, a.Value, a.UpperValue, a.Modifier, a.Unit);
        }

        foreach (var r in d.Layer<Relation>())
        {
            NonQuery("relation", "INSERT INTO relations(article, start, \"end\", type, subject, object, local_subject, local_object) VALUES($1, $2, $3, $4, $5, $6, $7, $8)",
                article, r.Span.Start, r.Span.End, r.Type, Key(r.SubjectId), r.ObjectId is null ? null : Key(r.ObjectId), r.SubjectId, r.ObjectId ?? string.Empty);
        }

        var position = 0;
        foreach (var link in d.Related)
        {
            NonQuery("related", "INSERT INTO related_links(article, position, title, summary, url) VALUES($1, $2, $3, $4, $5)", article, position++, link.Title, link.Summary, link.Url);
        }

        position = 0;
        foreach (var block in d.Removed)
        {
            NonQuery("removed", "INSERT INTO removed_blocks(article, position, text, reason) VALUES($1, $2, $3, $4)", article, position++, block.Text, block.Reason);
        }
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

    internal static string? SpansJson(IEnumerable<TextSpan> spans)
    {
        var list = spans.Select(s => new[] { s.Start, s.End }).ToList();
        return list.Count == 0 ? null : JsonSerializer.Serialize(list);
    }

    private static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private SqliteCommand Command(string name, string sql, object?[] values)
    {
        if (!_commands.TryGetValue(name, out var command))
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter($"${i + 1}", null));
            }

            command.Prepare();
            _commands[name] = command;
        }

        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }

    private void NonQuery(string name, string sql, params object?[] values) => Command(name, sql, values).ExecuteNonQuery();

    private object? Scalar(string name, string sql, params object?[] values) => Command(name, sql, values).ExecuteScalar();

    private SqliteDataReader Reader(string name, string sql, params object?[] values) => Command(name, sql, values).ExecuteReader();

    private List<T> Column<T>(string name, string sql, params object?[] values)
    {
        using var reader = Reader(name, sql, values);
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(reader.GetFieldValue<T>(0));
        }

        return list;
    }
}
