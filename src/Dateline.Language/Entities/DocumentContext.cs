namespace Dateline.Language.Entities;

/// <summary>
/// Document-level evidence for the recognizer's non-local features (after Ratinov and Roth's context
/// aggregation): for each capitalised word, whether the document also writes it in lower case, whether it
/// occurs capitalised inside a sentence, and the neighbours of its first occurrences. Immutable once built.
/// </summary>
public sealed class DocumentContext
{
    internal const int MaxContexts = 6;

    private readonly Dictionary<ulong, WordStats> _words = [];

    public DocumentContext(IReadOnlyList<string[]> sentences)
    {
        var lowerSeen = new HashSet<ulong>();
        foreach (var words in sentences)
        {
            for (int i = 0; i < words.Length; i++)
            {
                var w = words[i];
                if (w.Length == 0 || !char.IsLetter(w[0]))
                {
                    continue;
                }

                ulong low = FeatureHash.OfLower(w);
                if (char.IsLower(w[0]))
                {
                    lowerSeen.Add(low);
                    continue;
                }

                if (!_words.TryGetValue(low, out var stats))
                {
                    stats = new WordStats();
                    _words[low] = stats;
                }

                stats.CapitalisedInside |= i > 0;
                if (stats.Contexts.Count < MaxContexts)
                {
                    ulong previous = i > 0 ? FeatureHash.OfLower(words[i - 1]) : 1;
                    ulong next = i + 1 < words.Length ? FeatureHash.OfLower(words[i + 1]) : 2;
                    stats.Contexts.Add((previous, next));
                }
            }
        }

        foreach (var (low, stats) in _words)
        {
            stats.LowerElsewhere = lowerSeen.Contains(low);
        }
    }

    internal WordStats? Lookup(ulong lowerHash) => _words.GetValueOrDefault(lowerHash);

    internal sealed class WordStats
    {
        public bool LowerElsewhere { get; set; }

        public bool CapitalisedInside { get; set; }

        public List<(ulong Previous, ulong Next)> Contexts { get; } = [];
    }
}
