namespace Dateline.Language.Entities;

/// <summary>
/// Ratinov and Roth's extended prediction history: the types the recognizer gave to each capitalised word earlier
/// in the same document ("Hifter" tagged PERSON twice makes PERSON likelier the third time). One per document,
/// filled sentence by sentence in reading order; not thread-safe.
/// </summary>
public sealed class PredictionHistory
{
    private const int FirstTemplate = 60;

    // Per lower-cased word hash: how often each type slot was given (slot 0 = outside, 1 + t = type t), and the last slot.
    private readonly Dictionary<ulong, Tally> _tallies = [];
    private readonly int _slots;
    private readonly LabelScheme _scheme;

    public PredictionHistory(LabelScheme scheme, int typeCount)
    {
        _scheme = scheme;
        _slots = typeCount + 1;
    }

    /// <summary>Records the labels of one tagged sentence; <paramref name="low"/> holds the lower-cased word hashes.</summary>
    internal void Add(string[] words, ReadOnlySpan<ulong> low, ReadOnlySpan<int> labels)
    {
        for (int i = 0; i < words.Length; i++)
        {
            if (!IsCapitalised(words[i]))
            {
                continue;
            }

            Record(low[i], _scheme.TypeOf(labels[i]) + 1);
        }
    }

    internal void Record(ulong low, int slot)
    {
        if (!_tallies.TryGetValue(low, out var tally))
        {
            tally = new Tally(new int[_slots]);
            _tallies[low] = tally;
        }

        tally.Counts[slot]++;
        tally.Last = slot;
    }

    /// <summary>Writes the history features of one word into <paramref name="f"/> from <paramref name="k"/>; returns the new count.</summary>
    internal int AddFeatures(string word, ulong low, Span<ulong> f, int k)
    {
        if (k + FeatureCount > f.Length || !IsCapitalised(word) || !_tallies.TryGetValue(low, out var tally))
        {
            return k;
        }

        return Features(tally.Counts, tally.Last, f, k);
    }

    /// <summary>Most features one word gets from the history.</summary>
    internal const int FeatureCount = 3;

    /// <summary>The features of a tally of slots: the majority slot, whether all earlier labels agree, the last slot.</summary>
    internal static int Features(ReadOnlySpan<int> counts, int last, Span<ulong> f, int k)
    {
        int majority = last;
        int total = 0;
        for (int s = 0; s < counts.Length; s++)
        {
            total += counts[s];
            if (counts[s] > counts[majority])
            {
                majority = s;
            }
        }

        bool agree = counts[majority] == total;
        f[k++] = FeatureHash.Template(FirstTemplate, (ulong)majority);
        f[k++] = FeatureHash.Template(FirstTemplate + 1, ((ulong)majority * 2) + (agree ? 1UL : 0UL));
        f[k++] = FeatureHash.Template(FirstTemplate + 2, (ulong)last);
        return k;
    }

    internal static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private sealed class Tally(int[] counts)
    {
        public int[] Counts { get; } = counts;

        public int Last { get; set; }
    }
}
