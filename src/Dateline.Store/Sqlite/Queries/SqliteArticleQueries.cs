using System.Globalization;
using System.Text;
using Dateline.Store.Queries;
using Dateline.Store.Search;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite.Queries;

/// <summary>
/// The browsing queries over a SQLite store (schema of Migrations/). Each call opens a pooled read connection, so
/// calls run in parallel with each other and with an ingest writing to the same file (WAL).
/// </summary>
public sealed class SqliteArticleQueries : IArticleQueries
{
    private readonly string _connectionString;
    private readonly SqliteQueryOptions _options;

    private SqliteArticleQueries(string connectionString, SqliteQueryOptions options)
    {
        _connectionString = connectionString;
        _options = options;
    }

    /// <summary>Queries over an existing store file (open it with <see cref="SqliteArticleStore.Open"/> first, which migrates the schema).</summary>
    public static SqliteArticleQueries Open(string path, SqliteQueryOptions? options = null)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = true, DefaultTimeout = 60 }.ToString();
        return new SqliteArticleQueries(connectionString, options ?? SqliteQueryOptions.Default);
    }

    public SearchFacets Facets(SearchQuery query, int top)
    {
        using var c = Connect();
        using (var command = c.CreateCommand())
        {
            // The matches go to a temporary table once, so each facet is one GROUP BY over them, not another full-text run.
            var sql = new StringBuilder("DROP TABLE IF EXISTS temp.facet_hits; CREATE TEMP TABLE facet_hits AS ");
            var fullText = AppendMatches(sql, command, query, "a.rowid AS article, coalesce(a.duplicate_of, a.rowid) AS story, a.site AS site, a.published AS published");
            sql.Append(" LIMIT $cap");
            command.Parameters.AddWithValue("$cap", _options.FacetArticleLimit + 1);
            command.CommandText = sql.ToString();
            RunMatch(command, query, fullText, cmd => cmd.ExecuteNonQuery());
        }

        try
        {
            var articles = Long(c, "SELECT count(*) FROM facet_hits");
            var stories = Long(c, "SELECT count(DISTINCT story) FROM facet_hits");
            var limit = new SqliteParameter("$top", Math.Max(1, top));
            return new SearchFacets(Math.Min(articles, _options.FacetArticleLimit), stories)
            {
                Capped = articles > _options.FacetArticleLimit,
                Entities = Rows(c, """
                    SELECT e.id, e.name, e.label, count(DISTINCT h.article) AS n
                    FROM facet_hits h JOIN article_entities ae ON ae.article = h.article JOIN entities e ON e.id = ae.entity
                    GROUP BY e.id ORDER BY n DESC, e.name LIMIT $top
                    """, r => new EntityFacet(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3)), limit),
                Types = Rows(c, """
                    SELECT e.label, count(DISTINCT h.article) AS n
                    FROM facet_hits h JOIN article_entities ae ON ae.article = h.article JOIN entities e ON e.id = ae.entity
                    GROUP BY e.label ORDER BY n DESC, e.label
                    """, Facet),
                Sources = Rows(c, "SELECT coalesce(site, '(unknown)'), count(*) AS n FROM facet_hits GROUP BY 1 ORDER BY n DESC, 1 LIMIT $top", Facet, new SqliteParameter("$top", Math.Max(1, top))),
                Dates = Rows(c, "SELECT substr(published, 1, 7), count(*) FROM facet_hits WHERE published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' GROUP BY 1 ORDER BY 1", Facet),
            };
        }
        finally
        {
            SqliteArticleStore.Execute(c, "DROP TABLE IF EXISTS temp.facet_hits");
        }
    }

    public EntitySummary? Entity(long id)
    {
        using var c = Connect();
        var found = Rows(c, """
            SELECT e.id, e.name, e.label, e.country, e.latitude, e.longitude,
                   (SELECT count(DISTINCT article) FROM article_entities WHERE entity = e.id),
                   (SELECT coalesce(sum(mention_count), 0) FROM article_entities WHERE entity = e.id)
            FROM entities e WHERE e.id = $id
            """,
            r => new EntitySummary(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(6), r.GetInt64(7))
            {
                Country = Str(r, 3),
                Latitude = r.IsDBNull(4) ? null : r.GetDouble(4),
                Longitude = r.IsDBNull(5) ? null : r.GetDouble(5),
            },
            new SqliteParameter("$id", id));
        return found.Count > 0 ? found[0] with { Aliases = Aliases(c, id) } : null;
    }

    public IReadOnlyList<EntitySummary> FindEntities(string name, int limit)
    {
        using var c = Connect();
        var norm = EntityNames.Normalize(name);
        var ids = Rows(c, $"""
            SELECT f.id FROM entities f WHERE {EntityNames.Matches("f.id", "$n")}
            ORDER BY (SELECT count(*) FROM article_entities ae WHERE ae.entity = f.id) DESC, f.id
            LIMIT $limit
            """, r => r.GetInt64(0), new SqliteParameter("$n", norm), new SqliteParameter("$limit", Math.Max(1, limit)));
        return [.. ids.Select(Entity).OfType<EntitySummary>()];
    }

    /// <summary>The names an entity was seen under, most used first.</summary>
    private static List<string> Aliases(SqliteConnection c, long id)
        => Rows(c, "SELECT name FROM entity_names WHERE entity = $id GROUP BY name ORDER BY sum(articles) DESC, name", r => r.GetString(0), new SqliteParameter("$id", id))
            .DistinctBy(EntityNames.Normalize).ToList();

    public IReadOnlyList<EntityFacet> CoOccurring(long entityId, int limit)
    {
        using var c = Connect();
        return Rows(c, """
            SELECT e.id, e.name, e.label, count(DISTINCT o.article) AS n
            FROM article_entities me
            JOIN article_entities o ON o.article = me.article AND o.entity != me.entity
            JOIN entities e ON e.id = o.entity
            WHERE me.entity = $id
            GROUP BY e.id ORDER BY n DESC, e.name LIMIT $limit
            """,
            r => new EntityFacet(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3)),
            new SqliteParameter("$id", entityId), new SqliteParameter("$limit", Math.Max(1, limit)));
    }

    public IReadOnlyList<ArticleSummary> ArticlesMentioning(long entityId, int limit, int offset)
    {
        using var c = Connect();
        return Rows(c, """
            SELECT a.id, a.title, a.published, a.site, sum(ae.mention_count)
            FROM article_entities ae JOIN articles a ON a.rowid = ae.article
            WHERE ae.entity = $id
            GROUP BY a.rowid ORDER BY a.published DESC, a.rowid LIMIT $limit OFFSET $offset
            """,
            r => new ArticleSummary(r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), r.GetInt64(4)),
            new SqliteParameter("$id", entityId), new SqliteParameter("$limit", Math.Max(1, limit)), new SqliteParameter("$offset", Math.Max(0, offset)));
    }

    public IReadOnlyList<QuoteRecord> Quotes(QuoteQuery query)
    {
        using var c = Connect();
        using var command = c.CreateCommand();
        var sql = new StringBuilder("""
            SELECT a.id, a.title, a.published, a.text, q.start, q."end", q.kind, q.cue, q.speaker, e.name, q.speaker_start, q.speaker_end, a.site, a.url
            FROM quotes q JOIN articles a ON a.rowid = q.article LEFT JOIN entities e ON e.id = q.speaker
            WHERE 1
            """);
        if (query.Kind != QuoteKindFilter.All)
        {
            sql.Append(" AND q.kind = $kind");
            command.Parameters.AddWithValue("$kind", query.Kind.ToString().ToLowerInvariant());
        }

        // Source and dates as the search filters them.
        SqliteSearch.AddFilters(sql, command, new SearchQuery(string.Empty) { Source = query.Source, From = query.From, To = query.To });
        if (query.SpeakerId is { } speakerId)
        {
            sql.Append(" AND q.speaker = $sid");
            command.Parameters.AddWithValue("$sid", speakerId);
        }

        if (!string.IsNullOrWhiteSpace(query.Speaker))
        {
            // The resolved speaker's name (whole, surname or first name), else the words that name the speaker.
            sql.Append("""
                 AND (e.norm = $sp OR e.norm LIKE '% ' || $sp OR e.norm LIKE $sp || ' %' OR q.speaker IN (SELECT n.entity FROM entity_names n WHERE n.norm = $sp)
                      OR (q.speaker_start IS NOT NULL AND instr(lower(substr(a.text, q.speaker_start + 1, q.speaker_end - q.speaker_start)), $sp) > 0))
                """);
            command.Parameters.AddWithValue("$sp", EntityNames.Normalize(query.Speaker));
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            sql.Append(" AND instr(lower(substr(a.text, q.start + 1, q.\"end\" - q.start)), lower($text)) > 0");
            command.Parameters.AddWithValue("$text", query.Text.Trim());
        }

        if (query.AboutId is { } about)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM mentions m WHERE m.article = q.article AND m.entity = $about AND m.start >= q.start AND m.\"end\" <= q.\"end\")");
            command.Parameters.AddWithValue("$about", about);
        }

        sql.Append(query.Sort switch
        {
            QuoteSort.Oldest => " ORDER BY a.published IS NULL, a.published, a.rowid, q.start",
            QuoteSort.Speaker => """
                 ORDER BY coalesce(e.name, substr(a.text, q.speaker_start + 1, q.speaker_end - q.speaker_start)) IS NULL,
                          lower(coalesce(e.name, substr(a.text, q.speaker_start + 1, q.speaker_end - q.speaker_start))), a.published DESC, a.rowid, q.start
                """,
            _ => " ORDER BY a.published DESC, a.rowid, q.start",
        });
        sql.Append(" LIMIT $limit OFFSET $offset");
        command.Parameters.AddWithValue("$limit", Math.Max(1, query.Limit));
        command.Parameters.AddWithValue("$offset", Math.Max(0, query.Offset));
        command.CommandText = sql.ToString();
        using var r = command.ExecuteReader();
        var list = new List<QuoteRecord>();
        while (r.Read())
        {
            // Spans are UTF-16 offsets; slice in .NET (SQLite's substr counts code points).
            var text = r.GetString(3);
            var span = Clamp(text, r.GetInt32(4), r.GetInt32(5));
            string? speakerText = r.IsDBNull(10) ? null : Slice(text, Clamp(text, r.GetInt32(10), r.GetInt32(11)));
            list.Add(new QuoteRecord(r.GetString(0), Str(r, 1), Str(r, 2), Slice(text, span), r.GetString(6))
            {
                Start = span.Start,
                End = span.End,
                Cue = Str(r, 7),
                SpeakerId = r.IsDBNull(8) ? null : r.GetInt64(8),
                SpeakerName = Str(r, 9),
                SpeakerText = speakerText,
                Source = Str(r, 12) ?? (Uri.TryCreate(Str(r, 13), UriKind.Absolute, out var url) ? url.Host : null),
            });
        }

        return list;
    }

    public IReadOnlyList<TimelineBucket> Timeline(TimelineQuery query)
    {
        var period = query.Interval switch
        {
            TimelineInterval.Day => "substr(a.published, 1, 10)",
            TimelineInterval.Week => "date(substr(a.published, 1, 10), '-6 days', 'weekday 1')",
            _ => "substr(a.published, 1, 7)",
        };
        var dated = query.Interval == TimelineInterval.Month
            ? "a.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'"
            : "a.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'";
        using var c = Connect();
        using var command = c.CreateCommand();
        IReadOnlyList<TimelineBucket> buckets;
        if (query.EntityId is { } entity)
        {
            command.CommandText = $"""
                SELECT {period} AS p, count(DISTINCT a.rowid), sum(ae.mention_count)
                FROM article_entities ae JOIN articles a ON a.rowid = ae.article
                WHERE ae.entity = $id AND {dated} AND p IS NOT NULL
                GROUP BY p ORDER BY p
                """;
            command.Parameters.AddWithValue("$id", entity);
            buckets = ReadBuckets(command);
        }
        else
        {
            var search = query.Search ?? new SearchQuery(string.Empty);
            var sql = new StringBuilder($"SELECT p, count(*), 0 FROM (");
            var fullText = AppendMatches(sql, command, search, $"{period} AS p");
            sql.Append($" AND {dated}) WHERE p IS NOT NULL GROUP BY p ORDER BY p");
            command.CommandText = sql.ToString();
            buckets = RunMatch(command, search, fullText, ReadBuckets);
        }

        return TimelinePeriods.Fill(buckets, query.Interval, Math.Max(1, query.MaxBuckets));
    }

    public IReadOnlyList<ThreadSummary> Threads(ThreadQuery query)
    {
        using var c = Connect();
        return SqliteThreadQueries.List(c, query);
    }

    public ThreadDetail? Thread(long id, int limit)
    {
        using var c = Connect();
        return SqliteThreadQueries.Find(c, id, limit);
    }

    /// <summary>SELECT <paramref name="columns"/> of the articles a search matches (full text and filters); returns whether it is a full-text match.</summary>
    private static bool AppendMatches(StringBuilder sql, SqliteCommand command, SearchQuery query, string columns)
    {
        var match = FtsQuery.MatchFor(query);
        if (match.Length > 0)
        {
            sql.Append($"SELECT {columns} FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH $q");
            command.Parameters.AddWithValue("$q", match);
        }
        else
        {
            sql.Append($"SELECT {columns} FROM articles a WHERE 1");
        }

        SqliteSearch.AddFilters(sql, command, query);
        return match.Length > 0;
    }

    private static T RunMatch<T>(SqliteCommand command, SearchQuery query, bool fullText, Func<SqliteCommand, T> run)
    {
        try
        {
            return run(command);
        }
        catch (SqliteException e) when (fullText && e.SqliteErrorCode == 1)
        {
            throw new SearchSyntaxException(query.Text, e.Message.Replace("SQLite Error 1: ", string.Empty, StringComparison.Ordinal).TrimEnd('.'));
        }
    }

    private static List<TimelineBucket> ReadBuckets(SqliteCommand command)
    {
        using var r = command.ExecuteReader();
        var list = new List<TimelineBucket>();
        while (r.Read())
        {
            list.Add(new TimelineBucket(r.GetString(0), r.GetInt64(1), r.IsDBNull(2) ? 0 : r.GetInt64(2)));
        }

        return list;
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        SqliteArticleStore.Execute(connection, $"PRAGMA busy_timeout=60000; PRAGMA cache_size=-{_options.CacheKib}; PRAGMA temp_store=MEMORY;");
        return connection;
    }

    private static (int Start, int End) Clamp(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        return (start, Math.Clamp(end, start, text.Length));
    }

    private static string Slice(string text, (int Start, int End) span) => text[span.Start..span.End];

    private static FacetCount Facet(SqliteDataReader r) => new(r.GetString(0), r.GetInt64(1));

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static long Long(SqliteConnection c, string sql)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static List<T> Rows<T>(SqliteConnection c, string sql, Func<SqliteDataReader, T> map, params SqliteParameter[] parameters)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddRange(parameters);
        using var r = command.ExecuteReader();
        var list = new List<T>();
        while (r.Read())
        {
            list.Add(map(r));
        }

        return list;
    }
}
