using Dateline.Core.Layers;
using Dateline.Core.Layers.Entities;
using Dateline.Store.Bench;
using Dateline.Store.Postgres;
using Dateline.Store.Search;
using Dateline.Store.Sqlite;
using Dateline.Tests;

namespace Dateline.Store.Tests.Postgres;

/// <summary>
/// PostgreSQL ranks a one-word search's best matches of all, as SQLite does from its kept best
/// (<see cref="Sqlite.SqliteFullTextTests"/>, which checks SQLite's against bm25() over every match), and an AND
/// with a common word alike: the same stories in the same order on the same articles.
/// </summary>
public sealed class PostgresFullTextTests : IDisposable
{
    private const int Stored = 80;
    private const int Rank = 5;
    private readonly TempFolder _dir = new("dateline-pgfulltext-");
    private readonly string _address = PostgresTestServer.NewDatabase();

    public void Dispose()
    {
        PostgresTestServer.Drop(_address);
        _dir.Dispose();
    }

    [Fact]
    public void SearchesRankTheBestMatchesOfAllAsSqliteDoes()
    {
        var layers = new LayerSet([EntitiesLayer.Instance]);
        using var postgres = PostgresArticleStore.Open(_address, layers, new PostgresStoreOptions { SearchRankLimit = Rank });
        using var sqlite = SqliteArticleStore.Open(_dir.File("s.db"), layers, new SqliteStoreOptions { AssignThreads = false, SearchRankLimit = Rank });
        foreach (var store in new IArticleStore[] { postgres, sqlite })
        {
            Assert.Equal(Stored, StoreFill.Run(store, new SyntheticCollection(), Stored, batchSize: 25).Stored);
        }

        sqlite.Optimize();
        string[] queries = [SyntheticCollection.Word(0), SyntheticCollection.Word(3), SyntheticCollection.Word(25), SyntheticCollection.Word(0) + " " + SyntheticCollection.Word(1) + " " + SyntheticCollection.Word(60)];
        var newest = 0;
        foreach (var text in queries)
        {
            var query = new SearchQuery(text) { Limit = Rank };
            var expected = sqlite.Search(query);
            var hits = postgres.Search(query);
            Assert.NotEmpty(hits);
            Assert.Equal(expected.Select(h => h.Id), hits.Select(h => h.Id));
            Assert.Equal(expected.Select(h => h.Score), hits.Select(h => h.Score), (a, b) => Math.Abs(a - b) < 1e-3);
            newest += hits.Count(h => string.CompareOrdinal(h.Id, $"syn-{Stored - Rank:D7}") >= 0);
        }

        // Not merely the newest matches ranked: most of the best are older.
        Assert.True(newest < queries.Length * Rank / 2, $"{newest} of the hits are among the newest");
    }
}
