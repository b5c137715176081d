using Dateline.Core.Layers.Entities;
using Dateline.Language.Entities;
using Dateline.Language.Tagging;

namespace Dateline.Language.Events;

/// <summary>
/// The features of one word that the trigger detector weighs (docs/events.md, "The trigger detector"): the word, its
/// ending and a crude stem, its part of speech, its word class (the recognizer's clusters: hierarchical path prefixes
/// and flat id), the lexicon's entries for it (type and form) and whether a sense phrase rules the type out, the type
/// the rules coded there, the preposition or particle after it, the class of the next noun (its object's head), the
/// kind of actor on either side, negation and quotation before it. Each feature is a 64-bit hash of its text
/// ("w=attack", "pos|next=VBD|on"), so the hot path builds no string; the text (for the model file) only when asked.
/// </summary>
internal static class TriggerFeatures
{
    private static readonly FrozenWords Negations = new("not n't never no");
    private static readonly FrozenWords QuoteMarks = new("\" “ ” `` ''");
    private static readonly string[] Tags = Enum.GetNames<PartOfSpeech>();
    private static readonly string[] Labels = Enum.GetNames<EntityLabel>();
    private static readonly string[] TypeNames = [.. Enum.GetValues<EventType>().Select(t => t.Code())];
    private static readonly Lazy<WordClusters> LazyClusters = new(() => NerModels.Default.Members[0].Clusters);

    /// <summary>At most this many words after the trigger are searched for its object's head noun.</summary>
    private const int ObjectReach = 4;

    /// <summary>At most this many words on either side are searched for an actor (an entity mention or an actor noun).</summary>
    private const int ActorReach = 3;

    /// <summary>Whether word <paramref name="i"/> is one the detector classifies: a verb or a common noun outside any name.</summary>
    public static bool IsCandidate(SentenceView s, int i)
        => s.MentionAt(i) < 0 && s.IsWord(i) && s.Tag(i) is PartOfSpeech.VB or PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.VBN or PartOfSpeech.VBG or PartOfSpeech.NN or PartOfSpeech.NNS;

    /// <summary>
    /// Fills <paramref name="ids"/> (and <paramref name="names"/> when given) with the features of word
    /// <paramref name="i"/>; <paramref name="ruled"/> is the type the rules coded an event of at this word, if any.
    /// </summary>
    public static void Fill(SentenceView s, int i, EventLexicon lexicon, EventType? ruled, List<ulong> ids, List<string>? names, WordClusters? clusters = null)
    {
        ids.Clear();
        names?.Clear();
        var sink = new Sink(ids, names);
        string w = s.Lower(i);
        string tag = Tags[(int)s.Tag(i)];
        clusters ??= LazyClusters.Value;
        uint cls = clusters.Lookup(FeatureHash.OfLower(w));
        uint path = cls >> 16;
        string rule = ruled is { } r ? TypeNames[(int)r] : "-";

        sink.Add("bias", "1");
        sink.Add("w", w);
        sink.Add("pos", tag);
        sink.Add("stem", Stem(w));
        sink.Add("suf3", w.Length > 3 ? w.AsSpan(w.Length - 3) : w);
        sink.Add("rule", rule);
        sink.Add("rule|w", rule, w);
        sink.Add("rule|pos", rule, tag);
        Span<char> hex = stackalloc char[8];
        if (cls != 0)
        {
            sink.Add("c4", Hex(path >> 12, hex));
            sink.Add("c8", Hex(path >> 8, hex));
            sink.Add("c12", Hex(path >> 4, hex));
            sink.Add("cf", Hex(cls & 0xffff, hex));
            sink.Add("c8|pos", Hex(path >> 8, hex), tag);
        }
        else
        {
            sink.Add("c4", "none");
        }

        bool listed = false;
        if (lexicon.Triggers.TryGetValue(w, out var words))
        {
            foreach (var word in words)
            {
                if (word.Entry.Particles.Length > 0)
                {
                    continue;
                }

                listed = true;
                string type = TypeNames[(int)word.Entry.Type];
                bool notTrigger = lexicon.IsNotTrigger(s, i, word.Entry.Type);
                sink.Add("lex", type);
                sink.Add("lex|form", type, word.Form == TriggerForm.Noun ? "noun" : "verb");
                sink.Add("lex|pos", type, tag);
                if (notTrigger)
                {
                    sink.Add("lex|not", type);
                }
            }
        }

        if (!listed)
        {
            sink.Add("lex", "-");
        }

        string next = s.Lower(i + 1);
        bool nextLinks = s.Tag(i + 1) is PartOfSpeech.IN or PartOfSpeech.TO or PartOfSpeech.RP;
        sink.Add("next", nextLinks ? next : "-");
        sink.Add("pos|next", tag, nextLinks ? next : Tags[(int)s.Tag(i + 1)]);
        sink.Add("prev", i > 0 ? s.Lower(i - 1) : "^");
        sink.Add("prevpos", i > 0 ? Tags[(int)s.Tag(i - 1)] : "^");

        // the object's head: the first noun within reach after the word (and any preposition)
        scoped ReadOnlySpan<char> head = "-";
        for (int k = i + 1; k <= i + ObjectReach && k < s.Count; k++)
        {
            if (s.MentionAt(k) >= 0)
            {
                head = Labels[(int)s.MentionLabel(s.MentionAt(k))];
                break;
            }

            if (s.Tag(k) is PartOfSpeech.NN or PartOfSpeech.NNS)
            {
                uint oc = clusters.Lookup(FeatureHash.OfLower(s.Lower(k)));
                head = lexicon.IsActorNoun(s.Lower(k)) ? "actor" : oc != 0 ? Hex((oc >> 16) >> 8, hex) : "noun";
                break;
            }

            if (s.Tag(k) is PartOfSpeech.VB or PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.MD || s.Lower(k) is "," or ";")
            {
                break;
            }
        }

        sink.Add("obj", head);
        sink.Add("obj|lexrule", head, rule);
        sink.Add("left", ActorOn(s, lexicon, i - 1, -1));
        sink.Add("right", ActorOn(s, lexicon, i + 1, +1));

        bool negated = false, quoted = false;
        for (int k = Math.Max(0, i - 3); k < i; k++)
        {
            negated |= Negations.Contains(s.Lower(k));
        }

        for (int k = 0; k < i; k++)
        {
            quoted ^= QuoteMarks.Contains(s.Lower(k));
        }

        if (negated)
        {
            sink.Add("neg", rule);
        }

        if (quoted)
        {
            sink.Add("quote", rule);
        }

        if (s.IsCapitalized(i) && i > 0)
        {
            sink.Add("cap", rule);
        }
    }

