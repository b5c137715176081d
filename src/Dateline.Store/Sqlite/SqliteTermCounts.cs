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

    /// <summary>Counts the articles of every word in at least <paramref name="floor"/> of them (inside the caller's transaction).</summary>
    public static void Refresh(SqliteConnection connection, SqliteTransaction transaction, int floor = StoredFloor)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Vocabulary + """
            ;
            DELETE FROM fts_term_docs;
            INSERT INTO fts_term_docs(term, docs, rows)
            SELECT term, doc, (SELECT coalesce(max(rowid), 0) FROM articles) FROM temp.articles_fts_terms WHERE doc >= @floor;
            """;
        command.Bind("@floor", floor);
        command.ExecuteNonQuery();
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
