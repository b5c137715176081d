namespace Dateline.Language.Events;

/// <summary>
/// A bit per hash of a word's length and its first, second and last characters, set for every word of a table: a
/// word whose bit is clear is not in the table, so a lookup asked of every word of a sentence (the trigger table's)
/// reads 4 KB of bits instead of the table's buckets and keys, which the other stages evict between documents
/// (bench/README.md, "The trigger table behind a filter"). A set bit says nothing: the table is asked.
/// </summary>
internal sealed class WordFilter
{
    private const int MaxBits = 1 << 15;

    private readonly ulong[] _bits;
    private readonly int _mask;

    /// <summary>A filter of <paramref name="bits"/> bits (a power of two, 64 to 32,768).</summary>
    public WordFilter(IEnumerable<string> words, int bits = MaxBits)
    {
        if (bits < 64 || bits > MaxBits || (bits & (bits - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bits), bits, "a power of two from 64 to 32,768");
        }

        _bits = new ulong[bits / 64];
        _mask = bits - 1;
        foreach (var word in words)
        {
            int h = Hash(word) & _mask;
            _bits[h >> 6] |= 1UL << h;
        }
    }

    /// <summary>
    /// A filter sized to <paramref name="words"/>: at least <paramref name="bitsPerWord"/> bits a word (so about one
    /// word in that many that is not listed passes), at most 32,768 bits (4 KB).
    /// </summary>
    public static WordFilter Sized(IReadOnlyCollection<string> words, int bitsPerWord)
        => new(words, (int)Math.Min(MaxBits, Math.Max(64, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, words.Count * bitsPerWord)))));

    /// <summary>The filter's size in bits.</summary>
    public int Bits => _mask + 1;

    /// <summary>False when <paramref name="word"/> is surely not one of the words; true when it may be.</summary>
    public bool MayContain(string word)
    {
        int h = Hash(word) & _mask;
        return (_bits[h >> 6] & (1UL << h)) != 0;
    }

    private static int Hash(string word)
    {
        if (word.Length == 0)
        {
            return 0;
        }

        uint h = ((uint)word.Length * 0x9E3779B1u) ^ word[0];
        h = (h * 0x85EBCA6Bu) ^ word[^1];
        h = (h * 0xC2B2AE35u) ^ (word.Length > 1 ? word[1] : 0u);
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return (int)(h & (MaxBits - 1));
    }
}
