using System.Data.Common;
using System.Text;
using Dateline.Store.Search;
using Dateline.Store.Sql;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>The FTS5 table <c>articles_fts</c> (unicode61, diacritics removed) and its bm25, snippet and highlight.</summary>
internal sealed class SqliteFullText : IFullTextIndex
{
    /// <summary>BM25 column weights: a word in the title counts as much as ten in the body.</summary>
    private const string Weights = "10.0, 1.0";

    public void Index(CommandCache sql, long article, string? title, string text)
        => sql.NonQuery("fts", "INSERT INTO articles_fts(rowid, title, text) VALUES($1, $2, $3)", article, title ?? string.Empty, text);

    public string MatchFor(SearchQuery query) => FtsQuery.MatchFor(query);

    /// <summary>FTS5 walks a term's articles by rowid either way; ordered by another table's rowid it would sort them all.</summary>
    public string Row => "articles_fts.rowid";

    public void AppendNewest(StringBuilder sql, DbCommand command, string match)
    {
        sql.Append("SELECT rowid FROM articles_fts WHERE articles_fts MATCH @q ORDER BY rowid DESC LIMIT @window");
        command.Bind("@q", match);
    }

    /// <summary>
    /// Scores with <see cref="Fts5Ranking"/> and the store's article counts when every phrase of the match is one
    /// word (what a user's words become); FTS5's bm25() otherwise (prefixes, multi-word phrases, raw syntax), which
    /// counts them itself. Both give the same score for the same counts.
    /// </summary>
    public void AppendScored(StringBuilder sql, DbCommand command, string match)
    {
        var score = $"bm25(articles_fts, {Weights})";
        if (command.Connection is SqliteConnection connection && Words(match) is { Count: > 0 and <= Fts5Ranking.MaxPhrases } words
            && Fts5Ranking.TryRegister(connection) && SqliteTermCounts.Counts(connection, words) is { } counts)
        {
            var args = new StringBuilder();
            for (var i = 0; i < counts.Length; i++)
            {
                args.Append(", @n").Append(i);
                command.Bind("@n" + i, counts[i]);
            }

            score = $"{Fts5Ranking.Name}(articles_fts, {Weights}{args})";
        }

        sql.Append($"SELECT articles_fts.rowid AS rid, {score} AS score FROM articles_fts WHERE articles_fts MATCH @q");
        command.Bind("@q", match);
    }

    /// <summary>
    /// The index word of each phrase of <paramref name="match"/>, in the order FTS5 numbers its phrases, when the match
    /// is only quoted strings of one word each joined by AND, OR and NOT (as <see cref="FtsQuery"/> writes a user's
    /// words); null for anything else.
    /// </summary>
    internal static List<string>? Words(string match)
    {
        var words = new List<string>();
        var i = 0;
        while (i < match.Length)
        {
            if (match[i] == ' ')
            {
                i++;
            }
            else if (match[i] == '"')
            {
                var text = new StringBuilder();
                i++;
                while (true)
                {
                    if (i >= match.Length)
                    {
                        return null;
                    }

                    if (match[i] == '"')
                    {
                        if (i + 1 < match.Length && match[i + 1] == '"')
                        {
                            text.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    text.Append(match[i++]);
                }

                // A prefix (word*) matches many index words; a phrase of several words has no stored count.
                if ((i < match.Length && match[i] != ' ') || Postgres.Unicode61Tokens.Of(text.ToString()) is not [var word])
                {
                    return null;
                }

                words.Add(word);
            }
            else
            {
                var end = match.IndexOf(' ', i);
                var token = end < 0 ? match[i..] : match[i..end];
                if (token is not ("AND" or "OR" or "NOT"))
                {
                    return null;
                }

                i += token.Length;
            }
        }

        return words;
    }

    public Dictionary<long, (string? Snippet, string? Title)> Highlight(DbConnection connection, SqlDialect dialect, SearchQuery query, string match, IReadOnlyCollection<long> rows, bool dense)
    {
        // A lookup by rowid runs the whole match again for that row, in every segment of the index (19 on 100k
        // articles): 21 hits of two common words took 3.3-3.9 ms of CPU, the pass over their stretch 0.6-0.9 ms. The
        // unary + keeps the set a filter of that pass (bench/README.md, issue 20).
        dense = dense && Segments(connection) > MaxLookupSegments;
        var rowFilter = dense ? "rowid BETWEEN @lo AND @hi AND " + dialect.InJsonArray("+rowid", "@rows") : dialect.InJsonArray("rowid", "@rows");
        using var command = connection.Command($"SELECT rowid, snippet(articles_fts, 1, @hs, @he, '…', 32), highlight(articles_fts, 0, @hs, @he) FROM articles_fts WHERE articles_fts MATCH @q AND {rowFilter}")
            .Bind("@q", match).Bind("@hs", query.HighlightStart).Bind("@he", query.HighlightEnd).Bind("@rows", System.Text.Json.JsonSerializer.Serialize(rows));
        if (dense)
        {
            command.Bind("@lo", rows.Min()).Bind("@hi", rows.Max());
        }

        return SqlSearch.ReadHighlights(command);
    }

    /// <summary>
    /// Snippets are looked up by row when the index has at most this many segments (as after Optimize), not read in a
    /// pass over the hits' stretch. Evidence (sqlite3 shell, 20 hits among the newest 300 matches): one segment, 344k
    /// articles, two common words 0.4 ms by row against 9.5 ms for the pass, three words 1.0 against 3.5 ms; nine
    /// segments (a store being filled, 280k), 3.5 against 1.9 ms and one word 1.7 against 0.5 ms.
    /// </summary>
    private const int MaxLookupSegments = 1;

    /// <summary>
    /// How many segments the index has, from FTS5's structure record (row 10 of its data table: a 4-byte cookie, a
    /// 4-byte version marker in newer files, then varints: levels, segments); int.MaxValue if it cannot be read.
    /// </summary>
    internal static int Segments(DbConnection connection)
    {
        using var command = connection.Command("SELECT block FROM articles_fts_data WHERE id = 10");
        if (command.ExecuteScalar() is not byte[] block || block.Length < 6)
        {
            return int.MaxValue;
        }

        var at = block is [_, _, _, _, 0xFF, 0x00, 0x00, 0x01, ..] ? 8 : 4;
        return Varint(block, ref at) is { } _ && Varint(block, ref at) is { } segments ? segments : int.MaxValue;
    }

    /// <summary>SQLite's varint (7 bits a byte, high bit set on all but the last, most significant first), up to 32 bits.</summary>
    private static int? Varint(byte[] block, ref int at)
    {
        long value = 0;
        for (var n = 0; n < 5 && at < block.Length; n++)
        {
            var b = block[at++];
            value = (value << 7) | (uint)(b & 0x7F);
            if ((b & 0x80) == 0)
            {
                return value <= int.MaxValue ? (int)value : null;
            }
        }

        return null;
    }

    public void AppendMatching(StringBuilder sql, DbCommand command, string match, string columns)
    {
        sql.Append($"SELECT {columns} FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH @q");
        command.Bind("@q", match);
    }

    public SearchSyntaxException? SyntaxError(DbException error, SearchQuery query)
        => error is SqliteException { SqliteErrorCode: 1 } e
            ? new SearchSyntaxException(query.Text, e.Message.Replace("SQLite Error 1: ", string.Empty, StringComparison.Ordinal).TrimEnd('.'))
            : null;
}
