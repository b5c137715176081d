namespace Dateline.Language.Tokens;

/// <summary>
/// A token's text as a string, as written (no case change): the entity resolver reads every token so. As in
/// <see cref="LowerWords"/>, each thread keeps the strings it made in a small direct-mapped table (a slot per hash
/// of the word, the newest word wins a slot) and hands a repeated word's string out again instead of a new copy.
/// The table is its own, so the two do not evict each other's words.
/// </summary>
internal static class WordStrings
{
    /// <summary>Longer words are made strings each time (rare, and seldom repeated: URLs, long names).</summary>
    public const int MaxCachedLength = 32;

    /// <summary>Slots of the table (a power of two): 32 KB of references a thread.</summary>
    public const int Slots = 4096;

    [ThreadStatic]
    private static string?[]? t_slots;

    /// <summary>The word as a string: equal to <c>word.ToString()</c>.</summary>
    public static string Of(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxCachedLength || word.Length == 0)
        {
            return word.ToString();
        }

        uint hash = 2166136261; // FNV-1a
        foreach (char c in word)
        {
            hash = (hash ^ c) * 16777619;
        }

        var slots = t_slots ??= new string?[Slots];
        ref var slot = ref slots[hash & (Slots - 1)];
        if (slot is { } known && known.AsSpan().SequenceEqual(word))
        {
            return known;
        }

        return slot = word.ToString();
    }
}
