using Dateline.Store.Postgres;
using Dateline.Store.Sqlite;
using Dateline.Store.Threads;
using static Dateline.Store.Tests.Threads.ThreadFixtures;

namespace Dateline.Store.Tests.Threads;

/// <summary>
/// How articles are threaded, on SQLite here and on PostgreSQL in <see cref="PostgresThreadAssignerTests"/>, which runs
/// these same tests: both stores share one <see cref="ThreadAssigner"/>. Stores from before threads:
/// <see cref="ThreadBackfillTests"/>.
/// </summary>
public class ThreadAssignerTests
{
    protected virtual StoreKind Kind => StoreKind.Sqlite;

    protected TempStore NewStore() => new(TempStore.Layers, Kind);

    /// <summary>A store of this kind at <paramref name="t"/>'s address or beside it, opened with other thread options.</summary>
    protected IArticleStore OpenWith(TempStore t, ThreadOptions threads) => Kind == StoreKind.Postgres
        ? PostgresArticleStore.Open(t.Path, TempStore.Layers, PostgresStoreOptions.Default with { Threads = threads })
        : SqliteArticleStore.Open(Path.Combine(t.Directory, "options.db"), TempStore.Layers, SqliteStoreOptions.Default with { Threads = threads });

    [Fact]
    public void ADayNumberComparesAsTheDaysTextAndOnlyAStoredDayHasOne()
    {
        string[] days = ["2024-03-01", "2024-02-29", "0999-12-31", "1000-01-01", "2024-13-45", "9999-12-31", "2023-12-31", "2024-03-01T10:00:00Z"];
        foreach (var a in days)
        {
            foreach (var b in days)
            {
                Assert.Equal(Math.Sign(string.CompareOrdinal(a[..10], b[..10])), ThreadAssigner.DayNumber(a).CompareTo(ThreadAssigner.DayNumber(b)));
            }
        }

        Assert.Equal(20240301, ThreadAssigner.DayNumber("2024-03-01T10:00:00Z"));
        Assert.All(new[] { null, "", "2024-03", "2024/03/01", "2024-03-0x", "２０２４-03-01", "March 1, 2024" }, text => Assert.Equal(ThreadAssigner.NoDay, ThreadAssigner.DayNumber(text)));
    }

    [Fact]
    public void APostingKeepsItsThreadOrItsLackOfOneIn32Bytes()
    {
        Assert.Equal(32, System.Runtime.CompilerServices.Unsafe.SizeOf<ThreadAssigner.Posting>());
        var placed = new ThreadAssigner.Posting(7, 0.25, 0, 20240301);
        var before = new ThreadAssigner.Posting(7, 0.25, null, ThreadAssigner.NoDay);
        Assert.Equal((7L, 0.25, 0L, 20240301), (placed.Article, placed.Weight, placed.Thread, placed.Day));
        Assert.Null(before.Thread);
        Assert.Equal(ThreadAssigner.NoDay, before.Day);
    }

    [Fact]
    public void TwoArticlesOfOneStoryDaysApartShareAThreadAndAnUnrelatedOneDoesNot()
    {
        using var t = NewStore();
        t.Store.Write([.. Background(), Story(), Unrelated(), FollowUp()]);

        var story = ThreadOf(t, "story");
        Assert.Equal(story, ThreadOf(t, "follow"));
        Assert.NotEqual(story, ThreadOf(t, "festival"));
        Assert.All(Enumerable.Range(0, BackgroundTexts.Length), i => Assert.NotEqual(story, ThreadOf(t, $"bg{i}")));
    }

    [Fact]
    public void AnArticleBeyondTheWindowStartsAThreadOfItsOwn()
    {
        using var t = NewStore();
        t.Store.Write([.. Background(), Story(), FollowUp(id: "late", date: BeyondWindow)]);

        Assert.NotEqual(ThreadOf(t, "story"), ThreadOf(t, "late"));
    }

