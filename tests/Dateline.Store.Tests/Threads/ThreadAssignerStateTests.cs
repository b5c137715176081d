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

    [Theory]
    [InlineData(40, 250_000, 10_000, 500)]
    [InlineData(40, 5, 2, 500)]
    [InlineData(200_000, 5, 2, 500)]
    [InlineData(200_000, 250_000, 10_000, 1)]
    [InlineData(200_000, 250_000, 10_000, 2)]
    public void CachesOfAnySizeGiveTheStoreOfNoCaches(int features, int postings, int vectors, int postingsPerFeature)
    {
        // A table of 40 features forgets every feature (their frequencies, postings and the vectors numbered by them)
        // every article or two, with the counts held back written first; 5 postings and 2 vectors empty as often; one
        // or two postings per feature keep every cached list full (the oldest posting goes as a new one comes). The
        // batches of three keep the state from one to the next. Caches of 0 read everything from the store each time.
        var cached = ThreadOptions.Default with { FrequenciesCached = features, PostingsCached = postings, VectorsCached = vectors, MaxPostingsPerFeature = postingsPerFeature };
        var none = ThreadOptions.Default with { FrequenciesCached = 0, PostingsCached = 0, VectorsCached = 0, MaxPostingsPerFeature = postingsPerFeature };
        using var t = new TempStore();
        var paths = new List<string>();
        foreach (var (name, options) in new[] { ("cached", cached), ("none", none) })
        {
            paths.Add(Path.Combine(t.Directory, name + ".db"));
            using var store = SqliteArticleStore.Open(paths[^1], TempStore.Layers, SqliteStoreOptions.Default with { Threads = options });
            foreach (var batch in Sequence().Concat(Mixed()).Chunk(3))
            {
                store.Write(batch);
            }
        }

        Assert.Equal(Postings(paths[1]), Postings(paths[0]));
        Assert.Equal(Frequencies(paths[1]), Frequencies(paths[0]));
        Assert.Equal(Scores(paths[1]), Scores(paths[0]));
    }

    /// <summary>
    /// Forty short reports, each of five of twenty-four harbour words drawn at random (the same every run), half of them
    /// dated within a few weeks: every word is rare and shared, so each article's searches meet the postings the
    /// articles before it left in the cache.
    /// </summary>
    private static IEnumerable<ArticleRecord> Mixed()
    {
        string[] words = ["glacier", "harbour", "trawler", "lighthouse", "ferry", "dredger", "pilot", "tugboat", "quay", "anchor",
            "cargo", "salmon", "herring", "storm", "breakwater", "crane", "dockers", "customs", "icebreaker", "tanker",
            "fjord", "lifeboat", "mooring", "netting"];
        var random = new Random(31);
        for (var i = 0; i < 40; i++)
        {
            var picked = words.OrderBy(_ => random.Next()).Take(5).ToArray();
            var text = $"The {picked[0]} and the {picked[1]} were checked at dawn.\n\nOfficials said the {picked[2]}, the {picked[3]} and the {picked[4]} would be inspected again.";
            var date = i % 2 == 0 ? null : Days(StoryDate, random.Next(30));
            yield return Articles.Record(Articles.Make($"mixed{i}", $"{picked[0]} and {picked[1]}", text, date, "Coast"));
        }
    }

    /// <summary>Background, the story dated and undated, its follow-ups within and beyond the window, the unrelated article.</summary>
    private static IEnumerable<ArticleRecord> Sequence()
        => [.. Background(), Story(), Unrelated(), FollowUp(), FollowUp(id: "late", date: BeyondWindow), Recap(),
            Articles.Record(Articles.Make("undated", "Narva convoys grow as Putin keeps the garrison", FollowUpText + "\n\nNo date was given.", null, "Blog"))];

    /// <summary>Every posting (article id, feature, weight to the last bit, thread) and each article's thread.</summary>
    private static List<string> Postings(TempStore t) => Postings(t.Path);

    private static List<string> Postings(string path)
        => Rows(path, """
            SELECT a.id || ' ' || f.feature || ' ' || printf('%!.17g', f.weight) || ' ' || f.thread FROM thread_features f JOIN articles a ON a.rowid = f.article
            UNION ALL SELECT a.id || ' thread ' || t.thread FROM article_threads t JOIN articles a ON a.rowid = t.article
            ORDER BY 1
            """);

    private static List<string> Frequencies(TempStore t) => Frequencies(t.Path);

    private static List<string> Frequencies(string path)
        => Rows(path, "SELECT feature || ' ' || df FROM thread_term_df UNION ALL SELECT 'articles ' || articles FROM thread_collection ORDER BY 1");

    /// <summary>Each article's similarity to the article it joined through, to the last bit, and its centrality.</summary>
    private static List<string> Scores(string path)
        => Rows(path, "SELECT a.id || ' ' || coalesce(printf('%!.17g', t.score), 'new') || ' ' || printf('%!.17g', t.centrality) FROM article_threads t JOIN articles a ON a.rowid = t.article ORDER BY 1");

    private static List<string> Rows(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
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
