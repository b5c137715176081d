using Dateline.Core.Layers;
using Dateline.Core.Layers.Entities;
using Dateline.Store.Bench;
using Dateline.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Tests.Sqlite;

/// <summary>
/// The store's own BM25 (<see cref="Fts5Ranking"/>) gives FTS5's bm25() scores when given the same article counts;
/// the counts come from the stored table while it is fresh and from the index otherwise (searches rank the same
/// with stored counts: <see cref="ArticleFiltersTests.OptimizingTheIndexChangesNoSearch"/>).
/// </summary>
public sealed class Fts5RankingTests : IDisposable
{
    private readonly TempFolder _dir = new("dateline-ranking-");

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(0, 7)]
    [InlineData(1, 30)]
    [InlineData(3, 3)]
    public void ScoresAreBm25sForTheIndexCounts(int first, int second)
    {
        var path = Filled(80);
        using var connection = Open(path);
        Fts5Ranking.Register(connection);
        Fts5Ranking.Register(connection);
        string[] words = [SyntheticCollection.Word(first), SyntheticCollection.Word(second)];
        var counts = SqliteTermCounts.Counts(connection, words);
        Assert.NotNull(counts);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT bm25(articles_fts, 10.0, 1.0), dateline_bm25(articles_fts, 10.0, 1.0, @n0, @n1)
            FROM articles_fts WHERE articles_fts MATCH @q
            """;
        command.Parameters.AddWithValue("@q", $"\"{words[0]}\" OR \"{words[1]}\"");
        command.Parameters.AddWithValue("@n0", counts[0]);
        command.Parameters.AddWithValue("@n1", counts[1]);
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
            Assert.True(reader.GetDouble(0) < 0);
            Assert.Equal(reader.GetDouble(0), reader.GetDouble(1), 12);
        }

        Assert.True(rows > 0);
    }

    [Fact]
    public void AWrongNumberOfCountsIsAnError()
    {
        var path = Filled(10);
        using var connection = Open(path);
        Fts5Ranking.Register(connection);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT dateline_bm25(articles_fts, 10.0, 1.0) FROM articles_fts WHERE articles_fts MATCH '\"{SyntheticCollection.Word(0)}\"'";
        var error = Assert.Throws<SqliteException>(() => command.ExecuteScalar());
        Assert.Contains("article count per phrase", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StoredCountsServeUntilTheStoreOutgrowsThem()
    {
        var path = Filled(60);
        using var connection = Open(path);
        using (var transaction = connection.BeginTransaction())
        {
            SqliteTermCounts.Refresh(connection, transaction, floor: 10);
            transaction.Commit();
        }

        var common = SyntheticCollection.Word(0);
        var stored = Long(connection, $"SELECT docs FROM fts_term_docs WHERE term = '{common}'");
        Assert.Equal(Long(connection, "SELECT count(*) FROM articles"), stored);
        Assert.Equal(0L, Long(connection, "SELECT count(*) FROM fts_term_docs WHERE docs < 10"));

        // The stored count is what ranking reads while fresh (a changed one shows it)...
        Long(connection, $"UPDATE fts_term_docs SET docs = 7 WHERE term = '{common}'");
        Assert.Equal<long>([7L], SqliteTermCounts.Counts(connection, [common]) ?? []);

        // ...and the index's own count once the store has grown past it; a word in no article gives no counts.
        Long(connection, $"UPDATE fts_term_docs SET rows = 1 WHERE term = '{common}'");
        Assert.Equal<long>([stored], SqliteTermCounts.Counts(connection, [common]) ?? []);
        Assert.Null(SqliteTermCounts.Counts(connection, [common, "qqqnotaword"]));
    }

    [Fact]
    public void CommonWordsCountedFromTheIndexAreKeptUntilTheStoreOutgrowsThem()
    {
        var path = Filled(50);
        using var connection = Open(path);
        var common = SyntheticCollection.Word(0);
        Assert.Equal<long>([50L], SqliteTermCounts.Counts(connection, [common], floor: 10) ?? []);

        // One more article in the index alone: the kept count still serves (the store's newest row did not move)...
        Long(connection, $"INSERT INTO articles_fts(rowid, title, text) VALUES (999, 'x', '{common}')");
        Assert.Equal<long>([50L], SqliteTermCounts.Counts(connection, [common], floor: 10) ?? []);

        // ...until the store's newest row is past a tenth more; a word under the floor is counted each time.
        Long(connection, "PRAGMA foreign_keys = OFF; UPDATE articles SET rowid = 999 WHERE rowid = (SELECT max(rowid) FROM articles)");
        Assert.Equal<long>([51L], SqliteTermCounts.Counts(connection, [common], floor: 10) ?? []);
        Assert.Equal<long>([51L], SqliteTermCounts.Counts(connection, [common], floor: 1000) ?? []);
    }

    [Fact]
    public void TheIndexCountsItsSegments()
    {
        var path = _dir.File("segments.db");
        using var store = SqliteArticleStore.Open(path, new LayerSet([EntitiesLayer.Instance]), new SqliteStoreOptions { AssignThreads = false });
        StoreFill.Run(store, new SyntheticCollection(), 40, batchSize: 4);
        using (var connection = Open(path))
        {
            Assert.InRange(SqliteFullText.Segments(connection), 2, 10);
        }

        store.Optimize();
        using (var connection = Open(path))
        {
            Assert.Equal(1, SqliteFullText.Segments(connection));
        }
    }

    [Theory]
    [InlineData("\"bada\" \"Tote\"", "bada|tote")]
    [InlineData("\"Été\" NOT \"x\"", "ete|x")]
    [InlineData("\"a\" OR \"b\" AND \"a\"", "a|b|a")]
    [InlineData("\"bada\"* \"tote\"", null)]
    [InlineData("\"u.s.\"", null)]
    [InlineData("\"new york\"", null)]
    [InlineData("bada", null)]
    [InlineData("\"a\" (\"b\")", null)]
    [InlineData("\"a\"\"b\"", null)]
    [InlineData("\"open", null)]
    [InlineData("", "")]
    public void OnlyOneWordPhrasesHaveWords(string match, string? expected)
    {
        var words = SqliteFullText.Words(match);
        Assert.Equal(expected, words is null ? null : string.Join('|', words));
    }

    private string Filled(int count)
    {
        var path = _dir.File($"s{count}.db");
        using var store = SqliteArticleStore.Open(path, new LayerSet([EntitiesLayer.Instance]), new SqliteStoreOptions { AssignThreads = false });
        StoreFill.Run(store, new SyntheticCollection(), count, batchSize: 16);
        return path;
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        return connection;
    }

    private static long Long(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() is long n ? n : 0;
    }
}
