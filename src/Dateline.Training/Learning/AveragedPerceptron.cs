namespace Dateline.Training.Learning;

/// <summary>
/// A multi-class averaged perceptron over sparse features (the part-of-speech tagger's and the event argument
/// scorer's): weights per feature and class, averaged over every step without touching every weight at each step
/// (each weight keeps its running total and the step it last changed). Deterministic: no randomness here; callers
/// shuffle with a seed.
/// </summary>
public sealed class AveragedPerceptron<TFeature>(int classes)
    where TFeature : notnull
{
    /// <summary>Per feature: current weights, their running totals and the step each was last changed.</summary>
    private sealed class Row(int classes)
    {
        public readonly float[] Weights = new float[classes];
        public readonly double[] Totals = new double[classes];
        public readonly int[] Stamps = new int[classes];
    }

    private readonly Dictionary<TFeature, Row> _rows = [];

    public int Classes { get; } = classes;

    /// <summary>Steps taken so far (one per instance seen, learned from or not): the averaging's denominator.</summary>
    public int Step { get; private set; }

    /// <summary>Starts the next instance.</summary>
    public void Tick() => Step++;

    /// <summary>Adds the current weights of <paramref name="features"/> to <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<TFeature> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            if (_rows.TryGetValue(f, out var row))
            {
                for (int c = 0; c < Classes; c++)
                {
                    scores[c] += row.Weights[c];
                }
            }
        }
    }

    /// <summary>The perceptron update: towards <paramref name="gold"/>, away from <paramref name="guess"/> (nothing when they agree).</summary>
    public void Update(ReadOnlySpan<TFeature> features, int gold, int guess)
    {
        if (gold == guess)
        {
            return;
        }

        foreach (var f in features)
        {
            var row = RowOf(f);
            Move(row, gold, +1);
            Move(row, guess, -1);
        }
    }

    /// <summary>Moves the weights of <paramref name="features"/> for one class by <paramref name="delta"/> (a ranking update: towards the right candidate's features, away from the chosen one's).</summary>
    public void Adjust(ReadOnlySpan<TFeature> features, int c, float delta)
    {
        foreach (var f in features)
        {
            Move(RowOf(f), c, delta);
        }
    }

    private Row RowOf(TFeature f)
    {
        if (!_rows.TryGetValue(f, out var row))
        {
            _rows[f] = row = new Row(Classes);
        }

        return row;
    }

    private void Move(Row row, int c, float delta)
    {
        row.Totals[c] += (double)(Step - row.Stamps[c]) * row.Weights[c];
        row.Stamps[c] = Step;
        row.Weights[c] += delta;
    }

    /// <summary>
    /// The averaged weights, features in <paramref name="order"/>, each with the classes whose mean weight reaches
    /// <paramref name="minWeight"/> in magnitude; features left with none are dropped.
    /// </summary>
    public List<(TFeature Feature, (int Class, float Weight)[] Row)> Averaged(IComparer<TFeature> order, float minWeight)
    {
        var averaged = new List<(TFeature, (int, float)[])>(_rows.Count);
        foreach (var (feature, row) in _rows.OrderBy(r => r.Key, order))
        {
            var kept = new List<(int, float)>();
            for (int c = 0; c < Classes; c++)
            {
                double total = row.Totals[c] + (double)(Step - row.Stamps[c]) * row.Weights[c];
                float mean = (float)(total / Math.Max(1, Step));
                if (Math.Abs(mean) >= minWeight)
                {
                    kept.Add((c, mean));
                }
            }

            if (kept.Count > 0)
            {
                averaged.Add((feature, kept.ToArray()));
            }
        }

        return averaged;
    }
}
