using System.Data.Common;
using System.Text;
using Dateline.Store.Sql;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>
/// How many articles hold a word of the full-text index, for ranking (<see cref="Fts5Ranking"/>): words in many
/// articles from <c>fts_term_docs</c> (migration 7, written by <see cref="Refresh"/> after a bulk load), the rest from
/// the index's vocabulary (FTS5's <c>fts5vocab</c>), which reads every article of the word: cheap for a rare word,
/// as dear as bm25()'s own count for a common one.
/// </summary>
internal static class SqliteTermCounts
{
    /// <summary>
    /// Words in at least this many articles are counted once by <see cref="Refresh"/>; rarer ones per search. Evidence
    /// (344k synthetic articles, sqlite3 shell): a word in 1,693 articles was counted in 0.26 ms of CPU, one in 58,842
    /// in 2.4 ms, one in 324,995 in 13.4 ms; 7,352 of the index's 227,769 words are in 1,000 or more.
    /// </summary>
    public const int StoredFloor = 1_000;

    /// <summary>
    /// Stored counts serve until the store has grown by this share since they were taken (a word's weight, the log
    /// of the share of articles without it, then moves by well under a tenth); after that words are counted per search
    /// until the next <see cref="Refresh"/>.
    /// </summary>
    public const double StaleShare = 0.1;

