using System.Text;
using Dateline.Core.Layers;
using Dateline.Core.Layers.Entities;
using Dateline.Store.Bench;
using Dateline.Store.Search;
using Dateline.Store.Sql;
using Dateline.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Tests.Sqlite;

/// <summary>
/// Migration 11: the index of <c>article_filters</c>' narrow columns by row (<see cref="SqlSearch.FilterKeys"/>) is
/// made on a new store and on an older store's next open; a search's window reads it when no source filter is given
/// (the source filter reads url and input, which it does not hold), and what a filtered search and its facets find is
/// what the filters say.
/// </summary>
public sealed class ArticleFilterKeysTests : IDisposable
{
    private const int Stored = 60;
    private readonly TempFolder _dir = new("dateline-filter-keys-");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void ANewStoreHasTheIndexOfTheNarrowColumnsByRow()
    {
        var path = Filled("new.db");
        using var connection = Open(path);
        Assert.Equal(["rowid", "published", "site", "language", "duplicate_of"], IndexColumns(connection));
    }

    [Fact]
    public void AStoreOfVersion10GetsTheIndexOnItsNextOpenAndFiltersAsBefore()
    {
        var path = Filled("v10.db");
        var query = new SearchQuery(SyntheticCollection.Word(0)) { From = "2020" };
        string before;
        using (var store = SqliteArticleStore.Open(path, Layers, new SqliteStoreOptions { AssignThreads = false }))
        {
            before = Describe(store.Search(query));
        }

        using (var connection = Open(path))
        {
            Execute(connection, $"DROP INDEX {SqlSearch.FilterKeys}; PRAGMA user_version = 10");
            Assert.Empty(IndexColumns(connection));
        }

        using (var store = SqliteArticleStore.Open(path, Layers, new SqliteStoreOptions { AssignThreads = false }))
        {
            Assert.Equal(before, Describe(store.Search(query)));
        }

        using var migrated = Open(path);
        Assert.Equal((long)SqliteMigrations.Latest, Scalar(migrated, "PRAGMA user_version"));
        Assert.Equal(["rowid", "published", "site", "language", "duplicate_of"], IndexColumns(migrated));
    }

    [Theory]
    [InlineData("2020", null, true)]
    [InlineData(null, null, true)]
    [InlineData(null, "news001.example", false)]
    [InlineData("2018", "news000.example", false)]
    public void TheWindowReadsTheIndexUnlessASourceIsGiven(string? from, string? source, bool covered)
    {
        var path = Filled("plan.db");
        var query = new SearchQuery(SyntheticCollection.Word(0)) { From = from, Source = source };
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        var sql = new StringBuilder("EXPLAIN QUERY PLAN ");
        SqlSearch.AppendWindowed(sql, command, query, FtsQuery.MatchFor(query), SqliteDialect.Instance, "a.rowid, a.published, a.site, a.duplicate_of", "@rank", lastRowOfWindow: true);
        command.Parameters.AddWithValue("@rank", 10);
        command.Parameters.AddWithValue("@window", 100);
        command.CommandText = sql.ToString();
        var plan = new StringBuilder();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                plan.AppendLine(reader.GetString(3));
            }
        }

        Assert.Equal(covered, plan.ToString().Contains($"COVERING INDEX {SqlSearch.FilterKeys}", StringComparison.Ordinal));
    }

    [Fact]
    public void AYearFilteredSearchAndItsFacetsFindWhatTheFilterSays()
    {
        var path = Filled("year.db");
        using var store = SqliteArticleStore.Open(path, Layers, new SqliteStoreOptions { AssignThreads = false, SearchRankLimit = 200 });
        var word = SyntheticCollection.Word(0);
        var query = new SearchQuery(word) { From = "2020", Limit = 200 };

        using var connection = Open(path);
        using var expected = connection.CreateCommand();
        expected.CommandText = """
            SELECT count(*), count(DISTINCT coalesce(a.duplicate_of, a.rowid)) FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
            WHERE articles_fts MATCH $q AND substr(a.published, 1, 10) >= '2020'
            """;
        expected.Parameters.AddWithValue("$q", FtsQuery.MatchFor(query));
        long articles, stories;
        using (var reader = expected.ExecuteReader())
        {
            reader.Read();
            (articles, stories) = (reader.GetInt64(0), reader.GetInt64(1));
        }

        Assert.InRange(articles, 2, Stored - 1);
        var hits = store.Search(query);
        Assert.Equal(stories, hits.Count);
        Assert.All(hits, h => Assert.True(string.CompareOrdinal(h.Published, "2020") >= 0, h.Published));
        var facets = store.Queries().Facets(query, 10);
        Assert.Equal(articles, facets.Articles);
        Assert.Equal(articles, facets.Dates.Sum(d => d.Count));
    }

    private static LayerSet Layers => new([EntitiesLayer.Instance]);

    private string Filled(string name)
    {
        var path = _dir.File(name);
        using var store = SqliteArticleStore.Open(path, Layers, new SqliteStoreOptions { AssignThreads = false });
        Assert.Equal(Stored, StoreFill.Run(store, new SyntheticCollection(), Stored, batchSize: 25).Stored);
        return path;
    }

    private static string Describe(IReadOnlyList<SearchHit> hits)
        => string.Join("\n", hits.Select(h => $"{h.Id} {h.Score} {h.Published} {h.Snippet} [{string.Join(",", h.Copies)}]"));

    private static List<string> IndexColumns(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_index_info($index) ORDER BY seqno";
        command.Parameters.AddWithValue("$index", SqlSearch.FilterKeys);
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
