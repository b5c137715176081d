namespace Dateline.Store.Threads;

/// <summary>
/// What an article is about, as features a later article of the same story shares: its entities (keys from
/// <see cref="ThreadAssigner"/>) and its content words (lowercase letter-and-digit runs, not stop words, not numbers),
/// title words weighing more. Weighting by rarity is <see cref="Vector"/>'s.
/// </summary>
internal static class ThreadFeatures
{
    /// <summary>Word features are keyed apart from entity keys (which are LABEL:name).</summary>
    public const string WordPrefix = "word:";

    public static Dictionary<string, ThreadFeature> Of(string? title, string text, IEnumerable<EntityFeatureCount> entities, ThreadOptions options)
    {
        var features = new Dictionary<string, ThreadFeature>(StringComparer.Ordinal);
        foreach (var (key, count) in entities)
        {
            Add(features, key, options.EntityWeight, Math.Max(1, count));
        }

        // The words looked up as spans: a key string is made only for a word the article has not had yet (two strings per
        // word, its lower case and its key, were ~2 % of the writer's thread in an ingest; bench/README.md, session 6).
        var lookup = features.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(WordPrefix.Length + Math.Max(title?.Length ?? 0, text.Length));
        try
        {
            WordPrefix.CopyTo(buffer);
            AddWords(lookup, buffer, title ?? string.Empty, options.TitleWeight, options);
            AddWords(lookup, buffer, text, 1.0, options);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }

        return features;
    }

    /// <summary>
    /// The article's vector: each feature weighs role × (1 + ln count) × IDF over the <paramref name="articles"/>
    /// stored before it, IDF = ln((N + 1) / (df + 1)) + 1 (never zero, so two articles of a young collection still
    /// compare); the <paramref name="keep"/> heaviest are kept (ties by key, so the choice is deterministic) and
    /// scaled to unit length, so the dot product of two vectors is their cosine.
    /// </summary>
    public static List<WeightedFeature> Vector(IReadOnlyDictionary<string, ThreadFeature> features, Func<string, long> documentFrequency, long articles, int keep)
    {
        var weighted = features
            .Select(f => new WeightedFeature(f.Key, f.Value.Role * (1 + Math.Log(f.Value.Count)) * Idf(documentFrequency(f.Key), articles)))
            .OrderByDescending(f => f.Weight).ThenBy(f => f.Key, StringComparer.Ordinal)
            .Take(Math.Max(1, keep))
            .ToList();
        var norm = Math.Sqrt(weighted.Sum(f => f.Weight * f.Weight));
        return norm > 0 ? [.. weighted.Select(f => f with { Weight = f.Weight / norm })] : [];
    }

    /// <summary>
    /// How alike two articles are, from their unit vectors (<see cref="Vector"/>): the cosine of their entity parts
    /// weighted <paramref name="entityShare"/> plus the cosine of their word parts weighted the rest, each part scaled
    /// to unit length on its own, so an article's many words do not drown the few names it shares with another. When
    /// either article has no entity feature (a store without the entities layer, an article naming no one) it is the
    /// cosine of their word parts alone. <paramref name="other"/> is a stored vector (<see cref="ThreadVectors"/>),
    /// read in place.
    /// </summary>
    public static double Similarity(Dictionary<string, double> vector, ReadOnlySpan<byte> other, double entityShare)
    {
        double entityNorm = 0, wordNorm = 0;
        foreach (var (key, weight) in vector)
        {
            if (IsWord(key))
            {
                wordNorm += weight * weight;
            }
            else
            {
                entityNorm += weight * weight;
            }
        }

        var lookup = vector.GetAlternateLookup<ReadOnlySpan<char>>();
        double entityDot = 0, wordDot = 0, otherEntityNorm = 0, otherWordNorm = 0;
        var reader = new ThreadVectors.Reader(other);
        while (reader.Next(out var key, out var weight))
        {
            var mine = lookup.TryGetValue(key, out var w) ? w : 0.0;
            if (IsWord(key))
            {
                wordDot += mine * weight;
                otherWordNorm += weight * weight;
            }
            else
            {
                entityDot += mine * weight;
                otherEntityNorm += weight * weight;
            }
        }

        return Mix(entityDot, entityNorm, otherEntityNorm, wordDot, wordNorm, otherWordNorm, entityShare);
    }

    /// <summary>
    /// The similarity from the two parts' dot products and squared norms: the entity cosine weighted
    /// <paramref name="entityShare"/> plus the word cosine weighted the rest, or the word cosine alone when either
    /// article has no entity feature. (<see cref="ThreadVectorCache"/> sums the same parts from decoded vectors.)
    /// </summary>
    internal static double Mix(double entityDot, double entityNorm, double otherEntityNorm, double wordDot, double wordNorm, double otherWordNorm, double entityShare)
    {
        var words = wordNorm > 0 && otherWordNorm > 0 ? wordDot / Math.Sqrt(wordNorm * otherWordNorm) : 0.0;
        if (entityNorm == 0 || otherEntityNorm == 0)
        {
            return words;
        }

        return (entityShare * entityDot / Math.Sqrt(entityNorm * otherEntityNorm)) + ((1 - entityShare) * words);
    }

    /// <summary>Whether a feature key is a content word's (else an entity's).</summary>
    internal static bool IsWord(ReadOnlySpan<char> key) => key.StartsWith(WordPrefix, StringComparison.Ordinal);

    public static double Idf(long documentFrequency, long articles) => Math.Log((articles + 1.0) / (documentFrequency + 1.0)) + 1.0;

    private static void Add(Dictionary<string, ThreadFeature> features, string key, double role, int count)
        => features[key] = features.TryGetValue(key, out var f) ? new ThreadFeature(Math.Max(f.Role, role), f.Count + count) : new ThreadFeature(role, count);

    /// <summary>
    /// Adds each word of <paramref name="text"/> (a run of letters and digits of at least <see cref="ThreadOptions.MinTermLength"/>,
    /// lower-cased, neither all digits nor a stop word) under <see cref="WordPrefix"/> with <paramref name="role"/>;
    /// <paramref name="buffer"/> starts with the prefix and has room for it and the text.
    /// </summary>
    private static void AddWords(Dictionary<string, ThreadFeature>.AlternateLookup<ReadOnlySpan<char>> features, char[] buffer, string text, double role, ThreadOptions options)
    {
        var stopWords = ThreadStopWords.All.GetAlternateLookup<ReadOnlySpan<char>>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0 && i - start >= options.MinTermLength)
            {
                var word = buffer.AsSpan(WordPrefix.Length, i - start);
                text.AsSpan(start, i - start).ToLowerInvariant(word);
                if (!AllDigits(word) && !stopWords.Contains(word))
                {
                    ReadOnlySpan<char> key = buffer.AsSpan(0, WordPrefix.Length + word.Length);
                    features[key] = features.TryGetValue(key, out var f) ? new ThreadFeature(Math.Max(f.Role, role), f.Count + 1) : new ThreadFeature(role, 1);
                }
            }

            start = -1;
        }
    }

    private static bool AllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
