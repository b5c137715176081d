using Dateline.Core.Layers;
using Dateline.Core.Layers.Entities;
using Dateline.Store.Bench;
using Dateline.Store.Search;
using Dateline.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Tests.Sqlite;

/// <summary>
/// Migration 6: the narrow copy of the columns a search filters by (<c>article_filters</c>) holds what the articles
/// hold, when migrated from an older store and as articles are written and changed, and optimizing the full-text
/// index (and ranking by the article counts it stores, migration 7) changes no search.
/// </summary>
public sealed class ArticleFiltersTests : IDisposable
{
    private const string Differences = """
        SELECT count(*) FROM articles a LEFT JOIN article_filters f ON f.rowid = a.rowid
        WHERE f.rowid IS NULL OR f.published IS NOT a.published OR f.site IS NOT a.site OR f.language IS NOT a.language
            OR f.url IS NOT a.url OR f.input IS NOT a.input OR f.duplicate_of IS NOT a.duplicate_of
        """;

    private readonly TempFolder _dir = new("dateline-filters-");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void EveryWrittenArticleHasItsFilterRowAndAChangeFollows()
    {
        var path = _dir.File("s.db");
        using var store = SqliteArticleStore.Open(path, new LayerSet([EntitiesLayer.Instance]), new SqliteStoreOptions { AssignThreads = false });
        Assert.Equal(40, StoreFill.Run(store, new SyntheticCollection(), 40, batchSize: 16).Stored);

        using var connection = Open(path);
        Assert.Equal(40L, Scalar(connection, "SELECT count(*) FROM article_filters"));
        Assert.True(Scalar(connection, "SELECT count(*) FROM article_filters WHERE duplicate_of IS NOT NULL") > 0);
        Assert.Equal(0L, Scalar(connection, Differences));

        // A source changed in the articles is what a filtered search now finds.
        Scalar(connection, "UPDATE articles SET site = 'moved.example' WHERE id = 'syn-0000007'");
        Assert.Equal(0L, Scalar(connection, Differences));
        var hits = store.Search(new SearchQuery(SyntheticCollection.Word(0)) { Source = "moved.example" });
        Assert.Equal(["syn-0000007"], hits.Select(h => h.Id));
    }

    [Fact]
    public void AnOlderStoreGetsTheRowsOfItsArticles()
    {
        var path = _dir.File("round1.db");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "round1-samples.db"), path);
        using (SqliteArticleStore.Open(path, TempStore.Layers))
        {
        }

        using var connection = Open(path);
        Assert.True(Scalar(connection, "SELECT count(*) FROM article_filters") > 0);
        Assert.Equal(0L, Scalar(connection, Differences));
    }

    [Fact]
    public void OptimizingTheIndexChangesNoSearch()
    {
        var path = _dir.File("s.db");
        using var store = SqliteArticleStore.Open(path, new LayerSet([EntitiesLayer.Instance]), new SqliteStoreOptions { AssignThreads = false, SearchRankLimit = 8 });
        StoreFill.Run(store, new SyntheticCollection(), 50, batchSize: 5);
        SearchQuery[] queries =
        [
            new(SyntheticCollection.Word(0)),
            new($"{SyntheticCollection.Word(1)} {SyntheticCollection.Word(40)}"),
            new(SyntheticCollection.Word(2)) { Source = "news000.example" },
            new(SyntheticCollection.Word(3)) { Sort = SearchSort.Newest, From = "2018" },
            new($"{SyntheticCollection.Word(2)} OR {SyntheticCollection.Word(5)}") { Source = "news000.example" },
            new($"{SyntheticCollection.Word(4)}*"),
        ];
        var before = queries.Select(q => Describe(store.Search(q))).ToList();
        Assert.All(before, b => Assert.NotEmpty(b));

        store.Optimize();
        Assert.Equal(before, queries.Select(q => Describe(store.Search(q))));

        // Ranking by stored article counts (Optimize keeps those of words in 1000 articles or more): every word here.
        using (var connection = Open(path))
        using (var transaction = connection.BeginTransaction())
        {
            SqliteTermCounts.Refresh(connection, transaction, floor: 1);
            transaction.Commit();
            Assert.True(Scalar(connection, "SELECT count(*) FROM fts_term_docs") > 0);
        }

        Assert.Equal(before, queries.Select(q => Describe(store.Search(q))));
    }

    private static string Describe(IReadOnlyList<SearchHit> hits)
        => string.Join("\n", hits.Select(h => $"{h.Id} {h.Score} {h.Snippet} [{string.Join(",", h.Copies)}]"));

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
