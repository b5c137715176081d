using Dateline.Language.Tagging;
using Dateline.Training.Learning;

namespace Dateline.Training.Tagging;

/// <summary>
/// Trains the <see cref="PosModel"/>: an averaged perceptron over <see cref="PosFeatures"/>, greedy left to right with
/// its own previous guesses as context (as it tags), words of the tag dictionary neither scored nor learned from.
/// Deterministic: a seeded shuffle per epoch, features hashed without randomness, output sorted.
/// </summary>
public sealed class PosTrainer(PosTrainingOptions options)
{
    public PosModel Train(IReadOnlyList<PosSentence> sentences, Action<int, PosModel>? afterEpoch = null)
    {
        var dictionary = BuildDictionary(sentences);
        var perceptron = new AveragedPerceptron<ulong>(PosModel.TagCount);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        Span<ulong> features = stackalloc ulong[PosFeatures.Count];
        Span<float> scores = stackalloc float[PosModel.TagCount];
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int index in order)
            {
                var sentence = sentences[index];
                var words = sentence.Words.Select(w => PosFeatures.Describe(w)).ToArray();
                int previous = PosFeatures.Start, previous2 = PosFeatures.Start;
                for (int i = 0; i < words.Length; i++)
                {
                    perceptron.Tick();
                    var gold = sentence.Tags[i];
                    PartOfSpeech guess;
                    if (dictionary.TryGetValue(sentence.Words[i], out var known))
                    {
                        guess = known;
                    }
                    else
                    {
                        PosFeatures.Fill(words, i, previous, previous2, features);
                        perceptron.Score(features, scores);
                        guess = PosModel.Best(scores);
                        perceptron.Update(features, (int)gold, (int)guess);
                    }

                    previous2 = previous;
                    previous = (int)guess;
                }
            }

            afterEpoch?.Invoke(epoch, Average(perceptron, dictionary));
        }

        return Average(perceptron, dictionary);
    }

    private PosModel Average(AveragedPerceptron<ulong> perceptron, Dictionary<string, PartOfSpeech> dictionary)
        => new(dictionary, [.. perceptron.Averaged(Comparer<ulong>.Default, options.MinWeight).Select(r => (r.Feature, r.Row.Select(w => ((PartOfSpeech)w.Class, w.Weight)).ToArray()))]);

    private Dictionary<string, PartOfSpeech> BuildDictionary(IReadOnlyList<PosSentence> sentences)
    {
        var counts = new Dictionary<string, Dictionary<PartOfSpeech, int>>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            for (int i = 0; i < sentence.Words.Length; i++)
            {
                if (!counts.TryGetValue(sentence.Words[i], out var tags))
                {
                    counts[sentence.Words[i]] = tags = [];
                }

                tags[sentence.Tags[i]] = tags.GetValueOrDefault(sentence.Tags[i]) + 1;
            }
        }

        var dictionary = new Dictionary<string, PartOfSpeech>(StringComparer.Ordinal);
        foreach (var (word, tags) in counts)
        {
            int n = tags.Values.Sum();
            var (tag, top) = tags.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => (p.Key, p.Value)).First();
            if (n >= options.DictionaryMinCount && top >= options.DictionaryMinShare * n)
            {
                dictionary[word] = tag;
            }
        }

        return dictionary;
    }

    /// <summary>Share of tokens tagged right.</summary>
    public static double Accuracy(PosTagger tagger, IReadOnlyList<PosSentence> sentences)
    {
        long right = 0, all = 0;
        foreach (var sentence in sentences)
        {
            var tags = tagger.Tag(sentence.Words);
            for (int i = 0; i < tags.Length; i++)
            {
                right += tags[i] == sentence.Tags[i] ? 1 : 0;
                all++;
            }
        }

        return all == 0 ? 0 : (double)right / all;
    }
}
