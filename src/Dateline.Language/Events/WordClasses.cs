namespace Dateline.Language.Events;

/// <summary>
/// Every word of the claimed <see cref="WordSet"/>s with a bit per set it is in (<see cref="WordSet.ClassBit"/>): a
/// sentence view looks each of its words up once and the rules read the bits, instead of asking the same words of the
/// same sets again from every candidate start (bench/README.md, "perf19"). Rebuilt when a set claims a bit (the first
/// sentences of a run).
/// </summary>
internal sealed class WordClasses
{
    private static WordClasses s_current = new(0);

    private readonly Dictionary<string, ulong> _table = new(StringComparer.Ordinal);
    private readonly WordFilter _filter;

    private WordClasses(int claimed)
    {
        while (Bits < claimed && WordSet.ByBit(Bits) is { } set)
        {
            foreach (var word in set)
            {
                _table[word] = _table.GetValueOrDefault(word) | (1UL << Bits);
            }

            Bits++;
        }

        _filter = new WordFilter(_table.Keys);
    }

    /// <summary>The classes of the sets claimed so far.</summary>
    public static WordClasses Current
    {
        get
        {
            var current = Volatile.Read(ref s_current);
            int claimed = WordSet.ClaimedBits;
            if (current.Bits == claimed)
            {
                return current;
            }

            current = new WordClasses(claimed);
            Volatile.Write(ref s_current, current);
            return current;
        }
    }

    /// <summary>The sets of bits below this are held; a set with a higher bit (or none) is asked itself.</summary>
    public int Bits { get; }

    /// <summary>The class bits of <paramref name="word"/>.</summary>
    public ulong Of(string word) => _filter.MayContain(word) && _table.TryGetValue(word, out var bits) ? bits : 0;
}
