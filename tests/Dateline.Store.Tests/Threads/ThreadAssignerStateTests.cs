using Dateline.Store.Sqlite;
using Dateline.Store.Threads;
using Microsoft.Data.Sqlite;
using static Dateline.Store.Tests.Threads.ThreadFixtures;

namespace Dateline.Store.Tests.Threads;

/// <summary>
/// What the thread assigner keeps from one batch of a SQLite store to the next (<see cref="ThreadAssignerState"/>): the
/// store's threads, postings and weights are those of a store whose every batch read them afresh, when another
/// connection wrote between two batches and when a batch failed after placing articles.
/// </summary>
public class ThreadAssignerStateTests
{
    private const string RecapText = "Vladimir Putin ordered troops of the garrison to remain at the Narva border crossing, the Kremlin said.\n\n" +
        "Estonian border guards at the Narva bridge counted armoured convoys near Ivangorod.";

    private static ArticleRecord Recap() => Articles.Record(Articles.Make("recap", "Putin keeps the Narva garrison", RecapText, Days(StoryDate, 5), "Daily"));

    [Fact]
    public void ABatchAfterAnotherConnectionWroteReadsWhatItWrote()
    {
        using var t = new TempStore();
        t.Store.Write([.. Background(), Story()]);
        using (var other = SqliteArticleStore.Open(t.Path, TempStore.Layers))
        {
            // Raises the document frequencies and the article count the first store's assigner knew.
            other.Write([Unrelated(), FollowUp()]);
        }

        t.Store.Write([Recap()]);

        using var reference = new TempStore();
        reference.Store.Write([.. Background(), Story()]);
        reference.Store.Write([Unrelated(), FollowUp()]);
        reference.Store.Write([Recap()]);
        Assert.Equal(Postings(reference), Postings(t));
        Assert.Equal(ThreadOf(t, "story"), ThreadOf(t, "recap"));
    }

    [Fact]
    public void ABatchAfterAFailedOneForgetsWhatTheFailedOnePlaced()
    {
        using var t = new TempStore();
        t.Store.Write([.. Background(), Story()]);

        // The follow-up is placed, then the failure's missing kind breaks the batch: it is rolled back whole.
        var broken = new FailureRecord("broken-hash", "broken", "broken.html", null!, "no kind");
        Assert.Throws<StoreException>(() => t.Store.Write([FollowUp(), broken]));
        Assert.Null(t.Store.Find("follow"));

        t.Store.Write([Unrelated(), Recap()]);

        using var reference = new TempStore();
        reference.Store.Write([.. Background(), Story()]);
        reference.Store.Write([Unrelated(), Recap()]);
        Assert.Equal(Postings(reference), Postings(t));
    }

    [Fact]
    public void BatchesOfOneGiveTheStoreOfOneBatch()
    {
        using var t = new TempStore();
        foreach (var record in Background().Append(Story()).Append(Unrelated()).Append(FollowUp()).Append(Recap()))
        {
            t.Store.Write([record]);
        }

        using var reference = new TempStore();
        reference.Store.Write([.. Background(), Story(), Unrelated(), FollowUp(), Recap()]);
        Assert.Equal(Postings(reference), Postings(t));
        Assert.Equal(Frequencies(reference), Frequencies(t));
    }

    /// <summary>Every posting (article id, feature, weight to the last bit, thread) and each article's thread.</summary>
    private static List<string> Postings(TempStore t)
        => Rows(t, """
            SELECT a.id || ' ' || f.feature || ' ' || printf('%!.17g', f.weight) || ' ' || f.thread FROM thread_features f JOIN articles a ON a.rowid = f.article
            UNION ALL SELECT a.id || ' thread ' || t.thread FROM article_threads t JOIN articles a ON a.rowid = t.article
            ORDER BY 1
            """);

    private static List<string> Frequencies(TempStore t)
        => Rows(t, "SELECT feature || ' ' || df FROM thread_term_df UNION ALL SELECT 'articles ' || articles FROM thread_collection ORDER BY 1");

    private static List<string> Rows(TempStore t, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={t.Path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
