using System.Collections.Frozen;
using Dateline.Core.Model;
using Dateline.Language.Tagging;

namespace Dateline.Language.Events;

/// <summary>The trigger step's learned part (docs/events.md, "The trigger detector"): <see cref="TriggerModel"/> over the rules' triggers.</summary>
public sealed partial class EventExtractor
{
    /// <summary>Per type and reading (noun or verb), every preposition the lexicon's entries of that type take: a proposed trigger's (it has no entry of its own).</summary>
    private static readonly Lazy<FrozenDictionary<(EventType, bool), FrozenSet<string>>> TypePrepositions = new(() =>
        EventLexicon.Shipped.Triggers.Values.SelectMany(w => w).Select(w => w.Entry).Distinct()
            .GroupBy(e => (e.Type, e.IsNoun))
            .ToFrozenDictionary(g => g.Key, g => g.SelectMany(e => e.Prepositions).ToFrozenSet(StringComparer.Ordinal)));

    /// <summary>How many words before a proposed trigger its mode cues are read from when the rules read no clause for it (the reach <c>Mode</c> gives a trigger at least).</summary>
    private const int ProposalModeReach = 3;

    private readonly TriggerModel? _triggers;
    private readonly Action<TriggerSentence>? _observeTriggers;

    /// <summary>
    /// The rules' events, then the detector's say: each rule trigger whose type "no event" outscores by more than
    /// <see cref="TriggerModel.VetoMargin"/> is dropped; each verb or noun the rules coded nothing at whose best type
    /// outscores "no event" by more than <see cref="TriggerModel.AddMargin"/>, a type the sentence has no event of yet,
    /// is coded as a trigger of that type (strongest first), its arguments read by the rules as for a lexicon word.
    /// </summary>
    private List<EventDraft> Detect(SentenceView s)
    {
        var drafts = CodeRules(s).ToList();
        var ruled = new EventType?[s.Count];
        var covered = new bool[s.Count];
        var firstWord = new int[drafts.Count];
        for (int d = 0; d < drafts.Count; d++)
        {
            firstWord[d] = -1;
            for (int k = 0; k < s.Count; k++)
            {
                if (s.Span(k).Overlaps(drafts[d].Trigger))
                {
                    covered[k] = true;
                    if (firstWord[d] < 0)
                    {
                        firstWord[d] = k;
                        ruled[k] ??= drafts[d].Type;
                    }
                }
            }
        }

        var ids = new List<ulong>();
        var names = _observeTriggers is null ? null : new List<string>();
        var observed = names is null ? null : new List<TriggerCandidate>();
        Span<float> scores = stackalloc float[TriggerModel.Classes];
        var vetoed = new bool[s.Count];
        List<(int Word, EventType Type, float Margin)>? proposals = null;
        for (int k = 0; k < s.Count; k++)
        {
            bool rule = ruled[k] is not null;
            if (!rule && (covered[k] || !TriggerFeatures.IsCandidate(s, k)))
            {
                continue; // a later word of a rule trigger, or a word that cannot be one
            }

            TriggerFeatures.Fill(s, k, _lexicon, ruled[k], ids, names);
            observed?.Add(new TriggerCandidate(k, ruled[k], [.. names!]));
            if (_triggers is null)
            {
                continue;
            }

            _triggers.Score(ids, scores);
            if (rule)
            {
                vetoed[k] = scores[0] - scores[1 + (int)ruled[k]!.Value] > _triggers.VetoMargin;
                continue;
            }

            int best = 1;
            for (int c = 2; c < scores.Length; c++)
            {
                best = scores[c] > scores[best] ? c : best;
            }

            if (scores[best] - scores[0] > _triggers.AddMargin && !(_triggers.UnlistedOnly && _lexicon.Triggers.ContainsKey(s.Lower(k))))
            {
                (proposals ??= []).Add((k, (EventType)(best - 1), scores[best] - scores[0]));
            }
        }

        if (observed is not null)
        {
            _observeTriggers!(new TriggerSentence(s.Sentence, [.. Enumerable.Range(0, s.Count).Select(s.Lower)], observed));
        }

        if (_triggers is null)
        {
            return drafts;
        }

        var kept = new List<EventDraft>(drafts.Count);
        for (int d = 0; d < drafts.Count; d++)
        {
            if (firstWord[d] < 0 || !vetoed[firstWord[d]] || ruled[firstWord[d]] != drafts[d].Type)
            {
                kept.Add(drafts[d]);
            }
        }

        if (proposals is null)
        {
            return kept;
        }

        List<Actor>? candidates = null;
        foreach (var (k, type, _) in proposals.OrderByDescending(p => p.Margin).ThenBy(p => p.Word))
        {
            if (kept.Exists(d => d.Type == type))
            {
                continue;
            }

            bool noun = s.Tag(k) is PartOfSpeech.NN or PartOfSpeech.NNS;
            var entry = new TriggerEntry(type, noun, s.Lower(k), [], TypePrepositions.Value.GetValueOrDefault((type, noun)) ?? FrozenSet<string>.Empty);
            var form = noun ? TriggerForm.Noun : s.Tag(k) switch
            {
                PartOfSpeech.VBZ => TriggerForm.ThirdPerson,
                PartOfSpeech.VBD or PartOfSpeech.VBN => TriggerForm.PastParticiple,
                PartOfSpeech.VBG => TriggerForm.Gerund,
                _ => TriggerForm.Base,
            };
            var coded = (noun ? CodeNoun(s, k, k, entry) : CodeVerb(s, k, k, new TriggerWord(entry, form))).ToList();
            if (coded.Count == 0 || coded is [{ Unread: true }])
            {
                coded.Clear();
                // the rules read no actors around it: the event stands bare, the argument scorer (when loaded) may still find them
                coded.Add(new EventDraft(type, Mode(s, k - ProposalModeReach, k), s.Span(k), null, null));
            }

            kept.AddRange(Arguments(s, k, k, noun, coded, ref candidates));
        }

        return kept;
    }
}

/// <summary>A word the trigger detector classified in training: its index, the type the rules coded there, its features' texts.</summary>
internal sealed record TriggerCandidate(int Word, EventType? Ruled, string[] Features);

/// <summary>One sentence as the trigger detector's training sees it: its lower-cased words and the words classified.</summary>
internal sealed record TriggerSentence(TextSpan Sentence, string[] Words, IReadOnlyList<TriggerCandidate> Candidates);
