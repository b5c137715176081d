using Dateline.Language.Entities;
using Dateline.Training.Entities;

namespace Dateline.Training.Tests.Entities;

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
        var crf = Tiny with { Algorithm = NerAlgorithm.Crf, LearningRate = 0.1f, Epochs = 20 };
        foreach (var options in new[] { Tiny, Tiny with { Bilou = true }, crf, crf with { Bilou = true } })
        {
            var model = new NerTrainer(options).Train(sentences, Lexicon.Empty, WordClusters.Empty);
            Assert.Equal(options.Bilou, model.Scheme.IsBilou);
            foreach (var sentence in sentences)
            {
                Assert.Equal(model.Scheme.Encode(sentence.Tags, model.Types), model.Tag(sentence.Words));
            }

            Assert.Equal(100.0, NerEvaluation.Score(model, sentences).F1, 3);
        }

        var iob2 = new NerTrainer(Tiny).Train(sentences, Lexicon.Empty, WordClusters.Empty);
        Assert.Equal("B-PERSON I-PERSON O B-LOC O O O", string.Join(' ', iob2.Tag(sentences[0].Words).Select(iob2.LabelName)));
    }

    [Fact]
    public void Label_schemes_encode_and_decode_chunks()
    {
        string[] types = ["PERSON", "LOC"];
        string[] tags = ["B-PERSON", "I-PERSON", "I-PERSON", "O", "B-LOC", "B-LOC", "I-LOC"];
        var bilou = LabelScheme.Bilou.Encode(tags, types);
        Assert.Equal("B-PERSON I-PERSON L-PERSON O U-LOC B-LOC L-LOC", string.Join(' ', bilou.Select(l => LabelScheme.Bilou.Name(l, types))));
        (int, int, int)[] chunks = [(0, 3, 0), (4, 5, 1), (5, 7, 1)];
        Assert.Equal(chunks, LabelScheme.Bilou.Spans(bilou));
        Assert.Equal(chunks, LabelScheme.Iob2.Spans(LabelScheme.Iob2.Encode(tags, types)));

        int count = LabelScheme.Bilou.LabelCount(types.Length);
        Assert.False(LabelScheme.Bilou.Allowed(bilou[0], 0, count));       // B-PERSON must be continued
        Assert.False(LabelScheme.Bilou.Allowed(count, bilou[1], count));   // I-PERSON cannot start a sentence
        Assert.True(LabelScheme.Bilou.Allowed(bilou[2], bilou[4], count)); // L-PERSON then U-LOC
        Assert.False(LabelScheme.Bilou.AllowedLast(bilou[5]));             // a sentence cannot end on B-LOC
        Assert.True(LabelScheme.Iob2.Allowed(1, 0, LabelScheme.Iob2.LabelCount(types.Length)));
    }

    [Fact]
    public void Training_is_reproducible()
    {
        var first = new NerTrainer(Tiny).Train(Sentences(), Lexicon.Empty, WordClusters.Empty);
        var second = new NerTrainer(Tiny).Train(Sentences(), Lexicon.Empty, WordClusters.Empty);
        Assert.Equal(first.WeightsHash(), second.WeightsHash());

        var other = new NerTrainer(Tiny with { Seed = 2, Epochs = 3 }).Train(Sentences(), Lexicon.Empty, WordClusters.Empty);
        Assert.NotEqual(first.WeightsHash(), other.WeightsHash());

        var crf = Tiny with { Algorithm = NerAlgorithm.Crf };
        var crfFirst = new NerTrainer(crf).Train(Sentences(), Lexicon.Empty, WordClusters.Empty);
        Assert.Equal(crfFirst.WeightsHash(), new NerTrainer(crf).Train(Sentences(), Lexicon.Empty, WordClusters.Empty).WeightsHash());
        Assert.NotEqual(first.WeightsHash(), crfFirst.WeightsHash());
    }

    [Fact]
    public void The_crf_step_follows_the_exact_log_likelihood_gradient()
    {
        // Three tokens, IOB2 over one type (O, B, I; I may not follow O or start), one feature bucket per token:
        // the sentence log-likelihood and the weight change must equal brute-force enumeration of all label paths.
        var scheme = LabelScheme.Iob2;
        int labels = scheme.LabelCount(1);
        var allowed = scheme.AllowedTable(labels);
        var random = new Random(3);
        var weights = Enumerable.Range(0, 3 * labels).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var transitions = Enumerable.Range(0, (labels + 1) * labels).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        int[] features = [0, 1, 2];
        int[] offsets = [0, 1, 2, 3];
        int[] gold = [1, 2, 0]; // B I O

        double PathScore(int[] path)
        {
            double score = 0;
            for (int i = 0; i < path.Length; i++)
            {
                int previous = i == 0 ? labels : path[i - 1];
                score += weights[(features[i] * labels) + path[i]] + transitions[(previous * labels) + path[i]];
            }

            return score;
        }

        var paths = new List<int[]>();
        for (int a = 0; a < labels; a++)
        {
            for (int b = 0; b < labels; b++)
            {
                for (int c = 0; c < labels; c++)
                {
                    int[] path = [a, b, c];
                    if (Enumerable.Range(0, 3).All(i => allowed[((i == 0 ? labels : path[i - 1]) * labels) + path[i]]))
                    {
                        paths.Add(path);
                    }
                }
            }
        }

        double logZ = Math.Log(paths.Sum(p => Math.Exp(PathScore(p))));
        var expected = new double[3 * labels];
        var expectedTransitions = new double[transitions.Length];
        var observedTransitions = new double[transitions.Length];
        foreach (var path in paths)
        {
            double probability = Math.Exp(PathScore(path) - logZ);
            for (int i = 0; i < 3; i++)
            {
                expected[(features[i] * labels) + path[i]] += probability;
                expectedTransitions[((i == 0 ? labels : path[i - 1]) * labels) + path[i]] += probability;
            }
        }

        for (int i = 0; i < 3; i++)
        {
            observedTransitions[((i == 0 ? labels : gold[i - 1]) * labels) + gold[i]] = 1;
        }

        var transitionsBefore = (float[])transitions.Clone();

        double goldLogLikelihood = PathScore(gold) - logZ;
        var before = (float[])weights.Clone();
        var accumulated = new float[weights.Length];
        var step = new CrfGradient(labels, allowed, scheme);
        double logLikelihood = step.Step(features, offsets, gold, weights, accumulated, transitions, new float[transitions.Length], 0.5f, 1);
        Assert.Equal(goldLogLikelihood, logLikelihood, 4);
        for (int i = 0; i < 3; i++)
        {
            for (int y = 0; y < labels; y++)
            {
                int w = (features[i] * labels) + y;
                double observed = gold[i] == y ? 1 : 0;
                Assert.Equal(0.5 * (observed - expected[w]), weights[w] - before[w], 4);
            }
        }

        for (int t = 0; t < transitions.Length; t++)
        {
            Assert.Equal(0.5 * (observedTransitions[t] - expectedTransitions[t]), transitions[t] - transitionsBefore[t], 4);
        }
    }

    [Fact]
    public void A_saved_model_loads_with_the_same_hash_and_tags()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dateline-ner-{Guid.NewGuid():N}.bin");
        try
        {
            foreach (bool phrases in new[] { false, true })
            {
                var model = new NerTrainer(Tiny with { PhraseFeatures = phrases }).Train(Sentences(), Lexicon.Empty, WordClusters.Empty);
                model.Save(path);
                var loaded = NerModel.Load(path);
                Assert.Equal(model.WeightsHash(), loaded.WeightsHash());
                Assert.Equal(phrases, loaded.UsesPhraseFeatures);
                var words = Sentences()[2].Words;
                Assert.Equal(model.Tag(words), loaded.Tag(words));
            }
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
    public void The_prediction_history_tells_apart_what_only_the_earlier_sentences_decide()
    {
        // The last sentence of each document is the same; only what "Jordan" was earlier says PERSON or LOC.
        List<TaggedSentence> Documents() =>
        [
            Sentence("Jordan/B-PERSON said he was tired .") with { StartsDocument = true },
            Sentence("Coach Jordan/B-PERSON Lee/I-PERSON smiled ."),
            Sentence("Officials praised Jordan/B-PERSON ."),
            Sentence("Jordan/B-LOC borders Israel/B-LOC .") with { StartsDocument = true },
            Sentence("Rain fell in Jordan/B-LOC and Syria/B-LOC ."),
            Sentence("Officials praised Jordan/B-LOC ."),
        ];

        var model = new NerTrainer(Tiny with { Epochs = 12, PredictionHistory = true }).Train(Documents(), Lexicon.Empty, WordClusters.Empty);
        Assert.True(model.UsesPredictionHistory);
        Assert.Equal(100.0, NerEvaluation.Score(model, Documents()).F1, 3);

        var path = Path.Combine(Path.GetTempPath(), $"dateline-ner-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            Assert.True(NerModel.Load(path).UsesPredictionHistory);
        }
        finally
        {
            File.Delete(path);
        }

        var plain = new NerTrainer(Tiny with { PredictionHistory = false }).Train(Sentences(), Lexicon.Empty, WordClusters.Empty);
        Assert.False(plain.UsesPredictionHistory);
        Assert.Null(plain.NewHistory());
    }

    [Fact]
    public void The_history_counts_capitalised_words_only()
    {
        var history = new PredictionHistory(LabelScheme.Bilou, typeCount: 2);
        string[] words = ["Jordan", "said", "jordan"];
        var low = words.Select(w => FeatureHashOfLower(w)).ToArray();
        history.Add(words, low, [1, 0, 0]);
        var features = new ulong[8];
        Assert.Equal(PredictionHistory.FeatureCount, history.AddFeatures("Jordan", low[0], features, 0));
        Assert.Equal(0, history.AddFeatures("said", low[1], features, 0));
        Assert.Equal(0, history.AddFeatures("jordan", low[2], features, 0));
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

    private static ulong FeatureHashOfLower(string word) => FeatureHash.OfLower(word);

    private static TaggedSentence Sentence(string annotated)
    {
        var parts = annotated.Split(' ');
        var words = parts.Select(p => p.Split('/')[0]).ToArray();
        var tags = parts.Select(p => p.Contains('/') ? p.Split('/')[1] : "O").ToArray();
        return new TaggedSentence(words, tags);
    }
}
