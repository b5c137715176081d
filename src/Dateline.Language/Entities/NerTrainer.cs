namespace Dateline.Language.Entities;

/// <summary>
/// Trains a <see cref="NerModel"/>: averaged structured perceptron (Collins 2002) with exact Viterbi decoding.
/// Features are extracted once into bucket indices; the hot loop works on flat arrays. Deterministic: sentences
/// are visited in a seeded shuffle, and every collection is iterated in a fixed order.
/// </summary>
public sealed class NerTrainer(NerTrainingOptions options)
{
    /// <summary>Progress lines (epoch, mistakes, dev F1) for the console.</summary>
    public Action<string>? Log { get; init; }

    public NerModel Train(IReadOnlyList<TaggedSentence> sentences, Lexicon lexicon, WordClusters clusters, IReadOnlyList<TaggedSentence>? dev = null)
    {
        var types = options.Types;
        int labelCount = 1 + (2 * types.Count);
        int buckets = 1 << options.Bits;
        int mask = buckets - 1;
        var extractor = new FeatureExtractor(lexicon, clusters);
        var scratch = new FeatureScratch();

        // Extract every sentence's features once: bucket indices per token.
        var features = new int[sentences.Count][];
        var offsets = new int[sentences.Count][];
        var gold = new int[sentences.Count][];
        var counts = new int[buckets];
        var documents = NerEvaluation.Documents(sentences);
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            int n = sentence.Words.Length;
            extractor.Extract(sentence.Words, scratch, documents[s]);
            int total = 0;
            for (int i = 0; i < n; i++)
            {
                total += scratch.Counts[i];
            }

            var f = new int[total];
            var o = new int[n + 1];
            int k = 0;
            for (int i = 0; i < n; i++)
            {
                o[i] = k;
                int start = i * FeatureExtractor.MaxFeaturesPerToken;
                for (int j = 0; j < scratch.Counts[i]; j++)
                {
                    int bucket = (int)(scratch.Features[start + j] & (ulong)mask);
                    f[k++] = bucket;
                    counts[bucket]++;
                }
            }

            o[n] = k;
            features[s] = f;
            offsets[s] = o;
            gold[s] = sentence.Tags.Select(t => LabelOf(t, types)).ToArray();
        }

        // Rare features out: mark them -1 so the loops skip them.
        foreach (var f in features)
        {
            for (int j = 0; j < f.Length; j++)
            {
                if (counts[f[j]] < options.MinFeatureCount)
                {
                    f[j] = -1;
                }
            }
        }

        var weights = new float[(long)buckets * labelCount];
        var accumulated = new float[(long)buckets * labelCount];
        var transitions = new float[(labelCount + 1) * labelCount];
        var transitionsAccumulated = new float[transitions.Length];
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var predicted = new int[256];
        float step = 1;
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            for (int i = order.Length - 1; i > 0; i--)
            {
                int j = random.Next(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }

            int mistakes = 0;
            foreach (int s in order)
            {
                var f = features[s];
                var o = offsets[s];
                var g = gold[s];
                int n = g.Length;
                if (n == 0)
                {
                    continue;
                }

                if (predicted.Length < n)
                {
                    predicted = new int[n * 2];
                }

                scratch.EnsureLattice(n, labelCount);
                var scores = scratch.Scores;
                Array.Clear(scores, 0, n * labelCount);
                for (int i = 0; i < n; i++)
                {
                    int row = i * labelCount;
                    for (int j = o[i]; j < o[i + 1]; j++)
                    {
                        int bucket = f[j];
                        if (bucket < 0)
                        {
                            continue;
                        }

                        long w = (long)bucket * labelCount;
                        for (int y = 0; y < labelCount; y++)
                        {
                            scores[row + y] += weights[w + y];
                        }
                    }
                }

                Viterbi.Decode(scores, n, labelCount, transitions, scratch, predicted);
                bool wrong = false;
                for (int i = 0; i < n; i++)
                {
                    int previousGold = i == 0 ? labelCount : g[i - 1];
                    int previousPredicted = i == 0 ? labelCount : predicted[i - 1];
                    if (g[i] == predicted[i] && previousGold == previousPredicted)
                    {
                        continue;
                    }

                    wrong = true;
                    Update(transitions, transitionsAccumulated, (previousGold * labelCount) + g[i], 1, step);
                    Update(transitions, transitionsAccumulated, (previousPredicted * labelCount) + predicted[i], -1, step);
                    if (g[i] == predicted[i])
                    {
                        continue;
                    }

                    for (int j = o[i]; j < o[i + 1]; j++)
                    {
                        int bucket = f[j];
                        if (bucket < 0)
                        {
                            continue;
                        }

                        long w = (long)bucket * labelCount;
                        Update(weights, accumulated, w + g[i], 1, step);
                        Update(weights, accumulated, w + predicted[i], -1, step);
                    }
                }

                mistakes += wrong ? 1 : 0;
                step++;
            }

            var message = $"epoch {epoch}: {mistakes} of {sentences.Count} sentences wrong";
            if (dev is { Count: > 0 })
            {
                var model = Average(types, weights, accumulated, transitions, transitionsAccumulated, step, lexicon, clusters);
                message += $", dev F1 {NerEvaluation.Score(model, dev).F1:F2}";
            }

            Log?.Invoke(message);
        }

        return Average(types, weights, accumulated, transitions, transitionsAccumulated, step, lexicon, clusters);
    }

    public static int LabelOf(string tag, IReadOnlyList<string> types)
    {
        if (tag == "O")
        {
            return 0;
        }

        int t = -1;
        for (int k = 0; k < types.Count; k++)
        {
            if (string.Equals(types[k], tag[2..], StringComparison.Ordinal))
            {
                t = k;
                break;
            }
        }

        if (t < 0)
        {
            return 0;
        }

        return tag[0] == 'B' ? 1 + (2 * t) : 2 + (2 * t);
    }

    // Averaging trick (Daumé): accumulated holds the sum of step × update; the average is w − accumulated / step.
    private static void Update(float[] weights, float[] accumulated, long index, float delta, float step)
    {
        weights[index] += delta;
        accumulated[index] += delta * step;
    }

    private NerModel Average(IReadOnlyList<string> types, float[] weights, float[] accumulated, float[] transitions, float[] transitionsAccumulated, float step, Lexicon lexicon, WordClusters clusters)
    {
        int labelCount = 1 + (2 * types.Count);
        int buckets = 1 << options.Bits;
        var rowOf = new int[buckets];
        var rows = new List<float>();
        int rowCount = 0;
        for (int b = 0; b < buckets; b++)
        {
            long w = (long)b * labelCount;
            bool any = false;
            for (int y = 0; y < labelCount; y++)
            {
                float average = weights[w + y] - (accumulated[w + y] / step);
                if (Math.Abs(average) > 1e-3f)
                {
                    any = true;
                    break;
                }
            }

            if (!any)
            {
                rowOf[b] = -1;
                continue;
            }

            rowOf[b] = rowCount++;
            for (int y = 0; y < labelCount; y++)
            {
                // Rounded through Half here so that the model in memory equals the saved one.
                rows.Add((float)(Half)(weights[w + y] - (accumulated[w + y] / step)));
            }
        }

        var averagedTransitions = new float[transitions.Length];
        for (int i = 0; i < transitions.Length; i++)
        {
            averagedTransitions[i] = transitions[i] - (transitionsAccumulated[i] / step);
        }

        return new NerModel(types, options.Bits, rowOf, [.. rows], averagedTransitions, lexicon, clusters);
    }
}
