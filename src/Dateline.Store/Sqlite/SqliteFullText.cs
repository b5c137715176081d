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
        var rowFilter = dense ? "rowid BETWEEN @lo AND @hi AND " + dialect.InJsonArray("+rowid", "@rows") : dialect.InJsonArray("rowid", "@rows");
        using var command = connection.Command($"SELECT rowid, snippet(articles_fts, 1, @hs, @he, '…', 32), highlight(articles_fts, 0, @hs, @he) FROM articles_fts WHERE articles_fts MATCH @q AND {rowFilter}")
            .Bind("@q", match).Bind("@hs", query.HighlightStart).Bind("@he", query.HighlightEnd).Bind("@rows", System.Text.Json.JsonSerializer.Serialize(rows));
        if (dense)
        {
            command.Bind("@lo", rows.Min()).Bind("@hi", rows.Max());
        }

        return SqlSearch.ReadHighlights(command);
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
