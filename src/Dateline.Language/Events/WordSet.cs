using System.Collections;
using System.Collections.Frozen;

namespace Dateline.Language.Events;

/// <summary>
/// A lexicon word set asked of a candidate's words, behind a <see cref="WordFilter"/> sized to it: most words asked
/// are in none of the sets, and the filter's clear bit answers them from a few cache lines instead of the frozen set's
/// buckets and keys, which the other stages evict between documents (bench/README.md, "The events stage's word
/// sets behind filters").
/// </summary>
internal sealed class WordSet : IReadOnlyCollection<string>
{
    /// <summary>Bits of filter per listed word: about one unlisted word in this many passes to the set.</summary>
    public const int FilterBitsPerWord = 64;

    /// <summary>Class bits a sentence view can memo (one ulong a word); sets asked later answer by lookup each time.</summary>
    public const int ClassBits = 64;

    private const int Unclaimed = -2;
    private const int NoClassBit = -1;

    private static int s_claimed;

    private readonly FrozenSet<string> _set;
    private readonly WordFilter _filter;
    private int _classBit = Unclaimed;

    public WordSet(IEnumerable<string> words)
    {
        _set = words.ToFrozenSet(StringComparer.Ordinal);
        _filter = WordFilter.Sized(_set, FilterBitsPerWord);
    }

    public static WordSet Empty { get; } = new([]);

    public int Count => _set.Count;

    public bool Contains(string word) => _filter.MayContain(word) && _set.Contains(word);

    /// <summary>
    /// The set's bit in a <see cref="SentenceView"/>'s per-word class memo, or -1 once the 64 bits are taken: claimed at
    /// the set's first ask through a view, so only the sets the rules ask of sentence words take one.
    /// </summary>
    public int ClassBit => _classBit != Unclaimed ? _classBit : Claim();

    private int Claim()
    {
        int next = Interlocked.Increment(ref s_claimed) - 1;
        Interlocked.CompareExchange(ref _classBit, next < ClassBits ? next : NoClassBit, Unclaimed);
        return _classBit;
    }

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_set).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
