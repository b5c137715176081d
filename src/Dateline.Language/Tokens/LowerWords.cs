namespace Dateline.Language.Tokens;

/// <summary>
/// A word lower-cased (invariant culture) with ’ read as ', as a string: the events stage reads every token so. News
/// repeats its words, so each thread keeps the strings it made in a small direct-mapped table (a slot per hash of the
/// lower-cased word, the newest word wins a slot) and hands a word's string out again instead of allocating a copy per
/// token. A dictionary of every word seen was tried first: its lookups cost more than the copies they saved
/// (bench/README.md, "Fewer allocations in the events, times and quotes stages").
/// </summary>
internal static class LowerWords
{
    /// <summary>Longer words are made strings each time (rare, and seldom repeated: URLs, long names).</summary>
    public const int MaxCachedLength = 32;

    /// <summary>Slots of the table (a power of two): 32 KB of references a thread, within a core's L2 cache.</summary>
    public const int Slots = 4096;

    [ThreadStatic]
    private static string?[]? t_slots;

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
        uint hash = 2166136261; // FNV-1a over the lower-cased chars
        foreach (char c in lower)
        {
            hash = (hash ^ c) * 16777619;
        }

        var slots = t_slots ??= new string?[Slots];
        ref var slot = ref slots[hash & (Slots - 1)];
        if (slot is { } known && known.AsSpan().SequenceEqual(lower))
        {
            return known;
        }

        return slot = new string(lower);
    }
}
