using System.Text;
using Dateline.Store.Search;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>BM25 search over the FTS5 index (title weighted above body), filters in SQL, near-duplicates folded into one hit.</summary>
internal sealed class SqliteSearch(SqliteConnection connection, SqliteStoreOptions options)
{
    /// <summary>BM25 column weights: a word in the title counts as much as ten in the body.</summary>
    private const string Bm25 = "bm25(articles_fts, 10.0, 1.0)";

    public IReadOnlyList<SearchHit> Run(SearchQuery query)
    {
        var match = FtsQuery.MatchFor(query);
        var fullText = match.Length > 0;

        // Without words there is no relevance: newest first.
        var sort = !fullText && query.Sort == SearchSort.Relevance ? SearchSort.Newest : query.Sort;
        if (query.After is { } after && after.Sort != sort)
        {
            throw new ArgumentException("the cursor was given by a search in another order", nameof(query));
        }

        using var command = connection.CreateCommand();
        var sql = new StringBuilder("SELECT * FROM (");
        Matches(sql, command, query, match, sort);
        sql.Append(") m");
        if (query.After is not null)
        {
            sql.Append(" WHERE ").Append(AfterCursor(sort));
            AddCursor(command, query.After);
        }

        sql.Append(" ORDER BY k").Append(sort == SearchSort.Newest ? " DESC" : string.Empty).Append(", rid LIMIT $limit");
        command.Parameters.AddWithValue("$limit", Math.Max(1, query.Limit) * options.SearchOverfetch);
        command.CommandText = sql.ToString();

        var rows = new List<MatchRow>();
        try
        {
            using var reader = command.ExecuteReader();
            var groups = new HashSet<long>();
            while (reader.Read())
            {
                var row = MatchRow.Read(reader, query, fullText);
                if (groups.Add(row.Group))
                {
                    rows.Add(row);
                }
            }
        }
        catch (SqliteException e) when (fullText && e.SqliteErrorCode == 1)
        {
            throw new SearchSyntaxException(query.Text, e.Message.Replace("SQLite Error 1: ", string.Empty, StringComparison.Ordinal).TrimEnd('.'));
        }

        // After a cursor, a story whose best-ranked copy came on an earlier page was already shown: leave it out.
        if (query.After is not null && rows.Count > 0)
        {
            var shown = GroupsBefore(query, match, sort, rows.Select(r => r.Group));
            rows.RemoveAll(r => shown.Contains(r.Group));
        }

        return [.. rows.Take(query.Limit).Select(r => r.Hit with { Copies = Copies(r.Group, r.Row), Cursor = new SearchCursor(sort, r.Key, r.Row) })];
    }

    /// <summary>
    /// SELECT the articles a search matches with the columns of <see cref="MatchRow"/>, the sort key <c>k</c> (BM25,
    /// lower is better; or the publication date, undated last) and the row <c>rid</c>.
    /// </summary>
    private static void Matches(StringBuilder sql, SqliteCommand command, SearchQuery query, string match, SearchSort sort)
    {
        var key = sort switch
        {
            SearchSort.Relevance => Bm25,
            SearchSort.Newest => "coalesce(a.published, '')",
            _ => "coalesce(a.published, '~')",
        };
        if (match.Length > 0)
        {
            sql.Append($"""
                SELECT a.rowid AS rid, a.id, a.title, a.published, a.site, a.url, {Bm25} AS score,
                       snippet(articles_fts, 1, $hs, $he, '…', 32), highlight(articles_fts, 0, $hs, $he), coalesce(a.duplicate_of, a.rowid) AS grp,
                       a.authors, {key} AS k
                FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
                WHERE articles_fts MATCH $q
                """);
            command.Parameters.AddWithValue("$q", match);
            command.Parameters.AddWithValue("$hs", query.HighlightStart);
            command.Parameters.AddWithValue("$he", query.HighlightEnd);
        }
        else
        {
            sql.Append($"""
                SELECT a.rowid AS rid, a.id, a.title, a.published, a.site, a.url, 0.0 AS score,
                       substr(a.text, 1, 200), a.title, coalesce(a.duplicate_of, a.rowid) AS grp,
                       a.authors, {key} AS k
                FROM articles a WHERE 1
                """);
        }

        AddFilters(sql, command, query);
    }

    /// <summary>The rows after the cursor in the sort (ties broken by row).</summary>
    private static string AfterCursor(SearchSort sort)
        => sort == SearchSort.Newest ? "(k < $ck OR (k = $ck AND rid > $cr))" : "(k > $ck OR (k = $ck AND rid > $cr))";

