using Dateline.Training.Events;

namespace Dateline.Training.Tests.Events;

public class EventArgumentTrainerTests
{
    [Theory]
    [InlineData("the Israeli army", "Israeli army", true)]
    [InlineData("President Bush", "Bush", true)]
    [InlineData("Iran's", "Iran", true)]
    [InlineData("rebels", "police", false)]
    [InlineData(null, null, true)]
    [InlineData("police", null, false)]
    public void Actors_match_as_the_scorer_matches_them(string? predicted, string? gold, bool same)
        => Assert.Equal(same, ActorWords.Match(predicted, gold));

    // sentences written for this test: the speaker, not the rules' reported subject, is the gold source (as if an
    // annotator coded the claim), so a model can only learn it from the features
    private static readonly (string Id, string Text)[] Texts =
    [
        ("a1", "Police said gunmen attacked the convoy."),
        ("a2", "Officials said militants attacked the base."),
        ("a3", "Doctors said soldiers attacked the village."),
        ("a4", "Villagers said rebels attacked the market."),
        ("a5", "Residents said fighters attacked the town."),
    ];

    private static IReadOnlyList<EventSentence> Sentences() => EventSentences.Of(Texts);

    private static readonly Dictionary<string, IReadOnlyList<GoldEvent>> Gold = Texts.ToDictionary(
        t => t.Id, t => (IReadOnlyList<GoldEvent>)[new GoldEvent("ASSAULT", "attacked", t.Text.Split(' ')[0], null)]);

    [Fact]
    public void Training_is_deterministic_and_learns_what_the_rules_miss()
    {
        var sentences = Sentences();
        var options = new ArgumentTrainingOptions { Epochs = 5 };
        var first = new EventArgumentTrainer(options).Train(sentences, Gold, "test");
        Assert.Equal(first, new EventArgumentTrainer(options).Train(sentences, Gold, "test"));
        Assert.StartsWith("# test\nmargin\t0\n", first);

        // the rules read the reported subject; a model trained on the other documents reads the speaker
        Assert.All(EventArgumentTrainer.Predict(sentences, null), line => Assert.DoesNotContain("\"source\":\"" + Texts.First(t => line.Contains(t.Id)).Text.Split(' ')[0], line));
        var crossValidated = new EventArgumentTrainer(options).CrossValidate(sentences, Gold, folds: 5).ToList();
        Assert.Equal(5, crossValidated.Count);
        Assert.Equal((5, 5, 5), EventArgumentTrainer.Coverage(sentences, Gold));
        Assert.All(crossValidated, line => Assert.Contains("\"source\":\"" + Texts.First(t => line.Contains(t.Id)).Text.Split(' ')[0] + "\"", line));
    }

    [Fact]
    public void The_saved_model_file_is_the_text_of_the_same_training_converted()
    {
        var sentences = Sentences();
        var trainer = new EventArgumentTrainer(new ArgumentTrainingOptions { Epochs = 5, Bag = 2 });
        var dir = Directory.CreateTempSubdirectory("dateline-args-");
        try
        {
            string saved = Path.Combine(dir.FullName, "saved.bin"), text = Path.Combine(dir.FullName, "model.txt"), converted = Path.Combine(dir.FullName, "converted.bin");
            trainer.Save(sentences, Gold, "test", saved);
            File.WriteAllText(text, trainer.Train(sentences, Gold, "test"));
            Dateline.Language.ModelConversion.Convert(text, converted);
            Assert.Equal(File.ReadAllBytes(converted), File.ReadAllBytes(saved));

            // the file predicts as the text did: a model trained on every sentence reads each speaker
            Assert.Equal(EventArgumentTrainer.Predict(sentences, text), EventArgumentTrainer.Predict(sentences, saved));
            Assert.All(EventArgumentTrainer.Predict(sentences, saved), line => Assert.Contains("\"source\":\"" + Texts.First(t => line.Contains(t.Id)).Text.Split(' ')[0] + "\"", line));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_bag_averages_perceptrons_of_successive_seeds()
    {
        var sentences = Sentences();
        string Model(int seed, int bag) => new EventArgumentTrainer(new ArgumentTrainingOptions { Epochs = 2, Seed = seed, Bag = bag }).Train(sentences, Gold, "test");
        Assert.Equal(Model(18, 1), new EventArgumentTrainer(new ArgumentTrainingOptions { Epochs = 2, Seed = 18 }).Train(sentences, Gold, "test"));
        var bagged = Model(18, 3);
        Assert.Equal(bagged, Model(18, 3)); // deterministic

        // each weight is the mean of the three single-seed models' (a feature a model lacks weighs 0 there)
        static Dictionary<string, float[]> Weights(string text) => text.Split('\n').Select(l => l.Split('\t')).Where(c => c.Length == 3)
            .ToDictionary(c => c[0], c => new[] { float.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture), float.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture) });
        var singles = new[] { 18, 19, 20 }.Select(seed => Weights(Model(seed, 1))).ToList();
        foreach (var (feature, row) in Weights(bagged))
        {
            float mean = singles.Sum(w => w.TryGetValue(feature, out var r) ? r[0] : 0) / 3;
            Assert.Equal(mean, row[0], 0.01f);
        }
    }

    [Fact]
    public void A_held_out_batch_is_predicted_by_a_model_trained_on_the_rest_only()
    {
        var sentences = Sentences();
        var cut = EventFolds.HoldOut(["a4", "a5"]);
        Assert.Equal(["a1", "a2", "a3"], cut.Training(sentences).Select(s => s.Id));
        var options = new ArgumentTrainingOptions { Epochs = 5 };
        var heldOut = new EventArgumentTrainer(options).CrossValidate(sentences, Gold, cut).ToList();
        Assert.Equal(2, heldOut.Count);
        Assert.Contains("\"id\":\"a4\"", heldOut[0]);
        Assert.Contains("\"source\":\"Villagers\"", heldOut[0]);
        Assert.Contains("\"source\":\"Residents\"", heldOut[1]);

        // the rules alone on the same two sentences read the reported subject
        var rules = new EventArgumentTrainer(options).CrossValidate(sentences, Gold, cut, rulesOnly: true).ToList();
        Assert.Equal(2, rules.Count);
        Assert.DoesNotContain("\"source\":\"Villagers\"", rules[0]);
        Assert.Throws<ArgumentException>(() => EventFolds.HoldOut([]));
    }
}
