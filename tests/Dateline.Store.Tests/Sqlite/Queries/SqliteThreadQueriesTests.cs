using Dateline.Extraction;
using Dateline.Store.Queries;
using Dateline.Store.Sqlite.Queries;
using Dateline.Store.Tests.Threads;
using static Dateline.Store.Tests.Threads.ThreadFixtures;

namespace Dateline.Store.Tests.Sqlite.Queries;

public class SqliteThreadQueriesTests
{
    [Fact]
    public void ThreadsAreListedLatestFirstAndFilteredByEntityAndDates()
    {
        using var t = new TempStore();
        t.Store.Write([.. Background(), Story(), Unrelated(), FollowUp()]);
        var queries = t.Store.Queries();
        var story = t.Store.Find("story")!.Thread!.Value;
        var festival = t.Store.Find("festival")!.Thread!.Value;

        var all = queries.Threads(new ThreadQuery { Limit = 50 });
        Assert.Equal(BackgroundTexts.Length + 2, all.Count);
        Assert.Equal(all.OrderByDescending(s => s.LastPublished, StringComparer.Ordinal).Select(s => s.LastPublished), all.Select(s => s.LastPublished));
        var storyThread = Assert.Single(all, s => s.Id == story);
        Assert.Equal(2, storyThread.Articles);
        Assert.Equal(StoryDate, storyThread.FirstPublished);
        Assert.Contains(storyThread.Label, new[] { "Kremlin keeps troops at the Narva border", "Narva convoys grow as Putin keeps the garrison" });
        // Both articles name Putin and the Kremlin (three mentions each; ties go by name); Moscow (under whatever name the
        // collection-wide entity has) only the first.
        Assert.Equal(["Kremlin", "Vladimir Putin"], storyThread.Entities.Take(2).Select(e => e.Name));
        Assert.Equal([2L, 2L, 1L], storyThread.Entities.Select(e => e.Count));

        Assert.Equal([story], queries.Threads(new ThreadQuery { Entity = "putin" }).Select(s => s.Id));
        Assert.Equal([story], queries.Threads(new ThreadQuery { Entity = "Vladimir Putin" }).Select(s => s.Id));
        Assert.Equal([festival], queries.Threads(new ThreadQuery { Entity = "Merkel" }).Select(s => s.Id));
        Assert.Empty(queries.Threads(new ThreadQuery { Entity = "Narva" }));

        // Dates: a thread is in a range when one of its articles is.
        Assert.Contains(story, queries.Threads(new ThreadQuery { From = Days(StoryDate, 3), To = Days(StoryDate, 3), Limit = 50 }).Select(s => s.Id));
        Assert.DoesNotContain(festival, queries.Threads(new ThreadQuery { From = Days(StoryDate, 2), Limit = 50 }).Select(s => s.Id));
        Assert.Empty(queries.Threads(new ThreadQuery { From = "2025" }));
        Assert.Equal(all.Count, queries.Threads(new ThreadQuery { To = StoryDate[..7], Limit = 50 }).Count);

        // Paging.
        var first = queries.Threads(new ThreadQuery { Limit = 3 });
        var second = queries.Threads(new ThreadQuery { Limit = 3, Offset = 3 });
        Assert.Equal(all.Take(6).Select(s => s.Id), first.Concat(second).Select(s => s.Id));
    }

    [Fact]
    public void AThreadHasItsTimelineEntitiesQuotesAndRelations()
    {
        using var t = new TempStore();
        t.Store.Write([.. Background(), FollowUp(), Story(), Unrelated()]);
        var queries = t.Store.Queries();
        var detail = queries.Thread(t.Store.Find("story")!.Thread!.Value, 50)!;

        Assert.Equal(["story", "follow"], detail.Timeline.Select(a => a.Id));
        Assert.Equal([StoryDate, Days(StoryDate, 3)], detail.Timeline.Select(a => a.Published));
        Assert.Equal(["Wire", "Herald"], detail.Timeline.Select(a => a.Source));
        Assert.Equal(["Kremlin", "Vladimir Putin"], detail.Thread.Entities.Take(2).Select(e => e.Name));
        Assert.Equal([2L, 2L, 1L], detail.Thread.Entities.Select(e => e.Count));
        var quote = Assert.Single(detail.Quotes);
        Assert.Equal("\"The garrison at Narva will remain through the spring,\"", quote.Text);
        Assert.Equal("Vladimir Putin", quote.SpeakerName);
        Assert.Equal("story", quote.ArticleId);
        var relation = Assert.Single(detail.Relations);
        Assert.Equal(("backs", "Vladimir Putin", "Kremlin", 2L), (relation.Type, relation.SubjectName, relation.ObjectName, relation.Articles));

        Assert.Single(queries.Thread(detail.Thread.Id, 1)!.Timeline);
        Assert.Null(queries.Thread(999_999, 10));
    }

    [Fact]
    public void AStoreWithoutLanguageLayersListsThreadsWithoutEntities()
    {
        using var t = new TempStore(new Dateline.Core.Pipeline.PipelineBuilder().UseExtraction().Layers);
        t.Store.Write([.. Background(), Story(), FollowUp()]);
        var queries = t.Store.Queries();

        var story = t.Store.Find("story")!.Thread!.Value;
        Assert.Equal(story, t.Store.Find("follow")!.Thread);
        var detail = queries.Thread(story, 10)!;
        Assert.Empty(detail.Thread.Entities);
        Assert.Empty(detail.Quotes);
        Assert.Empty(detail.Relations);
        Assert.Empty(queries.Threads(new ThreadQuery { Entity = "Putin" }));
    }
}
