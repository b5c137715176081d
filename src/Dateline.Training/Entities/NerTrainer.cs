using Dateline.Language.Entities;

namespace Dateline.Training.Entities;

/// <summary>
/// Trains a <see cref="NerModel"/>: averaged structured perceptron (Collins 2002) with exact Viterbi decoding, or a
/// linear-chain CRF by averaged SGD (<see cref="CrfGradient"/>); both give the same kind of model. Features are
/// extracted once into bucket indices; the hot loop works on flat arrays. Deterministic: sentences are visited in a
/// seeded shuffle, and every collection is iterated in a fixed order.
/// </summary>
public sealed class NerTrainer(NerTrainingOptions options)
{
    private LabelScheme Scheme => options.Bilou ? LabelScheme.Bilou : LabelScheme.Iob2;

    /// <summary>Progress lines (epoch, mistakes, dev F1) for the console.</summary>
    public Action<string>? Log { get; init; }

    public NerModel Train(IReadOnlyList<TaggedSentence> sentences, Lexicon lexicon, WordClusters clusters, IReadOnlyList<TaggedSentence>? dev = null)
    {
        var types = options.Types;
        var scheme = Scheme;
        int labelCount = scheme.LabelCount(types.Count);
        var allowed = scheme.AllowedTable(labelCount);
        int buckets = 1 << options.Bits;
        int mask = buckets - 1;
        var extractor = new FeatureExtractor(lexicon, clusters, options.ExtendedFeatures, options.PhraseFeatures);
        var scratch = new FeatureScratch();

        // Extract every sentence's features once: bucket indices per token.
        var features = new int[sentences.Count][];
        var offsets = new int[sentences.Count][];
        var gold = new int[sentences.Count][];
        var counts = new int[buckets];
        var documents = NerEvaluation.Documents(sentences);
        var history = options.PredictionHistory ? new TrainingHistory(scheme, sentences.Count, types.Count) : null;
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            int n = sentence.Words.Length;
            extractor.Extract(sentence.Words, scratch, documents[s]);
            history?.Index(s, s > 0 && ReferenceEquals(documents[s], documents[s - 1]), sentence.Words, scratch.Low);
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
            gold[s] = scheme.Encode(sentence.Tags, types);
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
        var historyFeatures = new int[256 * PredictionHistory.FeatureCount];
        var historyCounts = new int[256];
        float step = 1;
        if (options.Algorithm == NerAlgorithm.Crf)
        {
            if (history is not null)
            {
                throw new ArgumentException("The CRF trainer does not take the prediction history.");
            }

            var crf = new CrfGradient(labelCount, allowed, scheme);
            for (int epoch = 1; epoch <= options.Epochs; epoch++)
            {
                Shuffle(order, random);
                double logLikelihood = 0;
                float rate = options.LearningRate / (1 + ((epoch - 1) * options.LearningRateDecay));
                foreach (int s in order)
                {
                    if (gold[s].Length == 0)
                    {
                        continue;
                    }

                    logLikelihood += crf.Step(features[s], offsets[s], gold[s], weights, accumulated, transitions, transitionsAccumulated, rate, step);
                    step++;
                }

                LogEpoch($"epoch {epoch}: log-likelihood {logLikelihood:F0}", dev, types, weights, accumulated, transitions, transitionsAccumulated, step, lexicon, clusters);
            }

            return Average(types, weights, accumulated, transitions, transitionsAccumulated, step, lexicon, clusters);
        }

        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            Shuffle(order, random);
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
                    historyFeatures = new int[n * 2 * PredictionHistory.FeatureCount];
                    historyCounts = new int[n * 2];
                }

                if (history is not null)
                {
                    history.Features(s, n, mask, historyFeatures, historyCounts);
                }

                scratch.EnsureLattice(n, labelCount);
                var scores = scratch.Scores;
                Emissions(f, o, n, weights, labelCount, scores);
                for (int i = 0; i < n; i++)
                {
                    int row = i * labelCount;
                    for (int j = 0; j < (history is null ? 0 : historyCounts[i]); j++)
                    {
                        long w = (long)historyFeatures[(i * PredictionHistory.FeatureCount) + j] * labelCount;
                        for (int y = 0; y < labelCount; y++)
                        {
                            scores[row + y] += weights[w + y];
                        }
                    }
                }

                Viterbi.Decode(scores, n, labelCount, transitions, allowed, scheme, scratch, predicted);
                history?.Remember(s, predicted.AsSpan(0, n));
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

