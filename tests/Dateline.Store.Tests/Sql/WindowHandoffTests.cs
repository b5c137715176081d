using System.Text.Json;
using Dateline.Core.Layers;
using Dateline.Core.Layers.Entities;
using Dateline.Store.Bench;
using Dateline.Store.Search;
using Dateline.Store.Sql;
using Dateline.Store.Sqlite;
using Dateline.Store.Sqlite.Queries;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Tests.Sql;

/// <summary>A filtered search hands its window to the facets of the same query, which count exactly what they count alone.</summary>
public sealed class WindowHandoffTests : IDisposable
{
    private const int Stored = 60;
    private const int Limit = 5;
    private readonly TempFolder _directory = new("dateline-handoff-");

    public void Dispose() => _directory.Dispose();

    /// <summary>Windows whose last row passes the source filter and windows whose last row does not (SearchBoundsTests).</summary>
    [Theory]
    [InlineData(10)]
    [InlineData(12)]
    [InlineData(15)]
    [InlineData(20)]
    [InlineData(5_000)]
    public void FacetsFromTheSearchsWindowEqualFacetsThatReadItAgain(int window)
    {
        var path = _directory.File($"w{window}.db");
        using var store = SqliteArticleStore.Open(path, new LayerSet([EntitiesLayer.Instance]), new SqliteStoreOptions { AssignThreads = false, SearchRankLimit = Limit, SearchWindow = window });
        Assert.Equal(Stored, StoreFill.Run(store, new SyntheticCollection(), Stored, batchSize: 25).Stored);
        var queries = SqliteArticleQueries.Open(path, new SqliteQueryOptions { FacetArticleLimit = Limit, Window = window });
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
        connection.Open();

        var common = SyntheticCollection.Word(0);
        var checkedQueries = new List<SearchQuery>();
        foreach (var source in new[] { "news000.example", "news001.example", "news007.example", "nowhere.example" })
        {
            checkedQueries.Add(new SearchQuery(common) { Source = source });
            checkedQueries.Add(new SearchQuery(common + " " + SyntheticCollection.Word(1)) { Source = source });
        }

        checkedQueries.Add(new SearchQuery(common) { From = "2020" });
        checkedQueries.Add(new SearchQuery(common) { From = "2016", To = "2017" });
        foreach (var query in checkedQueries)
        {
            // Alone: nothing handed, the facets read the window themselves.
            var key = WindowHandoff.For(connection, query, FtsQuery.MatchFor(query), Stored, Limit, window);
            Assert.Null(WindowHandoff.Take(key));
            var alone = JsonSerializer.Serialize(queries.Facets(query, 10));

            // After the search: it handed its window (taken here to see it), then again, and the facets took it.
            store.Search(query);
            Assert.NotNull(WindowHandoff.Take(key));
            store.Search(query);
            var handed = JsonSerializer.Serialize(queries.Facets(query, 10));
            Assert.Null(WindowHandoff.Take(key));
            Assert.Equal(alone, handed);
        }
    }

    [Fact]
    public void AnArticleStoredAfterTheSearchMakesTheFacetsReadTheWindowAgain()
    {
        var path = _directory.File("grow.db");
        using var store = SqliteArticleStore.Open(path, new LayerSet([EntitiesLayer.Instance]), new SqliteStoreOptions { AssignThreads = false, SearchRankLimit = Limit });
        var articles = new SyntheticCollection().Articles(Stored + 1).ToList();
        store.Write([.. articles.Take(Stored)]);
        var queries = SqliteArticleQueries.Open(path, new SqliteQueryOptions { FacetArticleLimit = Limit });
        var query = new SearchQuery(SyntheticCollection.Word(0)) { Source = articles[Stored].Document.Metadata.SiteName };

        store.Search(query);
        store.Write([articles[Stored]]);

        // The new article passes the filter and is the newest match: the facets count it, as they do alone.
        var after = queries.Facets(query, 10);
        Assert.Equal(JsonSerializer.Serialize(queries.Facets(query, 10)), JsonSerializer.Serialize(after));
        Assert.Contains(after.Sources, s => s.Value == query.Source);
    }

    [Fact]
    public void AnEntryIsTakenOnceAndOnlyByItsOwnKey()
    {
        var key = new WindowHandoff.Key("store", "\"w\"", "f", 10, Limit, 100);
        WindowHandoff.Put(key, new WindowHandoff.Window([9, 7], 3));
        Assert.Equal([9L, 7L], WindowHandoff.Take(key)!.Passed);
        Assert.Null(WindowHandoff.Take(key));

        // Other bounds or another newest article are other keys.
        WindowHandoff.Put(key, new WindowHandoff.Window([9], null));
        Assert.Null(WindowHandoff.Take(key with { Limit = Limit + 1 }));
        Assert.Null(WindowHandoff.Take(key with { Newest = 11 }));
        Assert.NotNull(WindowHandoff.Take(key));
    }

    [Fact]
    public void WhenTooManyWaitTheOldestAreDroppedAndTheNewestKept()
    {
        var keys = Enumerable.Range(0, 80).Select(i => new WindowHandoff.Key("many", "\"w\"", "f" + i, 10, Limit, 100)).ToList();
        foreach (var key in keys)
        {
            WindowHandoff.Put(key, new WindowHandoff.Window([1], null));
        }

        Assert.NotNull(WindowHandoff.Take(keys[^1]));
        Assert.Null(WindowHandoff.Take(keys[0]));
    }

    [Fact]
    public void SearchesPuttingAtOnceWhileTheOldestAreDroppedDoNotThrow()
    {
        // Eviction ordered the live dictionary, whose copy throws when another thread adds between its count and its
        // copy (a CI run of 2026-12-06); many threads adding past the limit at once reach that window.
        var errors = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            for (int i = 0; i < 20000; i++)
            {
                try
                {
                    WindowHandoff.Put(new WindowHandoff.Key("race", "\"w\"", $"t{t}-{i}", 10, Limit, 100), new WindowHandoff.Window([1], null));
                }
                catch (Exception e)
                {
                    errors.Add(e);
                }
            }
        });

        Assert.Empty(errors);
    }
}
