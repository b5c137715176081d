using Dateline.Store.Postgres;
using Dateline.Store.Search;
using Dateline.Tests;

namespace Dateline.Store.Tests.Postgres;

/// <summary>The store contract on PostgreSQL, and what only the PostgreSQL store does (addresses, concurrent writers, tsquery syntax).</summary>
public class PostgresArticleStoreTests : ArticleStoreContract
{
    protected override StoreKind Kind => StoreKind.Postgres;

    [Fact]
    public async Task TwoProcessesWritingTheSameArticlesStoreEachOnce()
    {
        using var t = NewStore();
        using var second = StoreAddress.Open(t.Path, TempStore.Layers);
        var records = Enumerable.Range(0, 12).Select(i => Articles.Record(Articles.Make($"a{i}", $"Story {i}", $"Report number {i}. " + PutinText, "2022-03-14", "Wire"))).ToList();

        // Both write every record at once: the advisory lock orders the transactions and content hashes skip what the other stored.
        var writes = await Task.WhenAll(new[] { t.Store, second }.Select(store => Task.Run(() => store.Write(records))));

        Assert.Equal(12, writes.Sum(w => w.Stored));
        Assert.Equal(12, writes.Sum(w => w.Skipped));
        Assert.Equal(12, t.Store.Stats().Articles);
    }

    [Fact]
    public void AMissingDatabaseIsCreated()
    {
        var address = new UriBuilder(PostgresTestServer.Maintenance) { Path = "/dateline_test_created_" + Guid.NewGuid().ToString("N")[..8] }.Uri.ToString();
        try
        {
            using var store = StoreAddress.Open(address, TempStore.Layers);
            store.Write([Articles.Record(Articles.Make("a", "One", PutinText))]);
            Assert.Equal(1, store.Stats().Articles);
        }
        finally
        {
            PostgresTestServer.Drop(address);
        }
    }

    [Theory]
    [InlineData("postgres://127.0.0.1:1/dateline", "cannot open the store")]
    [InlineData("postgres://host-only", "not a PostgreSQL address")]
    public void UnusableAddressesGiveAStoreExceptionNamingThem(string address, string reason)
    {
        var e = Assert.Throws<StoreException>(() => StoreAddress.Open(address, TempStore.Layers).Dispose());
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.StartsWith(address, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PasswordsAreNotPrinted()
        => Assert.Equal("postgres://me:***@db:5432/news", StoreAddress.Describe("postgres://me:secret@db:5432/news"));

    [Fact]
    public void RawSyntaxIsTsquery()
    {
        using var t = NewStore();
        t.Store.Write([Articles.Record(Articles.Make("a", "Putin keeps troops", PutinText)), Articles.Record(Articles.Make("c", "Merkel and gas", MerkelText))]);
        Assert.Equal(["a"], t.Store.Search(new SearchQuery("troops & !gas") { Raw = true }).Select(h => h.Id));
        var e = Assert.Throws<SearchSyntaxException>(() => t.Store.Search(new SearchQuery("troops & (") { Raw = true }));
        Assert.Contains("not valid search syntax", e.Message, StringComparison.Ordinal);
    }
}
