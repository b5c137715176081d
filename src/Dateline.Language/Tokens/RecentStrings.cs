using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using Dateline.Core.Model;

namespace Dateline.Language.Tokens;

/// <summary>
/// One string per distinct short word a thread reads again: news repeats its words, so a small direct-mapped table
/// (a slot per hash of the word, the newest word wins a slot) hands a repeated word's string out again instead of
/// allocating a copy per token. A dictionary of every word seen was tried first: its lookups cost more than the copies
/// they saved (bench/README.md, "Fewer allocations in the events, times and quotes stages"). Each caller keeps its own
/// table (<see cref="LowerWords"/>, <see cref="WordStrings"/>), so they do not evict each other's words.
/// </summary>
internal static unsafe class RecentStrings
{
    /// <summary>Longer words are made strings each time (rare, and seldom repeated: URLs, long names).</summary>
    public const int MaxCachedLength = 32;

    /// <summary>Slots of a table (a power of two): 32 KB of references a thread, within a core's L2 cache.</summary>
    public const int Slots = 4096;

    /// <summary>
    /// Each word of a sentence (word <c>i</c> is <c>chars[words[i]]</c>) as a string, the table's when it holds it
    /// (<paramref name="slots"/>: a thread's table, made on first use). The words' slots, then the strings they hold,
    /// are loaded together before the first is compared: a table and strings last read many stages ago are out of the
    /// caches, and a word at a time waited for two misses per word (bench/README.md, "perf18").
    /// </summary>
    public static void OfEach(ReadOnlySpan<char> chars, ReadOnlySpan<TextSpan> words, Span<string> into, ref string?[]? slots)
    {
        var table = slots ??= new string?[Slots];
        Span<uint> at = words.Length <= 256 ? stackalloc uint[words.Length] : new uint[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            at[i] = HashOf(chars.Slice(words[i].Start, words[i].Length)) & (Slots - 1);
            Prefetch(ref Unsafe.As<string?, byte>(ref table[at[i]]));
        }

        for (int i = 0; i < words.Length; i++)
        {
            if (table[at[i]] is { } held)
            {
                // the string's address, read from the reference (a prefetch never faults; a moved object only misses)
                Prefetch(ref Unsafe.As<RawObject>(held).FirstByte);
            }
        }

        for (int i = 0; i < words.Length; i++)
        {
            var word = chars.Slice(words[i].Start, words[i].Length);
            into[i] = word.Length > MaxCachedLength || word.Length == 0 ? word.ToString() : InSlot(word, ref table[at[i]]);
        }
    }

    private static uint HashOf(ReadOnlySpan<char> chars)
    {
        uint hash = 2166136261; // FNV-1a
        foreach (char c in chars)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }

    private static string InSlot(ReadOnlySpan<char> chars, ref string? slot)
    {
        if (slot is { } known && known.AsSpan().SequenceEqual(chars))
        {
            return known;
        }

        return slot = chars.ToString();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Prefetch(ref byte at)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref at));
        }
    }

    /// <summary>An object's first field, to take its address without pinning (only ever prefetched, never read).</summary>
    private sealed class RawObject
    {
        public byte FirstByte;
    }
}
