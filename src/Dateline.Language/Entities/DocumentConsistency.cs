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
        var votes = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        for (int s = 0; s < sentences.Count; s++)
        {
            foreach (var e in entities[s])
            {
                var key = Key(sentences[s], e);
                if (!votes.TryGetValue(key, out var counts))
                {
                    votes[key] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                counts[e.Label] = counts.GetValueOrDefault(e.Label) + 1;
                if (e.Label == "PERSON" && e.End - e.Start >= 2)
                {
                    surnames.Add(sentences[s][e.End - 1]);
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
                var counts = votes[key];
                string label = e.Label;
                if (e.End - e.Start == 1 && surnames.Contains(key))
                {
                    label = "PERSON";
                }
                else
                {
                    // Majority type; a tie keeps the local decision, else the ordinally first of the tied types.
                    int own = counts[e.Label];
                    int best = own;
                    foreach (var (type, count) in counts)
                    {
                        if (count > best || (count == best && best > own && string.CompareOrdinal(type, label) < 0))
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