    [Fact]
    public void TheWindowIsAnOptionAndUndatedArticlesHaveNone()
    {
        using var t = NewStore();
        var wide = ThreadOptions.Default with { WindowDays = ThreadOptions.Default.WindowDays + 60 };
        using var store = OpenWith(t, wide);
        store.Write([.. Background(), Story(), FollowUp(id: "late", date: BeyondWindow)]);
        store.Write([Articles.Record(Articles.Make("undated", "Narva convoys grow as Putin keeps the garrison", FollowUpText + "\n\nNo date was given.", null, "Blog"))]);

        var thread = store.Find("story")!.Thread;
        Assert.Equal(thread, store.Find("late")!.Thread);
        Assert.Equal(thread, store.Find("undated")!.Thread);
    }

    [Fact]
    public void AnArticleFindsTheStoryInItsWindowWhenTheNewestArticleWithItsWordsIsBeyondIt()
    {
        // One posting per feature: every rare word of the recap was last used by "late", beyond the window, so the
        // postings the batch keeps cannot answer it and the windowed read must find the story.
        using var t = NewStore();
        using var store = OpenWith(t, ThreadOptions.Default with { MaxPostingsPerFeature = 1 });
        const string recap = "Vladimir Putin ordered troops of the garrison to remain at the Narva border crossing, the Kremlin said.\n\n" +
            "Estonian border guards at the Narva bridge counted armoured convoys near Ivangorod.";
        store.Write([.. Background(), Story(), FollowUp(id: "late", date: BeyondWindow),
            Articles.Record(Articles.Make("recap", "Putin keeps the Narva garrison", recap, Days(StoryDate, 2), "Daily"))]);

        var thread = store.Find("story")!.Thread;
        Assert.NotEqual(thread, store.Find("late")!.Thread);
        Assert.Null(store.Find("recap")!.DuplicateOf);
        Assert.Equal(thread, store.Find("recap")!.Thread);
    }

    [Fact]
    public void ANearDuplicateJoinsItsOriginalsThreadEvenBeyondTheWindow()
    {
        using var t = NewStore();
        var copyText = StoryText + "\n\nThis story was first published by Wire.";
        t.Store.Write([.. Background(), Story()]);
        var summary = t.Store.Write([Articles.Record(Articles.Make("copy", "Kremlin keeps troops at Narva", copyText, BeyondWindow, "Herald"))]);

        Assert.Equal(1, summary.NearDuplicates);
        var copy = t.Store.Find("copy")!;
        Assert.Equal("story", copy.DuplicateOf);
        Assert.Equal(ThreadOf(t, "story"), copy.Thread);
        var timeline = QueriesOf(t).Thread(copy.Thread!.Value, 10)!.Timeline;
        Assert.Equal(["story", "copy"], timeline.Select(a => a.Id));
        Assert.Null(timeline[1].Score);
        Assert.Equal("story", timeline[1].DuplicateOf);
    }

    [Fact]
    public void ALaterBatchJoinsTheThreadsStoredBeforeWithoutMovingThem()
    {
        using var t = NewStore();
        t.Store.Write([.. Background(), Story(), Unrelated()]);
        var before = AllThreads(t);
        t.Reopen();
        t.Store.Write([FollowUp()]);

        Assert.Equal(ThreadOf(t, "story"), ThreadOf(t, "follow"));
        var after = AllThreads(t);
        Assert.All(before, kv => Assert.Equal(kv.Value, after[kv.Key]));
        var detail = QueriesOf(t).Thread(ThreadOf(t, "story"), 10)!;
        Assert.Equal(2, detail.Thread.Articles);
        Assert.Equal(StoryDate, detail.Thread.FirstPublished);
        Assert.Equal(Days(StoryDate, 3), detail.Thread.LastPublished);
        Assert.NotNull(detail.Timeline[1].Score);
        Assert.True(detail.Timeline[1].Score >= ThreadOptions.Default.JoinThreshold);
    }

    [Fact]
    public void TheSameArticlesInTheSameOrderGiveTheSameThreads()
    {
        using var a = NewStore();
        using var b = NewStore();
        foreach (var store in new[] { a, b })
        {
            store.Store.Write([.. Background(), Story(), Unrelated()]);
            store.Store.Write([FollowUp(), FollowUp(id: "late", date: BeyondWindow)]);
        }

        Assert.Equal(AllThreads(a), AllThreads(b));
    }
}
