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
        using var command = connection.CreateCommand();
        var sql = new StringBuilder();
        if (fullText)
        {
            sql.Append($"""
                SELECT a.rowid, a.id, a.title, a.published, a.site, a.url, {Bm25} AS score,
                       snippet(articles_fts, 1, $hs, $he, '…', 32), highlight(articles_fts, 0, $hs, $he), coalesce(a.duplicate_of, a.rowid)
                FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
                WHERE articles_fts MATCH $q
                """);
            command.Parameters.AddWithValue("$q", match);
            command.Parameters.AddWithValue("$hs", query.HighlightStart);
            command.Parameters.AddWithValue("$he", query.HighlightEnd);
        }
        else
        {
            sql.Append("""
                SELECT a.rowid, a.id, a.title, a.published, a.site, a.url, 0.0 AS score,
                       substr(a.text, 1, 200), a.title, coalesce(a.duplicate_of, a.rowid)
                FROM articles a WHERE 1
                """);
        }

        AddFilters(sql, command, query);
        sql.Append(fullText ? " ORDER BY score, a.rowid" : " ORDER BY a.published DESC, a.rowid");
        sql.Append(" LIMIT $limit");
        command.Parameters.AddWithValue("$limit", Math.Max(1, query.Limit) * options.SearchOverfetch);
        command.CommandText = sql.ToString();

        var hits = new List<(SearchHit Hit, long Group, long Row)>();
        var groups = new HashSet<long>();
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read() && hits.Count < query.Limit)
            {
                var group = reader.GetInt64(9);
                if (!groups.Add(group))
                {
                    continue;
                }

                string? S(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                var snippet = S(7) ?? string.Empty;
                if (!snippet.Contains(query.HighlightStart, StringComparison.Ordinal) && S(8) is { } title && title.Contains(query.HighlightStart, StringComparison.Ordinal))
                {
                    snippet = title + " — " + snippet;
                }

                // BM25 in SQLite is negative (lower is better); report it positive so higher means more relevant.
                var hit = new SearchHit(reader.GetString(1), S(2), S(3), S(4), S(5), fullText ? Math.Round(-reader.GetDouble(6), 4) : 0, snippet);
                hits.Add((hit, group, reader.GetInt64(0)));
            }
        }
        catch (SqliteException e) when (fullText && e.SqliteErrorCode == 1)
        {
            throw new SearchSyntaxException(query.Text, e.Message.Replace("SQLite Error 1: ", string.Empty, StringComparison.Ordinal).TrimEnd('.'));
        }

        return [.. hits.Select(h => h.Hit with { Copies = Copies(h.Group, h.Row) })];
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
                // The whole name, or a name it ends or starts (surname "Putin" finds "Vladimir Putin").
                sql.Append(" AND (e.norm = $ent OR e.norm LIKE '% ' || $ent OR e.norm LIKE $ent || ' %')");
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
