namespace Dateline.Language.Tokens;

/// <summary>
/// One string per distinct short word a thread reads again: news repeats its words, so a small direct-mapped table
/// (a slot per hash of the word, the newest word wins a slot) hands a repeated word's string out again instead of
/// allocating a copy per token. A dictionary of every word seen was tried first: its lookups cost more than the copies
/// they saved (bench/README.md, "Fewer allocations in the events, times and quotes stages"). Each caller keeps its own
/// table (<see cref="LowerWords"/>, <see cref="WordStrings"/>), so they do not evict each other's words.
/// </summary>
internal static class RecentStrings
{
    /// <summary>Longer words are made strings each time (rare, and seldom repeated: URLs, long names).</summary>
    public const int MaxCachedLength = 32;

    /// <summary>Slots of a table (a power of two): 32 KB of references a thread, within a core's L2 cache.</summary>
    public const int Slots = 4096;

    /// <summary>The characters as a string, the table's when it holds them (<paramref name="slots"/>: a thread's table, made on first use).</summary>
    public static string Of(ReadOnlySpan<char> chars, ref string?[]? slots)
    {
        if (chars.Length > MaxCachedLength || chars.Length == 0)
        {
            return chars.ToString();
        }

        uint hash = 2166136261; // FNV-1a
        foreach (char c in chars)
        {
            hash = (hash ^ c) * 16777619;
        }

        slots ??= new string?[Slots];
        ref var slot = ref slots[hash & (Slots - 1)];
        if (slot is { } known && known.AsSpan().SequenceEqual(chars))
        {
            return known;
        }

        return slot = chars.ToString();
    }
}
