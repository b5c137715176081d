using System.Text;
using Dateline.Store.Queries;
using Dateline.Store.Search;
using System.Data.Common;

namespace Dateline.Store.Sql;

/// <summary>
/// The browsing queries over a store's tables, in SQLite or PostgreSQL (<see cref="SqlDialect"/>). Each call opens a
/// pooled read connection, so calls run in parallel with each other and with an ingest writing to the store.
/// </summary>
internal sealed class SqlArticleQueries(Func<DbConnection> connect, SqlDialect dialect, int facetArticleLimit, int window) : IArticleQueries
{
    public SearchFacets Facets(SearchQuery query, int top)
    {
        using var c = Connect();
        var match = dialect.FullText.MatchFor(query);
        long? windowEnd = null;
        var filtered = match.Length > 0 && SqlSearch.HasFilters(query);

        // A filtered search of the same query just read the window (SqlSearch.RankedRows): its rows that passed and
        // the window's last row, when nothing was stored since and the bounds are the same.
        var handed = filtered
            ? WindowHandoff.Take(WindowHandoff.For(c, query, match, c.Long("SELECT coalesce(max(rowid), 0) FROM articles"), facetArticleLimit, window))
            : null;
        using (var command = c.CreateCommand())
        {
            // (CROSS JOIN below: the few sampled articles drive the joins; SQLite knows no sizes of a temporary table.)
            // The newest matches that pass the filters (at most facetArticleLimit, read from the newest window of
            // matches) go to a temporary table once, so each facet is one GROUP BY over them, not another full-text run.
            // A filtered sample also keeps the window's last row (its position is the window's size), flagged as not
            // passing unless it does: a sample that falls short was read to the end of the window, and that row says
            // whether the window was full and how far back it reached, without reading the window a second time.
            const string Columns = "a.rowid AS article, coalesce(a.duplicate_of, a.rowid) AS story, a.site AS site, a.published AS published";
            var sql = new StringBuilder("DROP TABLE IF EXISTS " + dialect.TempTable("facet_hits") + "; CREATE TEMP TABLE facet_hits AS ");
            if (handed is not null)
            {
                // The handed rows, read again by row with the filters (articles' filter columns are not changed once stored).
                sql.Append($"SELECT {Columns} FROM {dialect.FilterTable} a{SqlSearch.FilterKeysBy(query, dialect)} WHERE {dialect.InJsonArray("a.rowid", "@handed")}");
                SqlSearch.AddFilters(sql, command, query, dialect);
                command.Bind("@handed", StoreJson.Array(handed.Passed));
                windowEnd = handed.WindowEnd;
            }
            else if (filtered)
            {
                SqlSearch.AppendWindowed(sql, command, query, match, dialect, Columns, "@cap", lastRowOfWindow: true);
                command.Bind("@window", window);
            }
            else if (match.Length > 0)
            {
                SqlSearch.AppendWindowed(sql, command, query, match, dialect, Columns, "@cap");
                command.Bind("@window", window);
            }
            else
            {
                sql.Append($"SELECT {Columns} FROM articles a WHERE TRUE");
                SqlSearch.AddFilters(sql, command, query, dialect);
                sql.Append(" ORDER BY a.rowid DESC LIMIT @cap");
            }

            command.Bind("@cap", facetArticleLimit);
            command.CommandText = sql.ToString();
            RunMatch(command, query, match.Length > 0, cmd => cmd.ExecuteNonQuery());
        }

        try
        {
            if (filtered && handed is null)
            {
                // The window's last row, when the sample reached it: read, then dropped unless it passed the filters.
                using (var command = c.Command("SELECT article FROM facet_hits WHERE position = @window").Bind("@window", window))
                {
                    windowEnd = command.ExecuteScalar() is { } end and not DBNull ? Convert.ToInt64(end, System.Globalization.CultureInfo.InvariantCulture) : null;
                }

                // (passed is NULL when a filter compared a missing value, as for an article without a site: not passed.)
                c.Execute("DELETE FROM facet_hits WHERE passed IS NOT TRUE");
            }

            long sampled, stories, sampleOldest;
            using (var command = c.Command("SELECT count(*), count(DISTINCT story), coalesce(min(article), 1) FROM facet_hits"))
            using (var reader = command.ExecuteReader())
            {
                reader.Read();
                (sampled, stories, sampleOldest) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
            }

            var full = sampled >= facetArticleLimit;

            // A filtered sample that fell short of the limit was read to the end of the window: when the window was
            // full (its last row was reached), the counts are scaled by the window's oldest row. A full sample scales
            // by its own oldest row; an unfiltered one that fell short holds every match.
            var capped = full || windowEnd is not null;

            // The sample covers the rows from its oldest (or the window's oldest, when fewer passed the filters) to
            // the newest article: the share of them that matched, carried over to the older rows, estimates the
            // total (matches spread evenly over the order of storing).
            var scale = 1.0;
            if (capped)
            {
                var newest = c.Long("SELECT coalesce(max(rowid), 0) FROM articles");
                var oldest = full ? sampleOldest : windowEnd!.Value;
                scale = (double)newest / Math.Max(1, newest - oldest + 1);
            }

            long Scaled(long n) => capped ? Math.Max(n, (long)Math.Round(n * scale)) : n;
            FacetCount Facet(DbDataReader r) => new(r.GetString(0), Scaled(r.GetInt64(1)));
            var limit = new QueryParameter("@top", Math.Max(1, top));

            // The sample's entities with their names and labels, joined once for both facets below: the lookup of each
            // (article, entity) row's entity was most of each facet's cost (bench/README.md, issue 20, session 9).
            c.Execute("DROP TABLE IF EXISTS " + dialect.TempTable("facet_entities") + "; CREATE TEMP TABLE facet_entities AS SELECT h.article AS article, e.id AS id, e.name AS name, e.label AS label FROM facet_hits h CROSS JOIN article_entities ae" + dialect.IndexedBy(LayerSchema.EntitiesByArticle.Name) + " CROSS JOIN entities e WHERE ae.article = h.article AND e.id = ae.entity");
            return new SearchFacets(Scaled(sampled), Scaled(stories))
            {
                Capped = capped,
                Approximate = capped,
                Entities = Rows(c, """
                    SELECT id, name, label, count(DISTINCT article) AS n
                    FROM facet_entities GROUP BY id, name, label ORDER BY n DESC, name LIMIT @top
                    """, r => new EntityFacet(r.GetInt64(0), r.GetString(1), r.GetString(2), Scaled(r.GetInt64(3))), limit),
                Types = Rows(c, """
                    SELECT label, count(DISTINCT article) AS n
                    FROM facet_entities GROUP BY label ORDER BY n DESC, label
                    """, Facet),
                Sources = Rows(c, "SELECT coalesce(site, '(unknown)'), count(*) AS n FROM facet_hits GROUP BY 1 ORDER BY n DESC, 1 LIMIT @top", Facet, new QueryParameter("@top", Math.Max(1, top))),
                Dates = Rows(c, $"SELECT substr(published, 1, 7), count(*) FROM facet_hits WHERE {dialect.IsMonth("published")} GROUP BY 1 ORDER BY 1", Facet),
                EventTypes = SqlEvents.Exists(c, dialect)
                    ? Rows(c, $"SELECT v.type, count(DISTINCT h.article) AS n FROM facet_hits h CROSS JOIN {SqlEvents.Table} v WHERE v.article = h.article GROUP BY v.type ORDER BY n DESC, v.type", Facet)
                    : [],
            };
        }
        finally
        {
            c.Execute("DROP TABLE IF EXISTS " + dialect.TempTable("facet_entities") + "; DROP TABLE IF EXISTS " + dialect.TempTable("facet_hits"));
        }
    }