                    for (int j = 0; j < (history is null ? 0 : historyCounts[i]); j++)
                    {
                        long w = (long)historyFeatures[(i * PredictionHistory.FeatureCount) + j] * labelCount;
                        Update(weights, accumulated, w + g[i], 1, step);
                        Update(weights, accumulated, w + predicted[i], -1, step);
                    }
                }

                mistakes += wrong ? 1 : 0;
                step++;
            }

            LogEpoch($"epoch {epoch}: {mistakes} of {sentences.Count} sentences wrong", dev, types, weights, accumulated, transitions, transitionsAccumulated, step, lexicon, clusters);
        }

        return Average(types, weights, accumulated, transitions, transitionsAccumulated, step, lexicon, clusters);
    }

    /// <summary>The progress line of an epoch, with the dev F1 of the model so far when there is a dev set.</summary>
    private void LogEpoch(string message, IReadOnlyList<TaggedSentence>? dev, IReadOnlyList<string> types, float[] weights, float[] accumulated, float[] transitions, float[] transitionsAccumulated, float step, Lexicon lexicon, WordClusters clusters)
    {
        if (dev is { Count: > 0 })
        {
            var model = Average(types, weights, accumulated, transitions, transitionsAccumulated, step, lexicon, clusters);
            message += $", dev F1 {NerEvaluation.Score(model, dev).F1:F2}";
        }

        Log?.Invoke(message);
    }

    /// <summary>scores[i × L + y] = the sum of the weights of token i's feature buckets for label y (buckets −1 skipped).</summary>
    internal static void Emissions(int[] features, int[] offsets, int n, float[] weights, int labelCount, float[] scores)
    {
        Array.Clear(scores, 0, n * labelCount);
        for (int i = 0; i < n; i++)
        {
            int row = i * labelCount;
            for (int j = offsets[i]; j < offsets[i + 1]; j++)
            {
                int bucket = features[j];
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
    }

    private static void Shuffle(int[] order, Random random)
    {
        for (int i = order.Length - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
    }

    // Averaging trick (Daumé): accumulated holds the sum of step × update; the average is w − accumulated / step.
    internal static void Update(float[] weights, float[] accumulated, long index, float delta, float step)
    {
        weights[index] += delta;
        accumulated[index] += delta * step;
    }

    private NerModel Average(IReadOnlyList<string> types, float[] weights, float[] accumulated, float[] transitions, float[] transitionsAccumulated, float step, Lexicon lexicon, WordClusters clusters)
    {
        int labelCount = Scheme.LabelCount(types.Count);
        int buckets = 1 << options.Bits;
        var bucketOfRow = new List<int>();
        var rows = new List<float>();
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
                continue;
            }

            bucketOfRow.Add(b);
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

        return new NerModel(types, options.Bits, [.. bucketOfRow], [.. rows], averagedTransitions, lexicon, clusters, options.PredictionHistory, options.ExtendedFeatures, Scheme, options.PhraseFeatures);
    }

    /// <summary>
    /// The prediction history during training: each sentence sees the labels its document's earlier sentences got at
    /// their latest visit (this epoch or the last), as a tagger reading the document in order would see its own.
    /// </summary>
    private sealed class TrainingHistory(LabelScheme scheme, int sentenceCount, int typeCount)
    {
        private readonly int[]?[] _latest = new int[sentenceCount][];
        private readonly ulong[][] _low = new ulong[sentenceCount][];
        private readonly Dictionary<ulong, List<(int Sentence, int Token)>>?[] _occurrences = new Dictionary<ulong, List<(int, int)>>?[sentenceCount];
        private readonly int[] _tally = new int[typeCount + 1];
        private readonly ulong[] _hashes = new ulong[PredictionHistory.FeatureCount];

        /// <summary>Indexes the capitalised words of sentence <paramref name="s"/> (sentences come in file order).</summary>
        public void Index(int s, bool sameDocument, string[] words, ulong[] low)
        {
            var occurrences = sameDocument ? _occurrences[s - 1]! : [];
            _occurrences[s] = occurrences;
            var own = new ulong[words.Length];
            for (int i = 0; i < words.Length; i++)
            {
                if (!PredictionHistory.IsCapitalised(words[i]))
                {
                    continue;
                }

                own[i] = low[i];
                if (!occurrences.TryGetValue(low[i], out var list))
                {
                    occurrences[low[i]] = list = [];
                }

                list.Add((s, i));
            }

            _low[s] = own;
        }

        public void Remember(int s, ReadOnlySpan<int> labels) => _latest[s] = labels.ToArray();

        /// <summary>Bucket indices of the history features of each token of sentence <paramref name="s"/>.</summary>
        public void Features(int s, int n, int mask, int[] features, int[] counts)
        {
            var occurrences = _occurrences[s]!;
            var low = _low[s];
            for (int i = 0; i < n; i++)
            {
                counts[i] = 0;
                if (low[i] == 0 || !occurrences.TryGetValue(low[i], out var list))
                {
                    continue;
                }

                Array.Clear(_tally);
                int last = -1;
                foreach (var (sentence, token) in list)
                {
                    if (sentence >= s)
                    {
                        break;
                    }

                    if (_latest[sentence] is { } labels)
                    {
                        last = scheme.TypeOf(labels[token]) + 1;
                        _tally[last]++;
                    }
                }

                if (last < 0)
                {
                    continue;
                }

                int k = PredictionHistory.Features(_tally, last, _hashes, 0);
                for (int j = 0; j < k; j++)
                {
                    features[(i * PredictionHistory.FeatureCount) + j] = (int)(_hashes[j] & (ulong)mask);
                }

                counts[i] = k;
            }
        }
    }
}
