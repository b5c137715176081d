using System.Text;
using Dateline.Store.Search;
using System.Data.Common;

namespace Dateline.Store.Sql;

/// <summary>
/// BM25 search over the store's full-text index (<see cref="IFullTextIndex"/>: title weighted above body), filters in
/// SQL, near-duplicates folded into one hit, cursor paging. The work per query is bounded: of the newest
/// <c>window</c> matches (read from the index alone), the newest <c>rankLimit</c> that pass the filters are scored and
/// sorted, so a word in every article of a million costs what it costs in a small collection; a one-word search ranks
/// the word's best matches of all where the index can give them (<see cref="IFullTextIndex.AppendBest"/>); snippets
/// are made only for the hits returned.
/// </summary>
internal sealed class SqlSearch(DbConnection connection, SqlDialect dialect, int overfetch, int rankLimit, int window)
{
    public IReadOnlyList<SearchHit> Run(SearchQuery query)
    {
        var match = dialect.FullText.MatchFor(query);
        var fullText = match.Length > 0;

        // Without words there is no relevance: newest first.
        var sort = !fullText && query.Sort == SearchSort.Relevance ? SearchSort.Newest : query.Sort;
        if (query.After is { } after && after.Sort != sort)
        {
            throw new ArgumentException("the cursor was given by a search in another order", nameof(query));
        }

        // A word search ranks the newest rankLimit matches that pass the filters. With filters they are found first
        // (one read of the index and of the window's filter rows), so the ranking query scores only them; without,
        // the ranking query takes the newest rankLimit matches itself, in one read of the index.
        var ranked = fullText && HasFilters(query) ? Catch(query, () => RankedRows(query, match)) : null;
        if (ranked is { Count: 0 })
        {
            return [];
        }

        var pageRows = Math.Max(1, query.Limit) * overfetch;
        using var command = connection.CreateCommand();
        var sql = new StringBuilder("SELECT * FROM (");
        Matches(sql, command, query, match, sort, ranked, query.After is null ? pageRows : null);
        sql.Append(") m");
        if (query.After is not null)
        {
            sql.Append(" WHERE ").Append(AfterCursor(sort));
            AddCursor(command, query.After);
        }

        sql.Append(" ORDER BY k").Append(sort == SearchSort.Newest ? " DESC" : string.Empty).Append(", rid LIMIT @limit");
        command.Bind("@limit", pageRows);
        command.CommandText = sql.ToString();

        var rows = new List<MatchRow>();
        Catch(query, () =>
        {
            using var reader = command.ExecuteReader();
            var groups = new HashSet<long>();

            // A hit is read (strings, authors' JSON, sort key) only for a story's first row; without a cursor the page is
            // the first query.Limit stories, so the rows after them are not read at all (of the overfetch's 84 rows, 21).
            var enough = query.After is null ? Math.Max(0, query.Limit) : int.MaxValue;
            while (rows.Count < enough && reader.Read())
            {
                if (groups.Add(reader.GetInt64(MatchRow.GroupColumn)))
                {
                    rows.Add(MatchRow.Read(reader, fullText));
                }
            }

            return rows;
        });

        // After a cursor, a story whose best-ranked copy came on an earlier page was already shown: leave it out.
        if (query.After is not null && rows.Count > 0)
        {
            var shown = GroupsBefore(query, match, sort, ranked, rows.Select(r => r.Group));
            rows.RemoveAll(r => shown.Contains(r.Group));
        }

        var page = rows.Take(query.Limit).ToList();
        var snippets = Snippets(query, match, [.. page.Select(r => r.Row)]);
        var copies = Copies(page);
        return [.. page.Select(r => r.Hit with { Snippet = snippets.GetValueOrDefault(r.Row) ?? string.Empty, Copies = copies.GetValueOrDefault(r.Row) ?? [], Cursor = new SearchCursor(sort, r.Key, r.Row) })];
    }

    /// <summary>Runs a statement that reads the full-text index, turning the index's refusal of the query into the user's error.</summary>
    private T Catch<T>(SearchQuery query, Func<T> run)
    {
        try
        {
            return run();
        }
        catch (DbException e) when (dialect.FullText.SyntaxError(e, query) is { } syntax)
        {
            throw syntax;
        }
    }

