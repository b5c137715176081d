using Dateline.Core.Layers;
using Dateline.Core.Layers.Entities;
using Dateline.Store.Bench;
using Dateline.Store.Search;
using Dateline.Store.Sqlite;
using Dateline.Store.Sqlite.Queries;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Tests.Sqlite;

/// <summary>
/// The search paths that avoid walking a common word's articles give the results of the plain ones: a one-word search
/// ranks its best matches of all (kept by Optimize, or every match of a rarer word) exactly as FTS5's bm25() over every
/// match; an AND with a common word, found from its selective words, matches and scores as the whole AND does.
/// </summary>
public sealed class SqliteFullTextTests : IDisposable
{
    private const int Stored = 80;
    private const int Rank = 5;
    private readonly TempFolder _dir = new("dateline-fulltext-");

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(12)]
    [InlineData(40)]
    [InlineData(200)]
    public void AOneWordSearchRanksItsBestMatchesOfAllByBm25(int rank)
    {
        var path = Filled(out var store);
        using (store)
        {
            Keep(path, floor: 10);
            var word = SyntheticCollection.Word(rank);
            var exact = Exact(path, FtsQuery.Quote(word), Rank);
            Assert.True(Matches(path, FtsQuery.Quote(word)) > Rank, "the word matches more articles than are ranked");
            var hits = store.Search(new SearchQuery(word) { Limit = Rank });
            Assert.Equal(exact.Select(e => e.Id), hits.Select(h => h.Id));
            Assert.Equal(exact.Select(e => Math.Round(-e.Score, 4)), hits.Select(h => h.Score));
        }
    }

    [Fact]
    public void TheKeptBestAreRankedWithTheArticlesStoredSince()
    {
        var path = Filled(out var store, count: Stored - 4);
        using (store)
        {
            Keep(path, floor: 10);
            Assert.Equal(4, StoreFill.Run(store, new SyntheticCollection(), Stored, batchSize: 25).Stored);
            var word = SyntheticCollection.Word(2);
            Assert.Equal(Rank, Scalar(path, "SELECT count(*) FROM fts_term_top WHERE term = @t", word));

            // The kept best and the four new articles, scored with the index as it is now and the stored count.
            var docs = Scalar(path, "SELECT docs FROM fts_term_docs WHERE term = @t", word);
            Assert.NotEqual(docs, Matches(path, FtsQuery.Quote(word)));
            var kept = Exact(path, FtsQuery.Quote(word), Stored, Rows(path, word), docs);
            var hits = store.Search(new SearchQuery(word) { Limit = Stored });
            Assert.Equal(kept.Select(e => e.Id), hits.Select(h => h.Id));
            Assert.Equal(kept.Select(e => Math.Round(-e.Score, 4)), hits.Select(h => h.Score));
        }
    }

    [Fact]
    public void OptimizeKeepsTheRankLimitsBestOfEveryCountedWord()
    {
        var path = Filled(out var store);
        using (store)
        {
            Keep(path, floor: 30);
            var counted = Scalar(path, "SELECT count(*) FROM fts_term_docs");
            Assert.True(counted > 3);
            Assert.Equal(counted * Rank, Scalar(path, "SELECT count(*) FROM fts_term_top"));
        }
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 0)]
    [InlineData(1, 3)]
    [InlineData(2, 6)]
    public void AnAndWithACommonWordIsFoundFromItsSelectiveWords(int commonWords, int selective)
    {
        var path = Filled(out var store, rank: 1000);
        using (store)
        {
            // The commonest words of the synthetic collection are in (nearly) every article.
            string[] words = [.. Enumerable.Range(0, commonWords).Select(SyntheticCollection.Word), Selective(path)[selective]];
            var match = string.Join(" AND ", words.Select(FtsQuery.Quote));
            using (var connection = Open(path))
            using (var command = connection.CreateCommand())
            {
                Assert.NotNull(SqliteFullText.Select(command, match)?.Rows);
            }

            var exact = Exact(path, match, Stored);
            Assert.NotEmpty(exact);
            var text = string.Join(' ', words);
            var hits = store.Search(new SearchQuery(text) { Limit = Stored });
            Assert.Equal(exact.Select(e => e.Id), hits.Select(h => h.Id));
            Assert.Equal(exact.Select(e => Math.Round(-e.Score, 4)), hits.Select(h => h.Score));
            Assert.All(hits, h => Assert.Contains("<mark>", h.Snippet, StringComparison.Ordinal));

            // A filtered search and the facets read the same matches; newest first lists them all.
            var source = store.Search(new SearchQuery(text) { Limit = 1 })[0].Source;
            Assert.Equal(exact.Count(e => store.Find(e.Id)!.Document.Metadata.SiteName == source), store.Search(new SearchQuery(text) { Limit = Stored, Source = source }).Count);
            var facets = SqliteArticleQueries.Open(path).Facets(new SearchQuery(text), 10);
            Assert.Equal(Matches(path, match), facets.Articles);
            Assert.Equal(exact.Count, store.Search(new SearchQuery(text) { Limit = Stored, Sort = SearchSort.Newest }).Count);
        }
    }

    [Theory]
    [InlineData("{0} OR {1}")]
    [InlineData("{0} NOT {1}")]
    [InlineData("{1} AND {1}")]
    [InlineData("{0}")]
    [InlineData("{0} AND \"{2}\"*")]
    [InlineData("{0} {1}")]
    public void OnlyAnAndOfDistinctWordsIsSplit(string form)
    {
        var path = Filled(out var store);
        using (store)
        using (var connection = Open(path))
        using (var command = connection.CreateCommand())
        {
            var rare = Selective(path)[0];
            var match = string.Format(System.Globalization.CultureInfo.InvariantCulture, form, FtsQuery.Quote(SyntheticCollection.Word(0)), FtsQuery.Quote(rare), rare[..2]);
            Assert.Equal(form == "{0} {1}", SqliteFullText.Select(command, match)?.Rows is not null);
        }
    }

    /// <summary>Keeps the counts and the best <see cref="Rank"/> of every word in at least <paramref name="floor"/> articles, as Optimize does with its floor.</summary>
    private static void Keep(string path, int floor)
    {
        using var connection = Open(path);
        using var transaction = connection.BeginTransaction();
        SqliteTermCounts.Refresh(connection, transaction, floor, Rank);
        transaction.Commit();
    }

    /// <summary>The rows kept for a word and those stored after they were kept.</summary>
    private static long[] Rows(string path, string word)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT article FROM fts_term_top WHERE term = @t UNION SELECT rowid FROM articles WHERE rowid > (SELECT rows FROM fts_term_docs WHERE term = @t)";
        command.Parameters.AddWithValue("@t", word);
        using var reader = command.ExecuteReader();
        var rows = new List<long>();
        while (reader.Read())
        {
            rows.Add(reader.GetInt64(0));
        }

        return [.. rows];
    }

    /// <summary>
    /// FTS5's bm25() over every match (or those of <paramref name="rows"/>; with <paramref name="docs"/>, the store's
    /// function with that article count), best first (ties by row); the best
    /// <paramref name="limit"/>, then near-duplicates folded into the first of their story, as a search shows them.
    /// </summary>
    private static List<(string Id, double Score)> Exact(string path, string match, int limit, long[]? rows = null, long? docs = null)
    {
        using var connection = Open(path);
        Fts5Ranking.Register(connection);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT a.id, f.score, coalesce(a.duplicate_of, a.rowid) FROM (
                SELECT rowid AS rid, {(docs is null ? "bm25(articles_fts, 10.0, 1.0)" : "dateline_bm25(articles_fts, 10.0, 1.0, @n)")} AS score FROM articles_fts WHERE articles_fts MATCH @q {(rows is null ? string.Empty : "AND rowid IN (SELECT value FROM json_each(@rows))")}
                ORDER BY score, rid LIMIT @limit) f JOIN articles a ON a.rowid = f.rid ORDER BY f.score, f.rid
            """;
        command.Parameters.AddWithValue("@q", match);
        command.Parameters.AddWithValue("@limit", limit);
        command.Parameters.AddWithValue("@rows", System.Text.Json.JsonSerializer.Serialize(rows ?? []));
        command.Parameters.AddWithValue("@n", docs ?? 0);
        using var reader = command.ExecuteReader();
        var groups = new HashSet<long>();
        var exact = new List<(string, double)>();
        while (reader.Read())
        {
            if (groups.Add(reader.GetInt64(2)))
            {
                exact.Add((reader.GetString(0), reader.GetDouble(1)));
            }
        }

        return exact;
    }

    private static long Matches(string path, string match) => Scalar(path, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH @t", match);

    private string Filled(out IArticleStore store, int count = Stored, int rank = Rank)
    {
        var path = _dir.File("s.db");
        store = SqliteArticleStore.Open(path, new LayerSet([EntitiesLayer.Instance]), new SqliteStoreOptions { AssignThreads = false, SearchRankLimit = rank });
        Assert.Equal(count, StoreFill.Run(store, new SyntheticCollection(), count, batchSize: 25).Stored);
        return path;
    }

    private static long Scalar(string path, string sql, string? term = null)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@t", term ?? string.Empty);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Words in at least 2 and fewer than a tenth of the stored articles (the split's selective words), rarest last.</summary>
    private static List<string> Selective(string path)
        => [.. Enumerable.Range(20, 400).Select(SyntheticCollection.Word).Where(w => Matches(path, FtsQuery.Quote(w)) is >= 2 and < Stored / 10)];

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        return connection;
    }
}
