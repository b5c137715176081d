using Dateline.Store.Threads;

namespace Dateline.Store.Tests.Threads;

/// <summary>The mention counts an article's entities weigh in its thread features (<see cref="ThreadPersons.Counts"/>).</summary>
public class ThreadPersonsTests
{
    // The entity layer gives every bare "Clinton" to the bearer named in full first: here Bill, named in passing.
    private const string Pollster =
        "Former Bill Clinton pollster Douglas Schoen said Hillary Clinton is in trouble. Schoen said Clinton trails. " +
        "Superdelegates may leave Clinton.";

    /// <summary>The layer's mention spans: each name where it first occurs after the text of the one before it ("Clinton" after "said ").</summary>
    private static string Spans(string text, params string[] names)
    {
        var spans = new List<string>();
        var from = 0;
        foreach (var name in names)
        {
            var (before, found) = name.Split('|') is [var b, var n] ? (b, n) : (string.Empty, name);
            var start = text.IndexOf(before + found, from, StringComparison.Ordinal) + before.Length;
            spans.Add($"[{start},{start + found.Length}]");
            from = start + found.Length;
        }

        return "[" + string.Join(",", spans) + "]";
    }

    private static Dictionary<string, int> Counts(string text, params ThreadPersons.Entity[] entities)
        => ThreadPersons.Counts(entities, text).ToDictionary(c => c.Key, c => c.Count, StringComparer.Ordinal);

    [Fact]
    public void ABareSurnameTwoPeopleBearCountsForEveryBearerNamedInFullBeforeIt()
    {
        var counts = Counts(
            Pollster,
            new("entity:1", "PERSON", 3, Spans(Pollster, "Bill Clinton", "said |Clinton", "leave |Clinton")),
            new("entity:2", "PERSON", 2, Spans(Pollster, "Douglas Schoen", "Schoen")),
            new("entity:3", "PERSON", 1, Spans(Pollster, "Hillary Clinton")));

        Assert.Equal(3, counts["entity:1"]);
        Assert.Equal(2, counts["entity:2"]);
        Assert.Equal(3, counts["entity:3"]);
    }

    [Fact]
    public void ABareSurnameBeforeTheSecondBearerIsNamedCountsOnlyForItsHolder()
    {
        const string text = "Hillary Clinton spoke. Clinton said the party is united. Later Bill Clinton spoke.";
        var counts = Counts(
            text,
            new("entity:1", "PERSON", 2, Spans(text, "Hillary Clinton", ". |Clinton")),
            new("entity:2", "PERSON", 1, Spans(text, "Bill Clinton")));

        Assert.Equal(2, counts["entity:1"]);
        Assert.Equal(1, counts["entity:2"]);
    }

    [Fact]
    public void OneBearerAndEntitiesOfOtherTypesKeepTheirCounts()
    {
        const string text = "Bernie Sanders met Sanders County officials. Sanders said so. Clinton Township voted.";
        var counts = Counts(
            text,
            new("entity:1", "PERSON", 2, Spans(text, "Bernie Sanders", ". |Sanders")),
            new("entity:2", "GPE", 1, Spans(text, "Sanders County")),
            new("entity:3", "GPE", 1, Spans(text, "Clinton Township")),
            new("entity:1", "PERSON", 1, Spans(text, "met |Sanders")));

        Assert.Equal(new Dictionary<string, int> { ["entity:1"] = 3, ["entity:2"] = 1, ["entity:3"] = 1 }, counts);
    }

    [Fact]
    public void AnHonorificInsideTheSpanStillMakesABareSurname()
    {
        const string text = "Bill Clinton praised Hillary Clinton. Mrs. Clinton thanked him.";
        var counts = Counts(
            text,
            new("entity:1", "PERSON", 1, Spans(text, "Bill Clinton")),
            new("entity:2", "PERSON", 2, Spans(text, "Hillary Clinton", "Mrs. Clinton")));

        Assert.Equal(2, counts["entity:1"]);
        Assert.Equal(2, counts["entity:2"]);
    }
}
