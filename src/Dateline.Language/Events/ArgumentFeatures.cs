using Dateline.Core.Layers.Entities;
using Dateline.Language.Tagging;

namespace Dateline.Language.Events;

/// <summary>
/// The features of a (trigger, candidate actor) pair that the argument scorer weighs (docs/events.md, "The argument
/// scorer"): the side and distance (in words and in candidates), what lies between (verbs, commas, clause breaks,
/// quotation marks), the preposition before the phrase, a passive or noun trigger, the kind of actor and its head
/// word, the trigger's type, and whether the rules chose it as source or target. Strings, so the model file reads
/// as what it weighs.
/// </summary>
internal static class ArgumentFeatures
{
    private static readonly FrozenWords ClauseBreaks = new("; : but while whereas although though because who which that when after before since if");
    private static readonly FrozenWords QuoteMarks = new("\" “ ” `` ''");

    /// <summary>Fills <paramref name="into"/> with the features of <paramref name="candidates"/>[<paramref name="c"/>] for the trigger of <paramref name="context"/>.</summary>
    public static void Fill(SentenceView s, ArgumentContext context, IReadOnlyList<Actor> candidates, int c, ArgumentFeatureValues into)
    {
        var a = candidates[c];
        bool left = a.Last < context.First;
        int from = left ? a.Last + 1 : context.Last + 1;
        int to = left ? context.First - 1 : a.First - 1;

        int between = 0;
        for (int x = 0; x < candidates.Count; x++)
        {
            if (x != c && candidates[x].First >= from && candidates[x].Last <= to)
            {
                between++;
            }
        }

        int verbs = 0, commas = 0;
        bool clauseBreak = false, quote = false;
        for (int k = from; k <= to; k++)
        {
            var w = s.Lower(k);
            verbs += s.Tag(k) is PartOfSpeech.VB or PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.VBN or PartOfSpeech.VBG or PartOfSpeech.MD ? 1 : 0;
            commas += w == "," ? 1 : 0;
            clauseBreak |= ClauseBreaks.Contains(w);
            quote |= QuoteMarks.Contains(w);
        }

        into.Clear(none: false);
        into.Set(Slot.Rule, context.RuleSources.Contains(a.Span) ? 0 : context.RuleTargets.Contains(a.Span) ? 1 : 2);
        SetTrigger(s, context, into);
        into.Set(Slot.Side, left ? 0 : 1);
        into.Set(Slot.Gap, Bucket(to - from + 1, GapBounds));
        into.Set(Slot.Hops, Bucket(between, HopBounds));
        into.Set(Slot.Verbs, Bucket(verbs, CountBounds));
        into.Set(Slot.Commas, Bucket(commas, CountBounds));
        into.Set(Slot.Break, clauseBreak ? 1 : 0);
        into.Set(Slot.Quote, quote ? 1 : 0);
        into.Prep = a.First > 0 && s.Tag(a.First - 1) is PartOfSpeech.IN or PartOfSpeech.TO ? s.Lower(a.First - 1) : "-";
        into.Set(Slot.Kind, a.Kind == ActorKind.Entity && s.MentionAt(a.Last) >= 0 ? KindOf(s.MentionLabel(s.MentionAt(a.Last))) : KindOf(a.Kind));
        into.Head = s.Lower(a.Last);
        into.Set(Slot.Next, a.Last + 1 < s.Count ? s.Lower(a.Last + 1) == "'s" ? 0 : TagClass(s.Tag(a.Last + 1)) : NextValues.Length - 1);
        into.Set(Slot.Before, WordClass(s, a.First - 1));
        into.Set(Slot.First, c == 0 ? 1 : 0);
    }

    /// <summary>The features of "no argument" for the trigger of <paramref name="context"/> (scored against the candidates).</summary>
    public static void FillNone(SentenceView s, ArgumentContext context, ArgumentFeatureValues into)
    {
        into.Clear(none: true);
        SetTrigger(s, context, into);
    }

    private static void SetTrigger(SentenceView s, ArgumentContext context, ArgumentFeatureValues into)
    {
        into.Set(Slot.Lead, WordClass(s, context.First - 1));
        into.Set(Slot.Type, (int)context.Type);
        into.Set(Slot.Form, context.Noun ? 0 : context.Passive ? 1 : 2);
        into.Set(Slot.Has, context.Unread ? 4 : (context.RuleSources.Count > 0 ? 1 : 0) + (context.RuleTargets.Count > 0 ? 2 : 0));
    }

