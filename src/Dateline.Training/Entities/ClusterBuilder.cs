using Dateline.Language.Entities;

namespace Dateline.Training.Entities;

/// <summary>
/// A cheap, deterministic stand-in for Brown clusters: each frequent word is described by the positive PMI of its
/// left and right neighbours among the most frequent words; the vectors are randomly projected (fixed seed),
/// normalised, and (a) signed against their principal components, most variance first, giving a hierarchical
/// bit path whose prefixes are coarser classes, and (b) grouped by k-means into flat clusters.
/// </summary>
public sealed class ClusterBuilder(ClusterOptions options)
{
    public WordClusters Build(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var materialised = sentences.Select(s => s.Select(w => w.ToLowerInvariant()).ToArray()).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in materialised)
        {
            foreach (var w in s)
            {
                counts[w] = counts.GetValueOrDefault(w) + 1;
            }
        }

        var ordered = counts.Where(e => e.Value >= options.MinCount)
            .OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal)
            .Take(options.MaxWords).Select(e => e.Key).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < ordered.Count; i++)
        {
            index[ordered[i]] = i;
        }

        int n = ordered.Count;
        int c = Math.Min(options.ContextWords, n);
        int width = (2 * c) + 2;
        var cooc = new float[(long)n * width];
        var wordTotals = new double[n];
        var contextTotals = new double[width];
        double total = 0;
        foreach (var s in materialised)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (!index.TryGetValue(s[i], out int w))
                {
                    continue;
                }

                int left = i > 0 && index.TryGetValue(s[i - 1], out int l) && l < c ? l : c;
                int right = i + 1 < s.Length && index.TryGetValue(s[i + 1], out int r) && r < c ? c + 1 + r : (2 * c) + 1;
                cooc[((long)w * width) + left]++;
                cooc[((long)w * width) + right]++;
                wordTotals[w] += 2;
                contextTotals[left]++;
                contextTotals[right]++;
                total += 2;
            }
        }

        // Positive PMI, then a fixed random projection to a few dense dimensions.
        int d = options.Dimensions;
        var random = new Random(options.Seed);
        var projection = new float[width * d];
        for (int i = 0; i < projection.Length; i++)
        {
            projection[i] = (float)Gaussian(random);
        }

        var vectors = new float[n * d];
        for (int w = 0; w < n; w++)
        {
            var row = vectors.AsSpan(w * d, d);
            for (int k = 0; k < width; k++)
            {
                float count = cooc[((long)w * width) + k];
                if (count == 0)
                {
                    continue;
                }

                double pmi = Math.Log(count * total / (wordTotals[w] * contextTotals[k]));
                if (pmi <= 0)
                {
                    continue;
                }

                var p = projection.AsSpan(k * d, d);
                for (int j = 0; j < d; j++)
                {
                    row[j] += (float)pmi * p[j];
                }
            }

            Normalise(row);
        }

        var paths = PrincipalSigns(vectors, n, d, options.PathBits);
        var flat = KMeans(vectors, n, d, Math.Min(options.FlatClusters, Math.Max(1, n)), options.KMeansIterations);
        var classes = new Dictionary<ulong, uint>(n);
        for (int w = 0; w < n; w++)
        {
            classes[FeatureHash.OfLower(ordered[w])] = (paths[w] << 16) | (uint)(flat[w] + 1);
        }

        return new WordClusters(classes);
    }

    private static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float sum = 0;
        for (int j = 0; j < a.Length; j++)
        {
            sum += a[j] * b[j];
        }

        return sum;
    }

    private static void Normalise(Span<float> row)
    {
        double norm = 0;
        foreach (var x in row)
        {
            norm += x * x;
        }

        if (norm > 0)
        {
            float inv = (float)(1.0 / Math.Sqrt(norm));
            for (int j = 0; j < row.Length; j++)
            {
                row[j] *= inv;
            }
        }
    }

    /// <summary>Bit b of a word's path: the sign of its centred vector on the b-th principal component.</summary>
    private static uint[] PrincipalSigns(float[] vectors, int n, int d, int bits)
    {
        var mean = new double[d];
        for (int w = 0; w < n; w++)
        {
            for (int j = 0; j < d; j++)
            {
                mean[j] += vectors[(w * d) + j];
            }
        }

        for (int j = 0; j < d; j++)
        {
            mean[j] /= Math.Max(1, n);
        }

        var cov = new double[d, d];
        var centred = new double[d];
        for (int w = 0; w < n; w++)
        {
            for (int j = 0; j < d; j++)
            {
                centred[j] = vectors[(w * d) + j] - mean[j];
            }

            for (int a = 0; a < d; a++)
            {
                for (int b = a; b < d; b++)
                {
                    cov[a, b] += centred[a] * centred[b];
                }
            }
        }

        for (int a = 0; a < d; a++)
        {
            for (int b = 0; b < a; b++)
            {
                cov[a, b] = cov[b, a];
            }
        }

        bits = Math.Min(bits, d);
        var components = new double[bits][];
        for (int k = 0; k < bits; k++)
        {
            // Power iteration with deflation against the components found so far.
            var v = new double[d];
            for (int j = 0; j < d; j++)
            {
                v[j] = 1.0 + (0.01 * j);
            }

            for (int iteration = 0; iteration < 200; iteration++)
            {
                var next = new double[d];
                for (int a = 0; a < d; a++)
                {
                    double sum = 0;
                    for (int b = 0; b < d; b++)
                    {
                        sum += cov[a, b] * v[b];
                    }

                    next[a] = sum;
                }

                for (int p = 0; p < k; p++)
                {
                    double dot = 0;
                    for (int j = 0; j < d; j++)
                    {
                        dot += next[j] * components[p][j];
                    }

                    for (int j = 0; j < d; j++)
                    {
                        next[j] -= dot * components[p][j];
                    }
                }

                double norm = Math.Sqrt(next.Sum(x => x * x));
                if (norm == 0)
                {
                    break;
                }

                for (int j = 0; j < d; j++)
                {
                    v[j] = next[j] / norm;
                }
            }

            components[k] = v;
        }

        var paths = new uint[n];
        for (int w = 0; w < n; w++)
        {
            uint path = 0;
            for (int k = 0; k < bits; k++)
            {
                double dot = 0;
                for (int j = 0; j < d; j++)
                {
                    dot += (vectors[(w * d) + j] - mean[j]) * components[k][j];
                }

                path = (path << 1) | (dot >= 0 ? 1u : 0u);
            }

            paths[w] = path << (16 - bits);
        }

        return paths;
    }

    private static int[] KMeans(float[] vectors, int n, int d, int k, int iterations)
    {
        var centres = new float[k * d];
        for (int c = 0; c < k; c++)
        {
            // Spread the initial centres over the frequency ranks.
            int w = (int)((long)c * n / k);
            Array.Copy(vectors, w * d, centres, c * d, d);
        }

        var assignment = new int[n];
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            for (int w = 0; w < n; w++)
            {
                var row = vectors.AsSpan(w * d, d);
                int best = 0;
                float bestScore = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    float score = Dot(row, centres.AsSpan(c * d, d));
                    if (score > bestScore)
                    {
                        bestScore = score;
                        best = c;
                    }
                }

                assignment[w] = best;
            }

            Array.Clear(centres);
            for (int w = 0; w < n; w++)
            {
                var centre = centres.AsSpan(assignment[w] * d, d);
                var row = vectors.AsSpan(w * d, d);
                for (int j = 0; j < d; j++)
                {
                    centre[j] += row[j];
                }
            }

            for (int c = 0; c < k; c++)
            {
                Normalise(centres.AsSpan(c * d, d));
            }
        }

        return assignment;
    }
}
