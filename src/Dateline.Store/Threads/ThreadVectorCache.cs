namespace Dateline.Store.Threads;

/// <summary>
/// Stored articles' thread vectors (<see cref="ThreadVectors"/>) decoded once for a transaction's thread assignment:
/// a candidate compared with several articles of a batch is read and decoded once (vectors never change once written),
/// its keys numbered (by the state's <see cref="ThreadFeatureTable"/>) so that comparing it is an array lookup per
/// feature instead of decoding and hashing each key.
/// <see cref="Similarity"/> adds up the same products in the same order as <see cref="ThreadFeatures.Similarity"/>,
/// so scores are the same to the last bit. Bounded: emptied when it would hold more than its capacity of vectors (the
/// numbers stay with the table; emptied also whenever the table is).
/// </summary>
internal sealed class ThreadVectorCache(int capacity, ThreadFeatureTable features)
{
    private readonly Dictionary<long, Decoded> _vectors = [];

    // The new article's weights by feature number (0 where it lacks the feature), and its norms.
    private double[] _mine = new double[256];
    private readonly List<int> _set = [];
    private double _entityNorm, _wordNorm;

    public int Count => _vectors.Count;

    public bool Contains(long article) => _vectors.ContainsKey(article);

    /// <summary>Forgets every vector (a failed batch, another writer changed the store, or the table's numbers went).</summary>
    public void Clear() => _vectors.Clear();

    /// <summary>
    /// Starts comparing with <paramref name="vector"/> (the new article's kept features, in the order its dictionary
    /// enumerates them: the order <see cref="ThreadFeatures.Similarity"/> sums its norms in). Empties the cache first
    /// when it is full.
    /// </summary>
    public void Begin(Dictionary<string, double> vector)
    {
        if (_vectors.Count >= capacity)
        {
            _vectors.Clear();
        }

        foreach (var id in _set)
        {
            _mine[id] = 0;
        }

        _set.Clear();
        _entityNorm = 0;
        _wordNorm = 0;
        foreach (var (key, weight) in vector)
        {
            if (ThreadFeatures.IsWord(key))
            {
                _wordNorm += weight * weight;
            }
            else
            {
                _entityNorm += weight * weight;
            }

            var id = features.Id(key);
            if (id >= _mine.Length)
            {
                Array.Resize(ref _mine, Math.Max(_mine.Length * 2, id + 1));
            }

            _mine[id] = weight;
            _set.Add(id);
        }
    }

    /// <summary>Decodes and keeps a stored article's vector (the value of its <c>thread_vectors</c> row).</summary>
    public void Add(long article, ReadOnlySpan<byte> encoded)
    {
        var ids = new List<int>();
        var weights = new List<double>();
        var words = new List<bool>();
        double entityNorm = 0, wordNorm = 0;
        var reader = new ThreadVectors.Reader(encoded);
        while (reader.Next(out var key, out var weight))
        {
            var id = features.Id(key);
            var word = ThreadFeatures.IsWord(key);
            if (word)
            {
                wordNorm += weight * weight;
            }
            else
            {
                entityNorm += weight * weight;
            }

            ids.Add(id);
            weights.Add(weight);
            words.Add(word);
        }

        _vectors[article] = new Decoded([.. ids], [.. weights], [.. words], entityNorm, wordNorm);
    }

    /// <summary>
    /// The similarity of the article begun with (<see cref="Begin"/>) to a kept one, as
    /// <see cref="ThreadFeatures.Similarity"/> computes it; null when the article is not kept.
    /// </summary>
    public double? Similarity(long article, double entityShare)
    {
        if (!_vectors.TryGetValue(article, out var other))
        {
            return null;
        }

        // The products in stored order; the stored vector's norms were summed in that order when it was decoded.
        double entityDot = 0, wordDot = 0;
        var mine = _mine;
        for (var i = 0; i < other.Ids.Length; i++)
        {
            var id = other.Ids[i];
            var m = id < mine.Length ? mine[id] : 0.0;
            if (other.Words[i])
            {
                wordDot += m * other.Weights[i];
            }
            else
            {
                entityDot += m * other.Weights[i];
            }
        }

        return ThreadFeatures.Mix(entityDot, _entityNorm, other.EntityNorm, wordDot, _wordNorm, other.WordNorm, entityShare);
    }

    private sealed record Decoded(int[] Ids, double[] Weights, bool[] Words, double EntityNorm, double WordNorm);
}
