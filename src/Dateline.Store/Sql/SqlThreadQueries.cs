using System.Text;
using Dateline.Store.Queries;
using Dateline.Store.Search;
using System.Data.Common;

namespace Dateline.Store.Sql;

/// <summary>
/// The story-thread queries over a SQLite store (tables of Migrations/005_threads.sql; entities, quotes and relations
/// from their layer tables, which a store opened without those layers lacks: the lists are then empty).
/// </summary>
internal static class SqlThreadQueries
{
    /// <summary>How many entities a thread in a list names.</summary>
    private const int ListedEntities = 3;

    /// <summary>How many main entities a thread shows.</summary>
    private const int MainEntities = 10;

    public static List<ThreadSummary> List(DbConnection c, SqlDialect dialect, ThreadQuery query)
    {
        var hasEntities = dialect.TableExists(c, null, "article_entities");
        if (!string.IsNullOrWhiteSpace(query.Entity) && !hasEntities)
        {
            return [];
        }

        using var command = c.CreateCommand();
        var sql = new StringBuilder("SELECT t.id, t.label, t.first_published, t.last_published, t.article_count FROM threads t WHERE t.article_count > 0");
        if (!string.IsNullOrWhiteSpace(query.From))
        {
            sql.Append(" AND t.last_published >= @from");
            command.Bind("@from", query.From.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.To))
        {
            // A bare year or month as the upper bound means its whole span, as the search's filter.
            sql.Append(" AND t.first_published <= @to");
            command.Bind("@to", DateBounds.Upper(query.To));
        }

        if (!string.IsNullOrWhiteSpace(query.Entity))
        {
            // Entities by name as the search's entity filter matches them (EntityNames.Matches).
            sql.Append($"""
                 AND t.id IN (SELECT at.thread FROM article_entities ae JOIN article_threads at ON at.article = ae.article
                              WHERE {EntityNames.Matches("ae.entity", "@entity")})
                """);
            command.Bind("@entity", EntityNames.Normalize(query.Entity));
        }

        sql.Append(" ORDER BY t.last_published IS NULL, t.last_published DESC, t.id DESC LIMIT @limit OFFSET @offset");
        command.Bind("@limit", Math.Max(1, query.Limit));
        command.Bind("@offset", Math.Max(0, query.Offset));
        command.CommandText = sql.ToString();
        var threads = new List<ThreadSummary>();
        using (var r = command.ExecuteReader())
        {
            while (r.Read())
            {
                threads.Add(Summary(r));
            }
        }

        return hasEntities ? [.. threads.Select(t => t with { Entities = Entities(c, t.Id, ListedEntities) })] : threads;
    }

    public static ThreadDetail? Find(DbConnection c, SqlDialect dialect, long id, int limit)
    {
        limit = Math.Max(1, limit);
        ThreadSummary? summary;
        using (var command = c.CreateCommand())
        {
            command.CommandText = "SELECT id, label, first_published, last_published, article_count FROM threads WHERE id = @id AND article_count > 0";
            command.Bind("@id", id);
            using var r = command.ExecuteReader();
            summary = r.Read() ? Summary(r) : null;
        }

        if (summary is null)
        {
            return null;
        }

        var hasEntities = dialect.TableExists(c, null, "article_entities");
        return new ThreadDetail(hasEntities ? summary with { Entities = Entities(c, id, MainEntities) } : summary)
        {
            Timeline = Rows(c, """
                SELECT a.id, a.title, a.published, coalesce(a.site, a.url), at.score, d.id
                FROM article_threads at JOIN articles a ON a.rowid = at.article LEFT JOIN articles d ON d.rowid = a.duplicate_of
                WHERE at.thread = @id
                ORDER BY substr(a.published, 1, 10) IS NULL, substr(a.published, 1, 10), a.rowid LIMIT @limit
                """,
                r => new ThreadArticle(r.GetString(0), r.NullableString(1), r.NullableString(2), Source(r.NullableString(3)), r.IsDBNull(4) ? null : r.GetDouble(4)) { DuplicateOf = r.NullableString(5) },
                id, limit),
            Quotes = dialect.TableExists(c, null, "quotes") ? Quotes(c, dialect, id, limit) : [],
            Relations = dialect.TableExists(c, null, "relations") ? Rows(c, """
                SELECT r.type, r.subject, s.name, r.object, o.name, count(DISTINCT r.article) AS n
                FROM article_threads at JOIN relations r ON r.article = at.article
                JOIN entities s ON s.id = r.subject JOIN entities o ON o.id = r.object
                WHERE at.thread = @id
                GROUP BY r.type, r.subject, r.object, s.name, o.name ORDER BY n DESC, s.name, o.name, r.type LIMIT @limit
                """,
                r => new ThreadRelation(r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetInt64(3), r.GetString(4), r.GetInt64(5)),
                id, limit) : [],
        };
    }