    /// <summary>
    /// The rows a filtered word search ranks: the newest <c>rankLimit</c> matches that pass the filters, taken from
    /// the newest <c>window</c> matches (newest first). The read keeps the window's last row as the facets' sample
    /// does, and hands both to the facets of the same query (<see cref="WindowHandoff"/>), which then need not read
    /// the window again.
    /// </summary>
    private List<long> RankedRows(SearchQuery query, string match)
    {
        var newest = connection.Long("SELECT coalesce(max(rowid), 0) FROM articles");
        using var command = connection.CreateCommand();
        var sql = new StringBuilder();
        AppendWindowed(sql, command, query, match, dialect, "a.rowid", "@rank", lastRowOfWindow: true);
        command.Bind("@rank", rankLimit).Bind("@window", window);
        command.CommandText = sql.ToString();
        var rows = new List<long>();
        long? windowEnd = null;
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var row = reader.GetInt64(0);
                // NULL when a filter compares a missing value (an article without a site or URL): not passed.
                if (!reader.IsDBNull(1) && reader.GetBoolean(1))
                {
                    rows.Add(row);
                }

                if (reader.GetInt64(2) == window)
                {
                    windowEnd = row;
                }
            }
        }

        WindowHandoff.Put(WindowHandoff.For(connection, query, match, newest, rankLimit, window), new WindowHandoff.Window(rows, windowEnd));
        return rows;
    }

    /// <summary>
    /// SELECT the articles a search matches with the columns of <see cref="MatchRow"/>, the sort key <c>k</c> (BM25,
    /// lower is better; or the publication date, undated last) and the row <c>rid</c>. A word search scores the newest
    /// <c>rankLimit</c> matches, or with filters <paramref name="ranked"/> (<see cref="RankedRows"/>, which passed
    /// them); with <paramref name="pageRows"/> a relevance search keeps only the best that many before reading their
    /// articles.
    /// </summary>
    private void Matches(StringBuilder sql, DbCommand command, SearchQuery query, string match, SearchSort sort, List<long>? ranked, int? pageRows = null)
    {
        var key = sort switch
        {
            SearchSort.Relevance => "c.score",
            SearchSort.Newest => "coalesce(a.published, '')",
            _ => "coalesce(a.published, '~')",
        };
        const string Columns = "a.rowid AS rid, a.id, a.title, a.published, a.site, a.url, {0} AS score, coalesce(a.duplicate_of, a.rowid) AS grp, a.authors, {1} AS k";
        if (match.Length > 0)
        {
            sql.Append("SELECT ").Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, Columns, "c.score", key)).Append(" FROM (SELECT rid, score FROM (");
            // A one-word search ranks the word's best matches of all where the index keeps them, not only the newest.
            if (ranked is not null || sort != SearchSort.Relevance || !dialect.FullText.AppendBest(sql, command, match, rankLimit))
            {
                dialect.FullText.AppendScored(sql, command, match);
                if (ranked is null)
                {
                    // The newest matches, in the index's own order: the LIMIT stops it.
                    sql.Append(" ORDER BY ").Append(dialect.FullText.Row).Append(" DESC LIMIT @rank");
                    command.Bind("@rank", rankLimit);
                }
                else
                {
                    // The index reads its matches from the oldest ranked row on (seeking past older ones) and scores those
                    // in the ranked set. The unary + keeps SQLite from looking the set's rows up one by one instead (FTS5
                    // then re-runs the whole match for each: 0.2-0.8 s for 300 rows on 100k articles); PostgreSQL reads it as is.
                    sql.Append(" AND ").Append(dialect.FullText.Row).Append(" >= @cut AND ").Append(dialect.InJsonArray("+" + dialect.FullText.Row, "@ranked"));
                    command.Bind("@cut", ranked.Min()).Bind("@ranked", StoreJson.Array(ranked));
                }
            }

            sql.Append(") s");
            if (pageRows is { } top && sort == SearchSort.Relevance)
            {
                sql.Append(" ORDER BY score, rid LIMIT @top");
                command.Bind("@top", top);
            }

            sql.Append(") c JOIN articles a ON a.rowid = c.rid");
        }
        else
        {
            sql.Append("SELECT ").Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, Columns, "0.0", sort == SearchSort.Relevance ? "0.0" : key)).Append(" FROM articles a WHERE TRUE");
            AddFilters(sql, command, query, dialect);
        }
    }

    /// <summary>The rows after the cursor in the sort (ties broken by row).</summary>
    private static string AfterCursor(SearchSort sort)
        => sort == SearchSort.Newest ? "(k < @ck OR (k = @ck AND rid > @cr))" : "(k > @ck OR (k = @ck AND rid > @cr))";

    private static void AddCursor(DbCommand command, SearchCursor cursor)
    {
        command.Bind("@ck", cursor.Sort == SearchSort.Relevance ? double.Parse(cursor.Key, System.Globalization.CultureInfo.InvariantCulture) : cursor.Key);
        command.Bind("@cr", cursor.Row);
    }

    /// <summary>Which of <paramref name="groups"/> have a matching article at or before the cursor.</summary>
    private HashSet<long> GroupsBefore(SearchQuery query, string match, SearchSort sort, List<long>? ranked, IEnumerable<long> groups)
    {
        using var command = connection.CreateCommand();
        var sql = new StringBuilder("SELECT DISTINCT grp FROM (");
        Matches(sql, command, query, match, sort, ranked);
        sql.Append(") m WHERE NOT ").Append(AfterCursor(sort)).Append(" AND ").Append(dialect.InJsonArray("grp", "@groups"));
        AddCursor(command, query.After!);
        command.Bind("@groups", StoreJson.Array(groups.Distinct()));
        command.CommandText = sql.ToString();
        using var reader = command.ExecuteReader();
        var shown = new HashSet<long>();
        while (reader.Read())
        {
            shown.Add(reader.GetInt64(0));
        }

        return shown;
    }

    /// <summary>One matching article as the search reads it.</summary>
    private sealed record MatchRow(SearchHit Hit, long Group, long Row, string Key)
    {
        /// <summary>The column of the row's story (grp).</summary>
        public const int GroupColumn = 7;

        public static MatchRow Read(DbDataReader reader, bool fullText)
        {
            // BM25 in SQLite is negative (lower is better); report it positive so higher means more relevant.
            var hit = new SearchHit(reader.GetString(1), reader.NullableString(2), reader.NullableString(3), reader.NullableString(4), reader.NullableString(5), fullText ? Math.Round(-Convert.ToDouble(reader.GetValue(6), System.Globalization.CultureInfo.InvariantCulture), 4) : 0, string.Empty)
            {
                Authors = reader.NullableString(8) is { } authors ? StoreJson.Strings(authors) ?? [] : [],
            };
            var key = reader.GetValue(9) is double d ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : Convert.ToString(reader.GetValue(9), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            return new MatchRow(hit, reader.GetInt64(GroupColumn), reader.GetInt64(0), key);
        }
    }

    /// <summary>The returned hits' snippets: the best passage with the matched words marked, led by the title when only the title matched.</summary>
    private Dictionary<long, string> Snippets(SearchQuery query, string match, List<long> rows)
    {
        var snippets = new Dictionary<long, string>();
        if (rows.Count == 0)
        {
            return snippets;
        }

        if (match.Length == 0)
        {
            using var command = connection.Command($"SELECT rowid, substr(text, 1, 200), NULL FROM articles WHERE {dialect.InJsonArray("rowid", "@rows")}")
                .Bind("@rows", StoreJson.Array(rows));
            return ReadHighlights(command).ToDictionary(h => h.Key, h => h.Value.Snippet ?? string.Empty);
        }

        // Without filters the ranked rows are every match from the oldest of them on, so the hits lie among few others.
        foreach (var (row, (snippet, title)) in dialect.FullText.Highlight(connection, dialect, query, match, rows, dense: !HasFilters(query)))
        {
            snippets[row] = !(snippet ?? string.Empty).Contains(query.HighlightStart, StringComparison.Ordinal) && title is not null && title.Contains(query.HighlightStart, StringComparison.Ordinal)
                ? title + " — " + snippet
                : snippet ?? string.Empty;
        }

        return snippets;
    }

    /// <summary>Reads rows of (row, snippet, highlighted title).</summary>
    internal static Dictionary<long, (string? Snippet, string? Title)> ReadHighlights(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var found = new Dictionary<long, (string? Snippet, string? Title)>();
        while (reader.Read())
        {
            found[reader.GetInt64(0)] = (reader.NullableString(1), reader.NullableString(2));
        }

        return found;
    }

    /// <summary>The other stored copies of each hit's story (ids, oldest first, at most 1000 a story), by the hit's row, in one query.</summary>
    private Dictionary<long, List<string>> Copies(List<MatchRow> page)
    {
        var copies = new Dictionary<long, List<string>>();
        if (page.Count == 0)
        {
            return copies;
        }

        var members = new Dictionary<long, List<(long Row, string Id)>>();
        using (var command = connection.Command($"SELECT rowid, duplicate_of, id FROM articles WHERE {dialect.InJsonArray("rowid", "@groups")} OR {dialect.InJsonArray("duplicate_of", "@groups")} ORDER BY rowid")
            .Bind("@groups", StoreJson.Array(page.Select(r => r.Group).Distinct())))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var row = reader.GetInt64(0);
                var member = (row, reader.GetString(2));
                Add(row, member);
                if (!reader.IsDBNull(1))
                {
                    Add(reader.GetInt64(1), member);
                }
            }
        }

        foreach (var hit in page)
        {
            copies[hit.Row] = [.. (members.GetValueOrDefault(hit.Group) ?? []).Where(m => m.Row != hit.Row).Take(1000).Select(m => m.Id)];
        }

        return copies;

        void Add(long group, (long Row, string Id) member)
        {
            if (!members.TryGetValue(group, out var list))
            {
                members[group] = list = [];
            }

            list.Add(member);
        }
    }

    /// <summary>
    /// Appends <c>SELECT columns</c> of the newest matches that pass the filters, at most <paramref name="limit"/>
    /// (a parameter the caller binds), taken from the newest <c>@window</c> matches only: however selective the
    /// filters, no more than the window's rows are read. With <paramref name="lastRowOfWindow"/> the window's last
    /// row is selected too, whether it passes or not, and two columns are added: <c>passed</c> (the filters hold) and
    /// <c>position</c> (1 for the newest match; the last row's is <c>@window</c> when the window was full).
    /// </summary>
    internal static void AppendWindowed(StringBuilder sql, DbCommand command, SearchQuery query, string match, SqlDialect dialect, string columns, string limit, bool lastRowOfWindow = false)
    {
        var filters = new StringBuilder("TRUE");
        AddFilters(filters, command, query, dialect);
        sql.Append("SELECT ").Append(columns);
        if (lastRowOfWindow)
        {
            // Evaluated again only for the selected rows (at most the limit).
            sql.Append(", (").Append(filters).Append(") AS passed, f.position AS position");
        }

        sql.Append(" FROM (");
        if (lastRowOfWindow)
        {
            // row_number() over no order numbers the rows as they stream, newest first; nothing is sorted or held.
            sql.Append("SELECT rowid, row_number() OVER () AS position FROM (");
        }

        dialect.FullText.AppendNewest(sql, command, match);
        if (lastRowOfWindow)
        {
            sql.Append(") w");
        }

        // The window's rows stream newest first as the index gave them (CROSS JOIN keeps them the outer loop, and no
        // ORDER BY makes SQLite read them all to sort), so the LIMIT stops at the first rows that pass.
        sql.Append(") f CROSS JOIN ").Append(dialect.FilterTable).Append(" a").Append(FilterKeysBy(query, dialect)).Append(" WHERE a.rowid = f.rowid AND ");
        if (lastRowOfWindow)
        {
            sql.Append("((").Append(filters).Append(") OR f.position = @window)");
        }
        else
        {
            sql.Append(filters);
        }

        sql.Append(" LIMIT ").Append(limit);
    }

    /// <summary>
    /// The index of the filter table's narrow columns by row (SQLite migration 11): rowid, published, site, language
    /// and duplicate_of, without the wide url and input, which only the source filter reads. A word whose matches are
    /// spread over the store has each of them looked up: from the table that is about a page each (2,514 pages at
    /// 100,000 articles, more than a read connection's cache), from this index 1,042 pages, which stay cached
    /// (bench/README.md, issue 20, session 11).
    /// </summary>
    internal const string FilterKeys = "article_filters_keys";

    /// <summary>
    /// The clause that makes a read of <see cref="SqlDialect.FilterTable"/> (alias <c>a</c>) use <see cref="FilterKeys"/>,
    /// for a query whose filters read only its columns (no source filter), or "". The caller reads no other column of
    /// <c>a</c>. Empty where the dialect's planner chooses for itself (PostgreSQL).
    /// </summary>
    internal static string FilterKeysBy(SearchQuery query, SqlDialect dialect)
        => string.IsNullOrWhiteSpace(query.Source) ? dialect.IndexedBy(FilterKeys) : string.Empty;

    /// <summary>Whether <see cref="AddFilters"/> adds any condition for this query.</summary>
    internal static bool HasFilters(SearchQuery query) => FilterValues(query).Any(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>The values of every filter <see cref="AddFilters"/> reads, in one order (what a window read depends on besides the match).</summary>
    internal static string?[] FilterValues(SearchQuery query)
        => [query.From, query.To, query.Entity, query.EntityType, query.Source, query.EventType, query.Language];

    internal static void AddFilters(StringBuilder sql, DbCommand command, SearchQuery query, SqlDialect dialect)
    {
        AddDateRange(sql, command, "a.published", query.From, query.To);
        if (!string.IsNullOrWhiteSpace(query.Entity) || !string.IsNullOrWhiteSpace(query.EntityType))
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM article_entities ae JOIN entities e ON e.id = ae.entity WHERE ae.article = a.rowid");
            if (!string.IsNullOrWhiteSpace(query.Entity))
            {
                sql.Append(" AND ").Append(EntityNames.Matches("e.id", "@ent"));
                command.Bind("@ent", EntityNames.Normalize(query.Entity));
            }

            if (!string.IsNullOrWhiteSpace(query.EntityType))
            {
                sql.Append(" AND e.label = @type");
                command.Bind("@type", query.EntityType.Trim().ToUpperInvariant());
            }

            sql.Append(')');
        }

        if (!string.IsNullOrWhiteSpace(query.Source))
        {
            // the source's '%' and '_' are matched as written ("%" once matched every address)
            var source = SqlLike.Literal("@source");
            sql.Append($" AND ({dialect.EqualsIgnoreCase("a.site", "@source")} OR a.url LIKE '%://' || {source} || '/%' {SqlLike.Escape}"
                + $" OR a.url LIKE '%://www.' || {source} || '/%' {SqlLike.Escape} OR a.input LIKE '%' || {source} || '%' {SqlLike.Escape})");
            command.Bind("@source", query.Source.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.EventType))
        {
            sql.Append($" AND EXISTS (SELECT 1 FROM {SqlEvents.Table} v WHERE v.article = a.rowid AND v.type = @etype)");
            command.Bind("@etype", query.EventType.Trim().ToUpperInvariant());
        }

        if (!string.IsNullOrWhiteSpace(query.Language))
        {
            sql.Append(" AND ").Append(dialect.EqualsIgnoreCase("a.language", "@lang"));
            command.Bind("@lang", query.Language.Trim());
        }

    }

    /// <summary>
    /// Bounds a dated column (ISO text starting yyyy-MM-dd) by <paramref name="from"/> and <paramref name="to"/>
    /// (yyyy, yyyy-MM or yyyy-MM-dd, inclusive); an undated row is outside any range.
    /// </summary>
    internal static void AddDateRange(StringBuilder sql, DbCommand command, string column, string? from, string? to)
    {
        if (!string.IsNullOrWhiteSpace(from))
        {
            sql.Append($" AND {column} IS NOT NULL AND substr({column}, 1, 10) >= @from");
            command.Bind("@from", from.Trim());
        }

        if (!string.IsNullOrWhiteSpace(to))
        {
            sql.Append($" AND {column} IS NOT NULL AND substr({column}, 1, 10) <= @to");
            command.Bind("@to", DateBounds.Upper(to));
        }
    }
}
