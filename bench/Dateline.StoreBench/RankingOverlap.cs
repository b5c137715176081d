using System.Globalization;
using Dateline.Core.Layers;
using Dateline.Store.Search;
using Dateline.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dateline.StoreBench;

/// <summary>
/// `overlap STORE [PER-BAND] [SEED]`: how many of the exact 20 best of a one-word search (FTS5's bm25() over every
/// match, near-duplicates folded) the store's search returns, and how many the bounded ranking of session 4 (the best
/// of the newest 300 matches) did, for words drawn at random (fixed seed) from bands of article counts (issue 20).
/// </summary>
public static class RankingOverlap
{
    private const int Page = 20;
    private const int Newest = 300;
    private static readonly (int From, int To)[] Bands = [(300, 1_000), (1_000, 5_000), (5_000, 20_000), (20_000, int.MaxValue)];

    public static void Run(string path, int perBand, int seed, TextWriter output)
    {
        using var store = SqliteArticleStore.Open(path, LayerSet.Empty, new SqliteStoreOptions { AssignThreads = false });
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        connection.Open();
        Execute(connection, "CREATE VIRTUAL TABLE temp.overlap_terms USING fts5vocab(main, articles_fts, 'row')");
        foreach (var (from, to) in Bands)
        {
            var words = new List<string>();
            using (var command = connection.CreateCommand())
            {
                // A fixed pseudo-random order: the word's characters hashed with the seed.
                command.CommandText = "SELECT term FROM temp.overlap_terms WHERE doc >= @from AND doc < @to";
                command.Parameters.AddWithValue("@from", from);
                command.Parameters.AddWithValue("@to", to);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    words.Add(reader.GetString(0));
                }
            }

            var drawn = words.OrderBy(w => Hash(w, seed)).Take(perBand).ToList();
            double store20 = 0, bounded20 = 0;
            foreach (var word in drawn)
            {
                var exact = Folded(connection, word, int.MaxValue);
                var bounded = Folded(connection, word, Newest);
                var searched = store.Search(new SearchQuery(word) { Limit = Page }).Select(h => h.Id).ToHashSet();
                store20 += (double)exact.Count(searched.Contains) / Math.Max(1, exact.Count);
                bounded20 += (double)exact.Count(bounded.Contains) / Math.Max(1, exact.Count);
            }

            var band = to == int.MaxValue ? $">= {from}" : $"{from}-{to - 1}";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"articles {band,-12} {drawn.Count,3} words: store's search {100 * store20 / Math.Max(1, drawn.Count),5:0.0} %, best of newest {Newest} {100 * bounded20 / Math.Max(1, drawn.Count),5:0.0} %"));
        }
    }

    /// <summary>The ids of the 20 best by bm25() of the word's newest <paramref name="newest"/> matches (all: every match), near-duplicates folded.</summary>
    private static List<string> Folded(SqliteConnection connection, string word, int newest)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.id, coalesce(a.duplicate_of, a.rowid) FROM (
                SELECT rid, score FROM (SELECT rowid AS rid, bm25(articles_fts, 10.0, 1.0) AS score FROM articles_fts WHERE articles_fts MATCH @q ORDER BY rowid DESC LIMIT @newest)
                ORDER BY score, rid LIMIT @keep) f JOIN articles a ON a.rowid = f.rid ORDER BY f.score, f.rid
            """;
        command.Parameters.AddWithValue("@q", FtsQuery.Quote(word));
        command.Parameters.AddWithValue("@newest", newest);
        command.Parameters.AddWithValue("@keep", Page * 4);
        using var reader = command.ExecuteReader();
        var groups = new HashSet<long>();
        var ids = new List<string>();
        while (reader.Read() && ids.Count < Page)
        {
            if (groups.Add(reader.GetInt64(1)))
            {
                ids.Add(reader.GetString(0));
            }
        }

        return ids;
    }

    private static uint Hash(string word, int seed)
    {
        var h = 2166136261u ^ (uint)seed;
        foreach (var c in word)
        {
            h = (h ^ c) * 16777619u;
        }

        return h;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
