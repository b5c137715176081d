using Dateline.Language.Entities;

namespace Dateline.Language.Tests.Entities;

public class NerTrainerTests
{
    private static readonly NerTrainingOptions Tiny = new() { Bits = 16, Epochs = 8, MinFeatureCount = 1 };

    private static List<TaggedSentence> Sentences() =>
    [
        Sentence("John/B-PERSON Smith/I-PERSON visited Paris/B-LOC on Monday ."),
        Sentence("The/O United/B-ORG Nations/I-ORG met in Geneva/B-LOC ."),
        Sentence("Mary/B-PERSON Jones/I-PERSON works for Acme/B-ORG Corp./I-ORG in Boston/B-LOC ."),
        Sentence("French/B-NORP officials praised the World/B-MISC Cup/I-MISC ."),
        Sentence("Smith/B-PERSON said the deal was good ."),
        Sentence("Geneva/B-LOC and Paris/B-LOC are cities ."),
    ];

    [Fact]
    public void A_tiny_model_learns_its_training_sentences()
    {
        var sentences = Sentences();
        var model = new NerTrainer(Tiny).Train(sentences, Lexicon.Empty, WordClusters.Empty);
        foreach (var sentence in sentences)
        {
            var predicted = model.Tag(sentence.Words).Select(model.LabelName).ToArray();
            Assert.Equal(string.Join(' ', sentence.Tags), string.Join(' ', predicted));
        }

        Assert.Equal(100.0, NerEvaluation.Score(model, sentences).F1, 3);
    }

    [Fact]
    public void Training_is_reproducible()
    {
        var first = new NerTrainer(Tiny).Train(Sentences(), Lexicon.Empty, WordClusters.Empty);
        var second = new NerTrainer(Tiny).Train(Sentences(), Lexicon.Empty, WordClusters.Empty);
        Assert.Equal(first.WeightsHash(), second.WeightsHash());

        var other = new NerTrainer(Tiny with { Seed = 2, Epochs = 3 }).Train(Sentences(), Lexicon.Empty, WordClusters.Empty);
        Assert.NotEqual(first.WeightsHash(), other.WeightsHash());
    }

    [Fact]
    public void A_saved_model_loads_with_the_same_hash_and_tags()
    {
        var model = new NerTrainer(Tiny).Train(Sentences(), Lexicon.Empty, WordClusters.Empty);
        var path = Path.Combine(Path.GetTempPath(), $"dateline-ner-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            var loaded = NerModel.Load(path);
            Assert.Equal(model.WeightsHash(), loaded.WeightsHash());
            var words = Sentences()[2].Words;
            Assert.Equal(model.Tag(words), loaded.Tag(words));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Averaging_models_of_different_seeds_keeps_what_both_learned()
    {
        var a = new NerTrainer(Tiny).Train(Sentences(), Lexicon.Empty, WordClusters.Empty);
        var b = new NerTrainer(Tiny with { Seed = 7 }).Train(Sentences(), Lexicon.Empty, WordClusters.Empty);
        var averaged = NerModel.Average([a, b]);
        Assert.Equal(100.0, NerEvaluation.Score(averaged, Sentences()).F1, 3);
        Assert.Equal(a.WeightsHash(), NerModel.Average([a]).WeightsHash());
    }

    [Fact]
    public void Clusters_are_deterministic_and_group_similar_words()
    {
        var text = new List<string[]>();
        foreach (var city in new[] { "Paris", "London", "Berlin", "Madrid" })
        {
            foreach (var verb in new[] { "visited", "left", "reached" })
            {
                text.Add(["he", verb, city, "today", "."]);
            }
        }

        var options = new ClusterOptions { MinCount = 1, FlatClusters = 4 };
        var a = new ClusterBuilder(options).Build(text);
        var b = new ClusterBuilder(options).Build(text);
        Assert.Equal(a.Count, b.Count);
        Assert.True(a.Count > 5);
    }

    [Fact]
    public void Corpus_reader_maps_gmb_and_conll_tags()
    {
        var reader = new CorpusReader();
        var gmb = reader.ToDateline(["President", "George", "Bush", "visited", "Iraqi", "troops"], ["B-per", "I-per", "I-per", "O", "B-gpe", "O"]);
        Assert.Equal("O B-PERSON I-PERSON O B-NORP O", string.Join(' ', gmb));
        var conll = reader.ToDateline(["EU", "rejects", "German", "call"], ["I-ORG", "O", "I-MISC", "O"]);
        Assert.Equal("B-ORG O B-MISC O", string.Join(' ', conll));
    }

    private static TaggedSentence Sentence(string annotated)
    {
        var parts = annotated.Split(' ');
        var words = parts.Select(p => p.Split('/')[0]).ToArray();
        var tags = parts.Select(p => p.Contains('/') ? p.Split('/')[1] : "O").ToArray();
        return new TaggedSentence(words, tags);
    }
}
