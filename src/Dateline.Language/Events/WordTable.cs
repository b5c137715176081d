using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Dateline.Language.Events;

/// <summary>
/// A lexicon table by lower-cased word (the trigger forms), behind a <see cref="WordFilter"/> of its words: the
/// extractor asks it of most words of a sentence, few of which are listed, and a clear bit answers those without the
/// frozen table's reads (bench/README.md, "The events stage's word sets behind filters").
/// </summary>
internal sealed class WordTable<TValue>
{
    private readonly FrozenDictionary<string, TValue> _table;

    public WordTable(FrozenDictionary<string, TValue> table)
    {
        _table = table;
        Filter = new WordFilter(table.Keys);
    }

    /// <summary>The filter of the table's words (4 KB).</summary>
    public WordFilter Filter { get; }

    public int Count => _table.Count;

    public IEnumerable<string> Keys => _table.Keys;

    public IEnumerable<TValue> Values => _table.Values;

    public bool ContainsKey(string word) => Filter.MayContain(word) && _table.ContainsKey(word);

    public bool TryGetValue(string word, [MaybeNullWhen(false)] out TValue value)
    {
        if (!Filter.MayContain(word))
        {
            value = default;
            return false;
        }

        return _table.TryGetValue(word, out value);
    }
}