    public EntitySummary? Entity(long id)
    {
        using var c = Connect();
        var found = Rows(c, """
            SELECT e.id, e.name, e.label, e.country, e.latitude, e.longitude,
                   (SELECT count(DISTINCT article) FROM article_entities WHERE entity = e.id),
                   (SELECT coalesce(sum(mention_count), 0) FROM article_entities WHERE entity = e.id)
            FROM entities e WHERE e.id = @id
            """,
            r => new EntitySummary(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(6), r.GetInt64(7))
            {
                Country = r.NullableString(3),
                Latitude = r.IsDBNull(4) ? null : r.GetDouble(4),
                Longitude = r.IsDBNull(5) ? null : r.GetDouble(5),
            },
            new QueryParameter("@id", id));
        return found.Count > 0 ? found[0] with { Aliases = Aliases(c, id) } : null;
    }

    public IReadOnlyList<EntitySummary> FindEntities(string name, int limit)
    {
        using var c = Connect();
        var norm = EntityNames.Normalize(name);
        var ids = Rows(c, $"""
            SELECT f.id FROM entities f WHERE {EntityNames.Matches("f.id", "@n")}
            ORDER BY (SELECT count(*) FROM article_entities ae WHERE ae.entity = f.id) DESC, f.id
            LIMIT @limit
            """, r => r.GetInt64(0), new QueryParameter("@n", norm), new QueryParameter("@limit", Math.Max(1, limit)));
        return [.. ids.Select(Entity).OfType<EntitySummary>()];
    }

