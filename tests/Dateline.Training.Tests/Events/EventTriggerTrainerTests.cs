using Dateline.Training.Events;

namespace Dateline.Training.Tests.Events;

public class EventTriggerTrainerTests
{
    [Theory]
    [InlineData("air strikes", new[] { 3, 4 })]
    [InlineData("Strikes", new[] { 4 })]
    [InlineData("launched an attack", new[] { 1 })] // no run: "launched" on its own ("an" is too short to count alone)
    [InlineData(null, new int[0])]
    public void Gold_triggers_are_found_as_a_run_else_word_by_word(string? trigger, int[] expected)
        => Assert.Equal(expected, EventTriggerTrainer.TriggerWords(["rebels", "launched", "new", "air", "strikes", "."], trigger));

    // sentences written for this test: a verb outside the lexicons ("pummeled") is an ASSAULT in every one
    private static readonly (string Id, string Text)[] Texts =
    [
        ("p1", "Rebels pummeled the convoy near the border."),
        ("p2", "Militants pummeled the base overnight."),
        ("p3", "Soldiers pummeled the village with rockets."),
        ("p4", "Fighters pummeled the town before dawn."),
        ("p5", "Gunmen pummeled the market on Monday."),
    ];

    private static IReadOnlyList<EventSentence> Sentences() => EventSentences.Of(Texts);

    private static readonly Dictionary<string, IReadOnlyList<GoldEvent>> Gold = Texts.ToDictionary(
        t => t.Id, t => (IReadOnlyList<GoldEvent>)[new GoldEvent("ASSAULT", "pummeled", t.Text.Split(' ')[0], null)]);

    [Fact]
    public void Training_is_deterministic_and_learns_a_trigger_the_lexicons_lack()
    {
        var sentences = Sentences();
        var options = new TriggerTrainingOptions { Epochs = 5, AddMargin = 0 };
        var first = new EventTriggerTrainer(options).Train(sentences, Gold, "test");
        Assert.Equal(first, new EventTriggerTrainer(options).Train(sentences, Gold, "test"));
        Assert.StartsWith("# test\nadd\t0\nveto\t∞\n".Replace("∞", float.PositiveInfinity.ToString("R", System.Globalization.CultureInfo.InvariantCulture)), first);
        Assert.Contains("\nw=pummeled\t", first);
        Assert.Equal(5, new EventTriggerTrainer(options).Count(sentences, Gold).Triggers);

        // the rules code nothing; a detector trained on the other documents adds the trigger, actors read by the rules
        Assert.All(EventTriggerTrainer.Baseline(sentences), line => Assert.Contains("\"events\":[]", line));
        var crossValidated = new EventTriggerTrainer(options).CrossValidate(sentences, Gold, folds: 5, [(0f, float.PositiveInfinity)]);
        var lines = Assert.Single(crossValidated).Value;
        Assert.Equal(5, lines.Count);
        Assert.All(lines, line => Assert.Contains("\"type\":\"ASSAULT\",\"trigger\":\"pummeled\",\"source\":\"" + Texts.First(t => line.Contains(t.Id)).Text.Split(' ')[0] + "\"", line));
    }

    [Fact]
    public void A_held_out_batch_is_judged_by_a_detector_trained_on_the_rest_only()
    {
        var sentences = Sentences();
        var options = new TriggerTrainingOptions { Epochs = 5 };
        var lines = Assert.Single(new EventTriggerTrainer(options).CrossValidate(sentences, Gold, EventFolds.HoldOut(["p5"]), [(0f, float.PositiveInfinity)])).Value;
        var line = Assert.Single(lines);
        Assert.Contains("\"id\":\"p5\"", line);
        Assert.Contains("\"type\":\"ASSAULT\",\"trigger\":\"pummeled\",\"source\":\"Gunmen\"", line);

        // the baseline on the same sentence, with the argument scorer given as a file (here: none, an empty model in the text format)
        var empty = Path.GetTempFileName();
        try
        {
            File.WriteAllText(empty, "margin\t0\n");
            Assert.Contains("\"events\":[]", Assert.Single(EventTriggerTrainer.Baseline(sentences.Where(s => s.Id == "p5"), empty)));
        }
        finally
        {
            File.Delete(empty);
        }
    }
}
