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
    /// The row column of what <see cref="AppendScored"/> and <see cref="AppendMatching"/> select, as the index sees
    /// it: ordering by it (descending) reads the newest stored first in the index's own order, so a LIMIT stops the
    /// index early instead of sorting every match, and a lower bound on it skips older matches without reading them.
    /// </summary>
    string Row { get; }

    /// <summary>Appends <c>SELECT rowid … WHERE (match) ORDER BY rowid DESC LIMIT @window</c>: the newest matching rows, read from the index alone.</summary>
    void AppendNewest(StringBuilder sql, DbCommand command, string match);

    /// <summary>
    /// Appends <c>SELECT rid, score … WHERE (match)</c>: the matching articles' rows and their negated BM25 (lower is
    /// better). Conditions on <see cref="Row"/> are appended after it with AND, then the caller's order and limit, so
    /// the score is computed only for the rows they keep.
    /// </summary>
    void AppendScored(StringBuilder sql, DbCommand command, string match);

    /// <summary>
    /// Appends <c>SELECT rid, score</c> (as <see cref="AppendScored"/>) of a set of matches that holds the best
    /// <paramref name="limit"/> of all by BM25, when the index can give them without scoring every match of a common
    /// word (a one-word search); false, appending nothing, when it cannot: then the newest matches are ranked.
    /// </summary>
    bool AppendBest(StringBuilder sql, DbCommand command, string match, int limit);

    /// <summary>
    /// The highlighted snippet of each of these matching articles' text and its highlighted title, in one query (only
    /// for the hits a search returns). <paramref name="dense"/>: the rows are most of the matches between the lowest
    /// and the highest of them, so one pass over that stretch of the index costs less than a lookup per row.
    /// </summary>
    Dictionary<long, (string? Snippet, string? Title)> Highlight(DbConnection connection, SqlDialect dialect, SearchQuery query, string match, IReadOnlyCollection<long> rows, bool dense);

    /// <summary>Appends <c>SELECT columns FROM articles a … WHERE (match)</c> for facets and timelines.</summary>
    void AppendMatching(StringBuilder sql, DbCommand command, string match, string columns);

    /// <summary>The user's error when <paramref name="error"/> is the index refusing the query; null for other errors.</summary>
    SearchSyntaxException? SyntaxError(DbException error, SearchQuery query);
}