    /// <summary>The kind of actor nearest on one side within reach: an entity label, an actor noun, or none.</summary>
    private static string ActorOn(SentenceView s, EventLexicon lexicon, int from, int step)
    {
        for (int k = from, n = 0; k >= 0 && k < s.Count && n < ActorReach; k += step, n++)
        {
            if (s.MentionAt(k) >= 0)
            {
                return Labels[(int)s.MentionLabel(s.MentionAt(k))];
            }

            if (lexicon.IsActorNoun(s.Lower(k)))
            {
                return "actor";
            }
        }

        return "-";
    }

    /// <summary>The word without a common inflection ("attacks", "attacked", "attacking" → "attack"); a crude stem for unseen forms.</summary>
    internal static ReadOnlySpan<char> Stem(string w)
    {
        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            return w.AsSpan(0, w.Length - 3);
        }

        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            return w.AsSpan(0, w.Length - (w[^3] == 'e' ? 1 : 2));
        }

        if (w.Length > 4 && w.EndsWith("es", StringComparison.Ordinal) && w[^3] is 's' or 'x' or 'h')
        {
            return w.AsSpan(0, w.Length - 2);
        }

        if (w.Length > 3 && w[^1] == 's' && w[^2] != 's')
        {
            return w.AsSpan(0, w.Length - 1);
        }

        return w;
    }

    /// <summary>A word class number as lower-case hex digits written into <paramref name="into"/> (no string made).</summary>
    private static ReadOnlySpan<char> Hex(uint value, Span<char> into)
    {
        value.TryFormat(into, out int written, "x", System.Globalization.CultureInfo.InvariantCulture);
        return into[..written];
    }

    /// <summary>The hash of a feature's text (<see cref="FeatureHash.Of"/>), as the model file's lines are read.</summary>
    public static ulong Id(string text) => FeatureHash.Of(text);

    /// <summary>Hashes features as their text would hash, without building it.</summary>
    private readonly struct Sink(List<ulong> ids, List<string>? names)
    {
        private const ulong Offset = 14695981039346656037UL;
        private const ulong Prime = 1099511628211UL;

        public void Add(string template, ReadOnlySpan<char> value)
        {
            ulong h = Feed(Feed(Offset, template), "=");
            ids.Add(FeatureHash.Mix(Feed(h, value)));
            names?.Add(string.Concat(template, "=", value));
        }

        public void Add(string template, ReadOnlySpan<char> a, ReadOnlySpan<char> b)
        {
            ulong h = Feed(Feed(Feed(Feed(Offset, template), "="), a), "|");
            ids.Add(FeatureHash.Mix(Feed(h, b)));
            names?.Add($"{template}={a}|{b}");
        }

        private static ulong Feed(ulong h, ReadOnlySpan<char> text)
        {
            foreach (char c in text)
            {
                h = (h ^ c) * Prime;
            }

            return h;
        }
    }
}
