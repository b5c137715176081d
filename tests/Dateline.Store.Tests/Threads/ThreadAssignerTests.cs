using Dateline.Store.Queries;
using Dateline.Store.Sqlite;
using Dateline.Store.Sqlite.Queries;
using Dateline.Store.Threads;
using Microsoft.Data.Sqlite;
using static Dateline.Store.Tests.Threads.ThreadFixtures;

namespace Dateline.Store.Tests.Threads;

public class ThreadAssignerTests
{
    [Fact]
    public void TwoArticlesOfOneStoryDaysApartShareAThreadAndAnUnrelatedOneDoesNot()
    {
        using var t = new TempStore();
        t.Store.Write([.. Background(), Story(), Unrelated(), FollowUp()]);

        var story = ThreadOf(t, "story");
        Assert.Equal(story, ThreadOf(t, "follow"));
        Assert.NotEqual(story, ThreadOf(t, "festival"));
        Assert.All(Enumerable.Range(0, BackgroundTexts.Length), i => Assert.NotEqual(story, ThreadOf(t, $"bg{i}")));
    }

    [Fact]
    public void AnArticleBeyondTheWindowStartsAThreadOfItsOwn()
    {
        using var t = new TempStore();
        t.Store.Write([.. Background(), Story(), FollowUp(id: "late", date: BeyondWindow)]);

        Assert.NotEqual(ThreadOf(t, "story"), ThreadOf(t, "late"));
    }

    [Fact]
    public void TheWindowIsAnOptionAndUndatedArticlesHaveNone()
    {
        using var t = new TempStore();
        var wide = ThreadOptions.Default with { WindowDays = ThreadOptions.Default.WindowDays + 60 };
        using var store = SqliteArticleStore.Open(Path.Combine(t.Directory, "wide.db"), TempStore.Layers, SqliteStoreOptions.Default with { Threads = wide });
        store.Write([.. Background(), Story(), FollowUp(id: "late", date: BeyondWindow)]);
        store.Write([Articles.Record(Articles.Make("undated", "Narva convoys grow as Putin keeps the garrison", FollowUpText + "\n\nNo date was given.", null, "Blog"))]);

        var thread = store.Find("story")!.Thread;
        Assert.Equal(thread, store.Find("late")!.Thread);
        Assert.Equal(thread, store.Find("undated")!.Thread);
    }

    [Fact]
    public void ANearDuplicateJoinsItsOriginalsThreadEvenBeyondTheWindow()
    {
        using var t = new TempStore();
        var copyText = StoryText + "\n\nThis story was first published by Wire.";
        t.Store.Write([.. Background(), Story()]);
        var summary = t.Store.Write([Articles.Record(Articles.Make("copy", "Kremlin keeps troops at Narva", copyText, BeyondWindow, "Herald"))]);

        Assert.Equal(1, summary.NearDuplicates);
        var copy = t.Store.Find("copy")!;
        Assert.Equal("story", copy.DuplicateOf);
        Assert.Equal(ThreadOf(t, "story"), copy.Thread);
        var timeline = Queries(t).Thread(copy.Thread!.Value, 10)!.Timeline;
        Assert.Equal(["story", "copy"], timeline.Select(a => a.Id));
        Assert.Null(timeline[1].Score);
        Assert.Equal("story", timeline[1].DuplicateOf);
    }

    [Fact]
    public void ALaterBatchJoinsTheThreadsStoredBeforeWithoutMovingThem()
    {
        using var t = new TempStore();
        t.Store.Write([.. Background(), Story(), Unrelated()]);
        var before = AllThreads(t);
        t.Reopen();
        t.Store.Write([FollowUp()]);

        Assert.Equal(ThreadOf(t, "story"), ThreadOf(t, "follow"));
        var after = AllThreads(t);
        Assert.All(before, kv => Assert.Equal(kv.Value, after[kv.Key]));
        var detail = Queries(t).Thread(ThreadOf(t, "story"), 10)!;
        Assert.Equal(2, detail.Thread.Articles);
        Assert.Equal(StoryDate, detail.Thread.FirstPublished);
        Assert.Equal(Days(StoryDate, 3), detail.Thread.LastPublished);
        Assert.NotNull(detail.Timeline[1].Score);
        Assert.True(detail.Timeline[1].Score >= ThreadOptions.Default.JoinThreshold);
    }

