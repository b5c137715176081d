using System.Collections.Concurrent;
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
    internal const string Weights = "10.0, 1.0";

    public void Index(CommandCache sql, long article, string? title, string text)
        => sql.NonQuery("fts", "INSERT INTO articles_fts(rowid, title, text) VALUES($1, $2, $3)", article, title ?? string.Empty, text);

    public string MatchFor(SearchQuery query) => FtsQuery.MatchFor(query);

    /// <summary>FTS5 walks a term's articles by rowid either way; ordered by another table's rowid it would sort them all.</summary>
    public string Row => "articles_fts.rowid";

    public void AppendNewest(StringBuilder sql, DbCommand command, string match)
    {
        if (Select(command, match) is { Rows: { } rows })
        {
            // json_each gives the array's rows in order, newest first.
            sql.Append("SELECT value AS rowid FROM json_each(@selected) LIMIT @window");
            command.Bind("@selected", rows);
            return;
        }

        sql.Append("SELECT rowid FROM articles_fts WHERE articles_fts MATCH @q ORDER BY rowid DESC LIMIT @window");
        command.Bind("@q", match);
    }

    /// <summary>
    /// Scores with <see cref="Fts5Ranking"/> and the store's article counts when every phrase of the match is one
    /// word (what a user's words become); FTS5's bm25() otherwise (prefixes, multi-word phrases, raw syntax), which
    /// counts them itself. Both give the same score for the same counts. An AND of words found from its selective
    /// words (<see cref="Select"/>) is read from the scores found then.
    /// </summary>
    public void AppendScored(StringBuilder sql, DbCommand command, string match)
    {
        if (Select(command, match) is { Scored: { } scored })
        {
            // A subquery named as the index with a column named rowid, so the caller's conditions on Row apply to it.
            sql.Append("""
                SELECT rid, score FROM (SELECT json_extract(value, '$[0]') AS rowid, json_extract(value, '$[0]') AS rid, json_extract(value, '$[1]') AS score
                FROM json_each(@scored)) articles_fts WHERE TRUE
                """);
            command.Bind("@scored", scored);
            return;
        }

        var score = $"bm25(articles_fts, {Weights})";
        if (command.Connection is SqliteConnection connection && Words(match) is { Count: > 0 and <= Fts5Ranking.MaxPhrases } words
            && Fts5Ranking.TryRegister(connection) && SqliteTermCounts.Counts(connection, words) is { } counts)
        {
            score = $"{Fts5Ranking.Name}(articles_fts, {Weights}{CountArguments(command, counts, "@n")})";
        }

        sql.Append($"SELECT articles_fts.rowid AS rid, {score} AS score FROM articles_fts WHERE articles_fts MATCH @q");
        command.Bind("@q", match);
    }

    /// <summary>
    /// A one-word search's best matches: from the word's kept best (<see cref="SqliteTermCounts.AppendBest"/>), else,
    /// for a word in fewer than <see cref="SqliteTermCounts.StoredFloor"/> articles, every match scored. False for
    /// other matches, a common word whose best are not kept or are stale, or no ranking function.
    /// </summary>
    public bool AppendBest(StringBuilder sql, DbCommand command, string match, int limit)
    {
        if (command.Connection is not SqliteConnection connection || Words(match) is not [var word] || !Fts5Ranking.TryRegister(connection)
            || SqliteTermCounts.Counts(connection, [word]) is not [var docs])
        {
            return false;
        }

        if (SqliteTermCounts.AppendBest(connection, sql, command, word, match, docs))
        {
            return true;
        }

        if (docs >= SqliteTermCounts.StoredFloor)
        {
            return false;
        }

        sql.Append($"SELECT articles_fts.rowid AS rid, {Fts5Ranking.Name}(articles_fts, {Weights}, @n0) AS score FROM articles_fts WHERE articles_fts MATCH @q");
        command.Bind("@n0", docs).Bind("@q", match);
        return true;
    }

    /// <summary>Binds each count as a parameter (prefix and position) and returns the function's arguments for them (", @n0, @n1").</summary>
    private static string CountArguments(DbCommand command, IReadOnlyList<long> counts, string prefix)
    {
        var args = new StringBuilder();
        for (var i = 0; i < counts.Count; i++)
        {
            args.Append(", ").Append(prefix).Append(i);
            command.Bind(prefix + i, counts[i]);
        }

        return args.ToString();
    }

    /// <summary>
    /// A word of an AND is "common" when it is in at least this share of the articles: FTS5 evaluates the AND by
    /// seeking in each word's list, and in a list that long each seek walks the list's index entry by entry and decodes
    /// the page it lands on (bench/README.md, issue 20: 'taki sofa baga' on 1M articles, 'baga' in 691k, 7.7 ms; the
    /// 26 matches of 'taki sofa' looked up in 'baga' 0.34 ms).
    /// </summary>
    internal const double CommonShare = 0.125;

    /// <summary>
    /// The selective words' matches checked per article at most: each check is a lookup of the common words by row,
    /// 5-11 µs each on 100k articles (sqlite3 shell), 13 µs on 1M.
    /// </summary>
    internal const int MaxCandidates = 1_000;

    /// <summary>
    /// A split also needs at most one candidate per this many articles of the commonest word: the AND's walk costs
    /// about 11 ns per article of that word ('baga', 691k articles, 7.7 ms on 1M) and a search walks it about three
    /// times; a lookup 10-13 µs ('taki sofa', 26 rows, in 'baga' 0.34 ms; bench/README.md, issue 20). On 100k articles
    /// (`StoreBench queries`, CPU p95 of search and facets) one per 5 made the p95 12.5-13.6 ms against main's 8.9-9.1
    /// ('duze beni': 2,809 lookups in 'beni', 33 ms); one per 400, 9.6 ms.
    /// </summary>
    internal const int CommonArticlesPerCandidate = 400;

    /// <summary>
    /// So many candidates are always checked (about 0.3 ms of lookups), however short the common words' lists: 'kogo
    /// kone babi' on 100k articles (5 matches) took 1.0-1.6 ms as an AND (sqlite3 shell).
    /// </summary>
    internal const int MinCandidates = 32;

    /// <summary>Selections of the last searches by store and match, while no article is added (SQLite never changes an indexed row).</summary>
    private static readonly ConcurrentDictionary<(string Store, string Match), Selection> Selections = new();

    /// <summary>At most this many selections are kept; then the cache is emptied.</summary>
    private const int MaxSelections = 256;

    /// <summary>
    /// The matches of an AND of distinct words, some common (<see cref="CommonShare"/>), found without walking the
    /// common words' lists: the selective words' matches (at most <see cref="MaxCandidates"/>), each looked up in the
    /// common words by row. <c>Rows</c>: the matches newest first (JSON array); <c>Scored</c>: [row, score] of each,
    /// the selective words' BM25 part plus the common words' part, which adds up to the whole match's score (BM25 is
    /// a sum over words; equal to about 1e-15, the order of the sum differs). Both null when the split does not apply.
    /// A search reads its matches up to three times (ranking, window, facets): the selection is kept between them.
    /// </summary>
    internal static Selection? Select(DbCommand command, string match)
    {
        if (command.Connection is not SqliteConnection connection || Words(match, out var conjunction) is not { Count: >= 2 and <= Fts5Ranking.MaxPhrases } words
            || !conjunction || words.Distinct(StringComparer.Ordinal).Count() != words.Count)
        {
            return null;
        }

        var newest = connection.Long("SELECT coalesce(max(rowid), 0) FROM articles");
        var key = (connection.DataSource, match);
        if (Selections.TryGetValue(key, out var kept) && kept.Newest == newest)
        {
            return kept;
        }

        var selection = Split(connection, words, newest) ?? new Selection(newest, null, null);
        if (Selections.Count >= MaxSelections)
        {
            Selections.Clear();
        }

        Selections[key] = selection;
        return selection;
    }

    private static Selection? Split(SqliteConnection connection, List<string> words, long newest)
    {
        if (!Fts5Ranking.TryRegister(connection) || SqliteTermCounts.Counts(connection, words) is not { } counts)
        {
            return null;
        }

        var common = Enumerable.Range(0, words.Count).Where(i => counts[i] >= newest * CommonShare).ToList();
        var selective = Enumerable.Range(0, words.Count).Where(i => counts[i] < newest * CommonShare).ToList();
        if (common.Count == 0 || selective.Count == 0)
        {
            return null;
        }

        // The selective words' matches, newest first, with their part of the score.
        var cap = (int)Math.Clamp(common.Max(i => counts[i]) / CommonArticlesPerCandidate, MinCandidates, MaxCandidates);
        var candidates = new List<(long Row, double Score)>();
        using (var command = connection.CreateCommand())
        {
            var args = CountArguments(command, [.. selective.Select(i => counts[i])], "@n");
            command.CommandText = $"SELECT rowid, {Fts5Ranking.Name}(articles_fts, {Weights}{args}) FROM articles_fts WHERE articles_fts MATCH @q ORDER BY rowid DESC LIMIT @cap";
            command.Bind("@q", string.Join(" AND ", selective.Select(i => FtsQuery.Quote(words[i])))).Bind("@cap", cap + 1);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                candidates.Add((reader.GetInt64(0), reader.GetDouble(1)));
            }
        }

        if (candidates.Count > cap)
        {
            return null;
        }

        // Those that hold the common words, looked up by row, with the common words' part.
        var commonPart = new Dictionary<long, double>();
        if (candidates.Count > 0)
        {
            using var command = connection.CreateCommand();
            var args = CountArguments(command, [.. common.Select(i => counts[i])], "@n");
            command.CommandText = $"SELECT rowid, {Fts5Ranking.Name}(articles_fts, {Weights}{args}) FROM articles_fts WHERE articles_fts MATCH @q AND rowid IN (SELECT value FROM json_each(@rows))";
            command.Bind("@q", string.Join(" AND ", common.Select(i => FtsQuery.Quote(words[i])))).Bind("@rows", StoreJson.Array(candidates.Select(c => c.Row)));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                commonPart[reader.GetInt64(0)] = reader.GetDouble(1);
            }
        }

        var matches = candidates.Where(c => commonPart.ContainsKey(c.Row)).ToList();
        return new Selection(
            newest,
            StoreJson.Array(matches.Select(m => m.Row)),
            StoreJson.Array(matches.Select(m => new object[] { m.Row, m.Score + commonPart[m.Row] })));
    }

    /// <summary>An AND's matches found by <see cref="Select"/> while the newest article was <c>Newest</c> (JSON; null: not split).</summary>
    internal sealed record Selection(long Newest, string? Rows, string? Scored);

    /// <summary>
    /// The index word of each phrase of <paramref name="match"/>, in the order FTS5 numbers its phrases, when the match
    /// is only quoted strings of one word each joined by AND, OR and NOT (as <see cref="FtsQuery"/> writes a user's
    /// words); null for anything else.
    /// </summary>
    internal static List<string>? Words(string match) => Words(match, out _);

    /// <summary><see cref="Words(string)"/>, and whether the phrases are joined by AND only (written or implied).</summary>
    internal static List<string>? Words(string match, out bool conjunction)
    {
        conjunction = true;
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

                conjunction &= token == "AND";
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
            .Bind("@q", match).Bind("@hs", query.HighlightStart).Bind("@he", query.HighlightEnd).Bind("@rows", StoreJson.Array(rows));
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
        return Varint(block, ref at) is { } _ && Varint(block, ref at) is { } segments and <= int.MaxValue ? (int)segments : int.MaxValue;
    }

    /// <summary>
    /// The index's article and token totals (all columns), what BM25's idf and average length are computed from, from
    /// FTS5's averages record (row 1 of its data table: varints, the row count then each column's token total); null if
    /// it cannot be read.
    /// </summary>
    internal static (long Rows, long Tokens)? Totals(DbConnection connection)
    {
        using var command = connection.Command("SELECT block FROM articles_fts_data WHERE id = 1");
        if (command.ExecuteScalar() is not byte[] block)
        {
            return null;
        }

        var at = 0;
        if (Varint(block, ref at) is not { } rows)
        {
            return null;
        }

        long tokens = 0;
        while (at < block.Length)
        {
            if (Varint(block, ref at) is not { } column)
            {
                return null;
            }

            tokens += column;
        }

        return (rows, tokens);
    }

    /// <summary>SQLite's varint, as FTS5 writes it: 7 bits a byte, high bit set on all but the last, most significant first; a ninth byte gives 8 bits.</summary>
    private static long? Varint(byte[] block, ref int at)
    {
        long value = 0;
        for (var n = 0; n < 9 && at < block.Length; n++)
        {
            var b = block[at++];
            if (n == 8)
            {
                return (value << 8) | b;
            }

            value = (value << 7) | (uint)(b & 0x7F);
            if ((b & 0x80) == 0)
            {
                return value;
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
