using static Dateline.Store.Tests.Threads.ThreadFixtures;

namespace Dateline.Store.Tests.Threads;

/// <summary>The thread tests on PostgreSQL, and the same threads as SQLite gives for the same articles.</summary>
public class PostgresThreadAssignerTests : ThreadAssignerTests
{
    protected override StoreKind Kind => StoreKind.Postgres;

    [Fact]
    public void SqliteAndPostgresThreadTheSameArticlesAlike()
    {
        using var sqlite = new TempStore(TempStore.Layers, StoreKind.Sqlite);
        using var postgres = NewStore();
        foreach (var t in new[] { sqlite, postgres })
        {
            t.Store.Write([.. Background(), Story(), Unrelated()]);
            t.Store.Write([FollowUp(), FollowUp(id: "late", date: BeyondWindow)]);
        }

        // Thread ids are the databases' own; the grouping and the similarities by which articles joined are the same.
        var (a, b) = (AllThreads(sqlite), AllThreads(postgres));
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        Assert.All(a.Keys, x => Assert.All(a.Keys, y => Assert.Equal(a[x] == a[y], b[x] == b[y])));
        var (left, right) = (sqlite.Store.Queries().Thread(a["story"], 10)!, postgres.Store.Queries().Thread(b["story"], 10)!);
        Assert.Equal(left.Timeline.Select(r => r.Id), right.Timeline.Select(r => r.Id));
        Assert.Equal(left.Timeline.Select(r => r.Score is { } v ? Math.Round(v, 9) : (double?)null), right.Timeline.Select(r => r.Score is { } v ? Math.Round(v, 9) : (double?)null));
        Assert.Equal(left.Thread.Label, right.Thread.Label);
    }
}