    private static void AddCursor(SqliteCommand command, SearchCursor cursor)
    {
        command.Parameters.AddWithValue("$ck", cursor.Sort == SearchSort.Relevance ? double.Parse(cursor.Key, System.Globalization.CultureInfo.InvariantCulture) : cursor.Key);
        command.Parameters.AddWithValue("$cr", cursor.Row);
    }

    /// <summary>Which of <paramref name="groups"/> have a matching article at or before the cursor.</summary>
    private HashSet<long> GroupsBefore(SearchQuery query, string match, SearchSort sort, IEnumerable<long> groups)
    {
        using var command = connection.CreateCommand();
        var sql = new StringBuilder("SELECT DISTINCT grp FROM (");
        Matches(sql, command, query, match, sort);
        sql.Append(") m WHERE NOT ").Append(AfterCursor(sort)).Append(" AND grp IN (SELECT value FROM json_each($groups))");
        AddCursor(command, query.After!);
        command.Parameters.AddWithValue("$groups", System.Text.Json.JsonSerializer.Serialize(groups.Distinct()));
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
        public static MatchRow Read(SqliteDataReader reader, SearchQuery query, bool fullText)
        {
            string? S(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            var snippet = S(7) ?? string.Empty;
            if (!snippet.Contains(query.HighlightStart, StringComparison.Ordinal) && S(8) is { } title && title.Contains(query.HighlightStart, StringComparison.Ordinal))
            {
                snippet = title + " — " + snippet;
            }

            // BM25 in SQLite is negative (lower is better); report it positive so higher means more relevant.
            var hit = new SearchHit(reader.GetString(1), S(2), S(3), S(4), S(5), fullText ? Math.Round(-reader.GetDouble(6), 4) : 0, snippet)
            {
                Authors = S(10) is { } authors ? System.Text.Json.JsonSerializer.Deserialize<string[]>(authors) ?? [] : [],
            };
            var key = reader.GetValue(11) is double d ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : Convert.ToString(reader.GetValue(11), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            return new MatchRow(hit, reader.GetInt64(9), reader.GetInt64(0), key);
        }
    }

    private List<string> Copies(long group, long row)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM articles WHERE (rowid = $g OR duplicate_of = $g) AND rowid != $r ORDER BY rowid LIMIT 1000";
        command.Parameters.AddWithValue("$g", group);
        command.Parameters.AddWithValue("$r", row);
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read())
        {
            list.Add(reader.GetString(0));
        }

        return list;
    }

    internal static void AddFilters(StringBuilder sql, SqliteCommand command, SearchQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.From))
        {
            sql.Append(" AND a.published IS NOT NULL AND substr(a.published, 1, 10) >= $from");
            command.Parameters.AddWithValue("$from", query.From.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.To))
        {
            // A bare year or month as the upper bound means its whole span: 2020 → up to 2020-12-31.
            sql.Append(" AND a.published IS NOT NULL AND substr(a.published, 1, 10) <= $to");
            var to = query.To.Trim();
            command.Parameters.AddWithValue("$to", to.Length < 10 ? to + "\uffff" : to);
        }

        if (!string.IsNullOrWhiteSpace(query.Entity) || !string.IsNullOrWhiteSpace(query.EntityType))
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM article_entities ae JOIN entities e ON e.id = ae.entity WHERE ae.article = a.rowid");
            if (!string.IsNullOrWhiteSpace(query.Entity))
            {
                sql.Append(" AND ").Append(EntityNames.Matches("e.id", "$ent"));
                command.Parameters.AddWithValue("$ent", EntityNames.Normalize(query.Entity));
            }

            if (!string.IsNullOrWhiteSpace(query.EntityType))
            {
                sql.Append(" AND e.label = $type");
                command.Parameters.AddWithValue("$type", query.EntityType.Trim().ToUpperInvariant());
            }

            sql.Append(')');
        }

        if (!string.IsNullOrWhiteSpace(query.Source))
        {
            sql.Append(" AND (a.site = $source COLLATE NOCASE OR a.url LIKE '%://' || $source || '/%' OR a.url LIKE '%://www.' || $source || '/%' OR a.input LIKE '%' || $source || '%')");
            command.Parameters.AddWithValue("$source", query.Source.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Language))
        {
            sql.Append(" AND a.language = $lang COLLATE NOCASE");
            command.Parameters.AddWithValue("$lang", query.Language.Trim());
        }

    }
}
