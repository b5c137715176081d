using System.Text.Json;
using Dateline.Core.Layers.Entities;
using Dateline.Store.Sql;

namespace Dateline.Store.Threads;

/// <summary>
/// The mention counts an article's entities weigh in its thread features, with one correction for a surname two
/// people of the article share (Bill and Hillary Clinton, Joe and Hunter Biden): the entity layer gives each bare
/// "Clinton" to one bearer (the one named in full first, docs/entities.md "A surname shared by two people"), which is
/// a reading of the text a thread need not stake the story on. Each bare mention of such a surname counts for every
/// bearer the article has named in full before it, whichever one the resolver chose; a bare mention before the second
/// bearer is named counts for its holder alone, so an article that names a relative once near its end stays about its
/// subject (docs/threads.md, "The surname rule and the threads").
/// </summary>
internal static class ThreadPersons
{
    /// <summary>One entity of the article: its feature key, label, mention count and mention spans (the layer's JSON [[start, end], …] in the text).</summary>
    public readonly record struct Entity(string Key, string? Label, int Count, string? Mentions);

    /// <summary>A mention of a surname alone ("Clinton", "Mr. Clinton"): where it starts and the key of the entity that holds it.</summary>
    private readonly record struct BareSurname(int Start, string Holder);

    /// <summary>A mention span's start and the text it covers.</summary>
    private readonly record struct MentionText(int Start, string Text);

    /// <summary>
    /// The entities' counts (one per key, in the order given), each bearer of a surname that two or more entities of
    /// the article bear in full also counted with every bare mention of that surname after its first full name,
    /// whichever entity holds it.
    /// </summary>
    public static List<EntityFeatureCount> Counts(IReadOnlyList<Entity> entities, string text)
    {
        var counts = new List<EntityFeatureCount>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (index.TryGetValue(e.Key, out var i))
            {
                counts[i] = counts[i] with { Count = counts[i].Count + e.Count };
            }
            else
            {
                index[e.Key] = counts.Count;
                counts.Add(new EntityFeatureCount(e.Key, e.Count));
            }
        }

        // Surname -> where each person named in full by it is first so named, and the bare mentions of it ("Clinton",
        // "Clinton's"): where each is and which entity holds it.
        var bearers = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var bare = new Dictionary<string, List<BareSurname>>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (!string.Equals(e.Label, EntityLabels.Person, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var (start, name) in Spans(e.Mentions, text))
            {
                // "Mr. Clinton" written inside the span is a bare surname too (an abbreviated honorific before it).
                var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words is [var honorific, _] && honorific.EndsWith('.'))
                {
                    words = words[1..];
                }

                if (words.Length >= 2 && Surname(words[^1]) is { } surname)
                {
                    var firsts = bearers.TryGetValue(surname, out var f) ? f : bearers[surname] = new(StringComparer.Ordinal);
                    firsts[e.Key] = Math.Min(start, firsts.GetValueOrDefault(e.Key, int.MaxValue));
                }
                else if (words.Length == 1 && Surname(words[0]) is { } alone)
                {
                    (bare.TryGetValue(alone, out var b) ? b : bare[alone] = []).Add(new BareSurname(start, e.Key));
                }
            }
        }

        // A bare mention of a surname two or more people of the article bear in full counts for each bearer named in
        // full before it (any of them may be meant), besides the entity that holds it.
        foreach (var (surname, firsts) in bearers)
        {
            if (firsts.Count < 2 || !bare.TryGetValue(surname, out var mentions))
            {
                continue;
            }

            foreach (var (start, holder) in mentions)
            {
                foreach (var (key, first) in firsts)
                {
                    if (first < start && key != holder)
                    {
                        var i = index[key];
                        counts[i] = counts[i] with { Count = counts[i].Count + 1 };
                    }
                }
            }
        }

        return counts;
    }

    /// <summary>A capitalised word of letters (a possessive "'s" taken off), else null: "Jr.", "III" and numbers are not surnames.</summary>
    private static string? Surname(string word)
    {
        foreach (var possessive in (ReadOnlySpan<string>)["'s", "’s"])
        {
            if (word.EndsWith(possessive, StringComparison.Ordinal))
            {
                word = word[..^possessive.Length];
                break;
            }
        }

        return word.Length >= 2 && char.IsUpper(word[0]) && word.All(char.IsLetter) && !word.All(char.IsUpper) ? word : null;
    }

    /// <summary>The text of each mention span; spans outside the text (a layer of another text) are skipped.</summary>
    private static IEnumerable<MentionText> Spans(string? mentions, string text)
    {
        if (string.IsNullOrEmpty(mentions))
        {
            yield break;
        }

        int[][]? spans;
        try
        {
            spans = StoreJson.Pairs(mentions);
        }
        catch (JsonException)
        {
            yield break;
        }

        foreach (var span in spans ?? [])
        {
            if (span is [var start, var end] && start >= 0 && end > start && end <= text.Length)
            {
                yield return new MentionText(start, text[start..end]);
            }
        }
    }
}