    /// <summary>The names an entity was seen under, most used first.</summary>
    private static List<string> Aliases(DbConnection c, long id)
        => Rows(c, "SELECT name FROM entity_names WHERE entity = @id GROUP BY name ORDER BY sum(articles) DESC, name", r => r.GetString(0), new QueryParameter("@id", id))
            .DistinctBy(EntityNames.Normalize).ToList();

    public IReadOnlyList<EntityFacet> CoOccurring(long entityId, int limit)
    {
        using var c = Connect();
        return Rows(c, """
            SELECT e.id, e.name, e.label, count(DISTINCT o.article) AS n
            FROM article_entities me
            JOIN article_entities o ON o.article = me.article AND o.entity != me.entity
            JOIN entities e ON e.id = o.entity
            WHERE me.entity = @id
            GROUP BY e.id ORDER BY n DESC, e.name LIMIT @limit
            """,
            r => new EntityFacet(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3)),
            new QueryParameter("@id", entityId), new QueryParameter("@limit", Math.Max(1, limit)));
    }

    public IReadOnlyList<ArticleSummary> ArticlesMentioning(long entityId, int limit, int offset)
    {
        using var c = Connect();
        return Rows(c, """
            SELECT a.id, a.title, a.published, a.site, sum(ae.mention_count)
            FROM article_entities ae JOIN articles a ON a.rowid = ae.article
            WHERE ae.entity = @id
            GROUP BY a.rowid ORDER BY a.published DESC, a.rowid LIMIT @limit OFFSET @offset
            """,
            r => new ArticleSummary(r.GetString(0), r.NullableString(1), r.NullableString(2), r.NullableString(3), r.GetInt64(4)),
            new QueryParameter("@id", entityId), new QueryParameter("@limit", Math.Max(1, limit)), new QueryParameter("@offset", Math.Max(0, offset)));
    }

    public IReadOnlyList<QuoteRecord> Quotes(QuoteQuery query)
    {
        // The words that name a quote's speaker in the text.
        var speakerWords = dialect.Substring("a.text", "q.speaker_start + 1", "q.speaker_end - q.speaker_start");
        using var c = Connect();
        using var command = c.CreateCommand();
        var sql = new StringBuilder("""
            SELECT a.id, a.title, a.published, a.text, q.start, q."end", q.kind, q.cue, q.speaker, e.name, q.speaker_start, q.speaker_end, a.site, a.url
            FROM quotes q JOIN articles a ON a.rowid = q.article LEFT JOIN entities e ON e.id = q.speaker
            WHERE TRUE
            """);
        if (query.Kind != QuoteKindFilter.All)
        {
            sql.Append(" AND q.kind = @kind");
            command.Bind("@kind", query.Kind.ToString().ToLowerInvariant());
        }

        // Source and dates as the search filters them.
        SqlSearch.AddFilters(sql, command, new SearchQuery(string.Empty) { Source = query.Source, From = query.From, To = query.To }, dialect);
        if (query.SpeakerId is { } speakerId)
        {
            // An organisation's quotes include its unnamed speakers' ("a spokesperson for Acme"): they have no entity of
            // their own, only the organisation.
            sql.Append(" AND (q.speaker = @sid OR (q.speaker IS NULL AND q.speaker_organization = @sid))");
            command.Bind("@sid", speakerId);
        }

        if (!string.IsNullOrWhiteSpace(query.Speaker))
        {
            // The resolved speaker's name (whole, surname or first name), else the words that name the speaker.
            sql.Append($"""
                 AND (e.norm = @sp OR {EntityNames.EndsOrStartsWith("e.norm", "@sp")} OR q.speaker IN (SELECT n.entity FROM entity_names n WHERE n.norm = @sp)
                      OR (q.speaker_start IS NOT NULL AND {dialect.Position($"lower({speakerWords})", "@sp")} > 0))
                """);
            command.Bind("@sp", EntityNames.Normalize(query.Speaker));
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            sql.Append(" AND ").Append(dialect.Position($"lower({dialect.Substring("a.text", "q.start + 1", "q.\"end\" - q.start")})", "lower(@text)")).Append(" > 0");
            command.Bind("@text", query.Text.Trim());
        }

        if (query.AboutId is { } about)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM mentions m WHERE m.article = q.article AND m.entity = @about AND m.start >= q.start AND m.\"end\" <= q.\"end\")");
            command.Bind("@about", about);
        }

        sql.Append(query.Sort switch
        {
            QuoteSort.Oldest => " ORDER BY a.published IS NULL, a.published, a.rowid, q.start",
            QuoteSort.Speaker => $"""
                 ORDER BY coalesce(e.name, {speakerWords}) IS NULL,
                          lower(coalesce(e.name, {speakerWords})), a.published DESC, a.rowid, q.start
                """,
            _ => " ORDER BY a.published DESC, a.rowid, q.start",
        });
        sql.Append(" LIMIT @limit OFFSET @offset");
        command.Bind("@limit", Math.Max(1, query.Limit));
        command.Bind("@offset", Math.Max(0, query.Offset));
        command.CommandText = sql.ToString();
        using var r = command.ExecuteReader();
        var list = new List<QuoteRecord>();
        while (r.Read())
        {
            // Spans are UTF-16 offsets; slice in .NET (SQLite's substr counts code points).
            var text = r.GetString(3);
            var span = Clamp(text, r.GetInt32(4), r.GetInt32(5));
            string? speakerText = r.IsDBNull(10) ? null : Slice(text, r.GetInt32(10), r.GetInt32(11));
            list.Add(new QuoteRecord(r.GetString(0), r.NullableString(1), r.NullableString(2), Slice(text, span.Start, span.End), r.GetString(6))
            {
                Start = span.Start,
                End = span.End,
                Cue = r.NullableString(7),
                SpeakerId = r.IsDBNull(8) ? null : r.GetInt64(8),
                SpeakerName = r.NullableString(9),
                SpeakerText = speakerText,
                Source = Outlet(r.NullableString(12), r.NullableString(13)),
            });
        }

        return list;
    }

    public IReadOnlyList<EventRecord> Events(EventQuery query)
    {
        using var c = Connect();
        return SqlEvents.List(c, dialect, query);
    }

    public IReadOnlyList<EventTypeCount> EventCounts(long entityId, EventRole role)
    {
        using var c = Connect();
        return SqlEvents.Counts(c, dialect, entityId, role);
    }

    public IReadOnlyList<TimelineBucket> Timeline(TimelineQuery query)
    {
        var period = query.Interval switch
        {
            TimelineInterval.Day => "substr(a.published, 1, 10)",
            TimelineInterval.Week => dialect.WeekStart("substr(a.published, 1, 10)"),
            _ => "substr(a.published, 1, 7)",
        };
        var dated = query.Interval == TimelineInterval.Month ? dialect.IsMonth("a.published") : dialect.IsDay("a.published");
        using var c = Connect();
        using var command = c.CreateCommand();
        IReadOnlyList<TimelineBucket> buckets;
        if (query.EntityId is { } entity)
        {
            command.CommandText = $"""
                SELECT {period} AS p, count(DISTINCT a.rowid), sum(ae.mention_count)
                FROM article_entities ae JOIN articles a ON a.rowid = ae.article
                WHERE ae.entity = @id AND {dated} AND {period} IS NOT NULL
                GROUP BY p ORDER BY p
                """;
            command.Bind("@id", entity);
            buckets = ReadBuckets(command);
        }
        else
        {
            var search = query.Search ?? new SearchQuery(string.Empty);
            var sql = new StringBuilder($"SELECT p, count(*), 0 FROM (");
            var fullText = AppendMatches(sql, command, search, $"{period} AS p");
            sql.Append($" AND {dated}) m WHERE p IS NOT NULL GROUP BY p ORDER BY p");
            command.CommandText = sql.ToString();
            buckets = RunMatch(command, search, fullText, ReadBuckets);
        }

        return TimelinePeriods.Fill(buckets, query.Interval, Math.Max(1, query.MaxBuckets));
    }

    public IReadOnlyList<ThreadSummary> Threads(ThreadQuery query)
    {
        using var c = Connect();
        return SqlThreadQueries.List(c, dialect, query);
    }

    public ThreadDetail? Thread(long id, int limit)
    {
        using var c = Connect();
        return SqlThreadQueries.Find(c, dialect, id, limit);
    }

    /// <summary>SELECT <paramref name="columns"/> of the articles a search matches (full text and filters); returns whether it is a full-text match.</summary>
    private bool AppendMatches(StringBuilder sql, DbCommand command, SearchQuery query, string columns)
    {
        var match = dialect.FullText.MatchFor(query);
        if (match.Length > 0)
        {
            dialect.FullText.AppendMatching(sql, command, match, columns);
        }
        else
        {
            sql.Append($"SELECT {columns} FROM articles a WHERE TRUE");
        }

        SqlSearch.AddFilters(sql, command, query, dialect);
        return match.Length > 0;
    }

    private T RunMatch<T>(DbCommand command, SearchQuery query, bool fullText, Func<DbCommand, T> run)
    {
        try
        {
            return run(command);
        }
        catch (DbException e) when (fullText && dialect.FullText.SyntaxError(e, query) is { } syntax)
        {
            throw syntax;
        }
    }

    private static List<TimelineBucket> ReadBuckets(DbCommand command)
    {
        using var r = command.ExecuteReader();
        var list = new List<TimelineBucket>();
        while (r.Read())
        {
            list.Add(new TimelineBucket(r.GetString(0), r.GetInt64(1), r.IsDBNull(2) ? 0 : r.GetInt64(2)));
        }

        return list;
    }

    private DbConnection Connect() => connect();

    /// <summary>A stored span clamped to the text.</summary>
    internal static (int Start, int End) Clamp(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        return (start, Math.Clamp(end, start, text.Length));
    }

    /// <summary>The text a stored span covers, clamped to the text (a span is never trusted to fit).</summary>
    internal static string Slice(string text, int start, int end)
    {
        var (s, e) = Clamp(text, start, end);
        return text[s..e];
    }

    /// <summary>An article's source as lists show it: its site name, else its URL's host.</summary>
    internal static string? Outlet(string? site, string? url) => site ?? (Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null);

    /// <summary>A named parameter of a one-off query.</summary>
    private readonly record struct QueryParameter(string Name, object? Value);



    private static List<T> Rows<T>(DbConnection c, string sql, Func<DbDataReader, T> map, params QueryParameter[] parameters)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Bind(parameter.Name, parameter.Value);
        }

        using var r = command.ExecuteReader();
        var list = new List<T>();
        while (r.Read())
        {
            list.Add(map(r));
        }

        return list;
    }
}
