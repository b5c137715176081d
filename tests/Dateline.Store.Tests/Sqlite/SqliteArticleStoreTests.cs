using Dateline.Store.Search;
using Dateline.Store.Sqlite;

namespace Dateline.Store.Tests.Sqlite;

/// <summary>The store contract on SQLite, and what only the SQLite store does (FTS5's own syntax, the file).</summary>
public class SqliteArticleStoreTests : ArticleStoreContract
{
    protected override StoreKind Kind => StoreKind.Sqlite;

    [Theory]
    [InlineData("AND OR (")]
    [InlineData("\"unclosed")]
    [InlineData("nosuchcolumn:word")]
    public void RawSyntaxErrorsAreExplained(string query)
    {
        using var t = NewStore();
        t.Store.Write([Articles.Record(Articles.Make("a", "Putin keeps troops", PutinText))]);
        var e = Assert.Throws<SearchSyntaxException>(() => t.Store.Search(new SearchQuery(query) { Raw = true }));
        Assert.Contains("not valid search syntax", e.Message, StringComparison.Ordinal);
        Assert.Equal(["a"], t.Store.Search(new SearchQuery("troops OR gas") { Raw = true }).Select(h => h.Id));
    }

    [Fact]
    public void NotADatabaseGivesAStoreException()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, new string('x', 5000));
        try
        {
            Assert.Throws<StoreException>(() => SqliteArticleStore.Open(path, TempStore.Layers).Dispose());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
