using System.Globalization;
using Dateline.Store.Queries;
using Dateline.Store.Threads;

namespace Dateline.Store.Tests.Threads;

/// <summary>
/// Small hand-written articles for thread tests: one story over days (troops at the Narva border, whose entities the
/// test documents resolve: Vladimir Putin, the Kremlin, Moscow), an unrelated story on a day between, and background
/// articles on other topics, so that the story's words are rare in the collection as they would be in a real one.
/// </summary>
internal static class ThreadFixtures
{
    public const string StoryText =
        "MOSCOW — Vladimir Putin ordered at least 20,000 troops to stay near the Narva border crossing on Friday, the Kremlin said.\n\n" +
        "\"The garrison at Narva will remain through the spring,\" Vladimir Putin said in Moscow.\n\n" +
        "Estonian border guards reported convoys of armoured vehicles moving towards Ivangorod and the Narva bridge, " +
        "and the Kremlin gave no reason for the deployment of the garrison.";

    public const string FollowUpText =
        "Armoured convoys near the Narva border crossing grew over the weekend after Vladimir Putin ordered the garrison to remain.\n\n" +
        "Estonian border guards at the Narva bridge counted more vehicles around Ivangorod, and the Kremlin refused to say " +
        "how long the troops of the garrison would stay.";

    public const string UnrelatedText =
        "HAMBURG — Angela Merkel opened the harbour festival on Saturday, where tall ships and brass bands drew large crowds.\n\n" +
        "Organisers said the festival would run until Monday, with fireworks over the Elbe and concerts on the quays.";

    public static readonly string[] BackgroundTexts =
    [
        "The Lisbon chess open ended with a surprise as a teenage grandmaster won the final round against the defending champion.",
        "Bakers in Oslo reported a shortage of rye flour after a poor harvest, and bread prices rose for the third month.",
        "Perth recorded its wettest autumn on record as storms flooded roads and closed schools across the suburbs.",
        "A software update for electric scooters fixed a braking fault that regulators had flagged in several countries.",
        "Marine biologists tagged humpback whales off the coast of Tonga to follow their migration to Antarctic waters.",
        "The orchestra announced a season of Sibelius symphonies, with tickets going on sale to subscribers first.",
    ];

    public const string StoryDate = "2024-03-01";

    /// <summary>The ids of the fixture articles the tests write (background, story, follow-ups, copies).</summary>
    public static IEnumerable<string> FixtureIds
        => BackgroundTexts.Select((_, i) => $"bg{i}").Concat(["story", "follow", "festival", "late", "copy", "undated"]);

    public static string Days(string date, int days)
        => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date past the window of the default options, counted from <see cref="StoryDate"/>.</summary>
    public static string BeyondWindow => Days(StoryDate, ThreadOptions.Default.WindowDays + 30);

    public static IEnumerable<ArticleRecord> Background()
        => BackgroundTexts.Select((text, i) => Articles.Record(Articles.Make($"bg{i}", text.Split(' ', 6)[..5].Aggregate((a, b) => a + " " + b), text, Days(StoryDate, i % 4), "Wire")));

    public static ArticleRecord Story(string id = "story", string? date = null)
        => Articles.Record(Articles.Make(id, "Kremlin keeps troops at the Narva border", StoryText, date ?? StoryDate, "Wire"));

    public static ArticleRecord FollowUp(string id = "follow", string? date = null)
        => Articles.Record(Articles.Make(id, "Narva convoys grow as Putin keeps the garrison", FollowUpText, date ?? Days(StoryDate, 3), "Herald"));

    public static ArticleRecord Unrelated()
        => Articles.Record(Articles.Make("festival", "Merkel opens the Hamburg harbour festival", UnrelatedText, Days(StoryDate, 1), "Daily"));

    public static long ThreadOf(TempStore t, string id) => t.Store.Find(id)?.Thread ?? throw new InvalidOperationException($"{id} has no thread");

    public static IArticleQueries QueriesOf(TempStore t) => t.Store.Queries();

    /// <summary>The thread of every fixture article the store holds, by id.</summary>
    public static Dictionary<string, long> AllThreads(TempStore t)
        => FixtureIds.Select(id => (id, t.Store.Find(id)?.Thread)).Where(p => p.Thread is not null).ToDictionary(p => p.id, p => p.Thread!.Value, StringComparer.Ordinal);
}
