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
    public static void Fill(SentenceView s, ArgumentContext context, IReadOnlyList<Actor> candidates, int c, List<string> into)
    {
        into.Clear();
        var a = candidates[c];
        bool left = a.Last < context.First;
        string side = left ? "L" : "R";
        string type = context.Type.ToString();
        string form = context.Noun ? "noun" : context.Passive ? "passive" : "verb";
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

        string rule = context.RuleSources.Contains(a.Span) ? "src" : context.RuleTargets.Contains(a.Span) ? "tgt" : "-";
        string ruleHas = (context.RuleSources.Count > 0 ? "s" : "") + (context.RuleTargets.Count > 0 ? "t" : "");
        string prep = a.First > 0 && s.Tag(a.First - 1) is PartOfSpeech.IN or PartOfSpeech.TO ? s.Lower(a.First - 1) : "-";
        string kind = a.Kind == ActorKind.Entity && s.MentionAt(a.Last) >= 0 ? s.MentionLabel(s.MentionAt(a.Last)).ToString() : a.Kind.ToString();
        string head = s.Lower(a.Last);
        string gap = Bucket(to - from + 1, 0, 1, 2, 3, 5, 8, 12);
        string hops = Bucket(between, 0, 1, 2, 3);
        string next = a.Last + 1 < s.Count ? s.Lower(a.Last + 1) == "'s" ? "poss" : TagClass(s.Tag(a.Last + 1)) : "end";

        into.Add($"rule={rule}");
        into.Add($"rule={rule}|has={ruleHas}");
        into.Add($"rule={rule}|type={type}");
        into.Add($"rule={rule}|form={form}|side={side}");
        into.Add($"side={side}|type={type}");
        into.Add($"side={side}|form={form}");
        into.Add($"side={side}|form={form}|type={type}");
        into.Add($"side={side}|gap={gap}");
        into.Add($"side={side}|hops={hops}");
        into.Add($"side={side}|hops={hops}|form={form}");
        into.Add($"side={side}|verbs={Bucket(verbs, 0, 1, 2)}");
        into.Add($"side={side}|commas={Bucket(commas, 0, 1, 2)}");
        into.Add($"side={side}|break={clauseBreak}");
        into.Add($"side={side}|quote={quote}");
        into.Add($"side={side}|prep={prep}");
        into.Add($"side={side}|prep={prep}|type={type}");
        into.Add($"side={side}|prep={prep}|form={form}");
        into.Add($"kind={kind}");
        into.Add($"kind={kind}|side={side}");
        into.Add($"kind={kind}|type={type}");
        into.Add($"head={head}");
        into.Add($"head={head}|side={side}");
        into.Add($"next={next}|side={side}");
        into.Add($"next={next}|side={side}|form={form}");
        into.Add($"rule={rule}|hops={hops}|side={side}");
    }

    /// <summary>The features of "no argument" for the trigger of <paramref name="context"/> (scored against the candidates).</summary>
    public static void FillNone(ArgumentContext context, List<string> into)
    {
        into.Clear();
        string type = context.Type.ToString();
        string form = context.Noun ? "noun" : context.Passive ? "passive" : "verb";
        string ruleHas = (context.RuleSources.Count > 0 ? "s" : "") + (context.RuleTargets.Count > 0 ? "t" : "");
        into.Add("none");
        into.Add($"none|type={type}");
        into.Add($"none|form={form}");
        into.Add($"none|has={ruleHas}");
        into.Add($"none|has={ruleHas}|type={type}");
    }

    private static string TagClass(PartOfSpeech tag) => tag switch
    {
        PartOfSpeech.VB or PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.MD => "verb",
        PartOfSpeech.VBN or PartOfSpeech.VBG => "participle",
        PartOfSpeech.IN or PartOfSpeech.TO => "prep",
        PartOfSpeech.CC => "conj",
        PartOfSpeech.NN or PartOfSpeech.NNS or PartOfSpeech.NNP or PartOfSpeech.NNPS => "noun",
        _ => "other",
    };

    /// <summary>The smallest bound the value does not exceed ("≤3"), or beyond the last ("&gt;12").</summary>
    private static string Bucket(int value, params ReadOnlySpan<int> bounds)
    {
        foreach (int b in bounds)
        {
            if (value <= b)
            {
                return b.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return ">" + bounds[^1].ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
