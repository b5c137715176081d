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

    private readonly FrozenSet<string> _set;
    private readonly WordFilter _filter;

    public WordSet(IEnumerable<string> words)
    {
        _set = words.ToFrozenSet(StringComparer.Ordinal);
        _filter = WordFilter.Sized(_set, FilterBitsPerWord);
    }

    public static WordSet Empty { get; } = new([]);

    public int Count => _set.Count;

    public bool Contains(string word) => _filter.MayContain(word) && _set.Contains(word);

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_set).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
