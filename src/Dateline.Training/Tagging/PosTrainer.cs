using Dateline.Language.Tagging;

namespace Dateline.Training.Tagging;

/// <summary>
/// Trains the <see cref="PosModel"/>: an averaged perceptron over <see cref="PosFeatures"/>, greedy left to right with
/// its own previous guesses as context (as it tags), words of the tag dictionary neither scored nor learned from.
/// Deterministic: a seeded shuffle per epoch, features hashed without randomness, output sorted.
/// </summary>
public sealed class PosTrainer(PosTrainingOptions options)
{
    private static readonly int Tags = PosModel.TagCount;

    /// <summary>Per feature: current weights, their running totals and the step each was last changed (averaging without touching every weight each step).</summary>
    private sealed class Row
    {
        public readonly float[] Weights = new float[Tags];
        public readonly double[] Totals = new double[Tags];
        public readonly int[] Stamps = new int[Tags];
    }

    public PosModel Train(IReadOnlyList<PosSentence> sentences, Action<int, PosModel>? afterEpoch = null)
    {
        var dictionary = BuildDictionary(sentences);
        var rows = new Dictionary<ulong, Row>();
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        int step = 0;
        Span<ulong> features = stackalloc ulong[PosFeatures.Count];
        Span<float> scores = stackalloc float[Tags];
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
                    step++;
                    var gold = sentence.Tags[i];
                    PartOfSpeech guess;
                    if (dictionary.TryGetValue(sentence.Words[i], out var known))
                    {
                        guess = known;
                    }
                    else
                    {
                        PosFeatures.Fill(words, i, previous, previous2, features);
                        scores.Clear();
                        foreach (ulong f in features)
                        {
                            if (rows.TryGetValue(f, out var row))
                            {
                                for (int t = 0; t < Tags; t++)
                                {
                                    scores[t] += row.Weights[t];
                                }
                            }
                        }

                        guess = PosModel.Best(scores);
                        if (guess != gold)
                        {
                            foreach (ulong f in features)
                            {
                                if (!rows.TryGetValue(f, out var row))
                                {
                                    rows[f] = row = new Row();
                                }

                                Update(row, (int)gold, +1, step);
                                Update(row, (int)guess, -1, step);
                            }
                        }
                    }

                    previous2 = previous;
                    previous = (int)guess;
                }
            }

            afterEpoch?.Invoke(epoch, Average(rows, dictionary, step));
        }

        return Average(rows, dictionary, step);
    }

    private static void Update(Row row, int tag, float delta, int step)
    {
        row.Totals[tag] += (double)(step - row.Stamps[tag]) * row.Weights[tag];
        row.Stamps[tag] = step;
        row.Weights[tag] += delta;
    }

    private PosModel Average(Dictionary<ulong, Row> rows, Dictionary<string, PartOfSpeech> dictionary, int step)
    {
        var averaged = new List<(ulong, (PartOfSpeech, float)[])>(rows.Count);
        foreach (var (feature, row) in rows.OrderBy(r => r.Key))
        {
            var kept = new List<(PartOfSpeech, float)>();
            for (int t = 0; t < Tags; t++)
            {
                double total = row.Totals[t] + (double)(step - row.Stamps[t]) * row.Weights[t];
                float mean = (float)(total / Math.Max(1, step));
                if (Math.Abs(mean) >= options.MinWeight)
                {
                    kept.Add(((PartOfSpeech)t, mean));
                }
            }

            if (kept.Count > 0)
            {
                averaged.Add((feature, kept.ToArray()));
            }
        }

        return new PosModel(dictionary, averaged);
    }

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