    [Fact]
    public void TheSameArticlesInTheSameOrderGiveTheSameThreads()
    {
        using var a = new TempStore();
        using var b = new TempStore();
        foreach (var store in new[] { a, b })
        {
            store.Store.Write([.. Background(), Story(), Unrelated()]);
            store.Store.Write([FollowUp(), FollowUp(id: "late", date: BeyondWindow)]);
        }

        Assert.Equal(AllThreads(a), AllThreads(b));
    }

    [Fact]
    public void AStoreWithoutThreadsIsThreadedInDateOrderWhenOpened()
    {
        using var t = new TempStore();

        // Written out of date order: the follow-up first. Then made a store of schema version 4, without thread tables.
        t.Store.Write([FollowUp(), Unrelated(), .. Background()]);
        t.Store.Write([Story()]);
        using (var c = new SqliteConnection($"Data Source={t.Path};Pooling=False"))
        {
            c.Open();
            using var command = c.CreateCommand();
            command.CommandText = "DROP TABLE article_threads; DROP TABLE threads; DROP TABLE thread_features; DROP TABLE thread_term_df; DROP TABLE thread_collection; PRAGMA user_version = 4;";
            command.ExecuteNonQuery();
        }

        t.Reopen();

        var story = ThreadOf(t, "story");
        Assert.Equal(story, ThreadOf(t, "follow"));
        Assert.NotEqual(story, ThreadOf(t, "festival"));
        var detail = Queries(t).Thread(story, 10)!;

        // In date order the story came first: it started the thread, the follow-up joined it.
        Assert.Equal(["story", "follow"], detail.Timeline.Select(a => a.Id));
        Assert.Null(detail.Timeline[0].Score);
        Assert.NotNull(detail.Timeline[1].Score);
        Assert.Equal(BackgroundTexts.Length + 3, AllThreads(t).Count);
    }

    [Fact]
    public void ARoundOneStoreGetsAThreadForEveryArticle()
    {
        var dir = Directory.CreateTempSubdirectory("dateline-threads-").FullName;
        try
        {
            var path = Path.Combine(dir, "round1.db");
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "round1-samples.db"), path);
            using (var store = SqliteArticleStore.Open(path, TempStore.Layers))
            {
                using var c = new SqliteConnection($"Data Source={path}");
                c.Open();
                using var command = c.CreateCommand();
                command.CommandText = "SELECT count(*), (SELECT count(*) FROM article_threads), (SELECT sum(article_count) FROM threads) FROM articles";
                using var r = command.ExecuteReader();
                r.Read();
                Assert.True(r.GetInt64(0) > 0);
                Assert.Equal(r.GetInt64(0), r.GetInt64(1));
                Assert.Equal(r.GetInt64(0), r.GetInt64(2));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static long ThreadOf(TempStore t, string id) => t.Store.Find(id)?.Thread ?? throw new InvalidOperationException($"{id} has no thread");

    private static IArticleQueries Queries(TempStore t) => t.Store.Queries();

    private static Dictionary<string, long> AllThreads(TempStore t)
    {
        using var c = new SqliteConnection($"Data Source={t.Path}");
        c.Open();
        using var command = c.CreateCommand();
        command.CommandText = "SELECT a.id, t.thread FROM articles a JOIN article_threads t ON t.article = a.rowid";
        using var r = command.ExecuteReader();
        var threads = new Dictionary<string, long>(StringComparer.Ordinal);
        while (r.Read())
        {
            threads[r.GetString(0)] = r.GetInt64(1);
        }

        return threads;
    }
}