    private static List<EntityFacet> Entities(DbConnection c, long thread, int limit)
        => Rows(c, """
            SELECT e.id, e.name, e.label, count(DISTINCT ae.article) AS n
            FROM article_threads at JOIN article_entities ae ON ae.article = at.article JOIN entities e ON e.id = ae.entity
            WHERE at.thread = @id
            GROUP BY e.id ORDER BY n DESC, sum(ae.mention_count) DESC, e.name LIMIT @limit
            """,
            r => new EntityFacet(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3)),
            thread, limit);

    private static List<QuoteRecord> Quotes(DbConnection c, SqlDialect dialect, long thread, int limit)
    {
        var withSpeakers = dialect.TableExists(c, null, "article_entities");
        return Rows(c, $"""
            SELECT a.id, a.title, a.published, a.text, q.start, q."end", q.kind, q.cue, q.speaker, {(withSpeakers ? "e.name" : "NULL")}, q.speaker_start, q.speaker_end, coalesce(a.site, a.url)
            FROM article_threads at JOIN quotes q ON q.article = at.article JOIN articles a ON a.rowid = at.article
            {(withSpeakers ? "LEFT JOIN entities e ON e.id = q.speaker" : string.Empty)}
            WHERE at.thread = @id
            ORDER BY substr(a.published, 1, 10) IS NULL, substr(a.published, 1, 10), a.rowid, q.start LIMIT @limit
            """,
            r =>
            {
                // Spans are UTF-16 offsets; slice in .NET (SQLite's substr counts code points).
                var text = r.GetString(3);
                var (start, end) = SqlArticleQueries.Clamp(text, r.GetInt32(4), r.GetInt32(5));
                return new QuoteRecord(r.GetString(0), r.NullableString(1), r.NullableString(2), text[start..end], r.GetString(6))
                {
                    Start = start,
                    End = end,
                    Cue = r.NullableString(7),
                    SpeakerId = r.IsDBNull(8) ? null : r.GetInt64(8),
                    SpeakerName = r.NullableString(9),
                    SpeakerText = r.IsDBNull(10) || r.IsDBNull(11) ? null : SqlArticleQueries.Slice(text, r.GetInt32(10), r.GetInt32(11)),
                    Source = Source(r.NullableString(12)),
                };
            },
            thread, limit);
    }

    private static ThreadSummary Summary(DbDataReader r) => new(r.GetInt64(0), r.NullableString(1), r.NullableString(2), r.NullableString(3), r.GetInt64(4));

    /// <summary>The site name as stored, or the host of the URL when only that is.</summary>
    private static string? Source(string? siteOrUrl)
        => siteOrUrl is not null && Uri.TryCreate(siteOrUrl, UriKind.Absolute, out var url) && !string.IsNullOrEmpty(url.Host) ? url.Host : siteOrUrl;


    private static List<T> Rows<T>(DbConnection c, string sql, Func<DbDataReader, T> map, long thread, int limit)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        command.Bind("@id", thread);
        command.Bind("@limit", limit);
        using var r = command.ExecuteReader();
        var list = new List<T>();
        while (r.Read())
        {
            list.Add(map(r));
        }

        return list;
    }
}
