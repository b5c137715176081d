using Dateline.Core.Layers.Entities;

namespace Dateline.Language.Entities;

/// <summary>
/// Document-level label consistency after tagging (a cheap form of Finkel et al.'s non-local consistency): every
/// occurrence of one entity string takes the string's majority type, and a single capitalised word that is the
/// last word of a person named in full elsewhere in the document is that person ("Smith" after "John Smith").
/// </summary>
public static class DocumentConsistency
{
    public static void Apply(IReadOnlyList<string[]> sentences, List<List<RecognizedEntity>> entities)
    {
        // Most names carry one type throughout: tally types only for names seen with several (allocations dominate here).
        var firstLabel = new Dictionary<string, EntityLabel>(StringComparer.Ordinal);
        HashSet<string>? mixed = null;
        HashSet<string>? surnames = null;
        for (int s = 0; s < sentences.Count; s++)
        {
            foreach (var e in entities[s])
            {
                var key = Key(sentences[s], e);
                if (!firstLabel.TryGetValue(key, out var first))
                {
                    firstLabel[key] = e.Label;
                }
                else if (first != e.Label)
                {
                    (mixed ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
                }

                if (e.Label == EntityLabel.Person && e.End - e.Start >= 2)
                {
                    (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(sentences[s][e.End - 1]);
                }
            }
        }

        if (mixed is null && surnames is null)
        {
            return;
        }

        var counts = new Dictionary<(string Key, EntityLabel Label), int>();
        var labels = new List<EntityLabel>();
        if (mixed is not null)
        {
            for (int s = 0; s < sentences.Count; s++)
            {
                foreach (var e in entities[s])
                {
                    var key = Key(sentences[s], e);
                    if (mixed.Contains(key))
                    {
                        counts[(key, e.Label)] = counts.GetValueOrDefault((key, e.Label)) + 1;
                        if (!labels.Contains(e.Label))
                        {
                            labels.Add(e.Label);
                        }
                    }
                }
            }
        }

        for (int s = 0; s < sentences.Count; s++)
        {
            var list = entities[s];
            for (int k = 0; k < list.Count; k++)
            {
                var e = list[k];
                var key = Key(sentences[s], e);
                var label = e.Label;
                if (e.End - e.Start == 1 && surnames is not null && surnames.Contains(key))
                {
                    label = EntityLabel.Person;
                }
                else if (mixed is not null && mixed.Contains(key))
                {
                    // Majority type; a tie keeps the local decision, else the ordinally first of the tied types.
                    int own = counts[(key, e.Label)];
                    int best = own;
                    foreach (var type in labels)
                    {
                        int count = counts.GetValueOrDefault((key, type));
                        if (count > best || (count == best && best > own && string.CompareOrdinal(type.Code(), label.Code()) < 0))
                        {
                            best = count;
                            label = type;
                        }
                    }
                }

                if (label != e.Label)
                {
                    list[k] = e with { Label = label };
                }
            }
        }
    }

    // One-word names (most of them) are their own key: no string is built per mention.
    private static string Key(string[] words, RecognizedEntity e) => e.End - e.Start == 1 ? words[e.Start] : string.Join(' ', words, e.Start, e.End - e.Start);
}
