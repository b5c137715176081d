using Dateline.Core.Layers;
using Dateline.Core.Layers.Entities;
using Dateline.Store.Bench;
using Dateline.Store.Search;
using Dateline.Store.Sqlite;
using Dateline.Store.Sqlite.Queries;

namespace Dateline.Store.Tests.Search;

/// <summary>The bounds on a search's work: the newest matches are ranked and counted, estimates are flagged.</summary>
public sealed class SearchBoundsTests : IDisposable
{
    private const int Stored = 60;
    private readonly TempFolder _directory = new("dateline-bounds-");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void WordsInEveryArticleAreRankedAmongTheNewestAndTheirCountsAreEstimated()
    {
        var path = Fill(new SqliteStoreOptions { SearchRankLimit = 5 }, out var store);
        using (store)
        {
            // The two commonest words are in every article: only the five newest stored are scored (one word alone is
            // ranked among all its matches: SqliteFullTextTests).
            var common = SyntheticCollection.Word(0);
            var hits = store.Search(new SearchQuery(common + " " + SyntheticCollection.Word(1)));
            Assert.InRange(hits.Count, 1, 5);
            Assert.All(hits, h => Assert.True(string.CompareOrdinal(h.Id, $"syn-{Stored - 5:D7}") >= 0, h.Id));
            Assert.All(hits, h => Assert.Contains("<mark>", h.Snippet, StringComparison.Ordinal));

            // Facets read the ten newest matches; every article matched, so the estimate is the whole store.
            var queries = SqliteArticleQueries.Open(path, new SqliteQueryOptions { FacetArticleLimit = 10 });
            var facets = queries.Facets(new SearchQuery(common), 10);
            Assert.True(facets.Approximate);
            Assert.True(facets.Capped);
            Assert.Equal(Stored, facets.Articles);
            Assert.NotEmpty(facets.Entities);
            Assert.All(facets.Sources, f => Assert.Equal(0, f.Count % 6));

            // A word in fewer articles than either bound is ranked and counted exactly.
            var exact = queries.Facets(new SearchQuery(Rare(store)), 10);
            Assert.False(exact.Approximate);
            Assert.InRange(exact.Articles, 1, 4);
        }
    }

    [Fact]
    public void FiltersApplyBeforeTheBoundSoAFilteredSearchStillFillsItsPage()
    {
        Fill(new SqliteStoreOptions { SearchRankLimit = 5 }, out var store);
        using (store)
        {
            var source = "news000.example";
            var hits = store.Search(new SearchQuery(SyntheticCollection.Word(0)) { Source = source });
            Assert.InRange(hits.Count, 2, 5);
            Assert.All(hits, h => Assert.Equal(source, h.Source));
        }
    }

    /// <summary>A word that is in one to four of the stored articles.</summary>
    [Theory]
    [InlineData(10)]
    [InlineData(12)]
    [InlineData(15)]
    [InlineData(20)]
    public void ASelectiveFilterIsAppliedToTheNewestWindowOfMatchesOnly(int window)
    {
        var path = Fill(new SqliteStoreOptions { SearchWindow = window }, out var store);
        using (store)
        {
            // Every article has the commonest word; only the newest in the window are read, and the filter keeps some of them.
            var query = new SearchQuery(SyntheticCollection.Word(0)) { Source = "news000.example" };
            var inWindow = new SyntheticCollection().Articles(Stored).Skip(Stored - window).Where(r => r.Document.Metadata.SiteName == query.Source).Select(r => r.Document.Id).ToHashSet();
            var hits = store.Search(query);
            Assert.NotEmpty(hits);
            Assert.All(hits, h => Assert.Contains(h.Id, inWindow));

            // The counts are scaled by the window's oldest row, whether or not that row passes the filter.
            var facets = SqliteArticleQueries.Open(path, new SqliteQueryOptions { Window = window }).Facets(query, 10);
            Assert.True(facets.Approximate);
            Assert.Equal(inWindow.Count * (Stored / window), facets.Articles);
        }
    }

    [Fact]
    public void TheWindowsTriedEndOnARowThatPassesTheFilterAndOnOneThatDoesNot()
    {
        // So ASelectiveFilterIsAppliedToTheNewestWindowOfMatchesOnly covers the window's last row both ways.
        var sites = new SyntheticCollection().Articles(Stored).Select(r => r.Document.Metadata.SiteName).ToList();
        var ends = new[] { 10, 12, 15, 20 }.Select(w => sites[Stored - w] == "news000.example").ToList();
        Assert.Contains(true, ends);
        Assert.Contains(false, ends);
    }

    private static string Rare(IArticleStore store)
    {
        for (var rank = 3000; ; rank++)
        {
            var word = SyntheticCollection.Word(rank);
            var n = new SyntheticCollection().Articles(Stored).Count(r => r.Document.Text.Split(' ', '.', '\n').Contains(word));
            if (n is >= 1 and <= 4 && store.Search(new SearchQuery(word)).Count > 0)
            {
                return word;
            }
        }
    }

    private string Fill(SqliteStoreOptions options, out IArticleStore store)
    {
        var path = _directory.File("s.db");
        store = SqliteArticleStore.Open(path, new LayerSet([EntitiesLayer.Instance]), options with { AssignThreads = false });
        Assert.Equal(Stored, StoreFill.Run(store, new SyntheticCollection(), Stored, batchSize: 25).Stored);
        return path;
    }
}
