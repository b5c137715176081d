using Dateline.Store.Sqlite;
using Microsoft.Data.Sqlite;
using static Dateline.Store.Tests.Threads.ThreadFixtures;

namespace Dateline.Store.Tests.Threads;

/// <summary>SQLite stores written before threads existed get a thread for every article when first opened.</summary>
public class ThreadBackfillTests
{
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
        var detail = QueriesOf(t).Thread(story, 10)!;

        // In date order the story came first: it started the thread, the follow-up joined it.
        Assert.Equal(["story", "follow"], detail.Timeline.Select(a => a.Id));
        Assert.Null(detail.Timeline[0].Score);
        Assert.NotNull(detail.Timeline[1].Score);
        Assert.Equal(BackgroundTexts.Length + 3, AllThreads(t).Count);
    }

    [Fact]
    public void ARoundOneStoreGetsAThreadForEveryArticle()
    {
        using var folder = new TempFolder("dateline-threads-");
        var path = folder.File("round1.db");
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
}