    /// <summary>The feature templates in the order the scorer sums them: a candidate's, then no argument's.</summary>
    internal static readonly Template[] CandidateTemplates =
    [
        new(false, Slot.Rule),
        new(false, Slot.Rule, Slot.Has),
        new(false, Slot.Rule, Slot.Type),
        new(false, Slot.Rule, Slot.Form, Slot.Side),
        new(false, Slot.Side, Slot.Type),
        new(false, Slot.Side, Slot.Form),
        new(false, Slot.Side, Slot.Form, Slot.Type),
        new(false, Slot.Side, Slot.Gap),
        new(false, Slot.Side, Slot.Hops),
        new(false, Slot.Side, Slot.Hops, Slot.Form),
        new(false, Slot.Side, Slot.Verbs),
        new(false, Slot.Side, Slot.Commas),
        new(false, Slot.Side, Slot.Break),
        new(false, Slot.Side, Slot.Quote),
        new(false, Slot.Side, Slot.Prep),
        new(false, Slot.Side, Slot.Prep, Slot.Type),
        new(false, Slot.Side, Slot.Prep, Slot.Form),
        new(false, Slot.Kind),
        new(false, Slot.Kind, Slot.Side),
        new(false, Slot.Kind, Slot.Type),
        new(false, Slot.Head),
        new(false, Slot.Head, Slot.Side),
        new(false, Slot.Next, Slot.Side),
        new(false, Slot.Next, Slot.Side, Slot.Form),
        new(false, Slot.Rule, Slot.Hops, Slot.Side),

        // how the candidate is reached: the word before the trigger ("to discuss", "was attacked", "their protests")
        // with the candidate's side and what follows it (a subject before its verb), the word before the candidate (a
        // verb's object, a preposition's, a clause's opening), and whether it is the sentence's first actor (the main subject)
        new(false, Slot.Side, Slot.Lead, Slot.Next),
        new(false, Slot.Side, Slot.Lead, Slot.Form),
        new(false, Slot.Side, Slot.Lead, Slot.Verbs),
        new(false, Slot.Side, Slot.Lead, Slot.Hops),
        new(false, Slot.First, Slot.Side, Slot.Form),
        new(false, Slot.First, Slot.Side, Slot.Lead),
        new(false, Slot.Before, Slot.Side),
        new(false, Slot.Before, Slot.Side, Slot.Form),
        new(false, Slot.Before, Slot.Side, Slot.Type),
        new(false, Slot.Before, Slot.Next, Slot.Side),
    ];

    internal static readonly Template[] NoneTemplates =
    [
        new(true),
        new(true, Slot.Type),
        new(true, Slot.Form),
        new(true, Slot.Has),
        new(true, Slot.Has, Slot.Type),
        new(true, Slot.Lead),
        new(true, Slot.Lead, Slot.Form),
        new(true, Slot.Has, Slot.Form),
    ];

    /// <summary>The templates of <paramref name="values"/>: a candidate's or no argument's.</summary>
    internal static Template[] TemplatesOf(ArgumentFeatureValues values) => values.None ? NoneTemplates : CandidateTemplates;

    /// <summary>The features as text ("side=L|gap=0"), in order: what training keeps and the model file holds.</summary>
    public static string[] Texts(ArgumentFeatureValues values)
    {
        var templates = TemplatesOf(values);
        var texts = new string[templates.Length];
        for (int t = 0; t < templates.Length; t++)
        {
            texts[t] = templates[t].Text(values);
        }

        return texts;
    }

    /// <summary>What a feature can say: its name in the text and its values (null: any word, <see cref="ArgumentFeatureValues.Prep"/> or <see cref="ArgumentFeatureValues.Head"/>).</summary>
    internal enum Slot
    {
        Rule, Has, Type, Form, Side, Gap, Hops, Verbs, Commas, Break, Quote, Prep, Kind, Head, Next, Lead, Before, First,
    }

    internal static readonly string[] SlotNames = ["rule", "has", "type", "form", "side", "gap", "hops", "verbs", "commas", "break", "quote", "prep", "kind", "head", "next", "lead", "before", "first"];

    private static readonly int[] GapBounds = [0, 1, 2, 3, 5, 8, 12];
    private static readonly int[] HopBounds = [0, 1, 2, 3];
    private static readonly int[] CountBounds = [0, 1, 2];
    private static readonly string[] NextValues = ["poss", "verb", "participle", "prep", "conj", "noun", "other", "end"];
    private static readonly string[] WordClassValues = ["start", "to", "aux", "det", "poss", "prep", "conj", "comma", "wh", "verb", "noun", "other"];

    /// <summary>The kind of actor: the label of the entity it names, else its <see cref="ActorKind"/>, as written in the text.</summary>
    private static readonly string[] KindValues = [.. Enum.GetValues<EntityLabel>().Select(l => l.ToString()).Concat(Enum.GetValues<ActorKind>().Select(k => k.ToString())).Distinct()];

