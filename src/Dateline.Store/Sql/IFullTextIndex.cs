using System.Data.Common;
using System.Text;
using Dateline.Store.Search;

namespace Dateline.Store.Sql;

/// <summary>
/// A store's full-text index: how a search's words become the index's query, how matching articles are selected with
/// a BM25 score (title words weighing ten body words) and a highlighted snippet, and how the index reports a query it
/// cannot parse. SQLite uses FTS5; PostgreSQL a tsvector column with a GIN index.
/// </summary>
internal interface IFullTextIndex
{
    /// <summary>Indexes a new article's title and text (inside the batch's transaction).</summary>
    void Index(CommandCache sql, long article, string? title, string text);

    /// <summary>The index's query for a search; empty when the search has no words (a listing by filters).</summary>
    /// <exception cref="SearchSyntaxException">Text was given but holds no word to search for.</exception>
    string MatchFor(SearchQuery query);

    /// <summary>
    /// Appends <c>SELECT rid, id, title, published, site, url, score, snippet, highlighted title, grp, authors, k FROM
    /// articles a … WHERE (match)</c>: score is the negated BM25 (lower is better), k is <paramref name="key"/> or the
    /// score when it is null. Filters are appended after it with AND.
    /// </summary>
    void AppendRanked(StringBuilder sql, DbCommand command, SearchQuery query, string match, string? key);

    /// <summary>Appends <c>SELECT columns FROM articles a … WHERE (match)</c> for facets and timelines.</summary>
    void AppendMatching(StringBuilder sql, DbCommand command, string match, string columns);

    /// <summary>The user's error when <paramref name="error"/> is the index refusing the query; null for other errors.</summary>
    SearchSyntaxException? SyntaxError(DbException error, SearchQuery query);
}