    /// <summary>
    /// Counts of common words taken from the index per search, by store file and word, kept in the process under the
    /// same <see cref="StaleShare"/> rule: a store never optimized (an ingest) pays each common word's count once per
    /// process, not per search. Only words in at least the floor of articles are kept (thousands per store).
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Store, string Term), (long Docs, long Rows)> Counted = new();

    private const string Vocabulary = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_fts_terms USING fts5vocab(main, articles_fts, 'row')";

    /// <summary>
    /// Counts the articles of every word in at least <paramref name="floor"/> of them and keeps each such word's best
    /// <paramref name="top"/> articles by its own BM25 part in <c>fts_term_top</c> (inside the caller's transaction;
    /// the best are kept only where <see cref="Fts5Ranking"/> can be registered).
    /// </summary>
    public static void Refresh(SqliteConnection connection, SqliteTransaction transaction, int floor = StoredFloor, int top = Search.SearchBounds.RankLimit)
    {
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = Vocabulary + """
                ;
                DELETE FROM fts_term_docs;
                INSERT INTO fts_term_docs(term, docs, rows)
                SELECT term, doc, (SELECT coalesce(max(rowid), 0) FROM articles) FROM temp.articles_fts_terms WHERE doc >= @floor;
                DELETE FROM fts_term_top;
                """;
            command.Bind("@floor", floor);
            command.ExecuteNonQuery();
        }

        if (top <= 0 || !Fts5Ranking.TryRegister(connection))
        {
            return;
        }

        // One pass over each word's articles; any article count orders them as the word's BM25 part does (the idf is
        // a positive factor), ties by row as a search breaks them.
        var terms = new List<string>();
        using (var list = connection.Command("SELECT term FROM fts_term_docs", transaction))
        using (var reader = list.ExecuteReader())
        {
            while (reader.Read())
            {
                terms.Add(reader.GetString(0));
            }
        }

        using var insert = connection.Command($"""
            INSERT INTO fts_term_top(term, article, frequency, size)
            SELECT @t, rowid, {Fts5Ranking.FrequencyName}(articles_fts, {SqliteFullText.Weights}), {Fts5Ranking.SizeName}(articles_fts)
            FROM articles_fts WHERE articles_fts MATCH @q ORDER BY {Fts5Ranking.Name}(articles_fts, {SqliteFullText.Weights}, 1), rowid LIMIT @k
            """, transaction).Bind("@k", top);
        foreach (var term in terms)
        {
            insert.Bind("@t", term).Bind("@q", Search.FtsQuery.Quote(term)).ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Appends <c>SELECT rid, score</c> of a word's best <c>fts_term_top</c> articles scored as <see cref="Fts5Ranking"/>
    /// scores them now (the index's current totals, the word's count <paramref name="docs"/>) and of every article stored
    /// since they were kept, scored by the function; false when the word has no kept articles or they are stale (the
    /// store grew by more than <see cref="StaleShare"/> since).
    /// </summary>
    public static bool AppendBest(SqliteConnection connection, StringBuilder sql, DbCommand command, string term, string match, long docs)
    {
        using (var kept = connection.Command("SELECT d.rows, (SELECT coalesce(max(rowid), 0) FROM articles), EXISTS (SELECT 1 FROM fts_term_top t WHERE t.term = d.term) FROM fts_term_docs d WHERE d.term = @t").Bind("@t", term))
        using (var reader = kept.ExecuteReader())
        {
            if (!reader.Read() || reader.GetInt64(2) == 0 || reader.GetInt64(1) > reader.GetInt64(0) * (1 + StaleShare))
            {
                return false;
            }

            command.Bind("@mark", reader.GetInt64(0));
        }

        if (SqliteFullText.Totals(connection) is not var (rows, tokens))
        {
            return false;
        }

        // Fts5Ranking.Score's arithmetic in the same order: -1 * (idf * (f * (k1 + 1) / (f + k1 * (1 - b + b * size / average)))).
        var (idf, average) = Fts5Ranking.Weights(rows, tokens, docs);
        sql.Append($"""
            SELECT article AS rid, -1.0 * (@idf * (frequency * @k1p1 / (frequency + @k1 * (@omb + @b * size / @avg)))) AS score FROM fts_term_top WHERE term = @term
            UNION ALL
            SELECT articles_fts.rowid AS rid, {Fts5Ranking.Name}(articles_fts, {SqliteFullText.Weights}, @n0) AS score FROM articles_fts WHERE articles_fts MATCH @q AND articles_fts.rowid > @mark
            """);
        command.Bind("@idf", idf).Bind("@avg", average).Bind("@k1p1", Fts5Ranking.K1 + 1.0).Bind("@k1", Fts5Ranking.K1).Bind("@omb", 1 - Fts5Ranking.B).Bind("@b", Fts5Ranking.B)
            .Bind("@term", term).Bind("@n0", docs).Bind("@q", match);
        return true;
    }

    /// <summary>
    /// The number of articles holding each of these index words (as the tokenizer gives them), in order; null when a
    /// word is in none (then the index's own count decides, and the search most likely matches nothing).
    /// </summary>
    public static long[]? Counts(SqliteConnection connection, IReadOnlyList<string> terms, int floor = StoredFloor)
    {
        var counts = new long[terms.Count];
        var newest = connection.Long("SELECT coalesce(max(rowid), 0) FROM articles");
        var vocabularyReady = false;
        for (var i = 0; i < terms.Count; i++)
        {
            using (var stored = connection.Command("SELECT docs, rows FROM fts_term_docs WHERE term = @t").Bind("@t", terms[i]))
            using (var reader = stored.ExecuteReader())
            {
                if (reader.Read() && newest <= reader.GetInt64(1) * (1 + StaleShare))
                {
                    counts[i] = reader.GetInt64(0);
                    continue;
                }
            }

            var key = (connection.DataSource, terms[i]);
            if (Counted.TryGetValue(key, out var kept) && newest <= kept.Rows * (1 + StaleShare))
            {
                counts[i] = kept.Docs;
                continue;
            }

            if (!vocabularyReady)
            {
                connection.Execute(Vocabulary);
                vocabularyReady = true;
            }

            using var counted = connection.Command("SELECT doc FROM temp.articles_fts_terms WHERE term = @t").Bind("@t", terms[i]);
            counts[i] = counted.ExecuteScalar() is long n ? n : 0;
            if (counts[i] == 0)
            {
                return null;
            }

            if (counts[i] >= floor)
            {
                Counted[key] = (counts[i], newest);
            }
        }

        return counts;
    }
}