    /// <summary>The values of each slot as text, by code (null for the word slots).</summary>
    internal static readonly string[]?[] SlotValues =
    [
        ["src", "tgt", "-"],
        ["", "s", "t", "st", "x"], // x: the rules read no actor (an unread trigger)
        Enum.GetValues<EventType>().Select(t => t.ToString()).ToArray(),
        ["noun", "passive", "verb"],
        ["L", "R"],
        BucketLabels(GapBounds),
        BucketLabels(HopBounds),
        BucketLabels(CountBounds),
        BucketLabels(CountBounds),
        [bool.FalseString, bool.TrueString],
        [bool.FalseString, bool.TrueString],
        null,
        KindValues,
        null,
        NextValues,
        WordClassValues,
        WordClassValues,
        [bool.FalseString, bool.TrueString],
    ];

    private static readonly int[] LabelKinds = [.. Enum.GetValues<EntityLabel>().Select(l => Array.IndexOf(KindValues, l.ToString()))];
    private static readonly int[] ActorKinds = [.. Enum.GetValues<ActorKind>().Select(k => Array.IndexOf(KindValues, k.ToString()))];

    private static int KindOf(EntityLabel label) => LabelKinds[(int)label];

    private static int KindOf(ActorKind kind) => ActorKinds[(int)kind];

    /// <summary>One feature: "none" or not, then its slots as name=value joined by '|' ("side=L|prep=near|type=Assault").</summary>
    internal sealed record Template(bool None, params Slot[] Slots)
    {
        public string Text(ArgumentFeatureValues values)
        {
            var text = new System.Text.StringBuilder(None ? "none" : "");
            for (int i = 0; i < Slots.Length; i++)
            {
                if (None || i > 0)
                {
                    text.Append('|');
                }

                text.Append(SlotNames[(int)Slots[i]]).Append('=').Append(values.Text(Slots[i]));
            }

            return text.ToString();
        }
    }

    /// <summary>The class of the word after the candidate, as a code of <see cref="NextValues"/>.</summary>
    private static int TagClass(PartOfSpeech tag) => tag switch
    {
        PartOfSpeech.VB or PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.MD => 1, // verb
        PartOfSpeech.VBN or PartOfSpeech.VBG => 2, // participle
        PartOfSpeech.IN or PartOfSpeech.TO => 3, // prep
        PartOfSpeech.CC => 4, // conj
        PartOfSpeech.NN or PartOfSpeech.NNS or PartOfSpeech.NNP or PartOfSpeech.NNPS => 5, // noun
        _ => 6, // other
    };

    /// <summary>
    /// The class of the word at <paramref name="k"/> (before the trigger or before a candidate), as a code of
    /// <see cref="WordClassValues"/>: the sentence's start, "to", an auxiliary or modal, a determiner, a possessive, a
    /// preposition, a conjunction, a comma, a relative word, a verb, a noun, or other.
    /// </summary>
    private static int WordClass(SentenceView s, int k)
    {
        if (k < 0)
        {
            return 0;
        }

        var tag = s.Tag(k);
        return tag switch
        {
            PartOfSpeech.TO => 1,
            PartOfSpeech.MD => 2,
            PartOfSpeech.VB or PartOfSpeech.VBD or PartOfSpeech.VBP or PartOfSpeech.VBZ when Auxiliaries.Contains(s.Lower(k)) => 2,
            PartOfSpeech.DT or PartOfSpeech.PDT => 3,
            PartOfSpeech.PRPS or PartOfSpeech.POS => 4,
            PartOfSpeech.IN => Relatives.Contains(s.Lower(k)) ? 8 : 5,
            PartOfSpeech.CC => 6,
            PartOfSpeech.Comma => 7,
            PartOfSpeech.WDT or PartOfSpeech.WP or PartOfSpeech.WPS or PartOfSpeech.WRB => 8,
            PartOfSpeech.VB or PartOfSpeech.VBD or PartOfSpeech.VBP or PartOfSpeech.VBZ or PartOfSpeech.VBN or PartOfSpeech.VBG => 9,
            PartOfSpeech.NN or PartOfSpeech.NNS or PartOfSpeech.NNP or PartOfSpeech.NNPS or PartOfSpeech.PRP => 10,
            _ => 11,
        };
    }

    private static readonly FrozenWords Auxiliaries = new("is are was were be been being am 's has have had do does did");
    private static readonly FrozenWords Relatives = new("that which who whom");

    /// <summary>The code of the smallest bound the value does not exceed ("≤3" is 3's), or of beyond the last ("&gt;12").</summary>
    private static int Bucket(int value, int[] bounds)
    {
        for (int i = 0; i < bounds.Length; i++)
        {
            if (value <= bounds[i])
            {
                return i;
            }
        }

        return bounds.Length;
    }

    /// <summary>The buckets' text: each bound, then "&gt;" the last.</summary>
    private static string[] BucketLabels(int[] bounds)
        => [.. bounds.Select(b => b.ToString(System.Globalization.CultureInfo.InvariantCulture)), ">" + bounds[^1].ToString(System.Globalization.CultureInfo.InvariantCulture)];
}
