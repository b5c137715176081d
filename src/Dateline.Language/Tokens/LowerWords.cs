namespace Dateline.Language.Tokens;

/// <summary>
/// A word lower-cased (invariant culture) with ’ read as ', as a string: the events stage reads every token so, and the
/// time tagger the words around a time expression. News repeats its words, so each thread keeps one string per
/// distinct short word (up to <see cref="MaxCachedWords"/> of them) and hands it out again instead of allocating a copy
/// per token (bench/README.md, "Fewer allocations in the events, times and quotes stages").
/// </summary>
internal static class LowerWords
{
    /// <summary>Longer words are made strings each time (rare, and seldom repeated: URLs, long names).</summary>
    public const int MaxCachedLength = 32;

    /// <summary>At most this many distinct words a thread keeps (a few MB); past it, new words are made strings each time.</summary>
    public const int MaxCachedWords = 1 << 16;

    [ThreadStatic]
    private static Dictionary<string, string>? t_words;

    /// <summary>The word lower-cased, ’ as ': equal to <c>word.ToString().ToLowerInvariant().Replace('’', '\'')</c>.</summary>
    public static string Of(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxCachedLength)
        {
            return word.ToString().ToLowerInvariant().Replace('’', '\'');
        }

        Span<char> lower = stackalloc char[MaxCachedLength];
        lower = lower[..word.Length];
        word.ToLowerInvariant(lower);
        lower.Replace('’', '\'');
        var words = t_words ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out var known))
        {
            return known;
        }

        var made = new string(lower);
        if (words.Count < MaxCachedWords)
        {
            words[made] = made;
        }

        return made;
    }
}
