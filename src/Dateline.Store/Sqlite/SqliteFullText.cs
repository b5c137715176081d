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
    private const string Bm25 = "bm25(articles_fts, 10.0, 1.0)";

    public void Index(CommandCache sql, long article, string? title, string text)
        => sql.NonQuery("fts", "INSERT INTO articles_fts(rowid, title, text) VALUES($1, $2, $3)", article, title ?? string.Empty, text);

    public string MatchFor(SearchQuery query) => FtsQuery.MatchFor(query);

    public void AppendRanked(StringBuilder sql, DbCommand command, SearchQuery query, string match, string? key)
    {
        sql.Append($"""
            SELECT a.rowid AS rid, a.id, a.title, a.published, a.site, a.url, {Bm25} AS score,
                   snippet(articles_fts, 1, @hs, @he, '…', 32), highlight(articles_fts, 0, @hs, @he), coalesce(a.duplicate_of, a.rowid) AS grp,
                   a.authors, {key ?? Bm25} AS k
            FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
            WHERE articles_fts MATCH @q
            """);
        command.Bind("@q", match).Bind("@hs", query.HighlightStart).Bind("@he", query.HighlightEnd);
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
