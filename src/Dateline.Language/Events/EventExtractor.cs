using System.Collections.Frozen;
using System.Collections.Immutable;
using Dateline.Core.Layers;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Quotes;
using Dateline.Language.Resolution;
using Dateline.Language.Sentences;
using Dateline.Language.Tagging;
using Dateline.Language.Times;
using Dateline.Language.Tokens;
using Dateline.Language.Scope;

namespace Dateline.Language.Events;

/// <summary>
/// Codes PLOVER events sentence by sentence (docs/events.md): a trigger from Data/event-triggers.txt (verbs and
/// nouns), its source and target read from the words around it — the subject to the left of a verb (over auxiliaries
/// and adverbs, through "who", appositions and "X to" control verbs, with coordinated actors), the object or the
/// phrase after one of the entry's prepositions to the right, the agent after "by" for a passive, the possessor or
/// modifier of a noun ("Israel's attack on", "U.S. sanctions against") — then the mode from the cues before the
/// trigger, the time and place in the sentence, and the speaker when the trigger sits in a quotation. Actions that
/// are only the content of a request, threat or accusation are not coded; a killing by a storm or a crash is not an
/// event. Actors become entity ids through the entity layer; a described group keeps its words.
/// </summary>
public sealed partial class EventExtractor : IPipelineComponent
{
    private static readonly FrozenWords Determiners = new("the a an this that these those its his her their our your some any another each");
    private static readonly FrozenWords Quantifiers = new("at least more than nearly about around over up to almost some several many dozens hundreds thousands millions tens scores of all both most few one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty");
    private static readonly FrozenWords TimeWords = new("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december today yesterday tonight last next year years week weeks month months day days ago earlier jan feb mar apr jun jul aug sep sept oct nov dec");
    private static readonly FrozenWords Days = new("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight");
    private static readonly FrozenWords SubjectPronouns = new("he she it we they i you");
    private static readonly FrozenWords Pronouns = new("he she they we him her them us i");
    private static readonly FrozenWords PersonPronouns = new("he she him her");
    private static readonly FrozenWords IndividualPronouns = new("he she him her i me you");
    private static readonly FrozenWords Possessives = new("his her its their");
    private static readonly FrozenWords Ordinals = new("first second third fourth fifth sixth seventh eighth ninth tenth last latest only");
    private static readonly FrozenWords Reflexives = new("himself herself themselves itself myself ourselves yourself");
    private static readonly FrozenWords BeForms = new("is are was were be been being get got gets getting 's");
    private static readonly FrozenWords HaveForms = new("have has had having 've");
    private static readonly FrozenWords Relatives = new("who which that");
    private static readonly FrozenWords NounContext = new("the a an its his her their our this that these those new latest recent deadly suicide fresh further more several two three many some any no 's");
    private static readonly FrozenWords FunctionWords = new("of in on at to for from with by about against into onto over under after before during since until near across through between among along amid amidst around toward towards throughout inside outside within without beyond despite upon via behind beside and or but nor as than that which who whom whose where when while because if unless whether although though whereas so then also not");
    private static readonly FrozenWords QuantifierSubjects = new("several many some most few others");
    private static readonly FrozenWords Subordinators = new("after before when while because since if unless until although though as whereas whether once");
    private static readonly FrozenWords ClauseOpeners = new(", ; but and while whereas although though");
    private static readonly FrozenWords EmbeddingLinks = new("to of from for");
    private static readonly FrozenWords FreeChoiceWords = new("any anyone anybody whoever whichever whomever"); // "either" apart: not before a name
    private static readonly FrozenWords ChoiceModals = new("can could may might");
    private static readonly FrozenWords ChoiceAdjectives = new("free able allowed welcome");
    private static readonly FrozenWords AdjunctPrepositions = new("after before since without upon despite in");
    private static readonly FrozenWords PlacePrepositions = new("in at near outside inside across");
    private static readonly FrozenWords AdjunctHeads = new("at in during for"); // an adjunct's event in which the clause's subject takes part (AdjunctClauseVerb)

    /// <summary>
    /// Nouns that report an event even when the sentence names no one ("the attack took place Tuesday", "protests
    /// spread"): the guideline codes them with null actors. Other types need an actor ("support for Windows").
    /// </summary>
    private static readonly HashSet<EventType> ActorlessNouns = [EventType.Assault, EventType.Protest, EventType.Consult, EventType.Coerce, EventType.Agree];

    private readonly EventLexicon _lexicon = EventLexicon.Shipped;
    private readonly ArgumentModel? _arguments;
    private readonly Action<ArgumentGroup>? _observe;

    /// <summary>The shipped extractor: the rules, with the learned argument scorer and trigger detector when they are shipped.</summary>
    public EventExtractor()
        : this(ArgumentModel.Shipped, TriggerModel.Shipped)
    {
    }

    /// <summary>
    /// An extractor whose arguments <paramref name="arguments"/> decides among the rules' candidates (null: the rules
    /// alone); <paramref name="observe"/> sees each trigger's candidates and features (training). The rules alone find the triggers.
    /// </summary>
    internal EventExtractor(ArgumentModel? arguments, Action<ArgumentGroup>? observe = null)
        : this(arguments, null, null, observe)
    {
    }

    /// <summary>
    /// An extractor whose triggers <paramref name="triggers"/> re-scores and extends (null: the rules alone);
    /// <paramref name="observeTriggers"/> sees each sentence's words with their trigger features (training).
    /// </summary>
    internal EventExtractor(ArgumentModel? arguments, TriggerModel? triggers, Action<TriggerSentence>? observeTriggers = null, Action<ArgumentGroup>? observe = null)
    {
        _arguments = arguments;
        _observe = observe;
        _triggers = triggers;
        _observeTriggers = observeTriggers;
    }

    public string Name => "events";

    public IReadOnlyList<Capability> Requires { get; } = [TokensLayer.Instance, SentencesLayer.Instance, MentionsLayer.Instance, EntitiesLayer.Instance, QuotesLayer.Instance, TimesLayer.Instance, PosTagsLayer.Working, Capability.Metadata];

    public IReadOnlyList<Capability> Assigns { get; } = [EventsLayer.Instance];

    /// <summary>English text only (<see cref="EnglishScope"/>: the metadata's language and the text's script).</summary>
    public bool AppliesTo(Document document) => EnglishScope.Reads(document);

    public Document Process(Document document, ProcessingContext context)
    {
        var tokens = document.Layer<Token>();
        var tags = document.Layer<TaggedToken>();
        var mentions = document.Layer<EntityMention>();
        var lookup = new EntityLookup(document);
        var times = document.Layer<TimeExpression>();
        // a claim's holder is an entity: an unnamed speaker of a quote ("a campaign aide", Quote.SpeakerId "unnamed-1") is none
        var entityIds = document.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var quotes = document.Layer<Quote>().Select(q => q.SpeakerId is { } id && !entityIds.Contains(id) ? q with { SpeakerId = null } : q).ToImmutableArray();
        // the quotes' indices by start, so a sentence is given only the quotes starting inside it, in the layer's order
        // (every quote for every sentence was quadratic on a page of many quotes: hostile-quadratic)
        var quotesByStart = Enumerable.Range(0, quotes.Length).OrderBy(i => quotes[i].Span.Start).ToArray();
        var quoteStarts = quotesByStart.Select(i => quotes[i].Span).ToArray();
        var quoteSpans = SpanIndex.Of(quoteStarts); // in start order already: its indices are quotesByStart's
        // the time expressions by start, so an event's sentence is given only its own (every time expression for every
        // event, and every earlier event for every event, were quadratic on a page of many: perf-hostile)
        var timesByStart = Enumerable.Range(0, times.Length).OrderBy(i => times[i].Span.Start).ToArray();
        var timeStarts = timesByStart.Select(i => times[i].Span).ToArray();
        var triggerEnds = new List<(int End, int Event)>();
        var places = document.Entities.Where(e => e.Label is EntityLabel.Gpe or EntityLabel.Location).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var published = TimeTagger.ParseDate(document.Metadata.Published)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var events = ImmutableArray.CreateBuilder<Event>();
        int t = 0;
        int m = 0;
        foreach (var sentence in document.Layer<Sentence>())
        {
            context.ThrowIfCancelled();
            while (t < tokens.Length && tokens[t].Span.End <= sentence.Span.Start)
            {
                t++;
            }

            int end = t;
            while (end < tokens.Length && tokens[end].Span.Start < sentence.Span.End)
            {
                end++;
            }

            while (m < mentions.Length && mentions[m].Span.End <= sentence.Span.Start)
            {
                m++;
            }

            if (end - t < 3)
            {
                continue;
            }

            var s = new SentenceView(document.Text, sentence.Span, tokens.AsSpan().Slice(t, end - t), tags.AsSpan().Slice(t, end - t), mentions.AsSpan().Slice(m), QuotesStartingIn(sentence.Span, quotes, quotesByStart, quoteStarts), lookup);
            List<TimeExpression>? sentenceTimes = null;
            foreach (var draft in Code(s))
            {
                sentenceTimes ??= TimesIn(sentence.Span, times, timesByStart, timeStarts);
                var claim = -1;
                foreach (var k in quoteSpans.Holding(draft.Trigger))
                {
                    claim = claim < 0 ? quotesByStart[k] : Math.Min(claim, quotesByStart[k]);
                }

                var e = Finish(draft, s, sentenceTimes, claim < 0 ? null : quotes[claim], places, published);
                // one event per trigger and actors; "imposed sanctions" (the verb) and "sanctions" (the noun) are one trigger
                if (!Near(triggerEnds, events, e.Trigger).Any(x => x.Type == e.Type && ((x.Trigger == e.Trigger && x.SourceMention == e.SourceMention && x.TargetMention == e.TargetMention) || (x.Trigger != e.Trigger && x.Trigger.Overlaps(e.Trigger)) || IsVerbsObject(x, e))))
                {
                    int at = triggerEnds.BinarySearch((e.Trigger.End, events.Count));
                    triggerEnds.Insert(~at, (e.Trigger.End, events.Count));
                    events.Add(e);
                }
            }

            t = end;
        }

        return document.WithLayer(events.ToImmutable());
    }

    /// <summary>
    /// The events kept so far that the same trigger could repeat: the ones whose trigger ends no further than
    /// <see cref="MaxVerbObjectGap"/> before <paramref name="trigger"/> starts (the verb of a noun that is its object) and
    /// starts by its end (the same trigger, or one overlapping it). <paramref name="byEnd"/> holds the events' trigger
    /// ends and indices, sorted.
    /// </summary>
    private static IEnumerable<Event> Near(List<(int End, int Event)> byEnd, ImmutableArray<Event>.Builder events, TextSpan trigger)
    {
        int k = byEnd.BinarySearch((trigger.Start - MaxVerbObjectGap, -1));
        for (k = k < 0 ? ~k : k; k < byEnd.Count; k++)
        {
            if (events[byEnd[k].Event] is var x && x.Trigger.Start <= trigger.End)
            {
                yield return x;
            }
        }
    }

    /// <summary>The time expressions inside <paramref name="sentence"/>, in the layer's order.</summary>
    private static List<TimeExpression> TimesIn(TextSpan sentence, ImmutableArray<TimeExpression> times, int[] byStart, TextSpan[] starts)
    {
        var found = new List<int>();
        for (int k = TextSpans.FirstStartingAtOrAfter(starts, sentence.Start); k < starts.Length && starts[k].Start <= sentence.End; k++)
        {
            if (sentence.Contains(starts[k]))
            {
                found.Add(byStart[k]);
            }
        }

        found.Sort();
        return found.ConvertAll(i => times[i]);
    }

    /// <summary>The quotes starting inside <paramref name="sentence"/> (its end included), in the layer's order.</summary>
    private static Quote[] QuotesStartingIn(TextSpan sentence, ImmutableArray<Quote> quotes, int[] byStart, TextSpan[] starts)
    {
        var found = new List<int>();
        for (int k = TextSpans.FirstStartingAtOrAfter(starts, sentence.Start); k < starts.Length && starts[k].Start <= sentence.End; k++)
        {
            found.Add(byStart[k]);
        }

        found.Sort();
        return [.. found.Select(i => quotes[i])];
    }

    /// <summary>
    /// "France signed a deal with Serbia", "imposed new sanctions on": the event noun a few characters after a verb of
    /// the same type, with the same source and no other target, is the verb's object and the same event.
    /// </summary>
    private static bool IsVerbsObject(Event verb, Event noun)
        => verb.SourceMention is { } source && source == noun.SourceMention && (noun.TargetMention is null || noun.TargetMention == verb.TargetMention)
            && noun.Trigger.Start > verb.Trigger.End && noun.Trigger.Start - verb.Trigger.End <= MaxVerbObjectGap;

    /// <summary>
    /// At most this many characters between a verb and an event noun that is its object (" a ", " new ", " fresh "):
    /// beyond it the noun is read as an event of its own. Set on the train split of eval/events: event precision 0.587 → 0.592, recall unchanged.
    /// </summary>
    private const int MaxVerbObjectGap = 12;

    /// <summary>
    /// At most this many lower-case words that are not modifiers of the word list may open a noun phrase before its
    /// head ("the deputy governor", "the country's dominant alliance"). Set on the train split of eval/events: 2 gives
    /// event F1 0.567 against 0.563 with none; 3 adds nothing.
    /// </summary>
    private const int MaxAdjectives = 2;

    private IEnumerable<EventDraft> Code(SentenceView s)
    {
        bool? accident = null;
        bool? withPress = null;
        bool? play = null;
        var drafts = _triggers is null && _observeTriggers is null ? CodeRules(s).ToList() : Detect(s);
        ShareAttackActors(s, drafts);
        ShareAdjunctSource(s, drafts);
        foreach (var d in drafts)
        {
            if (d.Type == EventType.Assault && d.Source is null && IsAccidentHarm(s, d.Trigger) && (accident ??= ReportsAccident(s)))
            {
                continue; // "were killed when a minibus plunged into a ravine", "a helicopter crashed, killing": no one attacked
            }

            if (d.Type == EventType.Consult && (IsPress(s, d.Source) || IsPress(s, d.Target) || (withPress ??= WithPress(s))))
            {
                continue; // "the meeting with reporters", "With Wikinews, she discussed": an interview or a statement
            }

            if (PlayTypes.Contains(d.Type) && (play ??= ReportsPlay(s)))
            {
                continue; // "withdrew from the tournament", "recalled for the World Cup qualifier": play, not politics
            }

            yield return d;
        }
    }

    /// <summary>
    /// An attack noun and a verb of assault that report one attack share their actors: the noun is the verb's subject
    /// ("An Israeli airstrike has killed a Palestinian man", "air strikes on the camp in central Gaza killed two people",
    /// "a car bomb attack in Tikrit that killed six policemen") or the adjunct of its passive ("eight policemen were killed
    /// in separate insurgent attacks"). The verb takes the noun's source where it read none (or, for a subject, read a
    /// word of the noun's own phrase: "Gaza"), and the noun of a main clause takes the verb's victims as its target where
    /// it read none (ev-actors8 sitting: the gold codes such an attack once, on either word).
    /// </summary>
    private static void ShareAttackActors(SentenceView s, List<EventDraft> drafts)
    {
        List<int>? settings = null;
        for (int v = 0; v < drafts.Count; v++)
        {
            if (drafts[v].Type != EventType.Assault || FirstToken(s, drafts[v].Trigger) is not { } vi || s.Tag(vi) is not (PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.VBN))
            {
                continue;
            }

            int vl = LastToken(s, drafts[v].Trigger) ?? vi;
            int shared = -1;
            bool subject = false;
            bool relative = false;
            for (int n = 0; n < drafts.Count; n++)
            {
                if (n == v || drafts[n].Type != EventType.Assault || FirstToken(s, drafts[n].Trigger) is not { } nf || LastToken(s, drafts[n].Trigger) is not { } nl || s.Tag(nl) is not (PartOfSpeech.NN or PartOfSpeech.NNS))
                {
                    continue;
                }

                if (nl < vi && AttackIsSubjectOf(s, nl, vi, out bool that) && (that || !AfterPreposition(s, nf)) && (shared < 0 || !subject || nl > LastToken(s, drafts[shared].Trigger)))
                {
                    (shared, subject, relative) = (n, true, that); // the nearest noun before the verb
                }
                else if (nf > vl && shared < 0 && AttackIsPassiveAdjunctOf(s, vi, vl, nf))
                {
                    shared = n;
                }
            }

            if (shared < 0)
            {
                continue;
            }

            var (verb, noun) = (drafts[v], drafts[shared]);
            if (!subject && noun.Source is null && noun.Target is null && verb.Target is { IsActor: true } && verb.Mode != EventMode.Negated)
            {
                // "six troops were wounded in the fighting", "were killed in an ambush": the noun of no actor is the setting of
                // the harm the verb codes with its victims, one attack (ev-mends20: the gold codes the verb alone); "was not
                // hurt in the bombing" keeps the noun, the only attack that happened
                (settings ??= []).Add(shared);
                continue;
            }

            int nounLast = LastToken(s, noun.Trigger)!.Value;
            // a noun of two parties ("clashes between rebels and security forces killed") does not say which side killed
            bool twoParties = PartiesBetween(s, nounLast + 1) is not null;
            if (noun.Source is { IsActor: true } source && noun.Target is null && !twoParties && (verb.Source is null || subject && verb.Source.Value.First > nounLast))
            {
                drafts[v] = verb with { Source = source };
            }

            // the victims of a passive or a relative clause stay the verb's ("were killed in the bombing", "the bombing that
            // killed Mr. Hariri": the gold codes the bombing without them)
            if (subject && !relative && noun.Target is null && verb.Target is { IsActor: true } target && (noun.Source is not { } ns || ns.Span != target.Span))
            {
                drafts[shared] = noun with { Target = target };
            }
        }

        if (settings is not null)
        {
            foreach (var n in settings.Distinct().OrderDescending())
            {
                drafts.RemoveAt(n);
            }
        }
    }

    /// <summary>
    /// A verb and an event noun of its type in its "in"/"during" adjunct report one action ("Police detained at least one
    /// suspect in an overnight raid", "insurgents have killed a senior official in escalating violence against"): the noun
    /// takes the verb's source where it read none (ev-actors9 sitting: the gold codes the noun with the verb's subject).
    /// Not a noun with an "of" phrase: "arrested two men in the kidnapping of" names the crime, whose actor is another.
    /// </summary>
    private static void ShareAdjunctSource(SentenceView s, List<EventDraft> drafts)
    {
        for (int v = 0; v < drafts.Count; v++)
        {
            // an active verb: a participle only after "has"/"have" ("the members killed in the attack" names no killer)
            if (drafts[v].Source is not { IsActor: true } source || FirstToken(s, drafts[v].Trigger) is not { } vi
                || s.Tag(vi) is not (PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP) && !(s.Tag(vi) == PartOfSpeech.VBN && vi >= 1 && HaveForms.Contains(s.Lower(vi - 1))))
            {
                continue;
            }

            int vl = LastToken(s, drafts[v].Trigger) ?? vi;
            for (int n = 0; n < drafts.Count; n++)
            {
                if (n != v && drafts[n].Type == drafts[v].Type && drafts[n].Source is null && FirstToken(s, drafts[n].Trigger) is { } nf && nf > vl
                    && LastToken(s, drafts[n].Trigger) is { } nl && s.Tag(nl) is PartOfSpeech.NN or PartOfSpeech.NNS && !(nl + 1 < s.Count && s.Lower(nl + 1) == "of")
                    && IsAdjunctOf(s, vl, nf))
                {
                    drafts[n] = drafts[n] with { Source = source };
                }
            }
        }
    }

    /// <summary>
    /// Whether the noun phrase of the word at <paramref name="noun"/> is the object of an "in"/"during" adjunct of the verb
    /// ending at <paramref name="verbLast"/>: at most <see cref="MaxAdjunctReach"/> words between, none a verb, a comma
    /// or a clause word, and at most <see cref="MaxAdjunctModifiers"/> modifiers before the noun.
    /// </summary>
    private static bool IsAdjunctOf(SentenceView s, int verbLast, int noun)
    {
        int p = noun - 1;
        while (p > verbLast && noun - p <= MaxAdjunctModifiers && (s.Tag(p) is PartOfSpeech.JJ or PartOfSpeech.NN or PartOfSpeech.NNS or PartOfSpeech.NNP or PartOfSpeech.VBG or PartOfSpeech.CD || Determiners.Contains(s.Lower(p)) || s.Lower(p) is "'s" or "-"))
        {
            p--;
        }

        // the verb's object stands between ("detained … in a raid"): "fought in the battle" is the noun as the verb's own phrase
        if (p <= verbLast + 1 || s.Lower(p) is not ("in" or "during") || p - verbLast - 1 > MaxAdjunctReach)
        {
            return false;
        }

        return PhraseWordsOnly(s, verbLast + 1, p, possessives: true);
    }

    /// <summary>
    /// Whether the words from <paramref name="from"/> up to <paramref name="to"/> (exclusive) stay within one clause's
    /// phrases: no verb, no punctuation but a hyphen (and a possessive's "'s" when <paramref name="possessives"/>), no
    /// conjunction, relative or subordinator.
    /// </summary>
    private static bool PhraseWordsOnly(SentenceView s, int from, int to, bool possessives)
    {
        for (int j = from; j < to; j++)
        {
            var w = s.Lower(j);
            if (!s.IsWord(j) && w != "-" && !(possessives && w == "'s") || s.Tag(j).IsVerb()
                || w is "and" or "or" or "but" or "that" or "which" or "who" or "where" || Subordinators.Contains(w))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>At most this many words between a verb and the "in"/"during" of its adjunct ("detained at least one al-Qaida suspect in": 5; "killed a senior official from the interior ministry in": 7).</summary>
    private const int MaxAdjunctReach = 8;

    /// <summary>At most this many words between the adjunct's preposition and its event noun ("in an overnight raid": 2).</summary>
    private const int MaxAdjunctModifiers = 3;

    /// <summary>
    /// Whether the attack noun ending at <paramref name="nounLast"/> is the subject of the verb at <paramref name="verb"/>:
    /// only its own prepositional phrases between them (no verb, comma or clause word), then perhaps "that"/"which"
    /// (<paramref name="relative"/>), an auxiliary "has"/"have" and adverbs.
    /// </summary>
    private static bool AttackIsSubjectOf(SentenceView s, int nounLast, int verb, out bool relative)
    {
        relative = false;
        int k = verb - 1;
        bool perfect = false;
        while (k > nounLast && (s.Tag(k) is PartOfSpeech.RB || HaveForms.Contains(s.Lower(k))))
        {
            perfect |= HaveForms.Contains(s.Lower(k));
            k--;
        }

        if (s.Tag(verb) == PartOfSpeech.VBN && !perfect && BeForms.Contains(s.Lower(k)))
        {
            return false; // "the attack was condemned"
        }

        if (k > nounLast && s.Lower(k) is "that" or "which")
        {
            relative = true;
            k--; // "a car bomb attack in Tikrit that killed six policemen"
        }

        if (k - nounLast > MaxAttackSubjectReach)
        {
            return false;
        }

        return PhraseWordsOnly(s, nounLast + 1, k + 1, possessives: false);
    }

    /// <summary>
    /// Whether the noun phrase of the word at <paramref name="k"/> (read back over its determiners, modifiers and nouns)
    /// is a preposition's object: "intent on sexual assault invaded a slumber party" (open news) names no attack that
    /// invaded.
    /// </summary>
    private static bool AfterPreposition(SentenceView s, int k)
    {
        k--;
        while (k >= 0 && (s.Tag(k) is PartOfSpeech.JJ or PartOfSpeech.NN or PartOfSpeech.NNS or PartOfSpeech.NNP or PartOfSpeech.NNPS or PartOfSpeech.CD || Determiners.Contains(s.Lower(k)) || s.Lower(k) is "'s" or "-"))
        {
            k--;
        }

        // "that", "after", "because" open a clause whose subject the phrase is ("said that the attacks killed")
        return k >= 0 && s.Tag(k) is PartOfSpeech.IN or PartOfSpeech.TO && s.Lower(k) != "that" && !Subordinators.Contains(s.Lower(k));
    }

    /// <summary>
    /// At most this many words between an attack noun and the verb it is the subject of ("air strikes on the Maghazi
    /// refugee camp in central Gaza killed": 7).
    /// </summary>
    private const int MaxAttackSubjectReach = 8;

    /// <summary>Whether the passive verb at <paramref name="verb"/> … <paramref name="verbLast"/> says where its victims died: "in"/"during" the attack noun starting at <paramref name="noun"/> ("were killed in separate insurgent attacks").</summary>
    private static bool AttackIsPassiveAdjunctOf(SentenceView s, int verb, int verbLast, int noun)
    {
        int k = verb - 1;
        while (k > 0 && s.Tag(k) is PartOfSpeech.RB)
        {
            k--;
        }

        if (!BeForms.Contains(s.Lower(k)) || s.Lower(verbLast + 1) is not ("in" or "during") || noun - verbLast - 1 > MaxAttackAdjunctReach)
        {
            return false;
        }

        for (int j = verbLast + 2; j < noun; j++)
        {
            if (!s.IsWord(j) && s.Lower(j) != "-" || s.Tag(j).IsVerb())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>At most this many words from a passive verb to its adjunct's attack noun ("killed in a suspected U.S. drone attack": 5).</summary>
    private const int MaxAttackAdjunctReach = 5;

    /// <summary>The word of the sentence that <paramref name="span"/> starts at (a trigger's first word), or null.</summary>
    private static int? FirstToken(SentenceView s, TextSpan span)
    {
        for (int k = 0; k < s.Count; k++)
        {
            if (s.Span(k).Start == span.Start)
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>The word of the sentence that <paramref name="span"/> ends at (a trigger's last word), or null.</summary>
    private static int? LastToken(SentenceView s, TextSpan span)
    {
        for (int k = s.Count - 1; k >= 0; k--)
        {
            if (s.Span(k).End == span.End)
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// The types a report of a game uses in senses of play (docs/events.md, "Open news, second audit"): a team-mate's
    /// help (AID), a coach's praise (SUPPORT), a player who withdraws (RETREAT), is recalled (SANCTION), signs (AGREE),
    /// partners (COOPERATE), meets a rival (CONSULT), concedes, or appeals to the umpire (REQUEST), and a team that
    /// rallies or a shot that strikes (PROTEST: "rallied in the sixth inning", "an acrobatic strike ... at halftime"; the
    /// third open-news audit: 8 rows of the news listing, all play, train unchanged). Conflict, coercion, accusation,
    /// threat and rejection keep their events in a sentence about a game.
    /// </summary>
    private static readonly HashSet<EventType> PlayTypes =
        [EventType.Agree, EventType.Consult, EventType.Support, EventType.Concede, EventType.Cooperate, EventType.Aid, EventType.Retreat, EventType.Request, EventType.Sanction, EventType.Protest];

    /// <summary>Whether the sentence has a word of a game (Data/event-play-cues.txt: "tournament", "qualifier", "medal").</summary>
    private bool ReportsPlay(SentenceView s)
    {
        for (int k = 0; k < s.Count; k++)
        {
            if (_lexicon.PlayCues.Contains(s.Lower(k)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPress(SentenceView s, Actor? a) => a is { } x && _lexicon.Press.Contains(s.Lower(x.Last));

    /// <summary>Whether "with" stands right before a word of the press (Data/event-press.txt) in the sentence.</summary>
    private bool WithPress(SentenceView s)
    {
        for (int k = 0; k + 1 < s.Count; k++)
        {
            if (s.Lower(k) == "with" && _lexicon.Press.Contains(s.Lower(k + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsAccidentHarm(SentenceView s, TextSpan trigger)
    {
        var text = s.Text(trigger);
        int space = text.IndexOf(' ');
        return _lexicon.AccidentHarms.Contains((space < 0 ? text : text[..space]).ToLowerInvariant());
    }

    /// <summary>Whether the sentence names an accident, a disaster or a disease (Data/event-accident-causes.txt) and no weapon or attack (event-violent-causes.txt).</summary>
    private bool ReportsAccident(SentenceView s)
    {
        bool accident = false;
        for (int k = 0; k < s.Count; k++)
        {
            var w = s.Lower(k);
            if (_lexicon.ViolentCauses.Contains(w))
            {
                return false;
            }

            accident |= _lexicon.AccidentCauses.Contains(w);
        }

        return accident;
    }

    /// <summary>The rules' events of the sentence: a trigger of the lexicons, then its arguments.</summary>
    private IEnumerable<EventDraft> CodeRules(SentenceView s)
    {
        List<Actor>? candidates = null;
        for (int i = 0; i < s.Count; i++)
        {
            if (_lexicon.GiveVerbs.Contains(s.Lower(i)) && s.MentionAt(i) < 0 && !PhraseStartsAt(s, i))
            {
                foreach (var d in Arguments(s, i, i, noun: false, CodeGiving(s, i), ref candidates))
                {
                    yield return d;
                }
            }

            if (_lexicon.JoinNouns.Contains(s.Lower(i)) && s.MentionAt(i) < 0 && s.Tag(i) is PartOfSpeech.NN or PartOfSpeech.NNS)
            {
                foreach (var d in Arguments(s, i, i, noun: true, CodeJoiningNoun(s, i), ref candidates))
                {
                    yield return d;
                }
            }

            if (_lexicon.RaiseVerbs.Contains(s.Lower(i)) && s.MentionAt(i) < 0 && s.Tag(i).IsVerb())
            {
                foreach (var d in Arguments(s, i, i, noun: false, CodeRaising(s, i), ref candidates))
                {
                    yield return d;
                }
            }

            if (_lexicon.SeekVerbs.Contains(s.Lower(i)) && s.MentionAt(i) < 0 && s.Tag(i).IsVerb() && !PhraseStartsAt(s, i))
            {
                foreach (var d in Arguments(s, i, i, noun: false, CodeSeeking(s, i), ref candidates))
                {
                    yield return d;
                }
            }

            if (_lexicon.JoinVerbs.Contains(s.Lower(i)) && s.MentionAt(i) < 0 && s.Tag(i).IsVerb())
            {
                foreach (var d in Arguments(s, i, i, noun: false, CodeJoining(s, i), ref candidates))
                {
                    yield return d;
                }
            }

            if (s.MentionAt(i) < 0 && HyphenParticipleAt(s, i) is { } compound)
            {
                // the rules' actors stand: the argument scorer, given no source to keep, took a subject elsewhere in the
                // sentence for the compound's ("The troops hope to assert control in areas dominated by foreign-backed rebels")
                foreach (var d in CodeHyphenParticiple(s, i, compound.Hyphen, compound.Word))
                {
                    yield return d;
                }

                continue;
            }

            if (!_lexicon.Triggers.TryGetValue(s.Lower(i), out var words) || s.MentionAt(i) >= 0)
            {
                continue;
            }

            if (i > 0 && s.IsCapitalized(i) && s.Lower(i - 1) is not ("\"" or "“" or "(" or ":" or "-" or "—"))
            {
                continue; // "Ban Ki-moon", "Build Back Better": a name or a title, not a trigger
            }

            if (InsideLongerTrigger(s, i))
            {
                continue; // "air strikes", "joint raid", "held talks": the phrase is the trigger, not its last word
            }

            bool nounContext = IsNounContext(s, i);
            int longest = LongestParticles(s, i, words);
            for (int w = 0; w < words.Count; w++) // by index: no enumerator for the table's list
            {
                var word = words[w];
                int gap = ParticleGap(s, i, word);
                int last = i + gap + word.Entry.Particles.Length;
                if (word.Entry.Type == EventType.Request && _lexicon.WarningVerbs.Contains(s.Lower(i)) && WarnsOfAction(s, last))
                {
                    word = word with { Entry = word.Entry with { Type = EventType.Threaten, NeedsActorObject = false } }; // "warned that they will face retaliation": a threat, not a request
                }

                if (word.Entry.Type == EventType.Protest && word.Form != TriggerForm.Noun && _lexicon.ExitVerbs.Contains(s.Lower(i)) && MeetingAhead(s, last))
                {
                    word = word with { Entry = word.Entry with { Type = EventType.Reject } }; // "boycott international disarmament talks": refusing talks rejects (docs/events.md, REJECT)
                }

                if (word.Entry.Type == EventType.Coerce && word.Entry.Lemma == BanLemma && BansImports(s, last))
                {
                    // "a total ban on U.S. beef imports": banning imports sanctions (docs/events.md, "Ban"); the country the imports
                    // come "from" is whom ("banned the import of live birds from Turkey")
                    word = word with { Entry = word.Entry with { Type = EventType.Sanction, Prepositions = ImportBanPrepositions } };
                }

                if (gap < 0 || word.Entry.Particles.Length < longest || _lexicon.IsNotTrigger(s, i, word.Entry.Type))
                {
                    continue; // the longest phrase wins ("backed down" is not "backed"); "a great deal", "heart attack" name no event
                }

                if (word.Entry.Type is EventType.Support or EventType.Reject && ShareOfPeopleActs(s, i, last))
                {
                    continue; // "83% of young Republicans endorse", "was rejected by 59.6 percent of voters": a poll's or a vote's count, no one acts
                }

                if (IsBargainContent(s, i, verb: word.Form != TriggerForm.Noun && !IsParticipleModifier(s, i, last)))
                {
                    continue; // "in exchange for a halt to Israeli attacks", "unless they were freed": what a deal trades or a threat demands
                }

                if (word.Entry.Lemma == StrikeLemma && word.Entry.Type is EventType.Assault or EventType.Protest && (IsMilitaryStrike(s, i, noun: true) || IsMilitaryStrike(s, i, noun: false)) != (word.Entry.Type == EventType.Assault))
                {
                    continue; // "struck targets", "strikes on the camp" attack; "went on strike", "struck a deal", "workers struck" do not
                }

                if (word.Form == TriggerForm.Base && i > 0 && IsPassiveAuxiliary(s, i - 1) && HasParticipleReading(words, word))
                {
                    continue; // "was hit by a roadside bomb", "were hurt": a verb whose participle is its base form, read once, as the participle
                }

                if (word.Entry.Type == EventType.Assault && _lexicon.WeaponVerbs.Contains(word.Entry.Lemma) && !WeaponHits(s, i, last))
                {
                    continue; // "rockets hit Peshawar" attacks; "the storm hit", "prices hit a record" do not
                }

                bool asNoun = word.Form == TriggerForm.Noun;
                bool noun = nounContext || NounPrepositionFollows(s, last, words, word.Entry.Type);
                if (asNoun != noun && HasBothReadings(words, word) && (asNoun || !_lexicon.PossessorNouns.Contains(word.Entry.Lemma) || PossessorBefore(s, i)))
                {
                    continue; // "attack" after "the" is the noun, after "militants" the verb
                }

                if (!asNoun && word.Form is TriggerForm.Base or TriggerForm.ThirdPerson && i > 0 && (Determiners.Contains(s.Lower(i - 1)) || s.Lower(i - 1) == "'s" || s.MentionAt(i - 1) >= 0 && s.MentionLabel(s.MentionAt(i - 1)) == EntityLabel.Norp))
                {
                    continue; // "Hifter's march on Tripoli", "Israeli targets": a noun this lexicon has only as a verb
                }

                var drafts = Arguments(s, i, last, asNoun, asNoun ? CodeNoun(s, i, last, word.Entry) : CodeVerb(s, i, last, word), ref candidates);
                foreach (var d in drafts)
                {
                    yield return d;
                }
            }
        }
    }

    /// <summary>
    /// "government-backed militia", "cleric-supported candidates", "union-backed movement": one token (the tokenizer splits
    /// a hyphen only after a capital: "Kremlin-backed" is coded as a verb, <see cref="CodeVerb"/>) whose part after its
    /// last hyphen is the past participle of a trigger verb (not one that asks only with "X to" and a verb, names or hits:
    /// "court-ordered doctors", "so-called", "haze-hit"). The offset of that hyphen in the token and the verb's entry, or
    /// null (also for a token listed whole: "cease-fire"). Train: 6 gold events in 6 documents missed for it
    /// (p052, h111, j072, x095, i034, x131; ev-mends18 sitting).
    /// </summary>
    private (int Hyphen, TriggerWord Word)? HyphenParticipleAt(SentenceView s, int i)
    {
        string w = s.Lower(i);
        int hyphen = w.LastIndexOf('-');
        if (hyphen <= 0 || hyphen >= w.Length - 1 || _lexicon.Triggers.ContainsKey(w) || !_lexicon.Triggers.TryGetValue(w[(hyphen + 1)..], out var words))
        {
            return null;
        }

        for (int k = 0; k < words.Count; k++) // by index: no enumerator for the table's list
        {
            var word = words[k];
            if (word.Form == TriggerForm.PastParticiple && word.Entry.Particles.Length == 0 && !_lexicon.PassiveOnlyVerbs.Contains(word.Entry.Lemma)
                && !word.Entry.NeedsInfinitive && !IsNamingVerb(word.Entry) && !_lexicon.WeaponVerbs.Contains(word.Entry.Lemma))
            {
                return (hyphen, word);
            }
        }

        return null;
    }

    /// <summary>
    /// A hyphen participle of <see cref="HyphenParticipleAt"/>, read as the split compound is ("a NATO-backed uprising"):
    /// an actor noun before the hyphen acts ("government-backed militia" → government) on the actor the compound
    /// describes; the trigger is the participle alone. Nothing when either is no actor: "so-called", "well-trained",
    /// "re-arrested", "haze-hit nations" (adverbs and prefixes before the hyphen), "government-funded health care".
    /// </summary>
    private IEnumerable<EventDraft> CodeHyphenParticiple(SentenceView s, int i, int hyphen, TriggerWord word)
    {
        if (!_lexicon.IsActorNoun(s.Lower(i)[..hyphen]) || ActorStartingAt(s, i + 1) is not { IsActor: true } described)
        {
            // "so-called", "well-trained", "re-arrested", "haze-hit", "foreign-backed rebels": no actor before the hyphen;
            // "government-funded health care", "mortgage-backed securities": no actor acted on
            yield break;
        }

        var token = s.Span(i);
        List<Actor> modifier = [new Actor(ActorKind.Group, i, i, new TextSpan(token.Start, token.Start + hyphen), null)];

        var trigger = new TextSpan(token.Start + hyphen + 1, token.End);
        foreach (var d in Pair(s, word.Entry.Type, i, i, modifier, [described], EventMode.Asserted))
        {
            yield return d with { Trigger = trigger };
        }
    }

    /// <summary>
    /// "She was the first journalist to be killed", "Tueni is the third anti-Syrian figure to be killed": a passive
    /// infinitive after a noun phrase with an ordinal says the subject of the copula before it was acted on (2 gold on
    /// train the layer missed: "to" hid the subject); that phrase itself when no actor is named before the copula; null
    /// for any other "to be" (a request's content, "expected to be").
    /// </summary>
    private List<Actor>? OrdinalVictims(SentenceView s, int i)
    {
        if (i < 4 || s.Lower(i - 1) != "be" || s.Lower(i - 2) != "to")
        {
            return null;
        }

        var phrase = ActorEndingAt(s, i - 3);
        bool ordinal = false;
        int copula = phrase.First - 1;
        // back over the words the phrase leaves out before its head: "the first", "the third anti-Syrian", "the 100th"
        for (int from = copula; copula >= 0 && from - copula < MaxOrdinalReach && (Determiners.Contains(s.Lower(copula)) || IsOrdinal(s.Lower(copula)) || s.Tag(copula) is PartOfSpeech.JJ or PartOfSpeech.NNP || s.Lower(copula) == "-"); copula--)
        {
            ordinal |= IsOrdinal(s.Lower(copula));
        }

        if (!ordinal)
        {
            return null;
        }

        if (copula >= 1 && (BeForms.Contains(s.Lower(copula)) || s.Lower(copula) is "became" or "becomes" or "become") && SubjectActors(s, SkipLeft(s, copula - 1, out _)) is { } subject && subject.Exists(a => a.IsActor))
        {
            return subject;
        }

        return phrase.IsActor ? [phrase] : null;
    }

    /// <summary>At most this many words between a copula and the head its ordinal stands before ("the third anti - Syrian": 4).</summary>
    private const int MaxOrdinalReach = 5;

    private static bool IsOrdinal(string w) => Ordinals.Contains(w) || w.Length > 2 && char.IsDigit(w[0]) && w[^2..] is "st" or "nd" or "rd" or "th";

    /// <summary>Whether a trigger phrase holds a reflexive ("blew himself up"): its subject acts, "blew" is never a passive participle.</summary>
    private static bool ReflexivePhrase(TriggerEntry entry) => entry.Particles.Any(Reflexives.Contains);

    /// <summary>Whether a meeting noun (a CONSULT noun: talks, meetings, a summit) follows within a few words of determiners, adjectives and modifiers ("boycott international disarmament talks").</summary>
    private bool MeetingAhead(SentenceView s, int last)
    {
        for (int k = last + 1; k < s.Count && k - last <= MaxRequestedReach && s.IsWord(k); k++)
        {
            if (_lexicon.Triggers.TryGetValue(s.Lower(k), out var words) && words.Any(w => w.Form == TriggerForm.Noun && w.Entry.Type == EventType.Consult))
            {
                return true;
            }

            if (!(Determiners.Contains(s.Lower(k)) || s.Tag(k) is PartOfSpeech.JJ or PartOfSpeech.NN or PartOfSpeech.NNS or PartOfSpeech.RB))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The preposition of an import ban's target: the country the imports come from.</summary>
    private static readonly FrozenSet<string> ImportBanPrepositions = FrozenSet.ToFrozenSet(["from"], StringComparer.Ordinal);

    /// <summary>The lemma of a ban, COERCE unless it bans imports (<see cref="BansImports"/>).</summary>
    private const string BanLemma = "ban";

    /// <summary>
    /// Whether the ban ending at <paramref name="last"/> bans imports: a word of event-import-words.txt among the next
    /// few words of its clause ("banned the import of live birds", "a total ban on U.S. beef imports"): a SANCTION
    /// (docs/events.md, "Ban").
    /// </summary>
    private bool BansImports(SentenceView s, int last)
    {
        for (int k = last + 1; k < s.Count && k - last <= MaxBanObjectReach && (s.IsWord(k) || s.Lower(k) == "-"); k++)
        {
            if (_lexicon.ImportWords.Contains(s.Lower(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>At most this many words from a ban to its imports ("a ban on U.S. beef imports": 4; "banned the import of live birds": 2).</summary>
    private const int MaxBanObjectReach = 5;

    /// <summary>
    /// Whether the trigger at <paramref name="i"/> follows a phrase of event-bargain-cues.txt in its clause (no
    /// punctuation between): what a deal trades or a threat demands, not an event of its own (docs/events.md, "Embedded
    /// actions": "agreed to extend a truce in exchange for a halt to Israeli attacks and the release of prisoners",
    /// "would kill her unless female prisoners in Iraq are released"). After a clause's cue only a <paramref name="verb"/>
    /// is content ("unless Washington intervenes to dismiss a lawsuit": the lawsuit was filed); a phrase's cue reaches no
    /// further than the noun phrase, up to a finite verb ("proposals … in return for hosting a missile defense system fall
    /// short of its demands"); a relative clause describes, it is no content ("in exchange for four health workers who were
    /// kidnapped Tuesday").
    /// </summary>
    private bool IsBargainContent(SentenceView s, int i, bool verb)
    {
        bool finite = false;
        for (int k = i - 1; k >= 0 && i - k <= MaxBargainReach && (s.IsWord(k) || s.Lower(k) is "'s" or "-") && !Relatives.Contains(s.Lower(k)); k--)
        {
            finite |= IsFiniteVerb(s, k);
            var cues = _lexicon.BargainCues;
            for (int c = 0; c < cues.Count; c++) // by index: a foreach over the interface allocates an enumerator per word
            {
                var (clause, cue) = cues[c];
                int first = k - cue.Length + 1;
                bool match = first >= 0 && (clause ? verb : !finite);
                for (int w = 0; w < cue.Length && match; w++)
                {
                    match = s.Lower(first + w) == cue[w];
                }

                if (match)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the participle at <paramref name="i"/> describes the noun after it ("released arrested students"): read
    /// as an adjective, or as a past participle with no auxiliary before it, and a noun next.
    /// </summary>
    private bool IsParticipleModifier(SentenceView s, int i, int last)
        => IsNounAt(s, last + 1) && (s.Tag(i) == PartOfSpeech.JJ || s.Tag(i) == PartOfSpeech.VBN && !(i > 0 && (BeForms.Contains(s.Lower(i - 1)) || HaveForms.Contains(s.Lower(i - 1)))));

    /// <summary>At most this many words from a bargain's cue to the event it trades ("in exchange for a halt to Israeli attacks and the release": 10).</summary>
    private const int MaxBargainReach = 12;

    /// <summary>The lemma both a walkout (PROTEST) and a military strike (ASSAULT) are read from; <see cref="IsMilitaryStrike"/> chooses.</summary>
    private const string StrikeLemma = "strike";

    /// <summary>
    /// At most this many determiners, adjectives and names between a strike and what it hits ("struck the Jabalya
    /// camp", "a barrage of strikes on the Russian-backed forces": 4 words, the most on the news lead and train sentences read).
    /// </summary>
    private const int MaxStrikeObjectReach = 5;

    /// <summary>
    /// Whether the strike at <paramref name="i"/> read as a noun or as a verb (<paramref name="noun"/>; "strikes" is either, so
    /// the caller asks both) is a military one (docs/events.md, "Strikes as attacks"): the noun after a
    /// word of event-strike-modifiers.txt ("militant strikes"), the noun with "on"/"against" before a country or a word of
    /// event-strike-objects.txt ("a strike against Iraq", "strikes on the camp"), the verb before such a word ("struck
    /// targets"); never "on strike".
    /// </summary>
    private bool IsMilitaryStrike(SentenceView s, int i, bool noun)
    {
        if (noun && i > 0 && s.Lower(i - 1) == "on")
        {
            return false; // "went on strike on Monday"
        }

        if (noun && i > 0 && _lexicon.StrikeModifiers.Contains(s.Lower(i - 1)))
        {
            return true;
        }

        int k = i + 1;
        if (noun)
        {
            if (k >= s.Count || s.Lower(k) is not ("on" or "against"))
            {
                return false;
            }

            k++;
        }

        for (int end = Math.Min(s.Count, k + MaxStrikeObjectReach); k < end; k++)
        {
            if (noun && s.MentionAt(k) >= 0 && s.MentionLabel(s.MentionAt(k)) == EntityLabel.Gpe || _lexicon.StrikeObjects.Contains(s.Lower(k)))
            {
                return true;
            }

            if (!(Determiners.Contains(s.Lower(k)) || s.Lower(k) is "-" or "'s" || s.Tag(k) is PartOfSpeech.JJ or PartOfSpeech.NNP or PartOfSpeech.NNPS or PartOfSpeech.VBN))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the word's readings hold <paramref name="word"/>'s entry as a past participle too ("hit", "hurt", "cut": base and participle alike).</summary>
    private static bool HasParticipleReading(IReadOnlyList<TriggerWord> words, TriggerWord word)
    {
        for (int k = 0; k < words.Count; k++)
        {
            if (words[k].Form == TriggerForm.PastParticiple && words[k].Entry == word.Entry)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>At most this many words from a weapon verb's "by"/"with" to the weapon ("hit with airstrikes", "hit by a roadside bomb": 3).</summary>
    private const int MaxWeaponReach = 4;

    /// <summary>
    /// Whether what hits at the verb <paramref name="i"/> (a lemma of event-weapon-verbs.txt) is a weapon or an attack of
    /// event-violent-causes.txt: the word right before it, adverbs and auxiliaries passed over ("three rockets hit",
    /// "a bomb reportedly hit"), or the head after its "by"/"with" ("have been hit with airstrikes"). A bare "strike" is
    /// a walkout as often ("the strike hit rail services"): only "air strikes" count.
    /// </summary>
    private bool WeaponHits(SentenceView s, int i, int last)
    {
        int k = i - 1;
        while (k >= 0 && (s.Tag(k) == PartOfSpeech.RB || HaveForms.Contains(s.Lower(k)) || BeForms.Contains(s.Lower(k))))
        {
            k--;
        }

        if (k >= 0 && IsWeapon(s, k))
        {
            return true;
        }

        if (last + 1 >= s.Count || s.Lower(last + 1) is not ("by" or "with"))
        {
            return false;
        }

        for (int j = last + 2, end = Math.Min(s.Count, last + 2 + MaxWeaponReach); j < end; j++)
        {
            if (IsWeapon(s, j))
            {
                return true;
            }

            if (!(Determiners.Contains(s.Lower(j)) || s.Tag(j) is PartOfSpeech.JJ or PartOfSpeech.CD or PartOfSpeech.NN or PartOfSpeech.NNP || s.Lower(j) == "-"))
            {
                return false;
            }
        }

        return false;
    }

    private bool IsWeapon(SentenceView s, int k)
        => _lexicon.ViolentCauses.Contains(s.Lower(k)) && (s.Lower(k) is not ("strike" or "strikes") || k > 0 && s.Lower(k - 1) == "air");

    /// <summary>The most particles of a reading of the trigger words at <paramref name="i"/> that follow it ("backed down"), or 0.</summary>
    private static int LongestParticles(SentenceView s, int i, IReadOnlyList<TriggerWord> words)
    {
        int longest = 0;
        for (int k = 0; k < words.Count; k++)
        {
            var particles = words[k].Entry.Particles;
            if (particles.Length > longest && ParticleGap(s, i, words[k]) >= 0)
            {
                longest = particles.Length;
            }
        }

        return longest;
    }

    /// <summary>
    /// The learned argument scorer's say (docs/events.md, "The argument scorer"): the rules' drafts for one trigger are
    /// kept as they are unless a model is loaded; then every actor phrase of the sentence is a candidate (the rules'
    /// choices among its features), and for each role the model's best candidate, or no actor, replaces the rules'
    /// choice when it outscores it by more than the model's margin. The scorer decides who, never whether: a trigger
    /// the rules coded no event for stays without one.
    /// </summary>
    private List<EventDraft> Arguments(SentenceView s, int i, int last, bool noun, IEnumerable<EventDraft> drafts, ref List<Actor>? candidates)
    {
        var list = new List<EventDraft>();
        foreach (var d in drafts)
        {
            list.Add(d);
        }

        bool unread = list is [{ Unread: true }];
        if (list.Count == 0 || (_arguments is null && _observe is null) || (unread && _observe is null))
        {
            return unread ? [] : list;
        }

        var type = list[0].Type;
        // the scorer's working lists are the thread's, reused from trigger to trigger: nothing below keeps a reference
        // to them past this call (the observer and the drafts get copies)
        var buffers = t_argumentBuffers ??= new ArgumentBuffers();
        var ruleSources = buffers.RuleSources;
        var ruleTargets = buffers.RuleTargets;
        ruleSources.Clear();
        ruleTargets.Clear();
        foreach (var d in list)
        {
            if (d.Source is { } x)
            {
                ruleSources.Add(x.Span);
            }

            if (d.Target is { } y)
            {
                ruleTargets.Add(y.Span);
            }
        }

        var context = new ArgumentContext(type, i, last, noun, !noun && i > 0 && IsPassiveAuxiliary(s, i - 1), ruleSources, ruleTargets, unread);
        candidates ??= Candidates(s);
        var near = buffers.Near;
        near.Clear();
        foreach (var a in candidates)
        {
            if (a.Last < i || a.First > last)
            {
                near.Add(a);
            }
        }

        foreach (var d in list)
        {
            AddIfNew(near, d.Source);
            AddIfNew(near, d.Target);
        }

        near.Sort(ByFirst);
        var features = buffers.Features;
        var observed = _observe is null ? null : new List<ArgumentCandidate>();
        var scores = buffers.Scores(near.Count);
        var role = buffers.Role(near.Count);
        for (int c = 0; c < near.Count; c++)
        {
            ArgumentFeatures.Fill(s, context, near, c, features);
            observed?.Add(new ArgumentCandidate(near[c].Span, s.Text(near[c].Span), ArgumentFeatures.Texts(features)));
            if (_arguments is not null)
            {
                scores[c] = _arguments.Scores(features);
            }
        }

        ArgumentFeatures.FillNone(s, context, features);
        if (observed is not null)
        {
            _observe!(new ArgumentGroup(s.Sentence, type, s.Text(list[0].Trigger), observed, ArgumentFeatures.Texts(features), unread));
        }

        if (_arguments is null || unread)
        {
            // a trigger the rules read no actor for is only observed (docs/events.md, "Where actor reading fails": the
            // scorer filling it was tried and not kept), never coded
            return unread ? [] : list;
        }

        var none = _arguments.Scores(features);
        for (int c = 0; c < near.Count; c++)
        {
            role[c] = scores[c].Source;
        }

        var source = Overrule(near, role, none.Source, context.RuleSources, except: null);
        for (int c = 0; c < near.Count; c++)
        {
            role[c] = scores[c].Target; // Overrule keeps no reference to the array
        }

        var target = Overrule(near, role, none.Target, context.RuleTargets, except: source is { Actor: { } chosen } ? chosen.Span : null);
        if (source is null && target is null)
        {
            return list; // the rules stand, pairs and all
        }

        return [.. list.Select(d => d with { Source = source is { } s2 ? s2.Actor : d.Source, Target = target is { } t2 ? t2.Actor : d.Target })
            .Where(d => d.Source is not { } x || d.Target is not { } y || (x.Span != y.Span && (x.EntityId is null || x.EntityId != y.EntityId)))
            .Distinct()];
    }

    private static readonly Comparison<Actor> ByFirst = (x, y) => x.First.CompareTo(y.First);

    [ThreadStatic]
    private static ArgumentBuffers? t_argumentBuffers;

    /// <summary>The argument scorer's working lists of one thread (<see cref="Arguments"/>), the arrays grown to the most candidates seen.</summary>
    private sealed class ArgumentBuffers
    {
        private (float Source, float Target)[] _scores = [];
        private float[] _role = [];

        public HashSet<TextSpan> RuleSources { get; } = [];

        public HashSet<TextSpan> RuleTargets { get; } = [];

        public List<Actor> Near { get; } = [];

        public ArgumentFeatureValues Features { get; } = new();

        public (float Source, float Target)[] Scores(int count) => _scores.Length >= count ? _scores : _scores = new (float, float)[Math.Max(count, 2 * _scores.Length)];

        public float[] Role(int count) => _role.Length >= count ? _role : _role = new float[Math.Max(count, 2 * _role.Length)];
    }

    /// <summary>Adds the rules' actor to the candidates unless one with its span is there.</summary>
    private static void AddIfNew(List<Actor> near, Actor? actor)
    {
        if (actor is not { } x)
        {
            return;
        }

        foreach (var c in near)
        {
            if (c.Span == x.Span)
            {
                return;
            }
        }

        near.Add(x);
    }

    /// <summary>
    /// One role where the scorer overrules the rules: its best candidate, or "no argument", when that outscores the
    /// rules' choice (their best-scoring actor, or no actor) by more than <see cref="ArgumentModel.MinMargin"/> and is
    /// not the rules' own; null when the rules stand.
    /// </summary>
    private Choice? Overrule(List<Actor> candidates, float[] scores, float none, IReadOnlySet<TextSpan> rules, TextSpan? except)
    {
        int best = -1;
        float bestScore = none;
        float ruleScore = rules.Count == 0 ? none : float.NegativeInfinity;
        for (int c = 0; c < candidates.Count; c++)
        {
            if (rules.Contains(candidates[c].Span))
            {
                ruleScore = Math.Max(ruleScore, scores[c]);
            }

            if (candidates[c].Span != except && scores[c] > bestScore)
            {
                (best, bestScore) = (c, scores[c]);
            }
        }

        if (bestScore - ruleScore <= _arguments!.MinMargin || (best >= 0 ? rules.Contains(candidates[best].Span) : rules.Count == 0))
        {
            return null;
        }

        return new Choice(best < 0 ? null : candidates[best]);
    }

    /// <summary>The scorer's choice for a role where it overrules the rules: an actor or none.</summary>
    private readonly record struct Choice(Actor? Actor);

    /// <summary>The actor phrases of the sentence, left to right, each read from where the one before it ended (the argument scorer's candidates).</summary>
    private List<Actor> Candidates(SentenceView s)
    {
        var list = new List<Actor>();
        for (int k = 0; k < s.Count;)
        {
            if (ActorStartingAt(s, k) is { IsActor: true } a && a.First >= k && a.Last >= a.First)
            {
                list.Add(a);
                k = a.Last + 1;
            }
            else
            {
                k++;
            }
        }

        return list;
    }

    /// <summary>
    /// Whether an event noun stands without a named actor ("the attack took place Tuesday", "protests spread"): nouns of
    /// the types that happen in the world, minus the documents, relations and legal steps of event-needs-actor-nouns.txt
    /// ("the deal will strengthen", "hate crime charges").
    /// </summary>
    private bool StandsAlone(TriggerEntry entry)
        => ActorlessNouns.Contains(entry.Type) && !_lexicon.NeedsActorNouns.Contains(entry.Lemma);

    /// <summary>
    /// Whether a singular AGREE noun that needs an actor (event-needs-actor-nouns.txt) names a settlement between parties
    /// all the same, which the guideline codes with no actor named: a word of settlement before it ("the peace deal", "the
    /// withdrawal agreement", "the U.S.-brokered agreement") or a concluding participle after it, past auxiliaries and
    /// "which" ("after a deal is struck", "the accord, which was announced Friday"). Plurals stay things ("trade deals").
    /// </summary>
    private bool IsSettlement(SentenceView s, int i, int last, TriggerEntry entry)
    {
        if (entry.Type != EventType.Agree || !_lexicon.NeedsActorNouns.Contains(entry.Lemma) || s.Lower(last) != entry.Head)
        {
            return false;
        }

        // "signed a peace agreement with the government", "prepared to sign the peace agreement": the verb codes it;
        // "if no deal is reached", "whether or not an agreement is reached": none was made
        int k = i - 1;
        while (k >= 0 && i - k <= 3 && (Determiners.Contains(s.Lower(k)) || s.Tag(k) is PartOfSpeech.JJ or PartOfSpeech.NN or PartOfSpeech.CD || _lexicon.SettlementModifiers.Contains(s.Lower(k)) || s.Lower(k) == "-"))
        {
            k--;
        }

        if (k >= 0 && (IsTriggerVerb(s, k, EventType.Agree) || s.Lower(k) is "no" or "if" or "whether" or "not" or "until" or "unless"))
        {
            return false;
        }

        if (i >= 1 && s.Lower(i - 1) is var before && (_lexicon.SettlementModifiers.Contains(before) || _lexicon.SettlementModifiers.Contains(before[(before.LastIndexOf('-') + 1)..])))
        {
            return true;
        }

        return ConcludedAfter(s, last, out _);
    }

    /// <summary>
    /// Whether a concluding participle (event-conclude-participles.txt) follows the deal noun ending at <paramref
    /// name="last"/>, past auxiliaries, modals and "which" ("a deal is struck", "the accord, which was announced");
    /// <paramref name="modal"/> tells whether a modal stands between ("a deal could be announced": not yet made).
    /// </summary>
    private bool ConcludedAfter(SentenceView s, int last, out bool modal)
    {
        modal = false;
        for (int k = last + 1; k < s.Count && k - last <= MaxConcludeReach; k++)
        {
            string w = s.Lower(k);
            if (_lexicon.ConcludeParticiples.Contains(w))
            {
                return true;
            }

            modal |= s.Tag(k) == PartOfSpeech.MD;
            if (!(BeForms.Contains(w) || w is "has" or "have" or "had" or "which" or "," || s.Tag(k) == PartOfSpeech.MD))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a trigger phrase of several words starts at <paramref name="i"/> ("gave up", "sent troops"): it, not the verb of giving alone, codes the event.</summary>
    private bool PhraseStartsAt(SentenceView s, int i)
    {
        if (!_lexicon.Triggers.TryGetValue(s.Lower(i), out var words))
        {
            return false;
        }

        // by index, without a lambda: a closure over s and i would be allocated at every call, trigger or not
        for (int w = 0; w < words.Count; w++)
        {
            if (words[w].Entry.Particles.Length > 0 && ParticlesFollow(s, i, words[w].Entry.Particles))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the "that" at <paramref name="k"/> opens a clause with a base verb or a modal, what a verb of requesting
    /// asks for ("demanded that the station not air", "is demanding that reporters be expelled", "urged that talks
    /// should resume"), not a determiner ("don't ask that level of detail") nor a forecast ("warned that they will
    /// confront"): the tagger's complementizer, then a base verb or "should" within <see cref="MaxMandativeReach"/> words
    /// and before any punctuation.
    /// </summary>
    private static bool MandativeClauseAt(SentenceView s, int k)
    {
        if (s.Tag(k) != PartOfSpeech.IN)
        {
            return false;
        }

        for (int j = k + 1; j < s.Count && j - k <= MaxMandativeReach && s.IsWord(j); j++)
        {
            if (s.Tag(j) == PartOfSpeech.VB || s.Lower(j) == "should")
            {
                return true;
            }

            if (s.Tag(j) == PartOfSpeech.MD)
            {
                return false; // "warned Monday that global unemployment could rise": a forecast, its base verb the modal's
            }
        }

        return false;
    }

    /// <summary>Whether the mandative clause that opens at <paramref name="k"/> is passive ("that any CNN reporters … be expelled"): "be" before its first participle.</summary>
    private static bool PassiveClauseAt(SentenceView s, int k)
    {
        for (int j = k + 1; j + 1 < s.Count && j - k <= MaxMandativeReach && s.IsWord(j); j++)
        {
            if (s.Lower(j) is "be" or "been" && s.Tag(j + 1) == PartOfSpeech.VBN)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a "to"-infinitive follows a directive verb's object ("told students to stay", "challenged his political
    /// rivals to make"), or its passive's agent ("were told by WeWork to sign", "are being ordered to prepare"): the object
    /// is a short noun phrase (names, pronouns, determiners, adjectives, nouns), the infinitive "to" and a base verb.
    /// </summary>
    private static bool InfinitiveAfterObject(SentenceView s, int last, bool objectNeeded)
    {
        int k = last + 1;
        if (k < s.Count && s.Lower(k) == "by")
        {
            k++;
        }

        for (int n = 0; k < s.Count && n < MaxDirectiveObject && s.Lower(k) != "to" && (s.Tag(k) is PartOfSpeech.DT or PartOfSpeech.PRP or PartOfSpeech.PRPS or PartOfSpeech.JJ or PartOfSpeech.NN or PartOfSpeech.NNS or PartOfSpeech.NNP or PartOfSpeech.NNPS or PartOfSpeech.CD or PartOfSpeech.POS || s.MentionAt(k) >= 0); n++)
        {
            k++;
        }

        // only a participle asks with no object between ("were told to leave"); "90 minutes of Atletico Madrid pressure to
        // win" is the tagger's noun
        return k + 1 < s.Count && s.Lower(k) == "to" && s.Tag(k + 1) == PartOfSpeech.VB && (k > last + 1 || !objectNeeded);
    }

    /// <summary>
    /// Whether a trigger entry starts at <paramref name="k"/>: a one-word entry, or a phrase whose remaining words follow
    /// ("military action", "joint raid"). A phrase's first word alone ("military officials", "state media") is no trigger,
    /// so the noun-phrase readers do not end a phrase at it (docs/events.md, "The long tail": "security" of "security
    /// operation" cut "Iraqi security forces"); nor is a word the lexicon has only as a verb where the tagger reads a
    /// noun ("an eviction order").
    /// </summary>
    private bool TriggerOpensAt(SentenceView s, int k)
    {
        if (!_lexicon.Triggers.TryGetValue(s.Lower(k), out var words))
        {
            return false;
        }

        // by index, without a lambda: asked of most words of every noun phrase read, and a closure over s and k would be
        // allocated at every call
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if ((w.Entry.Particles.Length == 0 || ParticlesFollow(s, k, w.Entry.Particles)) && (w.Form == TriggerForm.Noun || s.Tag(k) is not (PartOfSpeech.NN or PartOfSpeech.NNS)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word at <paramref name="i"/> is a later word of a trigger phrase that starts before it ("strikes" in "air strikes").</summary>
    private bool InsideLongerTrigger(SentenceView s, int i)
    {
        for (int j = Math.Max(0, i - 3); j < i; j++)
        {
            if (!_lexicon.Triggers.TryGetValue(s.Lower(j), out var before) || s.MentionAt(j) >= 0)
            {
                continue;
            }

            for (int b = 0; b < before.Count; b++) // by index, without a closure over s, i and j
            {
                var w = before[b];
                int gap = ParticleGap(s, j, w);
                if (gap >= 0 && w.Entry.Particles.Length + gap >= i - j && !_lexicon.IsNotTrigger(s, j, w.Entry.Type))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a word that can be a noun or a verb ("attacks", "protests", "fighting") is the noun here: at the start of
    /// the sentence, after a determiner or a modifier ("the", "Israeli", "election", "fiercest"); the verb after its
    /// subject, an auxiliary, "to", a relative pronoun or a conjunction.
    /// </summary>
    private bool IsNounContext(SentenceView s, int i)
    {
        if (i == 0)
        {
            return true;
        }

        var prev = s.Lower(i - 1);
        if (NounContext.Contains(prev) || s.IsNumber(i - 1) || IsKindModifiedAttack(s, i))
        {
            return true;
        }

        if (i == 1 && s.MentionAt(0) < 0 && !_lexicon.IsActorNoun(prev) && !Pronouns.Contains(prev) && (_lexicon.ActorModifiers.Contains(prev) || prev.EndsWith("ic", StringComparison.Ordinal) || prev.EndsWith("al", StringComparison.Ordinal) || prev.EndsWith("ous", StringComparison.Ordinal) || prev.EndsWith("ive", StringComparison.Ordinal) || prev.EndsWith("ent", StringComparison.Ordinal) || prev.EndsWith("ful", StringComparison.Ordinal)))
        {
            return true; // "Sporadic clashes …", "Violent protests …": an adjective opening the sentence
        }

        if (prev is "and" or "or" && i >= 2 && HasNounReading(s, i - 2) && IsNounContext(s, i - 2))
        {
            return true; // "clashes and shelling": a noun joined to a noun
        }

        if (s.MentionAt(i - 1) >= 0)
        {
            // "Israeli airstrikes" (a modifier) against "Russia attacks" (a subject); "the Hariri killing": a name after a determiner modifies
            int name = i - 1 - CountMentionWords(s, i - 1);
            return s.MentionLabel(s.MentionAt(i - 1)) == EntityLabel.Norp || (name >= 0 && Determiners.Contains(s.Lower(name)));
        }

        if (prev == "," && s.Tag(i) is PartOfSpeech.NN or PartOfSpeech.NNS && !s.Lower(i).EndsWith("ing", StringComparison.Ordinal) && (i + 1 >= s.Count || !IsNounAt(s, i + 1) || s.Tag(i + 1) is PartOfSpeech.IN or PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.MD))
        {
            return true; // "In early 2009, protests over …": a comma opens a clause whose subject may be the noun; the tagger tells it from the verb
        }

        bool verbContext = _lexicon.Skip.Contains(prev) || prev.EndsWith("n't", StringComparison.Ordinal) || prev is "to" or "and" or "or" or "," or "who" or "which" or "that"
            || Pronouns.Contains(prev) || _lexicon.IsActorNoun(prev) || s.IsCapitalized(i - 1) || !s.IsWord(i - 1) || (prev.Length > 4 && prev.EndsWith("ly", StringComparison.Ordinal))
            || _lexicon.HelpingVerbs.Contains(prev) && s.Tag(i) == PartOfSpeech.VB; // "helped rescue seven sailors" (event-helping-verbs.txt)
        return !verbContext;
    }

    /// <summary>
    /// Whether the word at <paramref name="i"/> is an attack noun after a word of event-kind-modifiers.txt ("the September
    /// 11 terrorist attacks", "other sniper attacks"): the kind modifies the noun and is no subject. Only where the word
    /// has an ASSAULT noun reading: "the U.S. embassy charge d'affaires" is no charge.
    /// </summary>
    private bool IsKindModifiedAttack(SentenceView s, int i)
    {
        if (!_lexicon.KindModifiers.Contains(s.Lower(i - 1)) || s.MentionAt(i - 1) >= 0 || !_lexicon.Triggers.TryGetValue(s.Lower(i), out var words))
        {
            return false;
        }

        foreach (var w in words)
        {
            if (w.Form == TriggerForm.Noun && w.Entry.Type == EventType.Assault)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"rebel attacks on Iraqi soldiers": the next word is a preposition the noun takes and the verb does not.</summary>
    private static bool NounPrepositionFollows(SentenceView s, int last, IReadOnlyList<TriggerWord> words, EventType type)
    {
        var next = s.Lower(last + 1);
        bool asNoun = false;
        // by index, without closures over next and type (asked of every trigger word)
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Entry.Type == type && w.Entry.Prepositions.Contains(next))
            {
                if (w.Form != TriggerForm.Noun)
                {
                    return false;
                }

                asNoun = true;
            }
        }

        return asNoun;
    }

    private static bool HasBothReadings(IReadOnlyList<TriggerWord> words, TriggerWord word)
    {
        for (int i = 0; i < words.Count; i++) // by index, without a closure over word
        {
            if (words[i].Entry.Type == word.Entry.Type && (words[i].Form == TriggerForm.Noun) != (word.Form == TriggerForm.Noun))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the entry's particles follow the trigger word at <paramref name="i"/>: 0 right after it ("pushed for"), 1 past
    /// one adverb in -ly between a verb and its particles ("pushed unsuccessfully for", "called repeatedly for"), -1 not.
    /// </summary>
    private static int ParticleGap(SentenceView s, int i, TriggerWord word)
    {
        var particles = word.Entry.Particles;
        if (ParticlesFollow(s, i, particles))
        {
            return 0;
        }

        return particles.Length > 0 && word.Form != TriggerForm.Noun && i + 1 < s.Count && (s.Tag(i + 1) == PartOfSpeech.RB && s.Lower(i + 1).EndsWith("ly", StringComparison.Ordinal) || AdjectiveBeforeNounParticle(s, i + 1, particles)) && ParticlesFollow(s, i + 1, particles) ? 1 : -1;
    }

    /// <summary>
    /// A lower-case adjective at <paramref name="k"/> before a phrase's one noun particle: "withhold military aid", "held
    /// secret talks", "lifted economic sanctions" are the phrases "withhold aid", "hold talks", "lift sanctions"
    /// (ev-declined sitting: v048).
    /// </summary>
    private static bool AdjectiveBeforeNounParticle(SentenceView s, int k, string[] particles)
        => particles.Length == 1 && k + 1 < s.Count && IsPlainAdjective(s, k) && s.MentionAt(k) < 0 && s.Tag(k + 1) is PartOfSpeech.NN or PartOfSpeech.NNS;

    private static bool ParticlesFollow(SentenceView s, int i, string[] particles)
    {
        for (int k = 0; k < particles.Length; k++)
        {
            if (i + 1 + k >= s.Count || s.Lower(i + 1 + k) != particles[k])
            {
                return false;
            }
        }

        return true;
    }

    private IEnumerable<EventDraft> CodeVerb(SentenceView s, int i, int last, TriggerWord word)
    {
        if (IsNamingVerb(word.Entry) && (!s.Tag(i).IsVerb() || i >= 1 && s.Lower(i - 1) == "-"))
        {
            yield break; // "a crippling Maoist-called transport blockade", "a long-term plan": no naming (the insult is read below)
        }

        if (word.Entry.Type == EventType.Assault && AccidentAdverbBefore(s, i))
        {
            yield break; // "Cheney accidentally shot and wounded a fellow hunter": an accident, whoever acted (docs/events.md, "Traps")
        }

        int afterDay = last + 1 < s.Count && Days.Contains(s.Lower(last + 1)) ? last + 2 : last + 1; // "warned Monday that"
        if (afterDay < s.Count && s.Lower(afterDay) == "that" && !(word.Entry.Type == EventType.Request && MandativeClauseAt(s, afterDay)) && !IsWarningThreat(s, i, word)
            && AllegedAccused(s, word, afterDay) is null)
        {
            yield break; // "hope to demonstrate that …", "alleged that irregularities …": a statement, not an action; "demanded that the station not air" asks, "warned that they will retaliate" threatens, "alleged that Israeli spies are entrenched" accuses the spies
        }

        if (word.Entry.NeedsInfinitive && !InfinitiveAfterObject(s, last, objectNeeded: word.Form != TriggerForm.PastParticiple))
        {
            yield break; // "told reporters", "ordered the crackdown": a directive verb asks only with "X to <verb>"
        }

        if (word.Form is TriggerForm.Base or TriggerForm.ThirdPerson && s.Tag(i) is PartOfSpeech.NN or PartOfSpeech.NNS && IsAccusedOf(s, i))
        {
            yield break; // "blamed the rebels for cross-border attacks": the tagger's noun after an accusation's "for" is its content
        }

        if (last == i && s.Tag(i) is PartOfSpeech.NN or PartOfSpeech.NNS or PartOfSpeech.JJ && IsNounAt(s, last + 1) && !(i > 0 && (s.Lower(i - 1) is "and" or "or" or "to" or "-" || _lexicon.HelpingVerbs.Contains(s.Lower(i - 1)))))
        {
            // "storm victims", "of alleged extremist bombmakers": the tagger reads a modifier of a noun, not a verb; after
            // "and", "or", "to" and a verb of helping it misreads verbs so ("and detain/NN suspects", "and injured/JJ two
            // others" on train, "helped broker/NN a peace deal");
            // a hyphen compound ("a U.S.-funded center") is coded below with its left part as the actor
            yield break;
        }

        if (last == i && i > 0 && s.Tag(i) == PartOfSpeech.NNS && _lexicon.GiveVerbs.Contains(s.Lower(i - 1)))
        {
            // "have pledged funds to …", "sent funds": the object of a verb of giving, a thing it gives (the giving
            // codes the AID), not the verb "fund" (batch c, train)
            yield break;
        }

        if (word.Form is TriggerForm.PastParticiple or TriggerForm.Gerund && last == i && i > 0 && (Determiners.Contains(s.Lower(i - 1)) || s.Lower(i - 1) == "'s") && IsNounAt(s, last + 1) && !(word.Form == TriggerForm.Gerund && Determiners.Contains(s.Lower(last + 1)))
            && !(s.Tag(i) == PartOfSpeech.VBD && s.Lower(i - 1) == "that"))
        {
            // "its alleged operator", "the wounded soldier", "a visiting Chinese diplomat": an adjective; not after the relative "that" of a past verb
            // ("a bombing that killed 14 Marines")
            yield break;
        }

        if (last + 2 < s.Count && s.Lower(last + 1) == "and" && IsTriggerVerb(s, last + 2, word.Entry.Type) && !IsPassiveHarmBeforeAct(s, i, word, last + 2))
        {
            yield break; // "shot and killed one Palestinian": one event, coded at the second verb
        }

        var left = SkipLeft(s, i - 1, out var crossedControl, adverbs: true);
        if (word.Form == TriggerForm.PastParticiple && left >= 1 && _lexicon.ReportParticiples.Contains(s.Lower(left)) && IsPassiveAuxiliary(s, left - 1))
        {
            left = SkipLeft(s, left - 1, out crossedControl); // "nearly 100 militants have been reported killed": past the reporting
        }

        // "he was burned and tortured", "who was abducted in Niger and later killed": the first participle's passive subject
        // "are beaten, chained, attacked or sexually abused": a participle after a comma of a passive list
        int? firstPassive = word.Form != TriggerForm.PastParticiple || left < 1 ? null
            : s.Lower(left) is "and" or "or" ? PassiveParticipleBefore(s, left)
            : s.Lower(left) == "," && left == i - 1 ? PassiveListStart(s, left - 1) : null;
        if (firstPassive is { } fp)
        {
            left = SkipLeft(s, fp - 1, out crossedControl);
        }
        else if (left == i - 1 && left >= 1 && s.Lower(left) == "and" && IsTriggerVerb(s, left - 1, null) && !(IsNounObject(s, left - 1) && s.Tag(i).IsVerb()))
        {
            left = SkipLeft(s, left - 2, out crossedControl); // the first verb's subject
        }
        else if (left >= 1 && s.Lower(left) is "and" or "but")
        {
            left = PreviousVerbSubjectEnd(s, left) ?? ClauseSubjectEndAt(s, left, i); // "the gunmen surrendered … and released", "NATO officials have said … but have also blamed"
        }
        if (IsEmbedded(s, left, crossedControl))
        {
            yield break;
        }

        if (word.Form == TriggerForm.Base && !IsEmbeddingTrigger(s, i) && CoordinatedInfinitiveTo(s, i) is { } to && IsEmbedded(s, SkipLeft(s, to, out var toControl, adverbs: true), toControl))
        {
            // "urged Mr. Bush to halt activities …, ratify the Kyoto Protocol, withdraw U.S. troops": every infinitive of the
            // request is its content; a verb of requesting is the request's twin ("will call on Russia to sign …, and urge it")
            yield break;
        }

        if (word.Form == TriggerForm.Base && IsBareMandative(s, i, left))
        {
            yield break; // "Taleban kidnappers demanded Germany withdraw its troops": the request's clause, its "that" left out
        }

        if (word.Form == TriggerForm.Gerund && left >= 1 && s.Lower(left) == "," && left == i - 1 && OnlyAdverbsBefore(s, left))
        {
            // "Nevertheless, bombing raids have intensified": an opening adverb and its comma; the gerund opens the clause
            // and no clause before it has a subject (ev-actors-w sitting)
            left = -1;
        }
        else if (word.Form == TriggerForm.Gerund && left >= 0 && s.Lower(left) == "," && left == i - 1)
        {
            // ", killing at least three people": the subject of the main clause acts; inside reported speech whose speaker
            // opens the sentence ("Police say gunmen attacked the convoy, killing five"), the reported clause's subject
            left = ClauseSubjectEndAt(s, left, i);
        }
        else if (word.Form == TriggerForm.Gerund && left == i - 1 && GerundClauseSubjectEnd(s, left, last) is { } governing)
        {
            // "stopped short of blaming Iran", "After meeting the envoy, the minister …": the clause's subject acts
            left = governing;
        }
        else if (word.Form == TriggerForm.Base && left == i - 1 && PurposeSubjectEnd(s, left) is { } purpose)
        {
            // "Abbas will travel to Gaza today to meet with …": the subject of the verb the purpose hangs on acts
            left = purpose;
        }
        else if (word.Form == TriggerForm.Gerund && left == i - 1 && ObjectGerundSubjectEnd(s, left) is { } holder)
        {
            // "Many Sunnis have held street protests demanding a re-vote", "issued a protest note demanding": a thing
            // does not demand; whoever holds or issues it does
            left = holder;
        }

        if (word.Form == TriggerForm.PastParticiple && i >= 2 && s.Lower(i - 1) == "-" && !_lexicon.PassiveOnlyVerbs.Contains(word.Entry.Lemma))
        {
            // "a NATO-backed uprising": the left part acts on what the compound describes
            var modifier = ActorEndingAt(s, i - 2);
            var described = ActorStartingAt(s, last + 1);
            foreach (var d in Pair(s, word.Entry.Type, i, last, [modifier], described is { } x ? [x] : [], EventMode.Asserted))
            {
                yield return d;
            }

            yield break;
        }

        int? blamedEnd = word.Form == TriggerForm.Base && left == i - 1 && _lexicon.PassiveInfinitives.Contains(word.Entry.Lemma) ? BeToSubjectEnd(s, left) : null;
        if (blamedEnd is { } blamed)
        {
            // "the government is to blame", "Intel isn't wholly to blame": the subject is blamed; a reporting verb's
            // speaker blames ("A human-rights group says the government is to blame")
            var speakers = ReportSpeakers(s, i);
            var blamedActors = SubjectActors(s, blamed);
            if (!blamedActors.Exists(a => a.IsActor) || blamedActors.Exists(a => a.First >= 1 && s.Tag(a.First - 1) == PartOfSpeech.IN))
            {
                // "severe weather was to blame": no actor is accused; "increased traffic between Hong Kong and China is
                // partly to blame": the actors hang on a preposition of a thing, the subject's head
                yield break;
            }

            // between the subject and "to" stand only "be", adverbs and negation: the modality cues can only negate there
            foreach (var d in Pair(s, word.Entry.Type, i, last, speakers, blamedActors, _lexicon.CueMode(s, blamed + 1, i) == EventMode.Negated ? EventMode.Negated : EventMode.Asserted, actorless: true))
            {
                yield return d;
            }

            yield break;
        }

        bool reducedRelative = word.Form == TriggerForm.PastParticiple && left == i - 1 && IsReducedRelative(s, i, last, word.Entry);
        // "some of those killed were children": "those" names the people the participle was done to (2 gold on train); after
        // "were among" the subject names them ("two officers were among those killed")
        bool thoseDone = word.Form == TriggerForm.PastParticiple && i > 0 && s.Lower(i - 1) == "those" && !(i > 1 && s.Lower(i - 2) == "among") && word.Entry.Type is EventType.Assault or EventType.Coerce;
        bool passive = word.Form == TriggerForm.PastParticiple && !ReflexivePhrase(word.Entry) && (thoseDone || firstPassive is not null || IsGappedPassive(s, i) || IsElidedPassive(s, left, last) || i > 0 && IsPassiveAuxiliary(s, i - 1) || NextWord(s, last + 1, 2) is { } by && s.Lower(by) == "by" || AgentBy(s, last + 1) is not null || reducedRelative || IsReducedRelative(s, i, last, word.Entry) || (IsBareParticiple(s, i, last, word.Entry) && !_lexicon.ReciprocalVerbs.Contains(s.Lower(i))));
        List<Actor> sources;
        List<Actor> targets;
        bool hitByEvent = false;
        bool askedFor = false;
        if (passive)
        {
            // "Hamas, backed by Iran, attacked": a participle set off by a comma after an actor describes that actor
            // "the deaths of two soldiers killed Tuesday": a reduced relative describes the noun right before it, not the
            // head its phrase hangs on
            targets = left == i - 1 && left >= 1 && s.Lower(left) == "," && ActorEndingAt(s, left - 1) is { IsActor: true } described ? [described]
                : reducedRelative && ActorEndingAt(s, left) is { IsActor: true } relativeHead ? [relativeHead] : SubjectActors(s, left);
            if (thoseDone)
            {
                targets = [new Actor(ActorKind.Pronoun, i - 1, i - 1, s.Span(i - 1), null)];
            }
            else if (word.Entry.Type is EventType.Assault or EventType.Coerce && !targets.Exists(a => a.IsActor) && OrdinalVictims(s, i) is { } victims)
            {
                targets = victims;
            }

            sources = Agent(s, last + 1);
            if (word.Entry.Type == EventType.Assault && sources.Count == 0 && IsNotActorCause(s, last + 1))
            {
                yield break; // "were killed in a plane crash", "killed in several days of severe weather": no actor acted
            }

            if (word.Entry.NeedsActorObject && (targets is [{ Kind: ActorKind.Thing }, ..] || left == i - 1 && left >= 1 && s.Lower(left) == "," && ActorEndingAt(s, left - 1) is { Kind: ActorKind.Thing }))
            {
                // "the study released Tuesday by an institute": only actors are released, supported or aided, in the passive
                // too; "The poll, released on Wednesday night by": a participle set off by a comma after a thing describes it
                yield break;
            }

            if (word.Entry.Type == EventType.Mobilize && sources.Count == 0 && targets.Exists(a => a.IsActor))
            {
                // "Police are still deployed", "British troops stationed around Basra": the forces deployed are who
                // mobilizes (docs/events.md, MOBILIZE; m042, n037), not whom it is against
                (sources, targets) = (targets, []);
            }
        }
        else
        {
            sources = SubjectActors(s, left);
            if (left >= 0 && sources is [{ Kind: ActorKind.Thing } it] && it.First == left && it.Last == left && s.Lower(left) == "it" && !word.Entry.NeedsActorSubject && OrganizationNamedBefore(s, left))
            {
                // "Jordan … if it cooperates with", "toppled the Taleban government after it refused to": "it" right before
                // an action, when the sentence names an organisation or a country before it to stand for; "it's freezing",
                // "it would hurt" name none (verbs whose everyday senses take a thing subject, event-actor-subjects.txt,
                // keep it a thing)
                sources = [new Actor(ActorKind.Pronoun, left, left, s.Span(left), null)];
            }

            if (left >= 0 && sources is [{ Kind: ActorKind.Thing } own] && own.First == left && own.Last == left && IntentionPossessor(s, left) is { } possessor)
            {
                sources = [possessor]; // "in return for their pledge to lay down their arms": the pronoun SkipLeft stopped at
            }

            if (EventNounSubject(s, sources) is { } eventSubject)
            {
                sources = eventSubject;
                hitByEvent = true;
            }

            if (sources is [{ Kind: ActorKind.Thing } thingSubject, ..] && word.Entry.NeedsActorSubject && !hitByEvent && OwnerOf(s, thingSubject) is null && ThingRightBefore(s, thingSubject, i))
            {
                yield break; // "Firefox now supports printing", "the apps help marketers": a thing's everyday sense of the verb, no actor acts
            }

            // "who kill and eat animals", "attacked and looted the town": verbs joined by "and" share the object after the second
            int objectAt = last + 2 < s.Count && s.Lower(last + 1) is "and" or "or" && s.Tag(last + 2) is PartOfSpeech.VB or PartOfSpeech.VBD or PartOfSpeech.VBP or PartOfSpeech.VBZ or PartOfSpeech.VBN ? last + 3 : last + 1;
            bool dayBefore = false;
            if (objectAt + 1 < s.Count && Days.Contains(s.Lower(objectAt)) && s.Lower(objectAt + 1) != "'s")
            {
                objectAt++; // "The two leaders met Sunday", "attacked today a convoy": a day after the verb says when, not whom
                dayBefore = true;
            }

            // "demanded that the government resign": the clause's subject is who is asked; "demanding that reporters be expelled": not who is asked
            // "warned that they will confront any protests", "warned they will refer Iran": the clause's subject threatens, it is not who is threatened
            // "met Wednesday at the White House with": after a day, a preposition the entry does not take opens no object
            targets = AllegedAccused(s, word, objectAt) is { } accused ? [accused]
                : s.Lower(objectAt) == "that" && (PassiveClauseAt(s, objectAt) || IsWarningThreat(s, i, word))
                  || IsWarningThreat(s, i, word) && SubjectPronouns.Contains(s.Lower(objectAt)) && s.Lower(objectAt + 1) is "will" or "would" or "wo" || dayBefore && s.Tag(objectAt) == PartOfSpeech.IN && !word.Entry.Prepositions.Contains(s.Lower(objectAt)) ? [] : ObjectActors(s, objectAt, word.Entry.Prepositions, direct: true);
            // "demanded the withdrawal of British troops": past what is asked for, its "of" is no "demanded of the government"
            if (!targets.Exists(a => a.IsActor) && word.Entry.Prepositions.Count > 0 && PrepositionAhead(s, last + 1, word.Entry.Prepositions) is { } prep
                && !(s.Lower(prep) == "of" && prep > objectAt && _lexicon.AsksFor(word.Entry)))
            {
                var later = ObjectActors(s, prep, word.Entry.Prepositions, direct: false);
                if (later.Exists(a => a.IsActor))
                {
                    targets = later; // "blame Saturday's bombing on the PKK"
                }
            }
            if (targets is [{ Kind: ActorKind.Thing } thing, ..] && word.Entry.Type is EventType.Reject or EventType.Accuse or EventType.Support or EventType.Request or EventType.Threaten && OwnerOf(s, thing, ofNamesOwner: !_lexicon.AsksFor(word.Entry), namedBy: word.Entry.Type != EventType.Request && (!word.Entry.NeedsActorObject || SupportsPolicy(s, word.Entry, sources, targets, noun: false))) is { } owner && (owner.EntityId is null || !sources.Exists(a => a.EntityId == owner.EntityId)))
            {
                targets = [owner]; // "rejected a petition from the board", "criticized Iran's decision": whose it is
            }

            // "calling for the overthrow of Saudi Arabia's government": what is asked for names the actors it concerns, no
            // one asked; the request stands with its source alone, or with none the rules read (the scorer may name it)
            askedFor = targets is [{ Kind: ActorKind.Thing } content, ..] && _lexicon.AsksFor(word.Entry) && OwnerOf(s, content) is not null;

            if (targets is [{ Kind: ActorKind.Thing } place, ..] && word.Entry.Type == EventType.Consult && PlaceNamed(s, place) is { } named)
            {
                targets = [named]; // "visited the southern town of Zinder", "visited the Afghan capital, Kabul": the place stands for its people
            }

            if (word.Entry.Type == EventType.Consult && targets.Count > 0 && targets.TrueForAll(a => a.Kind == ActorKind.Thing) && objectAt < s.Count
                && s.Tag(i) is PartOfSpeech.VB or PartOfSpeech.VBD or PartOfSpeech.VBP or PartOfSpeech.VBZ && NoObjectOpensAt(s, objectAt, word.Entry.Prepositions))
            {
                // "the two met at a palace", "met previously", "will meet to chart a new future": a meeting's parties may all
                // be its subject, and what follows is no object (other types' verbs read so were other senses on open news:
                // "helped to boost the property sector", "funded to develop")
                targets = [];
            }

            if (word.Entry.Type == EventType.Request && word.Entry.Lemma == "ask" && word.Entry.Particles.Length == 0 && AskedAbout(s, last, targets))
            {
                yield break; // "asked Mrs. Clinton about several women", "has been asking repeatedly about the release": a question
            }

            if (word.Entry.Type == EventType.Request && word.Entry.Particles.Length == 0 && word.Entry.Prepositions.Count == 0 && targets is [{ Kind: ActorKind.Thing } asked] && s.Lower(asked.Last + 1) == "to" && s.Tag(asked.Last + 2) == PartOfSpeech.VB && s.Lower(asked.Last + 2) != "be" && s.Lower(asked.First) != "it")
            {
                // "urged airlines to use the airport", "asked the Fox to sup": the object of a request verb with an
                // infinitive after it is who is to act, an actor whatever its noun (ev-actors8 sitting); not after a
                // particle ("called for continued efforts to ease tensions": a purpose), for a verb that names whom it asks
                // after a preposition ("requested a delay to investigate", "request X from Y") nor before "to be"
                targets = [asked with { Kind = ActorKind.Group }];
            }

            if (word.Entry.Type == EventType.Threaten && !targets.Exists(a => a.IsActor) && ThreatenedInContent(s, last) is { } threatened)
            {
                targets = threatened;
            }

            if (targets is [{ Kind: ActorKind.Thing }, ..] && word.Entry.NeedsActorObject && !SupportsPolicy(s, word.Entry, sources, targets, noun: false))
            {
                yield break; // only actors are supported, released or aided: "supports holding elections", "released its listing"
            }
        }

        if (!passive && word.Entry.Type == EventType.Request && _lexicon.QuestionVerbs.Contains(word.Entry.Lemma) && AsksQuestion(s, last))
        {
            yield break; // "We asked our followers which candidate won", "asked Trump how he would handle": a question, no request
        }

        if (_lexicon.PassiveHarmVerbs.Contains(word.Entry.Lemma) && (!passive || !targets.Exists(a => IsPerson(s, a))))
        {
            yield break; // "Trump beat a large field", "burned tires", "abused its position", "the chained arrow notation": no one harmed
        }

        if (_lexicon.PassiveOnlyVerbs.Contains(word.Entry.Lemma) && word.Entry.Particles.Length == 0
            && (!passive || !targets.Exists(a => IsPerson(s, a)) || last + 1 < s.Count && (s.Tag(last + 1) is PartOfSpeech.JJ or PartOfSpeech.RB or PartOfSpeech.NN or PartOfSpeech.NNS || s.Lower(last + 1) == "to") && !TimeWords.Contains(s.Lower(last + 1))))
        {
            // "held talks", "the rally was held", "Funerals were held", "They are held every five years" (elections), "be
            // held accountable", "were not held to the same standards", "a deeply held belief": no one detained
            yield break;
        }

        if (IsNamingVerb(word.Entry) && !(!passive && targets.FindIndex(a => a.IsActor) is >= 0 and var called && NamesInsult(s, targets[called].Last)))
        {
            yield break; // "called the idea "unacceptable"", "called it a historic day": naming accuses only an actor named an insult
        }

        if (_lexicon.NeedsTargetVerbs.Contains(word.Entry.Lemma) && (!targets.Exists(a => a.IsActor) || !s.Tag(i).IsVerb()))
        {
            yield break; // "the militants were training", "Train drivers' trade union", "weapons and training to": no one trained, or a noun
        }

        var mode = Mode(s, left + 1, i);
        if (mode != EventMode.Negated && !passive && FreeChoiceObject(s, i, last))
        {
            yield break; // "party leaders who can support any candidate", "free to support either candidate": no one is supported
        }

        var type = word.Entry.Type;
        if (type == EventType.Assault && IsThreatened(s, i, last))
        {
            (type, mode) = (EventType.Threaten, EventMode.Asserted);
        }
        else if (type == EventType.Assault && (IsVerbalAttack(s, word.Entry.Lemma, i, last) || AttackBetweenPeople(s, word.Entry.Lemma, sources, targets, attackerUnread: !passive && s.Tag(i).IsVerb())))
        {
            type = EventType.Accuse; // "Harris attacked Biden during Democratic debates": a verbal attack (docs/events.md, ACCUSE)
        }

        // "the bomb went off", "a car bomb was rammed into a base": an assault by someone unnamed
        bool byWeapon = type == EventType.Assault && (hitByEvent || (passive ? targets : sources).Exists(a => a.Kind == ActorKind.ViolentCause));
        foreach (var d in Pair(s, type, i, last, sources, targets, mode, actorless: byWeapon || askedFor, reciprocal: type == EventType.Assault && !passive && _lexicon.ReciprocalVerbs.Contains(s.Lower(i))))
        {
            yield return d;
        }
    }

    /// <summary>
    /// Whether "about" follows the verb of asking ending at <paramref name="last"/> past the one asked and adverbs:
    /// "a young woman asked Mrs. Clinton about several women" (o077), "a reporter who has been asking repeatedly about
    /// the release" (i088) ask a question, as "asked about" and "asked him about" do (event-not-triggers.txt; the train
    /// gold codes none of seven: s109, s130, t075, w025, l088 …), not what anyone is to do (ev-mends14 sitting).
    /// </summary>
    private static bool AskedAbout(SentenceView s, int last, List<Actor> asked)
    {
        int k = asked.Exists(a => a.IsActor) ? asked.Where(a => a.IsActor).Max(a => a.Last) + 1 : last + 1;
        while (k < s.Count && k - last <= MaxAskedAboutReach && s.Tag(k) == PartOfSpeech.RB && s.Lower(k) is not ("not" or "n't"))
        {
            k++; // "asking repeatedly about", "asked him again about"
        }

        return k < s.Count && s.Lower(k) == "about";
    }

    /// <summary>At most this many words from a verb of asking to its "about" ("asked Senator John McCain again about": 5).</summary>
    private const int MaxAskedAboutReach = 6;

    /// <summary>
    /// Whether the verb at <paramref name="i"/>..<paramref name="last"/> acts on a free-choice object ("any candidate",
    /// "either candidate", "anyone") under a modal of possibility or permission ("can", "may", "free to", "able to"):
    /// whoever it may be, no one is acted on ("party leaders who can support any candidate" i064, "free to support either
    /// candidate" l073: gold no event; ev-mends14 sitting). Under negation "any" is the negated event's object and stays
    /// ("he's not backing any particular candidate" i060, "not to support any Democrat" w002: SUPPORT negated), as does
    /// "will confront any illegal gathering" (h070, THREATEN: "will" is no modal of choice) and "either Clinton or Sanders"
    /// (two named actors).
    /// </summary>
    private static bool FreeChoiceObject(SentenceView s, int i, int last)
    {
        int k = last + 1;
        if (k >= s.Count || !(FreeChoiceWords.Contains(s.Lower(k)) || s.Lower(k) == "either" && !(k + 1 < s.Count && s.IsCapitalized(k + 1))))
        {
            return false;
        }

        for (int j = i - 1; j >= 0 && i - j <= MaxFreeChoiceModalReach; j--)
        {
            if (ChoiceModals.Contains(s.Lower(j)) || s.Lower(j) == "to" && j > 0 && ChoiceAdjectives.Contains(s.Lower(j - 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// At most this many words from a modal of choice back to the verb ("can still freely support": 3). Set on batches l
    /// and i (l073, i064: 1 and 2).
    /// </summary>
    private const int MaxFreeChoiceModalReach = 3;

    /// <summary>
    /// Whether an adverb of event-accident-adverbs.txt stands among the few words before the assault verb at
    /// <paramref name="i"/>, within its clause ("accidentally shot and wounded", "was inadvertently killed").
    /// </summary>
    private bool AccidentAdverbBefore(SentenceView s, int i)
    {
        for (int k = i - 1; k >= 0 && i - k <= MaxAccidentAdverbReach && s.IsWord(k); k--)
        {
            if (_lexicon.AccidentAdverbs.Contains(s.Lower(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the one who backs or rejects the trigger at <paramref name="i"/>..<paramref name="last"/> is a share of
    /// people (event-share-words.txt + "of"): a few words before it ("83% of young Republicans endorse", "60 percent of
    /// Americans support") or after a passive's "by" and a number ("was rejected by 59.6 percent of voters").
    /// </summary>
    private bool ShareOfPeopleActs(SentenceView s, int i, int last)
    {
        int by = last + 1;
        if (by + 3 < s.Count && s.Lower(by) == "by" && s.Tag(by + 1) == PartOfSpeech.CD && _lexicon.ShareWords.Contains(s.Lower(by + 2)) && s.Lower(by + 3) == "of")
        {
            return true;
        }

        for (int k = i - 1; k >= 1 && i - 1 - k <= MaxShareReach && s.IsWord(k); k--)
        {
            if (s.Lower(k) == "of" && _lexicon.ShareWords.Contains(s.Lower(k - 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>At most this many words from the subject's end back to the "of" of a share ("83% of young Republicans endorse": 2).</summary>
    private const int MaxShareReach = 3;

    /// <summary>At most this many words from an accident's adverb to the assault verb ("accidentally shot and wounded": 3).</summary>
    private const int MaxAccidentAdverbReach = 3;

    /// <summary>
    /// Whether the object after an attack verb ending at <paramref name="last"/> runs, over words, commas and "and", to
    /// "for" and a gerund ("attacked GOP voters, lawmakers, and thinkers for opposing", "attacked Britain for allowing"):
    /// attacked for what one does is criticised (docs/events.md, ACCUSE); a verb before the "for" ends the object.
    /// </summary>
    private static bool ReasonGerundAfter(SentenceView s, int last)
    {
        for (int k = last + 1; k + 1 < s.Count && k - last <= MaxReasonReach && (s.IsWord(k) || s.Lower(k) is "," or "'s" or "-"); k++)
        {
            if (s.Lower(k) == "for")
            {
                return s.Tag(k + 1) == PartOfSpeech.VBG;
            }

            if (s.Tag(k).IsVerb())
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>At most this many words from an attack verb to the "for" of its reason ("attacked GOP voters, lawmakers, and thinkers for": 7).</summary>
    private const int MaxReasonReach = 8;

    /// <summary>
    /// Who an agent noun (event-agent-nouns.txt) names: a name right after it ("its backer Syria", "its backer, Syria"),
    /// the subject of the copula before its phrase ("Syria is a key backer of", "Erekat, who was an Arafat ally") or the
    /// name its phrase is in apposition to ("Sheldon Adelson, the casino mogul and RJC backer"); null when none is.
    /// </summary>
    private Actor? AgentNamed(SentenceView s, int i, int last)
    {
        int k = last + 1 < s.Count && s.Lower(last + 1) == "," ? last + 2 : last + 1;
        if (s.MentionAt(k) >= 0 && s.MentionLabel(s.MentionAt(k)) is EntityLabel.Person or EntityLabel.Organization or EntityLabel.Gpe or EntityLabel.Norp && ActorStartingAt(s, k) is { IsActor: true } after)
        {
            return after;
        }

        // the noun's phrase leftwards: its modifiers, "and" between described heads, up to a determiner
        int start = i - 1;
        while (start >= 0 && i - start <= MaxAgentPhrase && s.IsWord(start) && !Determiners.Contains(s.Lower(start)) && s.Tag(start) is not (PartOfSpeech.VB or PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.MD or PartOfSpeech.IN) && s.Lower(start) is not ("who" or "which" or "that"))
        {
            start--;
        }

        if (start < 0 || !Determiners.Contains(s.Lower(start)) || s.Lower(start) is "its" or "his" or "her" or "their" or "our" or "your")
        {
            return null;
        }

        int before = start - 1;
        if (before >= 1 && s.Lower(before) is "is" or "was" or "are" or "were" or "became" or "becomes" or "remains" or "remained")
        {
            int subject = before - 1;
            while (subject >= 0 && s.Tag(subject) == PartOfSpeech.RB)
            {
                subject--;
            }

            if (subject >= 2 && s.Lower(subject) == "who" && s.Lower(subject - 1) == ",")
            {
                subject -= 2; // "Saeb Erekat, who was an Arafat ally": the relative's antecedent
            }

            return subject >= 0 && ActorEndingAt(s, subject) is { IsActor: true } copulaSubject ? copulaSubject : null;
        }

        return before >= 1 && s.Lower(before) == "," && s.MentionAt(before - 1) >= 0 && s.MentionLabel(s.MentionAt(before - 1)) == EntityLabel.Person && ActorEndingAt(s, before - 1) is { IsActor: true } apposed ? apposed : null;
    }

    /// <summary>
    /// Whether word <paramref name="k"/> ends the name of a town or a region (a GPE mention the gazetteer knows as a
    /// place and not as a country: "Nairobi", "London"); a country before an assault noun may be its attacker ("U.S.
    /// strikes"), a town is where it happened.
    /// </summary>
    private static bool IsTownBefore(SentenceView s, int k)
    {
        int m = s.MentionAt(k);
        if (m < 0 || s.MentionLabel(m) != EntityLabel.Gpe || s.MentionSpan(m).End != s.Span(k).End)
        {
            return false;
        }

        string name = s.Text(s.MentionSpan(m));
        var gazetteer = GeoGazetteer.Default;
        return gazetteer.CountryByName(name) is null && gazetteer.Places(name).Count > 0;
    }

    /// <summary>Whether an organisation, a country or a people is named before word <paramref name="k"/> of the sentence ("it" can stand for it).</summary>
    private static bool OrganizationNamedBefore(SentenceView s, int k)
    {
        for (int j = 0; j < k; j++)
        {
            if (s.MentionAt(j) >= 0 && s.MentionLabel(s.MentionAt(j)) is EntityLabel.Organization or EntityLabel.Gpe or EntityLabel.Norp)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a thing read as a verb's subject stands right before it, with only auxiliaries, modals, adverbs or a
    /// relative "that"/"which" between ("Firefox now supports", "products and services that assisted them"): then it is
    /// the verb's subject, not a phrase the subject reader reached past a clause.
    /// </summary>
    private static bool ThingRightBefore(SentenceView s, Actor thing, int verb)
    {
        for (int k = thing.Last + 1; k < verb; k++)
        {
            if (!(s.Tag(k) is PartOfSpeech.MD or PartOfSpeech.RB || s.Lower(k) is "that" or "which" or "is" or "are" or "was" or "were" or "be" or "been" or "has" or "have" or "had" or "does" or "do" or "did"))
            {
                return false;
            }
        }

        return thing.Last < verb && s.Tag(thing.Last) is PartOfSpeech.NN or PartOfSpeech.NNS or PartOfSpeech.NNP or PartOfSpeech.NNPS;
    }

    /// <summary>
    /// "aid workers", "rescue teams", "protest leaders": a singular event noun right before a lower-case noun naming people
    /// describes them, it is no event.
    /// </summary>
    private bool IsActorCompound(SentenceView s, int i, int last)
    {
        var next = s.Lower(last + 1);
        return last + 1 < s.Count && !s.IsCapitalized(last + 1) && s.MentionAt(last + 1) < 0 && _lexicon.IsActorNoun(next) && !Pronouns.Contains(next)
            && !s.Lower(last).EndsWith('s') && !(last + 2 < s.Count && (_lexicon.Skip.Contains(s.Lower(last + 2)) || _lexicon.CommonVerbs.Contains(s.Lower(last + 2)) || IsTriggerVerb(s, last + 2, null)));
    }

    /// <summary>
    /// The actor a thing belongs to, when the phrase says it: "Iran's decision", "their demands", "a petition from the
    /// board", "the proposal by Iran"; null otherwise. Without <paramref name="ofNamesOwner"/> an "of" phrase names none:
    /// what a request asks for is an action, and its "of" phrase is whom the action is done to or by ("called for the
    /// release of Sayed Perwiz Kambakhsh", "demand the withdrawal of British troops"), not who is asked (ev-mends10).
    /// With <paramref name="namedBy"/> an actor's name, demonym or actor noun before the thing's head names it too ("rejecting
    /// a government offer", "a European Union proposal", "criticized Israeli plans"; ev-actors4: the guideline's "whose
    /// proposal"), up to the first verb form (a participle after the head opens its own phrase). A possessor before a phrase
    /// read past it ("objected to Sudan's bid") is its owner.
    /// </summary>
    private Actor? OwnerOf(SentenceView s, Actor thing, bool ofNamesOwner = true, bool namedBy = false)
    {
        if (Possessives.Contains(s.Lower(thing.First)) && s.Lower(thing.First) != "its")
        {
            var w = s.Lower(thing.First);
            string? id = w is "his" or "her" ? s.Lookup.LastPersonBefore(s.Span(thing.First).Start) : null;
            return new Actor(ActorKind.Pronoun, thing.First, thing.First, s.Span(thing.First), id);
        }

        if (!IsNounAt(s, thing.First))
        {
            return null; // "declined to identify any of the detainees": not a thing's phrase
        }

        if (thing.First >= 2 && s.Lower(thing.First - 1) == "'s")
        {
            // "objected to Sudan's bid": the phrase read after a preposition starts past its possessor
            var possessor = ActorEndingAt(s, thing.First - 2);
            return possessor.IsActor ? possessor : null;
        }

        Actor? modifier = null;
        for (int k = thing.First; k < s.Count && k - thing.First <= MaxOwnerReach; k++)
        {
            var w = s.Lower(k);
            if (w == "'s" && k > thing.First)
            {
                var owner = ActorEndingAt(s, k - 1);
                return owner.IsActor ? owner : null;
            }

            if (s.Tag(k) is PartOfSpeech.VB or PartOfSpeech.VBD or PartOfSpeech.VBG or PartOfSpeech.VBN or PartOfSpeech.VBP or PartOfSpeech.VBZ)
            {
                namedBy = false; // "a measure authorizing broader background checks": past the head, no word names its maker
            }

            if (namedBy && modifier is null && ModifyingActorAt(s, k) is { } named)
            {
                modifier = named; // "rejecting a government offer", "a European Union proposal": the actor the thing's noun is named by
            }

            if (w == "of" && !ofNamesOwner)
            {
                return null;
            }

            if (w is "from" or "by" or "of" && k > thing.First)
            {
                return ObjectActors(s, k + 1, EmptyPrepositions, direct: true) is [{ IsActor: true } a, ..] ? a : null;
            }

            if (k > thing.First && (!IsNounAt(s, k) || Determiners.Contains(w) || Quantifiers.Contains(w)))
            {
                return modifier;
            }
        }

        return modifier;
    }

    /// <summary>
    /// The actor whose name or actor noun ends at <paramref name="k"/> and modifies a lower-case noun right after it, the
    /// head of a thing's phrase: "a government offer", "a European Union proposal", "the Israeli raid"; null otherwise.
    /// </summary>
    private Actor? ModifyingActorAt(SentenceView s, int k)
    {
        if (k + 1 >= s.Count || s.MentionAt(k + 1) >= 0 && s.MentionAt(k + 1) == s.MentionAt(k) || s.IsCapitalized(k + 1) || !IsNounAt(s, k + 1) || IsFiniteVerb(s, k + 1)
            || !(s.MentionAt(k) >= 0 || !s.IsCapitalized(k) && s.Tag(k) is PartOfSpeech.NN or PartOfSpeech.NNS && _lexicon.IsActorNoun(s.Lower(k))))
        {
            return null;
        }

        for (int j = k + 1; j < s.Count && j <= k + MaxOwnerReach && IsNounAt(s, j) && !IsFiniteVerb(s, j); j++)
        {
            if (s.IsCapitalized(j) || s.MentionAt(j) >= 0 || _lexicon.IsActorNoun(s.Lower(j)))
            {
                return null; // "backs opposition presidential candidate Viktor Yushchenko": the phrase's head is an actor
            }
        }

        var actor = ActorEndingAt(s, k);
        return actor.IsActor ? actor : null;
    }

    /// <summary>
    /// Whether a possessor stands right before the noun at <paramref name="i"/>, or before its one lower-case adjective: "his
    /// calls", "Tokyo's call", "his recent call" (event-possessor-nouns.txt). Without one such a word is read as the verb
    /// it also is ("The Muslim Brotherhood calls for", "the report calls on"; ev-mends13 sitting).
    /// </summary>
    private static bool PossessorBefore(SentenceView s, int i)
        => i >= 1 && (Possessives.Contains(s.Lower(i - 1)) || s.Lower(i - 1) == "'s")
           || i >= 2 && !s.IsCapitalized(i - 1) && s.Tag(i - 1) == PartOfSpeech.JJ && (Possessives.Contains(s.Lower(i - 2)) || s.Lower(i - 2) == "'s");

    /// <summary>
    /// Whether a trigger of event-policy-objects.txt ("support", "endorse", "welcome", verb or noun) codes SUPPORT with a thing
    /// as its object: when a named actor (an entity, a capitalised group) or a person acts: "the United States would not
    /// endorse the result", "he repeatedly supported a ban", "her support for the deal", "his open support for Trump" (the
    /// possessor "his", "her" a person too; ev-mends13 sitting: batches x and y and train code these SUPPORT, target null).
    /// A noun's named actor must not be an organisation ("U.S. support for Kosovo's independence", not "Microsoft announced
    /// support for Windows 7"). Not "its", "their" or a lower-case thing ("Firefox now supports
    /// printing"), nor a person's support of a gerund ("he supports holding entirely new elections", e063: no event).
    /// </summary>
    private bool SupportsPolicy(SentenceView s, TriggerEntry entry, List<Actor> sources, List<Actor> objects, bool noun)
        => _lexicon.PolicyObjects.Contains(entry.Lemma)
           && (sources.Exists(a => a.Kind == ActorKind.Entity && !(noun && s.MentionAt(a.Last) >= 0 && s.MentionLabel(s.MentionAt(a.Last)) == EntityLabel.Organization) || (a.Kind == ActorKind.Group && s.IsCapitalized(a.Last)))
               || s.Tag(objects[0].First) != PartOfSpeech.VBG && sources.Exists(a => IsPerson(s, a) || a.Kind == ActorKind.Pronoun && s.Lower(a.Last) is "his" or "her"));

    /// <summary>
    /// Whether <paramref name="a"/> names people: "he", "she", a person's name, or a lower-case actor noun ("detainees",
    /// "five Americans" is a name of a group of people too: a NORP mention); not "they", an organisation or an event.
    /// </summary>
    private bool IsPerson(SentenceView s, Actor a)
        => a.Kind switch
        {
            ActorKind.Pronoun => PersonPronouns.Contains(s.Lower(a.Last)),
            ActorKind.Entity => s.MentionAt(a.Last) >= 0 && s.MentionLabel(s.MentionAt(a.Last)) is EntityLabel.Person or EntityLabel.Norp,
            ActorKind.Group => s.MentionAt(a.Last) < 0 && !s.IsCapitalized(a.Last) && _lexicon.IsActorNoun(s.Lower(a.Last)),
            _ => false,
        };

    /// <summary>
    /// The actor of a compound with a leading participle (Data/event-leading-participles.txt) right before the event
    /// noun at <paramref name="i"/>, or before its lower-case adjectives (at most <see cref="MaxAdjectivesBeforeEventNoun"/>):
    /// "the U.S.-led invasion of Iraq", "a NATO-led military operation"; null otherwise (ev-mends10 sitting).
    /// </summary>
    private Actor? CompoundLeaderBefore(SentenceView s, int i)
    {
        int k = i - 1;
        while (k >= 0 && i - 1 - k < MaxAdjectivesBeforeEventNoun && IsPlainAdjective(s, k) && !_lexicon.LeadingParticiples.Contains(s.Lower(k)))
        {
            k--;
        }

        if (k < 2 || !_lexicon.LeadingParticiples.Contains(s.Lower(k)) || s.Lower(k - 1) != "-")
        {
            return null;
        }

        var leader = ActorEndingAt(s, k - 2);
        if (leader.First < leader.Last && Determiners.Contains(s.Lower(leader.First)))
        {
            leader = leader with { First = leader.First + 1, Span = new TextSpan(s.Span(leader.First + 1).Start, leader.Span.End) }; // "the U.S.-led invasion": U.S.
        }

        return leader.IsActor ? leader : null;
    }

    /// <summary>
    /// Whether the word at <paramref name="k"/> is a lower-case adjective ("received heavy criticism"; ev-actors-w sitting).
    /// </summary>
    private static bool IsPlainAdjective(SentenceView s, int k) => s.Tag(k) == PartOfSpeech.JJ && !s.IsCapitalized(k);

    /// <summary>Whether the word before the mention that covers <paramref name="k"/> is one the tagger reads as a verb ("promised India").</summary>
    private static bool VerbBeforeMention(SentenceView s, int k)
    {
        int first = k;
        while (first > 0 && s.MentionAt(first - 1) == s.MentionAt(k))
        {
            first--;
        }

        return first > 0 && s.Tag(first - 1).IsVerb();
    }

    /// <summary>
    /// At most this many lower-case adjectives between an event noun and the possessor or name before it ("a North Korean
    /// nuclear threat": 1; "Iran's disputed nuclear program" would be 2). ev-declined sitting, train.
    /// </summary>
    private const int MaxAdjectivesBeforeEventNoun = 2;

    /// <summary>
    /// At most this many words from the start of a thing to the word that names its owner ("a ceasefire request from").
    /// Set on unannotated train-document sentences; train event F1 unchanged from 3 to 5.
    /// </summary>
    private const int MaxOwnerReach = 4;

    /// <summary>
    /// "rebel attacks on Iraqi soldiers and police killed 10 people": when the actors read as a verb's subject are the
    /// object of an event noun's preposition, the event is the subject; its own actor before it acts (none: an unnamed
    /// attacker). Null when the subject is not such an object.
    /// </summary>
    private List<Actor>? EventNounSubject(SentenceView s, List<Actor> subject)
    {
        if (!subject.Exists(a => a.IsActor))
        {
            return null;
        }

        int prep = subject.Min(a => a.First) - 1;
        if (prep >= 0 && Determiners.Contains(s.Lower(prep)))
        {
            prep--;
        }

        int noun = prep - 1;
        if (noun < 0 || s.Lower(prep) is not ("on" or "against" or "of") || s.MentionAt(noun) >= 0
            || !_lexicon.Triggers.TryGetValue(s.Lower(noun), out var words) || !words.Any(w => w.Form == TriggerForm.Noun && w.Entry.Prepositions.Contains(s.Lower(prep))))
        {
            return null;
        }

        var own = ActorEndingAt(s, noun - 1);
        return own.IsActor ? [own] : [];
    }

    /// <summary>
    /// "Japan sent food and medicine to the survivors", "gave Ukraine weapons": a verb of giving (Data/event-give-verbs.txt)
    /// with a thing that helps (Data/event-aid-objects.txt) a few words on is AID; the giver is the subject, the receiver
    /// the actor after "to"/"for" or between the verb and the thing. An aid noun that is itself a trigger ("sent aid")
    /// is coded by the noun. With a thing conceded (Data/event-concession-objects.txt: "granted independence to its
    /// colonies", "granted Livni's request") the giving is CONCEDE, and a passive's subject receives it ("the south was
    /// granted autonomy").
    /// </summary>
    private IEnumerable<EventDraft> CodeGiving(SentenceView s, int i)
    {
        int thing = -1;
        for (int k = i + 1; k < s.Count && k <= i + 6; k++)
        {
            if (s.Lower(k) == "to" && k + 1 < s.Count && s.Tag(k + 1) == PartOfSpeech.VB)
            {
                break; // "pledged to spend $150 million", "offered to pay": a promise of another action, not a gift
            }

            if (!s.IsWord(k) && s.Lower(k) is not ("-" or "'s" or "$"))
            {
                break;
            }

            if (_lexicon.AidObjects.Contains(s.Lower(k)) || _lexicon.ConcessionObjects.Contains(s.Lower(k)))
            {
                thing = k;
                break;
            }
        }

        // "granted independence to its colonies", "grant 7,000 slaves their freedom": what is conceded, not aid
        var type = thing >= 0 && _lexicon.ConcessionObjects.Contains(s.Lower(thing)) ? EventType.Concede : EventType.Aid;
        if (thing < 0 || (_lexicon.Triggers.TryGetValue(s.Lower(thing), out var nouns) && nouns.Any(w => w.Form == TriggerForm.Noun && w.Entry.Type == type)))
        {
            yield break;
        }

        var left = SkipLeft(s, i - 1, out var crossedControl);
        if (IsEmbedded(s, left, crossedControl))
        {
            yield break;
        }

        bool passive = i > 0 && IsPassiveAuxiliary(s, i - 1);
        var sources = passive ? Agent(s, thing + 1) : SubjectActors(s, ClauseSubjectEnd(s, i - 1));
        var targets = new List<Actor>();
        if (!passive && ActorStartingAt(s, i + 1) is { IsActor: true } receiver && receiver.Last < thing)
        {
            targets.Add(receiver);
        }

        int end = thing;
        while (end + 1 < s.Count && (s.Lower(end + 1) is "and" or "," || _lexicon.AidObjects.Contains(s.Lower(end + 1)) || IsCompoundContinuation(s, end + 1)))
        {
            end++;
        }

        if (targets.Count == 0 && end + 1 < s.Count && s.Lower(end + 1) is "to" or "for")
        {
            int receivers = end + 2;
            if (Quantifiers.Contains(s.Lower(receivers)) && s.Lower(receivers + 1) == "of")
            {
                receivers += 2; // "independence to all of its African colonies": a quantity of the receivers
            }

            targets.AddRange(ObjectActors(s, receivers, EmptyPrepositions, direct: true).Where(a => a.IsActor));
        }

        if (targets.Count == 0 && type == EventType.Concede && thing >= 2 && s.Lower(thing - 1) == "'s" && ActorEndingAt(s, thing - 2) is { IsActor: true } asker)
        {
            targets.Add(asker); // "granted Livni's request": whose request is granted receives it
        }

        if (passive && type == EventType.Concede && targets.Count == 0)
        {
            targets.AddRange(SubjectActors(s, ClauseSubjectEnd(s, i - 1)).Where(a => a.IsActor)); // "the south was granted autonomy": the subject receives it
        }

        foreach (var d in Pair(s, type, i, i, sources, targets, Mode(s, left + 1, i)))
        {
            yield return d;
        }
    }

    /// <summary>
    /// "She has raised $33 million", "the group also raised $100,000 checks from other major donors": a verb of raising
    /// (Data/event-raise-verbs.txt) whose object is money (a thing of Data/event-aid-objects.txt, or "$" and an amount,
    /// past determiners, counts and quantity words) is AID to the raiser, who is the target; the giver is the actor after
    /// "from" (within <see cref="MaxRaiseObjectReach"/> words), else none (docs/events.md, "ev-mends17"). Only a person or
    /// a group of people raises: not a company (Data/event-business-nouns.txt) nor a name of no person ("Rogers
    /// Communications … plans to raise 175 million Canadian dollars" raises capital); not a passive, nor "raised the
    /// minimum wage to $120" (the object is no money).
    /// </summary>
    private IEnumerable<EventDraft> CodeRaising(SentenceView s, int i)
    {
        bool money = false;
        int k = i + 1;
        for (; k < s.Count && k - i <= MaxRaiseObjectReach; k++)
        {
            var w = s.Lower(k);
            if (w.StartsWith('$') || _lexicon.AidObjects.Contains(w))
            {
                money = true;
                continue; // "$33 million", "money": the amount or the money; what follows may name the giver
            }

            if (!(s.IsNumber(k) || Quantifiers.Contains(w) || Determiners.Contains(w) || w == "than"))
            {
                break;
            }
        }

        if (!money || i > 0 && IsPassiveAuxiliary(s, i - 1))
        {
            yield break;
        }

        var left = SkipLeft(s, i - 1, out var crossedControl);
        if (IsEmbedded(s, left, crossedControl))
        {
            yield break;
        }

        List<Actor> raisers = [.. SubjectActors(s, ClauseSubjectEnd(s, i - 1)).Where(a => a.IsActor && IsPerson(s, a) && !(a.Kind == ActorKind.Group && _lexicon.BusinessNouns.Contains(s.Lower(a.Last))))];
        if (raisers.Count == 0)
        {
            yield break;
        }

        var givers = new List<Actor>();
        for (int from = k; from < s.Count && from - i <= MaxRaiseObjectReach; from++)
        {
            if (s.Lower(from) == "from")
            {
                givers.AddRange(ObjectActors(s, from + 1, EmptyPrepositions, direct: true).Where(a => a.IsActor)); // "from other major donors"
                break;
            }

            if (s.Tag(from) is not (PartOfSpeech.NN or PartOfSpeech.NNS))
            {
                break; // "$100,000 checks from": only the money's own noun stands between
            }
        }

        foreach (var d in Pair(s, EventType.Aid, i, i, givers, raisers, Mode(s, left + 1, i)))
        {
            yield return d;
        }
    }

    /// <summary>
    /// "The university had sought an injunction", "Pakistani President Pervez Musharraf has sought the support of
    /// Pakistanis": a form of "seek" (Data/event-seek-verbs.txt) whose object's head, past determiners, possessors,
    /// adjectives and the nouns of its compound (within <see cref="MaxSeekObjectReach"/> words; "out" may stand first:
    /// "sought out advice from"), is a thing asked of someone (Data/event-seek-objects.txt) is REQUEST: the seeker the
    /// subject, the one asked the actor after the head's "from", "of" or "in", else none (docs/events.md, "ev-mends20").
    /// Not "seek to VERB" nor a thing sought for oneself ("seeking a third term"), not a passive, not embedded content
    /// ("accused Iran of seeking sanctions"); the phrase entries ("seek asylum") code their own words.
    /// </summary>
    private IEnumerable<EventDraft> CodeSeeking(SentenceView s, int i)
    {
        int head = -1;
        int k = i + 1;
        if (s.Lower(k) == "out")
        {
            k++;
        }

        for (; k < s.Count && k - i <= MaxSeekObjectReach; k++)
        {
            var tag = s.Tag(k);
            if (tag is PartOfSpeech.NN or PartOfSpeech.NNS)
            {
                if (s.Tag(k + 1) is PartOfSpeech.NN or PartOfSpeech.NNS)
                {
                    continue; // a noun of the compound before its head ("security clearance")
                }

                head = _lexicon.SeekObjects.Contains(s.Lower(k)) ? k : -1;
                break;
            }

            if (!(Determiners.Contains(s.Lower(k)) || tag is PartOfSpeech.DT or PartOfSpeech.PRPS or PartOfSpeech.JJ or PartOfSpeech.JJR or PartOfSpeech.JJS or PartOfSpeech.CD or PartOfSpeech.POS or PartOfSpeech.NNP or PartOfSpeech.NNPS))
            {
                break; // "seek to change", "sought no third term" reads on to "term"
            }
        }

        if (head < 0 || s.Tag(i) != PartOfSpeech.VBG && i > 0 && IsPassiveAuxiliary(s, i - 1))
        {
            yield break; // "the change being sought": no seeker; "is seeking damages" is none
        }

        var left = SkipLeft(s, i - 1, out var crossedControl);
        if (IsEmbedded(s, left, crossedControl))
        {
            yield break;
        }

        List<Actor> seekers = [.. SubjectActors(s, ClauseSubjectEnd(s, i - 1)).Where(a => a.IsActor)];
        var asked = new List<Actor>();
        if (s.Lower(head + 1) is "from" or "of" or "in")
        {
            asked.AddRange(ObjectActors(s, head + 2, EmptyPrepositions, direct: true).Where(a => a.IsActor)); // "the support of Pakistanis", "advice from one of the study authors"
        }

        foreach (var d in Pair(s, EventType.Request, i, i, seekers, asked, Mode(s, left + 1, i)))
        {
            yield return d;
        }
    }

    /// <summary>
    /// At most this many words from a form of "seek" to the head of what is sought: "has sought the total support of" is
    /// three, "sought British citizenship" two. Set on the train split of eval/events (ev-mends20 sitting).
    /// </summary>
    private const int MaxSeekObjectReach = 4;

    /// <summary>
    /// At most this many words from a verb of raising to the end of its money and to the "from" of its givers: "raised more
    /// than $4 million" is six (the amount's "$" and number count apart), "raised $100,000 checks from" four. Set on the
    /// train split of eval/events (ev-mends17 sitting).
    /// </summary>
    private const int MaxRaiseObjectReach = 6;

    /// <summary>
    /// At most this many words from a verb of joining to the head of the body it joins ("joined the U.S.-led coalition":
    /// 5, the hyphen a word). Set on the train split of eval/events (ev-mends11 sitting).
    /// </summary>
    private const int MaxJoinObjectReach = 6;

    /// <summary>
    /// How many words past the actor a verb of naming names its insult may lie: "an "unprincipled blackmailer"" is four
    /// (article, quotation mark, adjective, noun); the train sentences' longest (x112) needs four, five leaves room for one
    /// more adverb ("a truly shameless liar").
    /// </summary>
    private const int MaxInsultReach = 5;

    /// <summary>
    /// "It joined the European Community", "Syria also joined the U.S.-led coalition", "their joining the alliance",
    /// "Government defectors joined with KANU": a verb of joining (Data/event-join-verbs.txt) whose object is a body of
    /// allies (its head in Data/event-join-objects.txt, or capitalized in Data/event-join-names.txt), or "with" and an
    /// actor, is COOPERATE; the subject (or the possessor before "joining") joins, the body is the target (ev-mends11
    /// sitting). "joined the protest", "joined the army", "joined the talks" code nothing here.
    /// </summary>
    private IEnumerable<EventDraft> CodeJoining(SentenceView s, int i)
    {
        Actor? body = null;
        if (s.Lower(i + 1) == "with")
        {
            if (ActorStartingAt(s, i + 2) is { IsActor: true } partner)
            {
                body = partner;
            }
        }
        else
        {
            body = JoinedBody(s, i);
        }

        if (body is not { } joined)
        {
            yield break;
        }

        var left = SkipLeft(s, i - 1, out var crossedControl);
        if (IsEmbedded(s, left, crossedControl))
        {
            yield break;
        }

        List<Actor> sources = i >= 1 && s.Tag(i) == PartOfSpeech.VBG && s.Lower(i - 1) is "their" or "its" or "his" or "her"
            ? [new Actor(ActorKind.Pronoun, i - 1, i - 1, s.Span(i - 1), null)]
            : [.. SubjectActors(s, ClauseSubjectEnd(s, i - 1)).Where(a => a.IsActor)];
        foreach (var d in Pair(s, EventType.Cooperate, i, i, sources, [joined], Mode(s, left + 1, i)))
        {
            yield return d;
        }
    }

    /// <summary>
    /// "the country's NATO membership", "their countries saw NATO membership as", "the accession of the three countries into
    /// the NATO alliance": a noun of joining (Data/event-join-nouns.txt) with a body of allies right before it or after its
    /// "to", "into", "in" or "of" (within <see cref="MaxJoinObjectReach"/> words; <see cref="JoinedBody"/>) is COOPERATE,
    /// as a verb of joining is (ev-mends17 sitting). The joiner is the possessor before the noun, the actor of its own "of"
    /// ("the accession of the three countries into"), the actor after "for" ("NATO membership for Ukraine"), or else the
    /// subject of the verb whose object the noun is ("their countries saw NATO membership"). Not a modifier of another noun
    /// ("accession talks", "membership dues").
    /// </summary>
    private IEnumerable<EventDraft> CodeJoiningNoun(SentenceView s, int i)
    {
        if (IsCompoundContinuation(s, i + 1, triggerMayOpen: true) || i + 1 < s.Count && HasNounReading(s, i + 1))
        {
            yield break; // "EU membership talks", "an EU accession treaty": the noun modifies another
        }

        int start = i;
        Actor? body = null;
        if (i >= 1 && IsJoinBodyWord(s, i - 1))
        {
            // the body's own name ("European Union membership"), not a modifier before it ("Turkish EU membership")
            body = ActorEndingAt(s, i - 1) is { IsActor: true } named && !(s.MentionAt(named.First) is >= 0 and var m && m != s.MentionAt(i - 1) && s.MentionLabel(m) is EntityLabel.Norp or EntityLabel.Gpe) ? named : new Actor(ActorKind.Group, i - 1, i - 1, s.Span(i - 1), s.MentionAt(i - 1) >= 0 ? ActorEndingAt(s, i - 1).EntityId : null);
            start = body.Value.First;
        }

        List<Actor> joiners = [];
        int after = i + 1;
        if (body is null && s.Lower(after) == "of" && ActorStartingAt(s, after + 1) is { IsActor: true } of && !IsJoinBodyWord(s, of.Last))
        {
            joiners.Add(of); // "the accession of the three countries into the NATO alliance"
            after = of.Last + 1;
        }

        if (body is null && after < s.Count && s.Lower(after) is "to" or "into" or "in" or "of")
        {
            body = JoinedBody(s, after);
        }

        if (body is not { } joined)
        {
            yield break;
        }

        int end = Math.Max(i, joined.Last);
        if (joiners.Count == 0 && s.Lower(end + 1) == "for" && ActorStartingAt(s, end + 2) is { IsActor: true } candidate)
        {
            joiners.Add(candidate); // "NATO membership for Ukraine"
        }

        while (start >= 1 && (Determiners.Contains(s.Lower(start - 1)) && s.Lower(start - 1) is not ("his" or "her" or "its" or "their") || IsPlainAdjective(s, start - 1)))
        {
            start--; // "the full", "a rapid": past the noun phrase's own words
        }

        if (joiners.Count == 0 && start >= 1 && s.Lower(start - 1) is "his" or "her" or "its" or "their")
        {
            joiners.Add(new Actor(ActorKind.Pronoun, start - 1, start - 1, s.Span(start - 1), null)); // "its membership in NATO"
        }
        else if (joiners.Count == 0 && start >= 2 && s.Lower(start - 1) == "'s" && ActorEndingAt(s, start - 2) is { IsActor: true } owner)
        {
            joiners.Add(owner); // "the country's NATO membership"
        }
        else if (joiners.Count == 0 && start >= 1 && s.MentionAt(start - 1) >= 0 && s.MentionLabel(s.MentionAt(start - 1)) is EntityLabel.Norp or EntityLabel.Gpe && ActorEndingAt(s, start - 1) is { IsActor: true } nation)
        {
            joiners.Add(nation); // "Turkish EU membership", "Ukraine's" written "Ukrainian": the nation before the body joins
        }
        else if (joiners.Count == 0 && start >= 1 && s.Tag(start - 1).IsVerb() && !(end + 1 < s.Count && (IsFiniteVerb(s, end + 1) || s.Tag(end + 1) == PartOfSpeech.MD)))
        {
            // "their countries saw NATO membership"; not the subject of its own clause ("said membership in the EU was good")
            joiners.AddRange(SubjectActors(s, ClauseSubjectEnd(s, start - 2)).Where(a => a.IsActor));
        }

        foreach (var d in Pair(s, EventType.Cooperate, i, i, joiners, [joined], Mode(s, Math.Max(0, start - 3), i)))
        {
            yield return d;
        }
    }

    /// <summary>
    /// The body of allies a verb or preposition of joining at <paramref name="k"/> takes: its head, within
    /// <see cref="MaxJoinObjectReach"/> words, a word of Data/event-join-objects.txt, or of event-join-names.txt capitalized
    /// ("joined the U.S.-led coalition", "to the WTO", "of the European Union"), the phrase from after
    /// <paramref name="k"/>; null when a comma, a verb (not right after <paramref name="k"/>, nor "led"), a preposition or
    /// "and"/"or" comes first, or when the head modifies another noun ("joined the coalition government", "join the NATO
    /// summit"). One body word before another is no modifier but part of the name ("into the NATO alliance").
    /// </summary>
    private Actor? JoinedBody(SentenceView s, int k)
    {
        for (int j = k + 1; j < s.Count && j - k <= MaxJoinObjectReach; j++)
        {
            var w = s.Lower(j);
            if (IsJoinBodyWord(s, j))
            {
                if (j + 1 < s.Count && IsJoinBodyWord(s, j + 1))
                {
                    continue; // "the NATO alliance": the head is the last body word
                }

                if (j + 1 < s.Count && s.Tag(j + 1) is PartOfSpeech.NN or PartOfSpeech.NNS or PartOfSpeech.NNP)
                {
                    return null; // a modifier, not the body
                }

                int first = Determiners.Contains(s.Lower(k + 1)) ? k + 2 : k + 1;
                return ActorStartingAt(s, k + 1) is { IsActor: true } phrase && phrase.Last == j ? phrase
                    : new Actor(ActorKind.Group, first, j, new TextSpan(s.Span(first).Start, s.Span(j).End), s.MentionAt(j) >= 0 ? ActorEndingAt(s, j).EntityId : null);
            }

            if (!s.IsWord(j) && w != "-" || s.Tag(j).IsVerb() && j > k + 1 && s.Lower(j) != "led" || s.Tag(j) == PartOfSpeech.IN || w is "and" or "or")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether the word at <paramref name="j"/> heads a body of allies: Data/event-join-objects.txt, or event-join-names.txt capitalized.</summary>
    private bool IsJoinBodyWord(SentenceView s, int j)
        => _lexicon.JoinObjects.Contains(s.Lower(j)) || _lexicon.JoinNames.Contains(s.Lower(j)) && s.IsCapitalized(j);

    /// <summary>
    /// Whether the word at <paramref name="k"/> right after a verb opens no object of it: a preposition the entry does not
    /// take ("met at a palace"; not one of a count: "hosted nearly 25 million visitors", "at least six"), an -ly adverb
    /// ("met previously") or a "to"-infinitive of purpose ("will meet to chart").
    /// </summary>
    private static bool NoObjectOpensAt(SentenceView s, int k, IReadOnlySet<string> prepositions)
        => !prepositions.Contains(s.Lower(k)) && !(k + 1 < s.Count && s.IsNumber(k + 1) || k + 2 < s.Count && s.IsNumber(k + 2))
           && (s.Tag(k) == PartOfSpeech.IN && s.Lower(k) is not ("that" or "of")
            || s.Tag(k) == PartOfSpeech.RB && s.Lower(k).EndsWith("ly", StringComparison.Ordinal)
            || s.Lower(k) == "to" && k + 1 < s.Count && s.Tag(k + 1) == PartOfSpeech.VB);

    /// <summary>Whether a trigger entry is a verb of naming (event-naming-verbs.txt), ACCUSE only when it calls an actor an insult.</summary>
    private bool IsNamingVerb(TriggerEntry entry)
        => entry.Type == EventType.Accuse && entry.Particles.Length == 0 && _lexicon.NamingVerbs.Contains(entry.Lemma);

    /// <summary>
    /// Whether an insult of event-pejoratives.txt follows the actor a verb of naming names, ending at
    /// <paramref name="named"/>, within <see cref="MaxInsultReach"/> words, past "as", determiners, quotation marks,
    /// adjectives and adverbs: "called Moscow an "unprincipled blackmailer"", "called Mr. Chavez a demagogue", "call us
    /// liars" (ev-accuse sitting). Not past a clause's comma, a verb or another preposition ("called Iran a threat to
    /// peace and its leaders liars" still reads "threat" first and stops at "to").
    /// </summary>
    private bool NamesInsult(SentenceView s, int named)
    {
        for (int k = named + 1; k < s.Count && k - named <= MaxInsultReach; k++)
        {
            var w = s.Lower(k);
            if (_lexicon.Pejoratives.Contains(w))
            {
                return true;
            }

            bool passes = w is "as" or "\"" or "“" or "”" or "'" or "‘" || Determiners.Contains(w)
                          || s.Tag(k) is PartOfSpeech.JJ or PartOfSpeech.JJR or PartOfSpeech.JJS or PartOfSpeech.RB;
            if (!passes)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The accused an allegation verb's "that" clause names ("alleged that Israeli spies are entrenched"); null for other verbs.</summary>
    private Actor? AllegedAccused(SentenceView s, TriggerWord word, int that)
        => word.Entry.Type == EventType.Accuse && _lexicon.AllegationVerbs.Contains(word.Entry.Lemma) ? AccusedInThatClause(s, that) : null;

    /// <summary>
    /// The accused an accusation's "that" clause at <paramref name="that"/> names: its subject, an actor within three words
    /// before the clause's finite verb ("allegations that it tried to manipulate", "alleged that Israeli spies are
    /// entrenched"); null when the clause opens otherwise.
    /// </summary>
    private Actor? AccusedInThatClause(SentenceView s, int that)
        => that + 1 < s.Count && s.Lower(that) == "that" && ActorStartingAt(s, that + 1) is { IsActor: true } accused && accused.First - that <= 3
            && accused.Last + 1 < s.Count && s.Tag(accused.Last + 1) is PartOfSpeech.VBD or PartOfSpeech.VBP or PartOfSpeech.VBZ or PartOfSpeech.MD ? accused : null;

    private IEnumerable<EventDraft> CodeNoun(SentenceView s, int i, int last, TriggerEntry entry)
    {
        if (IsCompoundContinuation(s, last + 1) || IsTriggerCompoundContinuation(s, last + 1) || IsActorCompound(s, i, last))
        {
            yield break; // "detention centers", "attack helicopters", "aid workers", "attack threat level": the noun modifies another
        }

        if (IsRequestedOrThreatened(s, i))
        {
            yield break; // "calling for an immediate Syrian withdrawal", "threatened sanctions": the content of the request or threat
        }

        if (IsAccusedOf(s, i))
        {
            yield break; // "a militant group blamed for terrorist attacks", "suspected of planning terror attacks": the accusation's content
        }

        if (entry.Type == EventType.Consult && IsLeftOrRefused(s, i))
        {
            yield break; // "would boycott international disarmament talks", "withdrawing from negotiations": the refusal or the leaving is the event
        }

        if (IsRequestedInfinitiveObject(s, i))
        {
            yield break; // "urging Egypt to halt its harassment", "called on Israel to agree to an immediate ceasefire": the request's content
        }

        var sources = new List<Actor>();
        var targets = new List<Actor>();
        List<Actor>? prepositionObjects = null;
        int after = last + 1;

        // "X's attack", "Israeli airstrikes", "U.S. sanctions"
        int before = i - 1;
        int adjectives = 0;
        while (before >= 0 && (NounContext.Contains(s.Lower(before)) && s.Lower(before) is not ("'s" or "the" or "a" or "an")
               || IsPlainAdjective(s, before) && before > 0 && !_lexicon.IsActorNoun(s.Lower(before)) && ++adjectives <= MaxAdjectivesBeforeEventNoun))
        {
            before--; // "a North Korean nuclear threat", "the rebels' 20-year uprising": past the noun's own adjectives (ev-declined)
        }

        if (adjectives > 0 && before >= 0 && !(s.Lower(before) == "'s" || s.MentionAt(before) >= 0 && !VerbBeforeMention(s, before)))
        {
            // past adjectives only a possessor or a name acts: "another large-scale rescue", "their first official foreign
            // trips" (an adjective the actor list also reads as a noun), "child sexual abuse", "promised India full
            // cooperation" (the verb's object) name no actor of the noun
            before = -1;
        }

        int possessive = i >= 1 && Possessives.Contains(s.Lower(i - 1)) ? i - 1 : i >= 2 && Possessives.Contains(s.Lower(i - 2)) && !s.IsCapitalized(i - 1) ? i - 2 : -1;
        if (_lexicon.PossessorNouns.Contains(entry.Lemma) && (!PossessorBefore(s, i) || entry.Particles is ["to"] && s.Tag(last + 1) != PartOfSpeech.VB))
        {
            yield break; // "a call for proposals", "his call to Obama": only a possessor's call for something or to do something asks (ev-mends13)
        }

        if (CompoundLeaderBefore(s, i) is { } leader)
        {
            sources.Add(leader); // "the U.S.-led invasion of Iraq", "last month's massive U.S.-led offensive": the leader acts
        }
        else if (possessive >= 0)
        {
            // "their protests", "its refusal": the possessor acts; "his arrest", "her release": the possessor is acted on
            string? id = s.Lower(possessive) is "his" or "her" ? s.Lookup.LastPersonBefore(s.Span(possessive).Start) : null;
            var owner = new Actor(ActorKind.Pronoun, possessive, possessive, s.Span(possessive), id);
            (_lexicon.VictimNouns.Contains(entry.Lemma) ? targets : sources).Add(owner);
        }
        else if (before >= 0 && s.Lower(before) == "'s" && before > 0)
        {
            var owner = ActorEndingAt(s, before - 1);
            if (owner.IsActor && _lexicon.VictimNouns.Contains(entry.Lemma))
            {
                targets.Add(owner); // "Khodorkovsky's arrest", "the journalist's release"
            }
            else
            {
                AddIfActor(sources, owner);
            }
        }
        else if (before >= 0 && s.MentionAt(before) >= 0 && s.MentionLabel(s.MentionAt(before)) == EntityLabel.Person && entry.Type is EventType.Assault or EventType.Coerce or EventType.Concede)
        {
            AddIfActor(targets, ActorEndingAt(s, before)); // "the Hariri killing", "the Khodorkovsky arrest"
        }
        else if (before >= 0 && entry.Type == EventType.Assault && IsTownBefore(s, before))
        {
            // "the Nairobi bombing", "the London bombings": a town before an assault noun is where it happened, not who attacked
        }
        else if (before >= 0 && entry.Type == EventType.Assault && s.MentionAt(before) < 0 && _lexicon.KindModifiers.Contains(s.Lower(before)))
        {
            // "the September 11 terrorist attacks", "the embassy bombings": the attack's kind or what it hit, not who attacked
        }
        else if (before >= 0 && (s.MentionAt(before) >= 0 || _lexicon.IsActorNoun(s.Lower(before))))
        {
            AddIfActor(sources, ActorEndingAt(s, before));
        }

        // "an attack by militants on …"; "his meeting this week with", "the executions on Monday of": past the time
        while (after < s.Count && (TimeWords.Contains(s.Lower(after)) || s.Lower(after) is "this" or "on" or "late" or "early" && TimeWords.Contains(s.Lower(after + 1)) && !entry.Prepositions.Contains(s.Lower(after + 1))))
        {
            after++;
        }

        if (entry.Prepositions.Contains("of") && SharedOfAfterCoordinatedNouns(s, after) is { } sharedOf)
        {
            after = sharedOf; // "the kidnapping and murder of Egypt's ambassador": the nouns share their "of" phrase
        }

        if (after + 1 < s.Count && s.Lower(after + 1) == "by" && s.Lower(after).EndsWith("ed", StringComparison.Ordinal) && !s.IsCapitalized(after))
        {
            after++; // "a deal reached by Burundi, Tanzania and …", "an attack carried out by"
        }
        else if (after + 2 < s.Count && s.Lower(after + 2) == "by" && s.Lower(after).EndsWith("ed", StringComparison.Ordinal) && s.Lower(after + 1) is "out" or "up" or "off")
        {
            after += 2;
        }
        else if (PassiveLightVerbBy(s, after) is { } passiveBy)
        {
            after = passiveBy; // "a series of talks were held by the UK and Spain", "the protests appear to have been organized by local residents"
        }

        if (after < s.Count && s.Lower(after) == "by")
        {
            var agent = ObjectActors(s, after + 1, entry.Prepositions, direct: true);
            if (agent.Exists(a => a.IsActor))
            {
                sources.Clear();
                sources.AddRange(agent);
            }

            after = agent.Count > 0 ? agent.Max(a => a.Last) + 1 : after;
        }
        else if (after < s.Count && s.Lower(after) == "from" && sources.Count == 0 && _lexicon.FromSourceNouns.Contains(entry.Head) && !entry.Prepositions.Contains("from"))
        {
            // "accusations from some Shi'ite officials", "donations from Catholic individuals": who speaks or gives; the
            // noun's own preposition may follow ("support from Iran for the rebels")
            var giver = ObjectActors(s, after + 1, entry.Prepositions, direct: true);
            if (giver.Exists(a => a.IsActor))
            {
                sources.AddRange(giver.Where(a => a.IsActor));
                after = giver.Max(a => a.Last) + 1;
            }
        }

        int thatAt = after < s.Count && s.Lower(after) == "that" ? after : last + 1; // "accusations from X that …"
        if (PartiesBetweenAfterParticiple(s, after) is { } between)
        {
            after = between; // "a peace agreement worked out in June between the Somali government and …"
        }

        if (PlaceBeforeBetween(s, after) is { } pastPlace)
        {
            after = pastPlace; // "a gunbattle in Nigeria between government soldiers and …"
        }

        if (after < s.Count && s.Lower(after) == "between")
        {
            var parties = ObjectActors(s, after + 1, entry.Prepositions, direct: true);
            if (parties.Count == 1 && SplitAtAnd(s, parties[0]) is { } split)
            {
                parties = split; // "negotiations between the UAW and Stellantis", one name to the entity layer: two parties
            }

            if (parties.Count >= 2)
            {
                // "coalition talks between Angela Merkel and Gerhard Schroeder": the parties named, not a modifier before
                sources.Clear();
                targets.Clear();
                sources.Add(parties[0]);
                targets.Add(parties[1]);
            }
        }
        else if (after < s.Count && !entry.Prepositions.Contains(s.Lower(after)) && s.Lower(after) is "in" or "at" && PrepositionAhead(s, after + 1, entry.Prepositions, beforeInfinitive: true) is { } later && s.Lower(later) != "of")
        {
            after = later; // "the talks in Moscow with Najla Mangoush": past the place
        }

        if (after < s.Count && s.Lower(after) == "of" && !entry.Prepositions.Contains("of") && entry.Type is EventType.Retreat or EventType.Mobilize && sources.Count == 0)
        {
            // "the withdrawal of U.S. troops from Iraq", "the deployment of Japanese forces": a movement noun's "of" names
            // who moves, the actor (where to or from is no target actor)
            sources.AddRange(ObjectActors(s, after + 1, entry.Prepositions, direct: true).Where(a => a.IsActor));
        }

        // "the first meeting of a joint anti-terrorism panel": a meeting's "of" that names no actor names no one who meets
        // (the preposition's objects read once, for that test and for the event)
        var found = after < s.Count && s.Lower(after) != "between" && entry.Prepositions.Contains(s.Lower(after)) && !GovernedByVerbWith(s, i, s.Lower(after))
            ? ObjectActors(s, after + 1, entry.Prepositions, direct: true) : null;
        bool withParty = found is not null && s.Lower(after) == "with" && found.Exists(a => a.IsActor);
        if (found is not null && !(entry.Type == EventType.Consult && s.Lower(after) == "of" && !found.Exists(a => a.IsActor)))
        {
            prepositionObjects = found;
            if (s.Lower(after) == "of" && entry.Type is EventType.Support or EventType.Consult or EventType.Cooperate or EventType.Agree && !(i >= 1 && s.Lower(i - 1) == "in") && sources.Count == 0)
            {
                sources.AddRange(found); // "the support of Turkey", "meetings of the World Bank and the IMF"
            }
            else
            {
                targets.AddRange(found);
            }

            // "the slaughter of thousands of civilians by Serb forces", "a visit to Moscow by …"
            int by = found.Count > 0 ? found.Max(a => a.Last) + 1 : -1;
            if (by > 0 && by < s.Count && s.Lower(by) != "by" && PassiveLightVerbBy(s, by) is { } passiveBy)
            {
                by = passiveBy; // "the killing of a Saudi security officer that was claimed by the Islamic State"
            }

            if (by > 0 && by < s.Count && s.Lower(by) == "by")
            {
                var agent = ObjectActors(s, by + 1, entry.Prepositions, direct: true);
                if (agent.Exists(a => a.IsActor))
                {
                    sources.Clear();
                    sources.AddRange(agent.Where(a => a.IsActor));
                }
            }
        }

        // "Iraqi Kurdish negotiators will resume talks", "the rebels launched an attack": the light verb's subject acts
        int modeFrom = Math.Max(0, i - 3);
        if (sources.Count == 0 || (sources.Count == 1 && (sources[0].Kind == ActorKind.Group && sources[0].Last == i - 1 || sources[0].Kind == ActorKind.Pronoun && sources[0].Last == possessive)))
        {
            int v = i - 1;
            // "to" only in "up to" (a count): "will continue to respect the ban", "continuing to investigate allegations" name no light verb's noun
            while (v >= 0 && i - v <= 4 && (v == i - 1 && s.MentionAt(v) < 0 && _lexicon.KindModifiers.Contains(s.Lower(v)) || Determiners.Contains(s.Lower(v)) || Quantifiers.Contains(s.Lower(v)) && !(s.Lower(v) == "to" && !(v >= 1 && s.Lower(v - 1) == "up")) || s.IsNumber(v) || NounContext.Contains(s.Lower(v)) || _lexicon.ActorModifiers.Contains(s.Lower(v)) || (s.IsWord(v) && s.Lower(v) != "to" && !_lexicon.LightVerbs.Contains(s.Lower(v)) && !_lexicon.UndergoVerbs.Contains(s.Lower(v)) && i - v <= 2 && (!s.IsCapitalized(v) || TimeWords.Contains(s.Lower(v))) && s.MentionAt(v) < 0 && !_lexicon.IsActorNoun(s.Lower(v))) || IsLightVerbModifier(s, v)))
            {
                v--;
            }

            int lightNoun = _lexicon.LightNouns.Contains(s.Lower(v)) ? v : v >= 1 && _lexicon.LightNouns.Contains(s.Lower(v - 1)) ? v - 1 : -1;
            if (lightNoun >= 1 && s.Lower(lightNoun + 1) is "for" or "in" or "of")
            {
                // "has claimed responsibility for the attacks", "denies any involvement in the attack": the verb before the noun
                v = lightNoun - 1;
                while (v >= 1 && (Determiners.Contains(s.Lower(v)) || s.Lower(v) is "no" or "any"))
                {
                    v--;
                }

                modeFrom = Math.Max(0, v - 2);
            }
            else if (v >= 2 && s.Lower(v) is "out" or "up" && _lexicon.LightVerbs.Contains(s.Lower(v - 1)) && s.Lower(v - 1) != "for")
            {
                v--; // "has carried out dozens of suicide bombings", "stepped up attacks": the verb before its particle
            }
            else if (GoingVerbBefore(s, v, i) is var going and >= 1)
            {
                // "workers went on strike", "a gunman went on a rampage": the going verb's subject acts; one who "goes on
                // trial" undergoes it (event-victim-nouns.txt)
                v = _lexicon.VictimNouns.Contains(entry.Lemma) ? -1 : going;
            }
            // a light verb's form read as a noun is none ("sees the U.S. plan as a threat")
            else if (!(v >= 1 && _lexicon.LightVerbs.Contains(s.Lower(v)) && s.Lower(v) != "for" && s.Tag(v) is not (PartOfSpeech.NN or PartOfSpeech.NNS or PartOfSpeech.NNP or PartOfSpeech.NNPS)))
            {
                v = -1;
            }

            if (v >= 1)
            {
                var subject = SubjectActors(s, ClauseSubjectEnd(s, v - 1));
                if (subject.Exists(a => a.IsActor) && !(possessive >= 0 && subject.TrueForAll(a => a.Kind == ActorKind.Pronoun)))
                {
                    sources.Clear();
                    sources.AddRange(subject.Where(a => a.IsActor));
                    modeFrom = lightNoun >= 0 ? modeFrom : Math.Min(modeFrom, Math.Max(0, v - 3)); // "plans to implement a curfew": the light verb's cues
                }
            }
        }

        // "He spoke after talks with the monitors", "During three days of meetings in Djibouti, the groups will …": the clause's subject takes part
        if (sources.Count == 0 && entry.Type is EventType.Consult or EventType.Agree or EventType.Cooperate && TemporalPrepositionBefore(s, i) is { } p)
        {
            int end = -1;
            if (p == 0)
            {
                int comma = i + 1;
                while (comma < s.Count && s.Lower(comma) != ",")
                {
                    comma++;
                }

                end = ActorStartingAt(s, comma + 1) is { IsActor: true } a ? a.Last : -1;
            }
            else if (p >= 2 && s.IsWord(p - 1) && !s.IsCapitalized(p - 1) && !FunctionWords.Contains(s.Lower(p - 1)) && !_lexicon.IsActorNoun(s.Lower(p - 1)))
            {
                end = ClauseSubjectEnd(s, p - 2);
            }

            if (end >= 0)
            {
                // a subject opens its clause ("He spoke after"), unlike a noun inside the object ("made no public comments after")
                sources.AddRange(SubjectActors(s, end).Where(a => a.IsActor && (a.Kind != ActorKind.Group || a.First == 0 || !s.IsWord(a.First - 1) || FunctionWords.Contains(s.Lower(a.First - 1)) || Determiners.Contains(s.Lower(a.First - 1)))));
            }
        }

        // "he accepted the delay at a meeting with top officials", "Muteiry died in a shootout with Saudi security forces": a
        // noun whose "with" names one party, in an adjunct of an active clause verb, has that clause's subject as the other
        if (sources.Count == 0 && withParty && AdjunctClauseVerb(s, i) is { } clauseVerb)
        {
            sources.AddRange(SubjectActors(s, ClauseSubjectEnd(s, clauseVerb - 1)).Where(a => a.IsActor));
        }

        // "In support of her brother, Anna Orlic praised …", "In protest against the law, workers …": an opening "in" phrase
        // of support or protest says how the main clause's subject acts (not "In retaliation for the attack, …": no type here)
        if (sources.Count == 0 && entry.Type is EventType.Support or EventType.Protest && i >= 1 && s.Lower(i - 1) == "in" && (i == 1 || OnlyAdverbsBefore(s, i - 1)))
        {
            int comma = last + 1;
            while (comma < s.Count && s.Lower(comma) != ",")
            {
                comma++;
            }

            if (ActorStartingAt(s, comma + 1) is { IsActor: true } opening)
            {
                sources.Add(opening);
            }
        }

        // "his rivals had the support of Turkey": the holder is the target
        if (entry.Type is EventType.Support or EventType.Aid && i >= 2)
        {
            int h = Determiners.Contains(s.Lower(i - 1)) ? i - 2 : i - 1;
            if (h >= 0 && _lexicon.HolderVerbs.Contains(s.Lower(h)))
            {
                var holder = SkipLeft(s, h - 1, out _);
                targets.Clear();
                targets.AddRange(SubjectActors(s, holder));
            }
        }

        // "allegations that it tried to manipulate", "accusations that the opposition is acting": an accusation noun's "that"
        // clause states what the accused did, and that clause's subject (an actor before its finite verb) is the accused
        if (entry.Type == EventType.Accuse && targets.Count == 0 && AccusedInThatClause(s, thatAt) is { } accused)
        {
            targets.Add(accused);
        }

        // "Toronto Police face allegations", "she had received violent threats": the one who undergoes it is the target
        bool undergone = false;
        if (entry.Type is EventType.Accuse or EventType.Threaten or EventType.Sanction or EventType.Coerce or EventType.Aid or EventType.Support && targets.Count == 0 && i >= 2)
        {
            // "received heavy criticism", "receiving a lifeline", "drew broad support": AID and SUPPORT received too
            // (ev-actors-w sitting: q035, w138)
            int h = i - 1;
            while (h >= 1 && (Determiners.Contains(s.Lower(h)) || Quantifiers.Contains(s.Lower(h)) || s.IsNumber(h) || ((!s.IsCapitalized(h) && IsNounAt(s, h) || IsPlainAdjective(s, h)) && !_lexicon.UndergoVerbs.Contains(s.Lower(h)) && i - h <= 3)))
            {
                h--;
            }

            if (h >= 2 && s.Lower(h) == "under" && _lexicon.UndergoVerbs.Contains(s.Lower(h - 1)))
            {
                h--; // "has come under criticism", "came under fire": the verb before "under" has the subject
            }

            if (h >= 1 && _lexicon.UndergoVerbs.Contains(s.Lower(h)))
            {
                // "After receiving heavy criticism for publishing the piece, Newsweek …": a gerund's subject is its clause's;
                // "Republicans have often faced criticism": past an adverb to the subject; "received complaints": whom they
                // are made to, no target
                int subject = s.Lower(h).EndsWith("ing", StringComparison.Ordinal) && GerundClauseSubjectEnd(s, h - 1, last) is { } governing ? governing : ClauseSubjectEnd(s, SkipLeft(s, h - 1, out _, adverbs: true));
                if (!_lexicon.AddressedNouns.Contains(entry.Head))
                {
                    targets.AddRange(SubjectActors(s, subject).Where(a => a.IsActor));
                }

                undergone = true;
            }
        }

        // "two are still in custody", "a student who died in German police custody", "was taken into custody": who is held
        if (entry.Type == EventType.Coerce && targets.Count == 0 && HeldSubjectEnd(s, i) is { } held)
        {
            targets.AddRange(SubjectActors(s, held).Where(a => a.IsActor));
        }

        // "has denied the accusation", "confirmed the allegations", "amid allegations of corruption": an accusation answered
        // or weighed is reported with no actor named; the answering verb's subject accuses no one (docs/events.md)
        bool answered = false;
        if (entry.Type == EventType.Accuse && possessive < 0 && !(before >= 0 && s.Lower(before) == "'s") && i >= 1)
        {
            int h = i - 1;
            while (h >= 1 && i - h <= 3 && (Determiners.Contains(s.Lower(h)) || Quantifiers.Contains(s.Lower(h)) || s.IsNumber(h) || s.Tag(h) == PartOfSpeech.JJ && !s.IsCapitalized(h)))
            {
                h--;
            }

            if (h >= 0 && _lexicon.AnswerVerbs.Contains(s.Lower(h)) && s.MentionAt(h) < 0)
            {
                answered = true;
                sources.RemoveAll(a => a.Last < h);
            }
        }

        if (_lexicon.AccusedNouns.Contains(entry.Lemma) && (targets.FindIndex(a => a.IsActor) is var against && (against < 0 || PassiveAfter(s, targets[against].Last)) || possessive >= 0 || s.Tag(i) is not (PartOfSpeech.NN or PartOfSpeech.NNS)))
        {
            // "territorial claims", "claims of responsibility", "his claim that he visited Epstein": no one accused; "The
            // Wrap's report today claims that": the verb, a statement; "denied all claims that Khashoggi was slain", "a
            // suspected terrorist's claims that he was physically abused": the clause's subject is acted on, not accused
            yield break;
        }

        if (prepositionObjects is [_, ..] && !prepositionObjects.Exists(a => a.IsActor) && entry.NeedsActorObject && !SupportsPolicy(s, entry, sources, prepositionObjects, noun: true))
        {
            yield break; // "support for Windows 7": only actors are supported
        }

        var (nounType, nounMode) = entry.Type == EventType.Assault && IsThreatened(s, i, last) ? (EventType.Threaten, EventMode.Asserted) : (entry.Type, Mode(s, modeFrom, i));
        if (nounType == EventType.Assault && (_lexicon.VerbalAssaults.Contains(entry.Lemma) && (AttacksVerbalObject(s, last) || VerbalAttackPhrase(s, i, last)) || AttackBetweenPeople(s, entry.Lemma, sources, targets)))
        {
            // "Republican attacks on her record", "sharp attacks on Washington elites": a verbal attack (no speech cues near
            // nouns at large: "condemned the attacks"; only in the noun's own phrase)
            nounType = EventType.Accuse;
        }

        if (answered)
        {
            nounMode = EventMode.Asserted; // "denied the accusation": the accusation was made; the denial does not negate it
        }

        if (entry.Type == EventType.Agree && nounMode == EventMode.Asserted && ConcludedAfter(s, last, out bool modal) && modal)
        {
            nounMode = EventMode.Hypothetical; // "a deal could be announced Monday", "an accord can be reached in time": not yet made
        }

        if (_lexicon.AgentNouns.Contains(entry.Lemma))
        {
            // "its backer Syria", "the casino mogul and RJC backer", "a key backer of Hezbollah": the noun names who acts;
            // its possessor, modifier or "of" phrase is who is acted for
            var named = AgentNamed(s, i, last);
            targets = [.. sources.Concat(targets).Where(a => named is not { } n || a.Span != n.Span).DistinctBy(a => a.Span)];
            sources = named is { } agent ? [agent] : [];
        }

        // "the slogan drew enough criticism", "came under heavy criticism": criticism drawn or faced is reported as an
        // event even when no actor is named (the gold of batches j, p, q; verbal sitting)
        foreach (var d in Pair(s, nounType, i, last, sources, targets, nounMode, actorless: StandsAlone(entry) || IsSettlement(s, i, last, entry) || (undergone && entry.Type == EventType.Accuse) || answered))
        {
            yield return d;
        }
    }

    /// <summary>
    /// "physician trainees arrested July 2", "three men detained in the raid": a participle right after a group noun
    /// that is not the sentence's subject, with no object after it, describes the group as acted upon.
    /// </summary>
    /// <summary>What follows a participle is no object: the sentence ends, a mark, a time word or a preposition of place or time.</summary>
    private static bool NoObjectAfter(SentenceView s, int last)
    {
        var next = s.Lower(last + 1);
        return last + 1 >= s.Count || !s.IsWord(last + 1) || TimeWords.Contains(next) && s.Lower(last + 2) != "'s" || (next is "in" or "during" or "at" or "after" or "near" or "on" or "without" or "for" or "since" or "last" or "of") && !CountOpensAt(s, last + 1);
    }

    /// <summary>
    /// "at least" and "at most" open a count, not a place: "Police arrested at least 11 suspected militants" has an object
    /// (ev-actors8 sitting: read as a reduced relative, the police arrested, before).
    /// </summary>
    private static bool CountOpensAt(SentenceView s, int k) => s.Lower(k) == "at" && s.Lower(k + 1) is "least" or "most";

    /// <summary>
    /// No object after a participle that describes the noun before it: what <see cref="NoObjectAfter"/> says, or any
    /// preposition, adverb or finite verb ("detained under anti-terrorism laws", "rescued from a boat", "held there",
    /// "killed was"); not "to", which opens an object's infinitive or the active's complement ("a group of prisoners
    /// refused to wear", "a teacher stabbed to death a girl", "people opposed to the government").
    /// </summary>
    private static bool NoParticipleObjectAfter(SentenceView s, int last)
        => NoObjectAfter(s, last) || s.Tag(last + 1) is PartOfSpeech.IN or PartOfSpeech.RB && s.Lower(last + 1) is not ("that" or "as") && !CountOpensAt(s, last + 1) || IsFiniteVerb(s, last + 1);

    /// <summary>
    /// Whether the word before a participle can be the noun a reduced relative describes: a noun of people that no
    /// name covers ("protesters arrested last week"), a listed one a name covers ("two Marines killed Tuesday"), or
    /// "them" after "of" ("many of them shot").
    /// </summary>
    private bool IsParticipleHead(SentenceView s, int k)
        => s.MentionAt(k) < 0 ? _lexicon.IsActorNoun(s.Lower(k)) || (s.Lower(k) == "them" && k >= 1 && s.Lower(k - 1) == "of") : _lexicon.Actors.Contains(s.Lower(k));

    /// <summary>
    /// Whether a finite verb follows <paramref name="from"/> within the participle's adjuncts ("killed was", "freed in
    /// the operation confirms"), before any comma, conjunction, relative or subordinate word that would open another
    /// clause ("attacked after police said").
    /// </summary>
    private static bool FiniteVerbAfterAdjuncts(SentenceView s, int from)
    {
        for (int k = from; k < s.Count && k - from < MaxReducedRelativeAdjunct; k++)
        {
            var w = s.Lower(k);
            if (!s.IsWord(k) || w is "and" or "or" or "but" or "that" or "who" or "which" or "where" or "whom" || Subordinators.Contains(w))
            {
                return false;
            }

            if (IsFiniteVerb(s, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// At most this many words from a reduced relative's participle to the verb its noun is the subject of ("The
    /// hostage freed in the operation confirms": 4).
    /// </summary>
    private const int MaxReducedRelativeAdjunct = 6;

    private bool IsReducedRelative(SentenceView s, int i, int last, TriggerEntry entry)
    {
        if (entry.Prepositions.Count > 0 || i < 1 || !IsParticipleHead(s, i - 1))
        {
            return false;
        }

        // "the person killed was an insurgent", "The hostage freed in the operation confirms": the noun is the subject of a
        // verb after the participle's adjuncts, so the participle describes it
        if (NoParticipleObjectAfter(s, last) && FiniteVerbAfterAdjuncts(s, last + 1))
        {
            return true;
        }

        // "five al-Qaida members suspected of facilitating bombings": a participle whose entry's particle "of" follows it
        // is passive wherever it stands, since the active puts the object before the "of" ("suspect them of")
        if (i >= 2 && entry.Particles is ["of"])
        {
            return true;
        }

        // what the tagger reads as a participle (not a past tense) takes any adjunct after it ("five people detained under
        // anti-terrorism laws"); a past-tense reading only the adjuncts that cannot open an object ("said gunmen attacked
        // from two sides" is active)
        bool participle = s.Tag(i) == PartOfSpeech.VBN;
        if (i < 2 || !(participle ? NoParticipleObjectAfter(s, last) : NoObjectAfter(s, last)))
        {
            return false;
        }

        var group = ActorEndingAt(s, i - 1);
        int before = group.First - 1;
        // "of" after a quantifier is the quantifier's ("scores of"); after a noun it is a preposition ("the deaths of two
        // soldiers killed Tuesday")
        int modifier = before;
        while (modifier >= 1 && s.Tag(modifier) is PartOfSpeech.JJ or PartOfSpeech.NN && !s.IsCapitalized(modifier))
        {
            modifier--;
        }

        if (modifier < before && modifier >= 0 && (s.IsNumber(modifier) || CountWords.Contains(s.Lower(modifier))))
        {
            before = modifier; // "five medical aid workers": modifiers the actor's phrase left out, back to the group's count
        }

        bool counted = false;
        while (before >= 0 && (Determiners.Contains(s.Lower(before)) || Quantifiers.Contains(s.Lower(before)) && !(s.Lower(before) == "of" && before >= 1 && !Quantifiers.Contains(s.Lower(before - 1)) && !s.IsNumber(before - 1)) || s.IsNumber(before) || (before >= 1 && Determiners.Contains(s.Lower(before - 1)) && IsNounAt(s, before))))
        {
            counted |= s.IsNumber(before) || CountWords.Contains(s.Lower(before));
            before--;
        }

        if (counted && before >= 0 && s.Lower(before) == "and")
        {
            return true; // "with four suicide bombings … and five medical aid workers killed Wednesday": a counted group joins a list, not a clause
        }

        // the group is an object or a complement here, not a clause's subject: "are physician trainees", "of three men",
        // "have released an alleged militant accused of", "are questioning five people detained under"
        if (before >= 1 && s.Span(before - 1).End == s.Span(before).Start)
        {
            return false; // "Hamas-led militants stormed from": a compound's participle modifies the group, it takes no object
        }

        return before >= 0 && (BeForms.Contains(s.Lower(before)) || IsTriggerVerb(s, before, null) && !IsNounContext(s, before) || FunctionWords.Contains(s.Lower(before)) && s.Lower(before) is not ("and" or "but" or "that" or "who" or "which" or "when" or "while" or "because" or "if" or "as") || _lexicon.CommonVerbs.Contains(s.Lower(before))
            || participle && s.Tag(before) is PartOfSpeech.VBG or PartOfSpeech.VBN or PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.VB && !_lexicon.ReportParticiples.Contains(s.Lower(before)) );
    }

    /// <summary>
    /// The "between" that names a noun's parties past a participle that reports it and the time it was reported ("a
    /// peace agreement worked out in June between X and Y", "talks held Monday between"), or null.
    /// </summary>
    private static int? PartiesBetweenAfterParticiple(SentenceView s, int after)
    {
        if (after >= s.Count || s.Tag(after) is not (PartOfSpeech.VBN or PartOfSpeech.VBD) || s.IsCapitalized(after))
        {
            return null;
        }

        int k = after + 1;
        if (k < s.Count && s.Lower(k) is "out" or "up" or "off")
        {
            k++;
        }

        while (k + 1 < s.Count && (TimeWords.Contains(s.Lower(k)) || s.Lower(k) is "in" or "on" or "this" or "earlier" && TimeWords.Contains(s.Lower(k + 1))))
        {
            k++;
        }

        return PartiesBetween(s, k);
    }

    /// <summary>The "between" that names a noun's parties at <paramref name="k"/> or past a place phrase there ("clashes broke out in western Herat province between": <see cref="PlaceBeforeBetween"/>), or null.</summary>
    private static int? PartiesBetween(SentenceView s, int k)
    {
        k = PlaceBeforeBetween(s, k) ?? k;
        return k < s.Count && s.Lower(k) == "between" ? k : null;
    }

    /// <summary>
    /// The "between" after a place phrase at <paramref name="k"/> ("in Nigeria", "in western Herat province"): a place
    /// preposition and at most <see cref="MaxPlaceWordsBeforeBetween"/> words, one of them capitalised, none a verb, a
    /// clause word or punctuation; null when no "between" follows.
    /// </summary>
    private static int? PlaceBeforeBetween(SentenceView s, int k)
    {
        if (k >= s.Count || !PlacePrepositions.Contains(s.Lower(k)))
        {
            return null;
        }

        for (int j = k + 1; j < s.Count && j - k <= MaxPlaceWordsBeforeBetween + 1; j++)
        {
            if (s.Lower(j) == "between")
            {
                // a name in it ("in Cuba"): "ended in a clash between" is the clash's own phrase, no place
                var words = Enumerable.Range(k + 1, j - k - 1);
                return j > k + 1 && PhraseWordsOnly(s, k + 1, j, possessives: true) && !words.Any(w => FunctionWords.Contains(s.Lower(w))) && words.Any(s.IsCapitalized) ? j : null;
            }
        }

        return null;
    }

    /// <summary>At most this many words of a place phrase before "between" ("in western Herat province": 3).</summary>
    private const int MaxPlaceWordsBeforeBetween = 4;

    /// <summary>
    /// A named actor whose words hold "and" between two capitalised words ("the UAW and Stellantis", "Amanullah Khan and
    /// Arbab Basir" taken by the entity layer as one name) as its two conjuncts, or null: after "between" two parties
    /// are named.
    /// </summary>
    private static List<Actor>? SplitAtAnd(SentenceView s, Actor actor)
    {
        if (actor.Kind != ActorKind.Entity)
        {
            return null;
        }

        for (int a = actor.First + 1; a < actor.Last; a++)
        {
            if (s.Lower(a) == "and" && s.IsCapitalized(a - 1) && s.IsCapitalized(a + 1))
            {
                return
                [
                    actor with { Last = a - 1, Span = new TextSpan(actor.Span.Start, s.Span(a - 1).End), EntityId = null },
                    actor with { First = a + 1, Span = new TextSpan(s.Span(a + 1).Start, actor.Span.End), EntityId = null },
                ];
            }
        }

        return null;
    }

    /// <summary>"blame the bombing on the PKK": the noun is the object of a verb that takes the same preposition, which belongs to the verb.</summary>
    private bool GovernedByVerbWith(SentenceView s, int i, string preposition)
    {
        int v = i - 1;
        while (v >= 0 && i - v <= 4 && (Determiners.Contains(s.Lower(v)) || s.Lower(v) == "'s" || TimeWords.Contains(s.Lower(v)) || (IsNounAt(s, v) && !IsTriggerVerb(s, v, null))))
        {
            v--;
        }

        // a verb's particles must follow it: "held peace talks with" is no "hold talks with", so "with" is the noun's
        if (v < 0 || !_lexicon.Triggers.TryGetValue(s.Lower(v), out var words))
        {
            return false;
        }

        for (int k = 0; k < words.Count; k++) // by index, without a closure over s, v and preposition
        {
            var w = words[k];
            if (w.Form != TriggerForm.Noun && w.Entry.Prepositions.Contains(preposition) && ParticlesFollow(s, v, w.Entry.Particles))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"after talks", "during three days of meetings": the index of the time preposition that governs the noun at <paramref name="i"/>, or null.</summary>
    private static int? TemporalPrepositionBefore(SentenceView s, int i)
    {
        for (int k = i - 1; k >= 0 && i - k <= 5; k--)
        {
            var w = s.Lower(k);
            if (w is "after" or "before" or "during" or "following" or "since")
            {
                return k;
            }

            if (!s.IsWord(k) || (FunctionWords.Contains(w) && w != "of") || s.IsCapitalized(k) && k > 0)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The active verb whose adjunct ("at", "in", "during", "for", "ahead of" a phrase) holds the noun at
    /// <paramref name="noun"/>: right before the preposition ("died in a shootout", "is in talks") or past its object
    /// ("accepted the delay at a meeting"), at most <see cref="MaxAdjunctReach"/> words back within the clause's phrases; a
    /// past participle only after "have" (the passive "were killed during a joint raid with" names the victims). Null
    /// otherwise.
    /// </summary>
    private int? AdjunctClauseVerb(SentenceView s, int noun)
    {
        int p = noun - 1;
        while (p > 0 && noun - p <= MaxAdjunctModifiers && (s.Tag(p) is PartOfSpeech.JJ or PartOfSpeech.NN or PartOfSpeech.NNS or PartOfSpeech.NNP or PartOfSpeech.CD || Determiners.Contains(s.Lower(p)) || s.Lower(p) is "'s" or "-"))
        {
            p--;
        }

        if (p < 2 || !(AdjunctHeads.Contains(s.Lower(p)) || s.Lower(p) == "of" && s.Lower(p - 1) == "ahead"))
        {
            return null;
        }

        int end = s.Lower(p) == "of" ? p - 1 : p;
        for (int v = end - 1; v >= 1 && end - v <= MaxAdjunctReach + 1; v--)
        {
            if (s.Tag(v).IsVerb())
            {
                bool active = s.Tag(v) is PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP || s.Tag(v) == PartOfSpeech.VBN && HaveForms.Contains(s.Lower(v - 1));
                return active && !IsElidedPassive(s, SkipLeft(s, v - 1, out _, adverbs: true), v) && PhraseWordsOnly(s, v + 1, end, possessives: true) ? v : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The end of the subject held in the COERCE noun at <paramref name="noun"/> when the noun is the object of "in",
    /// "under" or "into" after a form of "be", a verb of staying (Data/event-held-verbs.txt) or a passive participle
    /// before "into"/"under" ("are still in custody", "died in U.S. custody", "was taken into custody", "and placed under
    /// house arrest");
    /// null otherwise ("detained nine people in a crackdown": the subject acts).
    /// </summary>
    private int? HeldSubjectEnd(SentenceView s, int noun)
    {
        int p = noun - 1;
        while (p >= 1 && noun - p <= 3 && (s.Tag(p) is PartOfSpeech.JJ or PartOfSpeech.NN or PartOfSpeech.NNP or PartOfSpeech.NNS || s.Lower(p) is "'s" or "-" || Determiners.Contains(s.Lower(p))))
        {
            p--;
        }

        if (p < 2 || s.Lower(p) is not ("in" or "under" or "into"))
        {
            return null;
        }

        int v = p - 1;
        while (v >= 1 && s.Tag(v) == PartOfSpeech.RB)
        {
            v--; // "are still in custody"
        }

        var w = s.Lower(v);
        // a passive only into or under custody: "were killed in the raid", "was detained in a raid" name no one held in it
        bool passive = s.Lower(p) is "into" or "under" && s.Tag(v) == PartOfSpeech.VBN && (BeForms.Contains(s.Lower(v - 1)) || s.Lower(v - 1) == "and");
        if (!(BeForms.Contains(w) && w != "'s" || _lexicon.HeldVerbs.Contains(w) || passive))
        {
            return null;
        }

        return ClauseSubjectEnd(s, v - 1);
    }

    /// <summary>The end of the subject of a verb whose left neighbour is <paramref name="from"/>: over auxiliaries, and past "and"/"but" to the previous verb's subject.</summary>
    private int ClauseSubjectEnd(SentenceView s, int from)
    {
        int left = SkipLeft(s, from, out _);
        return left >= 1 && s.Lower(left) is "and" or "but" ? PreviousVerbSubjectEnd(s, left) ?? MainSubjectEnd(s, left) : left;
    }

    /// <summary>
    /// The end of the subject of a gerund after a preposition, which is the subject of the clause the preposition hangs
    /// on: the nearest finite verb a few words back ("The agency stopped short of blaming", "were arrested for attacking"),
    /// or, when the phrase opens the sentence ("After meeting the envoy, the minister said"), the subject after its comma.
    /// Null when the preposition hangs on a noun ("the threat of attacking") or nothing is found.
    /// </summary>
    private int? GerundClauseSubjectEnd(SentenceView s, int preposition, int last)
    {
        if (preposition >= 1 && s.Lower(preposition) == "by")
        {
            return MeansGerundSubjectEnd(s, preposition);
        }

        if (preposition < 0 || s.Tag(preposition) != PartOfSpeech.IN || s.Lower(preposition) is "that" or "if" or "whether" or "because")
        {
            return null;
        }

        if (preposition == 0 || OnlyAdverbsBefore(s, preposition))
        {
            // "After meeting the envoy, the minister said", "But soon after signing the agreement, the North said"
            int comma = last + 1;
            while (comma < s.Count && s.Lower(comma) != ",")
            {
                comma++;
            }

            return ActorStartingAt(s, comma + 1) is { IsActor: true } opening ? opening.Last : null;
        }

        // past adverbs, adjectives and particles ("stopped short of", "went on to"), to the verb
        int k = preposition - 1;
        while (k >= 0 && preposition - k <= MaxGerundReach && s.Tag(k) is PartOfSpeech.RB or PartOfSpeech.JJ or PartOfSpeech.RP)
        {
            k--;
        }

        if (k < 1 || preposition - k > MaxGerundReach || s.Tag(k) is not (PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.VBN or PartOfSpeech.VB))
        {
            // an adverbial gerund ("Iran resumed conversion last week after rejecting", "joined the United States in
            // imposing") is controlled by its clause's subject past the verb's object too; "of"/"for"/"by" may hang on
            // a noun or an object ("the threat of attacking", "arrested him for attacking") and stay as they were
            return AdjunctPrepositions.Contains(s.Lower(preposition)) ? AdjunctGerundSubjectEnd(s, preposition) : null;
        }

        int end = ClauseSubjectEnd(s, k - 1);
        return end >= 0 && SubjectActors(s, end).Exists(a => a.IsActor) ? end : null;
    }

    /// <summary>
    /// The subject's end for a gerund of means after "by" ("pressured them to stop by threatening their funding sources",
    /// "may have been trying to impress her by killing the prime minister", "will try to buy dispensation by backing …
    /// and by giving money"): the nearest finite verb or modal back within the clause, past infinitives, objects, other
    /// verb forms and an earlier "by" phrase joined by "and"/"or"; its subject when an actor. Null at a comma, a relative
    /// or subordinating word, another conjunction or a preposition ("an appeal by visiting leaders": the "by" hangs on a
    /// noun), and past <see cref="MaxAdjunctGerundReach"/> words.
    /// </summary>
    private int? MeansGerundSubjectEnd(SentenceView s, int by)
    {
        for (int k = by - 1; k >= 1 && by - k <= MaxAdjunctGerundReach; k--)
        {
            var w = s.Lower(k);
            if (w is "and" or "or" && s.Lower(k + 1) == "by")
            {
                continue; // "by backing … and by giving": the second means shares the first's clause
            }

            if (!s.IsWord(k) || Relatives.Contains(w) || Subordinators.Contains(w) || w is "and" or "but" or "or" || s.Tag(k) == PartOfSpeech.IN && w != "by")
            {
                return null;
            }

            if (s.Tag(k) is PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.MD)
            {
                if (s.MentionAt(k) >= 0 || BeForms.Contains(w))
                {
                    return null; // "was blocked by striking staff": a passive's agent, not a means
                }

                int end = ClauseSubjectEnd(s, k - 1);
                return end >= 0 && SubjectActors(s, end).Exists(a => a.IsActor) ? end : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The subject's end for an adverbial gerund whose preposition follows the verb's object: the nearest finite verb
    /// back within the clause (no comma, relative word, subordinator or conjunction between), its subject when an actor.
    /// </summary>
    private int? AdjunctGerundSubjectEnd(SentenceView s, int preposition)
    {
        for (int k = preposition - 1; k >= 1 && preposition - k <= MaxAdjunctGerundReach; k--)
        {
            var w = s.Lower(k);
            if (!s.IsWord(k) || Relatives.Contains(w) || Subordinators.Contains(w) || w is "and" or "but" or "or")
            {
                return null;
            }

            if (s.Tag(k) is PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP || s.Tag(k) == PartOfSpeech.VBN && HaveForms.Contains(s.Lower(SkipLeft(s, k - 1, out _))))
            {
                if (s.MentionAt(k) >= 0 || _lexicon.Skip.Contains(w) || BeForms.Contains(w))
                {
                    return null;
                }

                int end = ClauseSubjectEnd(s, k - 1);
                return end >= 0 && SubjectActors(s, end).Exists(a => a.IsActor) ? end : null;
            }
        }

        return null;
    }

    /// <summary>
    /// For a gerund right after a thing (no comma) that is a finite verb's object ("held street protests demanding"):
    /// the end of that verb's subject, when an actor. Null when the phrase before the gerund is an actor or no verb's
    /// object.
    /// </summary>
    private int? ObjectGerundSubjectEnd(SentenceView s, int left)
    {
        if (SubjectActors(s, left) is not [{ Kind: ActorKind.Thing } thing, ..] || thing.Last != left || ClauseFollows(s, left + 2))
        {
            return null; // "issued a statement agreeing the issue should be decided": a statement's content, no act
        }

        // the words before the thing that modify it: determiners, adjectives, numbers and, right before a noun head, the
        // nouns of a compound outside a name ("held street protests demanding", "issued a protest note demanding")
        int k = thing.First - 1;
        bool compound = s.Tag(left) is PartOfSpeech.NN or PartOfSpeech.NNS;
        while (k >= 1 && thing.First - k <= 3)
        {
            compound &= s.Tag(k) is PartOfSpeech.NN or PartOfSpeech.NNS && s.MentionAt(k) < 0;
            if (!compound && !Determiners.Contains(s.Lower(k)) && s.Tag(k) is not (PartOfSpeech.JJ or PartOfSpeech.CD))
            {
                break;
            }

            k--;
        }

        var w = s.Lower(k);
        if (k < 1 || s.Tag(k) is not (PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.VBN or PartOfSpeech.VB) || s.MentionAt(k) >= 0 || _lexicon.Skip.Contains(w) || BeForms.Contains(w) || _lexicon.HolderVerbs.Contains(w))
        {
            return null; // "received a phone call asking for ransom": who has or receives the thing does not act through it
        }

        int end = ClauseSubjectEnd(s, k - 1);
        return end >= 0 && SubjectActors(s, end).Exists(a => a.IsActor) ? end : null;
    }

    /// <summary>
    /// Whether a clause without "that" opens at <paramref name="k"/>: a finite verb or a modal within a few words, before
    /// any punctuation or preposition ("agreeing the issue should be decided").
    /// </summary>
    private static bool ClauseFollows(SentenceView s, int k)
    {
        for (int j = k; j < s.Count && j - k < 4; j++)
        {
            if (!s.IsWord(j) || s.Tag(j) is PartOfSpeech.IN or PartOfSpeech.TO)
            {
                return false;
            }

            if (s.Tag(j) is PartOfSpeech.MD or PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every word before <paramref name="k"/> is an adverb or a conjunction ("But soon after").</summary>
    private static bool OnlyAdverbsBefore(SentenceView s, int k)
    {
        for (int j = 0; j < k; j++)
        {
            if (s.Tag(j) is not (PartOfSpeech.RB or PartOfSpeech.CC))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// At most this many words back from an adverbial gerund's preposition to the finite verb of its clause ("resumed
    /// uranium conversion last week after").
    /// </summary>
    private const int MaxAdjunctGerundReach = 8;

    /// <summary>
    /// The end of the subject of a purpose infinitive ("will travel to Gaza today to meet"): "to" after a verb whose
    /// complement is only prepositional phrases, adverbs and time words, so that no object of the verb can be the
    /// infinitive's subject ("forced the rebels to retreat" stays with the rebels). Null otherwise.
    /// </summary>
    private int? PurposeSubjectEnd(SentenceView s, int to)
    {
        if (to < 2 || s.Lower(to) != "to")
        {
            return null;
        }

        for (int v = to - 1; v >= 1 && to - v <= MaxPurposeReach; v--)
        {
            // a possessive inside the verb's place ("rallied near Egypt's security police headquarters to demand") is no break
            if (!s.IsWord(v) && s.Lower(v) != "'s" || Relatives.Contains(s.Lower(v)) || Subordinators.Contains(s.Lower(v)) || s.Lower(v) is "and" or "but" or "or")
            {
                return null;
            }

            if (s.Tag(v) is PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.VBN or PartOfSpeech.VB && s.MentionAt(v) < 0 && !_lexicon.Skip.Contains(s.Lower(v)))
            {
                var next = s.Lower(v + 1);
                bool complementOnly = v + 1 == to || s.Tag(v + 1) is PartOfSpeech.IN or PartOfSpeech.TO or PartOfSpeech.RB || TimeWords.Contains(next) || IsMeansObject(s, v, to);
                if (!complementOnly || IsEmbeddingTrigger(s, v) || IsControlVerb(s.Lower(v)) && v + 1 == to)
                {
                    return null;
                }

                int end = ClauseSubjectEnd(s, v - 1);
                return end >= 0 && SubjectActors(s, end).Exists(a => a.IsActor) ? end : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the words between the verb of using at <paramref name="v"/> (Data/event-means-verbs.txt) and the purpose
    /// infinitive's <paramref name="to"/> are one noun phrase of a thing, the means ("used explosives to attack", "fired
    /// tear gas to disperse"): its subject, not the object, acts in the infinitive (ev-governing sitting).
    /// </summary>
    private bool IsMeansObject(SentenceView s, int v, int to)
    {
        if (!_lexicon.MeansVerbs.Contains(s.Lower(v)) || to - v < 2)
        {
            return false;
        }

        var means = ActorEndingAt(s, to - 1);
        return !means.IsActor && (means.First == v + 1 || means.First == v + 2 && Determiners.Contains(s.Lower(v + 1)));
    }

    /// <summary>At most this many words back from a purpose infinitive's "to" to its verb ("will travel to Gaza today to").</summary>
    private const int MaxPurposeReach = 8;

    /// <summary>At most this many words between a gerund's preposition and the verb it hangs on ("stopped short of").</summary>
    private const int MaxGerundReach = 3;

    /// <summary>For a verb after "and"/"but" without its own subject: the end of the subject of the nearest verb before it, when that is an actor.</summary>
    private int? PreviousVerbSubjectEnd(SentenceView s, int conjunction, int depth = 0)
    {
        for (int k = conjunction - 1; k >= 1; k--)
        {
            var w = s.Lower(k);
            bool verb = (IsTriggerVerb(s, k, null) && !IsNounContext(s, k) && s.MentionAt(k) < 0) || _lexicon.CommonVerbs.Contains(w) && !_lexicon.Skip.Contains(w)
                || s.Tag(k) is PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP && s.MentionAt(k) < 0 && !_lexicon.Skip.Contains(w) // any finite verb the tagger sees ("spoke Tuesday, and also discussed")
                || s.Tag(k) == PartOfSpeech.VBN && s.MentionAt(k) < 0 && HaveForms.Contains(s.Lower(SkipLeft(s, k - 1, out _))); // a perfect ("have repeatedly expressed …, and have accused")
            if (!verb)
            {
                continue;
            }

            int end = SkipLeft(s, k - 1, out _);
            if (end >= 1 && s.Lower(end) == "," && s.Tag(k).IsFiniteVerb() && !SubjectActors(s, end).Exists(a => a.Kind != ActorKind.Thing) && depth < MaxListedVerbPhrases && PreviousVerbSubjectEnd(s, end, depth + 1) is { } listed)
            {
                return listed; // "surrounded the attacker …, moved a bystander out of the way, and shot Khan": a list of finite verb phrases shares the first one's subject (not ", killing three and wounding": the gerund's is the clause's)
            }

            // an actor, or a bomb or a storm that acted ("bombings … killed two and wounded eight": no source)
            return end >= 0 && SubjectActors(s, end).Exists(a => a.Kind != ActorKind.Thing) ? end : null;
        }

        return null;
    }

    /// <summary>
    /// The "by" of a passive light verb whose subject is the event noun before <paramref name="k"/>, or null: "talks were
    /// held by the UK and Spain", "the protests appear to have been organized by local residents", "a killing that was
    /// claimed by the Islamic State" — the agent acts in the event, as the subject of the active light verb does
    /// ("the rebels launched an attack"). Only verbs of event-light-verbs.txt, only with a passive auxiliary before them
    /// (the bare reduced relative, "an attack carried out by", is read before this), and "by" right after the verb or
    /// its particle (ev-actors3 sitting: n097, v012, t066 on train).
    /// </summary>
    private int? PassiveLightVerbBy(SentenceView s, int k)
    {
        int from = k;
        if (k < s.Count && s.Lower(k) is "that" or "which")
        {
            k++;
        }

        for (; k < s.Count && k - from <= MaxPassiveLightVerbReach; k++)
        {
            var w = s.Lower(k);
            if (_lexicon.LightVerbs.Contains(w) && s.Tag(k) is PartOfSpeech.VBN or PartOfSpeech.VBD && k > from && IsPassiveAuxiliary(s, k - 1))
            {
                int by = k + 1 < s.Count && s.Lower(k + 1) is "out" or "up" ? k + 2 : k + 1;
                return by < s.Count && s.Lower(by) == "by" ? by : null;
            }

            if (!(BeForms.Contains(w) || HaveForms.Contains(w) || s.Tag(k) is PartOfSpeech.RB or PartOfSpeech.MD || w is "to" or "appear" or "appears" or "appeared" or "seem" or "seems" or "seemed"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>At most this many words between an event noun and its passive light verb ("appear to have been organized": 5).</summary>
    private const int MaxPassiveLightVerbReach = 6;

    /// <summary>At most this many verb phrases listed with commas before the one after "and" (ev-actors3 sitting: c129 has three).</summary>
    private const int MaxListedVerbPhrases = 3;

    /// <summary>
    /// A noun before "and", not a first verb ("shot and killed"): one the tagger reads as a noun right after a verb, its
    /// object ("returned fire and killed"), or an event noun after a determiner or a demonym ("condemned the Israeli raid
    /// and urged"). Not any noun context: "justify wanton murder and maiming" stays as it was.
    /// </summary>
    private bool IsNounObject(SentenceView s, int k)
        => k >= 1 && (s.Tag(k) is PartOfSpeech.NN or PartOfSpeech.NNS && s.Tag(k - 1).IsVerb() && s.Tag(k - 1) != PartOfSpeech.MD
            || HasNounReading(s, k) && (NounContext.Contains(s.Lower(k - 1)) || s.MentionAt(k - 1) >= 0 && s.MentionLabel(s.MentionAt(k - 1)) == EntityLabel.Norp));

    /// <summary>
    /// The subject of the main clause, or, when the trigger at <paramref name="i"/> lies in reported speech whose speaker
    /// is that subject ("Police say gunmen attacked the convoy, killing five and wounding two"), of the reported clause.
    /// </summary>
    private int ClauseSubjectEndAt(SentenceView s, int before, int i)
    {
        int end = MainSubjectEnd(s, before);
        foreach (var clause in s.Reported)
        {
            // only when the reported clause opens with an actor: "declared a state of emergency …, and later banned" is no report
            if (clause.First <= i && i <= clause.Last && end >= 0 && end <= clause.SpeakerLast && clause.First < before
                && MainSubjectEnd(s, before, clause.First) is >= 0 and var reported && SubjectActors(s, reported).Exists(a => a.IsActor))
            {
                return reported;
            }
        }

        return end;
    }

    /// <summary>The last word of the first noun phrase from <paramref name="from"/> (the main clause's subject, or a reported clause's), or -1.</summary>
    private int MainSubjectEnd(SentenceView s, int before, int from = 0)
    {
        // "In the 2016 election, Sanders continued …": past an opening phrase that ends at a comma
        int start = from;
        if (from < s.Count && (FunctionWords.Contains(s.Lower(from)) || TimeWords.Contains(s.Lower(from)) || s.Lower(from).EndsWith("ly", StringComparison.Ordinal)))
        {
            int comma = from + 1;
            while (comma < before && s.Lower(comma) != ",")
            {
                comma++;
            }

            start = comma < before ? comma + 1 : from;
        }

        if (ActorStartingAt(s, start) is not { } a || a.Last >= before)
        {
            return -1;
        }

        // "Russian mercenaries and Syrian troops attacked the village, killing …", "Japan, South Korea and the United States
        // have … and have accused": the subject ends with its last conjunct; items joined by commas only when an "and"
        // or "or" closes the list (else the comma ends the subject or opens an apposition)
        int end = a.Last;
        int listed = a.Last;
        while (a.IsActor && listed + 2 < before && s.Lower(listed + 1) is "and" or "or" or "," && ActorStartingAt(s, listed + 2) is { IsActor: true } more && more.Last < before)
        {
            listed = more.Last;
            if (s.Lower(more.First - 1) is "and" or "or" || (more.First >= 2 && s.Lower(more.First - 2) is "and" or "or"))
            {
                end = listed;
            }
        }

        return end;
    }

    /// <summary>The actors among the phrases (<see cref="Actor.IsActor"/>), in order.</summary>
    private static List<Actor> Actors(List<Actor> phrases)
    {
        var actors = new List<Actor>(phrases.Count);
        foreach (var a in phrases)
        {
            if (a.IsActor)
            {
                actors.Add(a);
            }
        }

        return actors;
    }

    private static IEnumerable<EventDraft> Pair(SentenceView s, EventType type, int i, int last, List<Actor> sources, List<Actor> targets, EventMode mode, bool actorless = false, bool reciprocal = false)
    {
        if (type == EventType.Retreat)
        {
            targets = [.. targets.Where(a => a.Kind != ActorKind.Entity || a.EntityId is null || s.MentionAt(a.Last) < 0 || s.MentionLabel(s.MentionAt(a.Last)) is not (EntityLabel.Gpe or EntityLabel.Location))]; // "withdrew from Gaza": a place, not a party
        }

        if (sources.Exists(a => a.Kind == ActorKind.NotActor) || targets.Exists(a => a.Kind == ActorKind.NotActor))
        {
            yield break; // "the storm killed five", "killed in a crash"
        }

        var src = Actors(sources);
        var tgt = Actors(targets);
        var trigger = new TextSpan(s.Span(i).Start, s.Span(last).End);
        if (src.Count == 0 && tgt.Count == 0 && !actorless)
        {
            // only actors count ("support for Windows", "fight cancer"): no event; the draft is only observed, to measure
            // whether the gold actors were among the candidates (eval/events/candidates.py)
            yield return new EventDraft(type, mode, trigger, null, null, Unread: true);
            yield break;
        }

        if (type == EventType.Agree && tgt.Count == 0 && src.Count <= 1 && AgreesToActAlone(s, i, last, src))
        {
            yield break; // "SoftBank agreed to inject …", "Seoul agreed to release …": no party agreed with (docs/events.md, "Embedded actions")
        }

        if (tgt.Count == 0 && src.Count >= 2 && type is EventType.Consult or EventType.Cooperate or EventType.Agree)
        {
            // "Mr. Bush and Mr. Kiir will discuss": the parties meet each other
            for (int x = 0; x < src.Count; x++)
            {
                for (int y = x + 1; y < src.Count; y++)
                {
                    yield return new EventDraft(type, mode, trigger, src[y], src[x]);
                }
            }

            yield break;
        }

        if (reciprocal && tgt.Count == 0 && src.Count >= 2)
        {
            src = [.. src.OrderBy(a => a.First)]; // the subject is read leftwards
            // "police and militant Protestants clashed", "Ethiopia and Eritrea fought a war": the sides fight each other,
            // the first named is the source (docs/events.md, "Fight / clash")
            for (int x = 0; x < src.Count; x++)
            {
                for (int y = x + 1; y < src.Count; y++)
                {
                    yield return new EventDraft(type, mode, trigger, src[x], src[y]);
                }
            }

            yield break;
        }

        for (int ai = 0; ai < Math.Max(1, src.Count); ai++)
        {
            Actor? a = src.Count == 0 ? null : src[ai];
            for (int bi = 0; bi < Math.Max(1, tgt.Count); bi++)
            {
                Actor? b = tgt.Count == 0 ? null : tgt[bi];
                if (a is { } x && b is { } y && (x.Span == y.Span || (x.EntityId is not null && x.EntityId == y.EntityId)))
                {
                    continue;
                }

                yield return new EventDraft(type, mode, trigger, a, b);
            }
        }
    }

    /// <summary>
    /// Whether the verb "agree" at <paramref name="i"/>..<paramref name="last"/> takes an infinitive ("agreed to withdraw")
    /// with one actor that is not plural as its subject: the guideline codes AGREE only when there is a party agreed with
    /// ("Israel agreed to withdraw from Gaza" is RETREAT hypothetical alone), while plural subjects are the parties
    /// themselves ("the two countries agreed to continue", "OPEC oil ministers agreed to prop up prices").
    /// </summary>
    private static bool AgreesToActAlone(SentenceView s, int i, int last, List<Actor> src)
        => s.Tag(i) is PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.VB or PartOfSpeech.VBN or PartOfSpeech.VBG
           && s.Lower(last + 1) == "to" && s.Tag(last + 2) == PartOfSpeech.VB
           && !(src.Count == 1 && (s.Tag(src[0].Last) is PartOfSpeech.NNS or PartOfSpeech.NNPS || s.Lower(src[0].Last) is "they" or "we" or "both"));

    /// <summary>Index of the last word before <paramref name="from"/> (inclusive) that is not an auxiliary, adverb or "X to" control verb; with <paramref name="adverbs"/> (a trigger verb's own subject) also past any word the tagger reads as an adverb ("has so far refused").</summary>
    private int SkipLeft(SentenceView s, int from, out int crossedControl, bool adverbs = false)
    {
        crossedControl = -1;
        int j = from;
        while (j >= 0)
        {
            var w = s.Lower(j);
            if (_lexicon.Skip.Contains(w) || TimeWords.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal) || (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !s.IsCapitalized(j) && !_lexicon.IsActorNoun(w))
                || (adverbs && s.Tag(j) is PartOfSpeech.RB or PartOfSpeech.RBR or PartOfSpeech.RBS && !s.IsCapitalized(j) && s.MentionAt(j) < 0)) // the tagger's adverbs: "has so far refused"
            {
                j--;
                continue;
            }

            if (w == "on" && j < from && Days.Contains(s.Lower(j + 1)))
            {
                j--; // the day's preposition: "Police on Monday arrested", "The army on Sunday attacked"
                continue;
            }

            if (w == "to" && j > 0 && IsControlVerb(s.Lower(j - 1)) && s.MentionAt(j - 1) < 0 && !s.IsCapitalized(j - 1))
            {
                crossedControl = j - 1;
                j -= 2; // "plans to", "agreed to", "threatened to"
                continue;
            }

            if (_lexicon.HelpingVerbs.Contains(w) && j + 1 < s.Count && s.Tag(j + 1) is PartOfSpeech.VB or PartOfSpeech.NN && s.MentionAt(j + 1) < 0 && !s.IsCapitalized(j + 1) && !s.IsCapitalized(j)
                && _lexicon.Triggers.ContainsKey(s.Lower(j + 1)))
            {
                crossedControl = j;
                j--; // "helped broker a peace deal", "the team that helped rescue": the helper acts (event-helping-verbs.txt)
                continue;
            }

            if (w == "to" && j > 1 && _lexicon.IntentionNouns.Contains(s.Lower(j - 1)) && (s.Lower(j - 2) == "'s" || Possessives.Contains(s.Lower(j - 2))))
            {
                // "Trump's decision to withhold", "their pledge to lay down": the possessor acts (event-intention-nouns.txt);
                // past the "'s" to the name, or at the possessive pronoun (read as its actor by IntentionPossessor)
                j -= 2;
                if (s.Lower(j) == "'s")
                {
                    continue;
                }

                break;
            }

            break;
        }

        return j;
    }

    /// <summary>
    /// The possessive pronoun at <paramref name="k"/> before a noun of event-intention-nouns.txt and its "to" ("their pledge
    /// to lay down their arms", "his decision to withdraw") as the actor of the verb after "to"; null otherwise.
    /// </summary>
    private Actor? IntentionPossessor(SentenceView s, int k)
    {
        if (k + 2 >= s.Count || !Possessives.Contains(s.Lower(k)) || !_lexicon.IntentionNouns.Contains(s.Lower(k + 1)) || s.Lower(k + 2) != "to")
        {
            return null;
        }

        string? id = s.Lower(k) is "his" or "her" ? s.Lookup.LastPersonBefore(s.Span(k).Start) : null;
        return new Actor(ActorKind.Pronoun, k, k, s.Span(k), id);
    }

    /// <summary>
    /// The verb of going (Data/event-going-verbs.txt) whose "on" stands at <paramref name="from"/> or after, before the event noun
    /// at <paramref name="i"/> ("went on strike", "went on a rampage"), or -1: its subject acts in the noun.
    /// </summary>
    private int GoingVerbBefore(SentenceView s, int from, int i)
    {
        for (int k = i - 1; k >= from && k >= 2; k--)
        {
            if (s.Lower(k) == "on" && _lexicon.GoingVerbs.Contains(s.Lower(k - 1)))
            {
                return k - 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the light verb's participle at <paramref name="k"/> modifies the noun after it ("launched a renewed
    /// offensive", "announced the planned strike"): after a determiner (not the relative "that": "countries that joined
    /// the alliance") it is no verb whose subject acts.
    /// </summary>
    private bool IsLightVerbModifier(SentenceView s, int k)
        => k >= 1 && _lexicon.LightVerbs.Contains(s.Lower(k)) && s.Lower(k).EndsWith("ed", StringComparison.Ordinal) && Determiners.Contains(s.Lower(k - 1)) && s.Lower(k - 1) != "that";

    /// <summary>A verb that takes "to" and another verb ("plans to", "agreed to", "threatened to", "is expected to").</summary>
    private bool IsControlVerb(string w)
        => _lexicon.ControlVerbs.Contains(w) || ((w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal)) && !_lexicon.IsActorNoun(w) && w.Length > 4);

    /// <summary>
    /// Whether the trigger is only the content of a request, threat, accusation or refusal ("urged Iran to release",
    /// "accused Syria of backing", "threatened to attack").
    /// </summary>
    private bool IsEmbedded(SentenceView s, int left, int crossedControl)
    {
        if (crossedControl >= 0 && IsEmbeddingTrigger(s, crossedControl))
        {
            return true;
        }

        // "is demanding that the reporters be expelled": a request's "that" clause is its content
        for (int k = left; k >= 1 && left - k <= MaxMandativeReach && s.IsWord(k); k--)
        {
            if (s.Lower(k) == "that")
            {
                if (IsTriggerVerb(s, k - 1, EventType.Request) && !_lexicon.IsNotTrigger(s, k - 1, EventType.Request) && MandativeClauseAt(s, k))
                {
                    return true;
                }

                break;
            }
        }

        // "urged Iran to …", "accused Syria of …": the word before the trigger's subject is an embedding verb
        int link = left + 1;
        if (link < s.Count && EmbeddingLinks.Contains(s.Lower(link)) || left >= 0 && EmbeddingLinks.Contains(s.Lower(left)))
        {
            int from = Math.Max(0, left - 6);
            for (int k = left; k >= from; k--)
            {
                if (IsEmbeddingTrigger(s, k))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The next of <paramref name="prepositions"/> within the clause, a few words on; with <paramref name="beforeInfinitive"/>, not past a "to"-infinitive.</summary>
    private static int? PrepositionAhead(SentenceView s, int from, IReadOnlySet<string> prepositions, bool beforeInfinitive = false)
    {
        for (int k = from; k < s.Count && k < from + 8; k++)
        {
            if (!s.IsWord(k) && s.Lower(k) is not ("'s" or "-"))
            {
                return null;
            }

            if (prepositions.Contains(s.Lower(k)))
            {
                return k;
            }

            if (beforeInfinitive && s.Lower(k) == "to" && k + 1 < s.Count && s.Tag(k + 1) == PartOfSpeech.VB)
            {
                return null; // "a meeting in Beirut Monday to express solidarity with Lebanon" (a verb's own: "agreed to extend a truce with")
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the phrase after a passive participle names a cause that is no actor (Data/event-not-actors.txt): "in",
    /// "by", "during" or "from" past adverbs and time words, then a noun phrase (one "of" phrase on: "in several days
    /// of severe weather") holding a storm, a crash, a disease, and no weapon ("a bomb explosion" stays an attack); an
    /// explosion alone may be either (`event-open-causes.txt`: "killed in an explosion set off by rebels" stays).
    /// </summary>
    private bool IsNotActorCause(SentenceView s, int from)
    {
        int k = from;
        while (k < s.Count && (TimeWords.Contains(s.Lower(k)) || s.Tag(k) == PartOfSpeech.RB))
        {
            k++;
        }

        if (k >= s.Count || s.Lower(k) is not ("in" or "by" or "during" or "from"))
        {
            return false;
        }

        bool cause = false;
        for (int j = k + 1; j < s.Count && j - k <= MaxCauseReach && s.IsWord(j); j++)
        {
            var w = s.Lower(j);
            if (_lexicon.ViolentCauses.Contains(w) || IsTriggerWordOf(w, EventType.Assault))
            {
                return false;
            }

            cause |= _lexicon.NotActors.Contains(w) && !_lexicon.OpenCauses.Contains(w);
            if (FunctionWords.Contains(w) && w != "of" || IsFiniteVerb(s, j))
            {
                break;
            }
        }

        return cause;
    }

    /// <summary>At most this many words from the preposition after a passive participle through the cause it names ("in several days of severe weather").</summary>
    private const int MaxCauseReach = 7;

    private bool IsTriggerWordOf(string w, EventType type)
    {
        if (!_lexicon.Triggers.TryGetValue(w, out var words))
        {
            return false;
        }

        for (int i = 0; i < words.Count; i++) // by index, without a closure over type
        {
            if (words[i].Entry.Type == type)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the event noun at <paramref name="i"/> is the object of a verb of requesting or threatening ("urged talks",
    /// "calling for an immediate Syrian withdrawal", "threatened sanctions"): the guideline codes the request or threat
    /// only. The verb is a few words back, past determiners, modifiers and its "for"; a word the tagger reads as a noun
    /// or one after a determiner counts only before its "for" ("the call for talks", "a request for his arrest": a
    /// request made with a noun, ev-rules2 sitting).
    /// </summary>
    private bool IsRequestedOrThreatened(SentenceView s, int i)
    {
        int reach = MaxRequestedReach;
        for (int k = i - 1; k >= 0 && i - k <= reach; k--)
        {
            var w = s.Lower(k);
            if (w == "and" && reach == MaxRequestedReach)
            {
                reach = i - k + MaxRequestedReach; // "called for enhanced diplomacy and the withdrawal of": the first content's reach again
            }

            if (_lexicon.Triggers.TryGetValue(w, out var words) && words.Any(t => t.Form != TriggerForm.Noun && t.Entry.Type is EventType.Request or EventType.Threaten && !t.Entry.NeedsInfinitive)
                && s.Tag(k) is PartOfSpeech.VB or PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.VBG or PartOfSpeech.VBN && !(k > 0 && (Determiners.Contains(s.Lower(k - 1)) || s.Lower(k - 1) == "'s")))
            {
                return true;
            }

            // "the call for Iliescu's impeachment", "calls for the expulsion of": a request made with a noun is content too
            if (words is not null && k + 1 < s.Count && s.Lower(k + 1) == "for" && words.Any(t => t.Form != TriggerForm.Noun && t.Entry.Type == EventType.Request && !t.Entry.NeedsInfinitive))
            {
                return true;
            }

            if (!(w is "for" or "and" || Determiners.Contains(w) || Quantifiers.Contains(w) || s.IsNumber(k) || NounContext.Contains(w) || s.Tag(k) is PartOfSpeech.JJ or PartOfSpeech.RB || (s.IsWord(k) && !s.IsCapitalized(k) && IsNounAt(s, k) && !TriggerOpensAt(s, k) && s.Tag(k) is PartOfSpeech.NN or PartOfSpeech.NNS or PartOfSpeech.JJ) || s.MentionAt(k) >= 0 && s.MentionLabel(s.MentionAt(k)) == EntityLabel.Norp))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the event noun at <paramref name="i"/> is the object of a base verb in the "to"-infinitive a verb of
    /// requesting takes after the one asked: the request's content, not coded (the guideline's embedded actions: "called
    /// on Israel and its allies to agree to an immediate ceasefire", "called on the factions to hold peace talks"). The
    /// base verb is a light verb (event-light-verbs.txt: hold, join, attend, sign, launch …) or one of agreeing; a verb
    /// that stops an action ("to end their protests", "to halt its harassment") names it as real, and the train gold codes
    /// it. The noun phrase is read back over determiners, possessives, adjectives, numbers and quotes; the verb's "to"
    /// preposition ("agree to") is passed; the asked over names, pronouns, people nouns, determiners and "and", at least
    /// one word and at most <see cref="MaxDirectiveObject"/>.
    /// </summary>
    private bool IsRequestedInfinitiveObject(SentenceView s, int i)
    {
        int k = i - 1;
        while (k >= 0 && i - k <= MaxRequestedReach && (Determiners.Contains(s.Lower(k)) || Quantifiers.Contains(s.Lower(k)) || s.IsNumber(k) || IsQuote(s.Lower(k))
            || s.Tag(k) is PartOfSpeech.JJ || (s.IsWord(k) && !s.IsCapitalized(k) && !TriggerOpensAt(s, k) && s.Tag(k) is PartOfSpeech.NN)))
        {
            k--;
        }

        if (k >= 1 && s.Lower(k) == "to" && s.Tag(k - 1) == PartOfSpeech.VB)
        {
            k--; // "to agree to an immediate ceasefire": the verb's own "to"
        }

        if (k < 2 || s.Tag(k) != PartOfSpeech.VB || !(_lexicon.LightVerbs.Contains(s.Lower(k)) || IsTriggerVerb(s, k, EventType.Agree)))
        {
            return false; // "called on supporters to end their protests": stopping an action names it as real, coded
        }

        k--;
        while (k >= 0 && IsQuote(s.Lower(k)))
        {
            k--;
        }

        if (k >= 1 && s.Lower(k) is "and" or "or" or "," && CoordinatedInfinitiveTo(s, k + 1) is { } first)
        {
            k = first; // "called on Chinese authorities to release detained demonstrators and hold talks with the Dalai Lama"
        }

        if (k < 1 || s.Lower(k) != "to")
        {
            return false;
        }

        for (int j = k - 1; j >= 0 && k - j <= MaxDirectiveObject + 1; j--)
        {
            var w = s.Lower(j);
            if (j < k - 1 && IsTriggerVerb(s, j, EventType.Request) && s.Tag(j) is PartOfSpeech.VB or PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.VBG or PartOfSpeech.VBN)
            {
                return true;
            }

            if (j < k - 1 && w is "on" or "upon" && j >= 1 && IsTriggerVerb(s, j - 1, EventType.Request))
            {
                return true; // "call on X to"
            }

            if (!(s.MentionAt(j) >= 0 || s.IsCapitalized(j) || Pronouns.Contains(w) || w is "and" or "," || Determiners.Contains(w) || _lexicon.IsActorNoun(w) || s.Tag(j) == PartOfSpeech.JJ))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsQuote(string w) => w is "\"" or "“" or "”" or "'" or "‘" or "’" or "``" or "''";

    /// <summary>
    /// Whether the event noun at <paramref name="i"/> is only what an accusation charges someone with: after a verb of
    /// accusing and its "for" or "of" ("blamed for cross-border attacks", "blamed Mr. Maskhadov for numerous terrorist
    /// attacks", "blamed the rebels for attacks", "suspected of planning terror attacks"; the accused read over names,
    /// pronouns, determiners, adjectives and people nouns), with no "the" before it (the guideline's embedded actions; the
    /// train gold codes "blamed … for the attack" as an event of its own, an indefinite or plural one not).
    /// </summary>
    private bool IsAccusedOf(SentenceView s, int i)
    {
        for (int k = i - 1; k >= 1 && i - k <= MaxRequestedReach; k--)
        {
            var w = s.Lower(k);
            if (w is "for" or "of")
            {
                for (int j = k - 1; j >= 0 && k - j <= MaxAccusedReach; j--)
                {
                    if (IsTriggerVerb(s, j, EventType.Accuse) && s.Tag(j) is PartOfSpeech.VB or PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.VBG or PartOfSpeech.VBN)
                    {
                        return true;
                    }

                    if (!(s.MentionAt(j) >= 0 || s.IsCapitalized(j) || Pronouns.Contains(s.Lower(j)) || s.Lower(j) is "and" or "," || Determiners.Contains(s.Lower(j)) || _lexicon.IsActorNoun(s.Lower(j)) || s.Tag(j) == PartOfSpeech.JJ))
                    {
                        return false;
                    }
                }

                return false;
            }

            bool gerund = s.Tag(k) == PartOfSpeech.VBG && s.Lower(k - 1) is "for" or "of";
            bool particle = w is "out" && k >= 2 && s.Tag(k - 1) == PartOfSpeech.VBG;
            if (w == "the" || !(gerund || particle || w is "a" or "an" or "such" or "-" || Quantifiers.Contains(w) || s.IsNumber(k) || s.Tag(k) is PartOfSpeech.JJ or PartOfSpeech.RB
                || (s.IsWord(k) && !s.IsCapitalized(k) && !TriggerOpensAt(s, k) && s.Tag(k) is PartOfSpeech.NN or PartOfSpeech.NNS)
                || s.MentionAt(k) >= 0 && s.MentionLabel(s.MentionAt(k)) == EntityLabel.Norp))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the meeting noun at <paramref name="i"/> is what a verb of event-exit-verbs.txt leaves or refuses, a few
    /// words back over determiners, adjectives, numbers, lower-case modifiers and "from" ("boycott international
    /// disarmament talks", "withdrawing from negotiations", "abandoning the talks").
    /// </summary>
    private bool IsLeftOrRefused(SentenceView s, int i)
    {
        for (int k = i - 1; k >= 0 && i - k <= MaxRequestedReach; k--)
        {
            var w = s.Lower(k);
            if (_lexicon.ExitVerbs.Contains(w))
            {
                return true;
            }

            if (!(w == "from" || Determiners.Contains(w) || s.IsNumber(k) || s.Tag(k) is PartOfSpeech.JJ or PartOfSpeech.RB || (s.IsWord(k) && !s.IsCapitalized(k) && s.Tag(k) is PartOfSpeech.NN or PartOfSpeech.NNS)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>At most this many words from the "for" or "of" of an accusation back to its verb ("blamed Mr. Maskhadov for").</summary>
    private const int MaxAccusedReach = 5;

    /// <summary>At most this many words from a verb of requesting or threatening to the event noun it takes ("calling for an immediate Syrian withdrawal").</summary>
    private const int MaxRequestedReach = 5;
    private const int MaxConcludeReach = 4; // words from a deal to its concluding participle ("the accord, which was announced": 4)
    private const int MaxMandativeReach = 10; // words from a request's "that" to its clause's base verb ("demanding that any CNN reporters embedded with U.S. forces in Iraq be expelled": 9)
    private const int MaxDirectiveObject = 6; // words of a directive verb's object before its "to" (longest on train: "told his security forces to use", 3)
    private const int MaxAgentPhrase = 6; // words of an agent noun's phrase before it ("the casino mogul and RJC backer", 5)

    /// <summary>
    /// The "to" of the infinitive a base verb at <paramref name="i"/> is coordinated with ("to release detained
    /// demonstrators and hold talks", "to halt activities …, ratify the Kyoto Protocol, withdraw U.S. troops"): "and",
    /// "or" or a comma right before it, then back over the first infinitive's words to "to" and a base verb, no finite
    /// verb, relative pronoun or other punctuation between; null when there is none.
    /// </summary>
    private static int? CoordinatedInfinitiveTo(SentenceView s, int i)
    {
        if (i < 3 || s.Lower(i - 1) is not ("and" or "or" or ","))
        {
            return null;
        }

        for (int k = i - 2; k >= 0 && i - k <= MaxCoordinatedInfinitive && (s.IsWord(k) || s.Lower(k) is "," or "'s" or "-") && !IsFiniteVerb(s, k) && !Relatives.Contains(s.Lower(k)); k--)
        {
            if (s.Lower(k) == "to" && k + 1 < i - 1 && s.Tag(k + 1) == PartOfSpeech.VB)
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>At most this many words from a coordinated base verb back to the first infinitive's "to" ("to halt activities that hurt the environment, ratify": 10).</summary>
    private const int MaxCoordinatedInfinitive = 14;

    /// <summary>
    /// Whether the base verb at <paramref name="i"/>, with its subject ending at <paramref name="left"/>, is the clause
    /// of a verb of requesting right before that subject, its "that" left out ("demanded Germany withdraw its troops",
    /// "recommended the United States troops in Iraq withdraw", "urging its citizens not travel to Iraq"): the request's
    /// content (docs/events.md, "Embedded actions"). The subject stands right before the verb (or "not"): "warned his
    /// country will abandon", "urged a delegation set to visit" are no such clause.
    /// </summary>
    private bool IsBareMandative(SentenceView s, int i, int left)
    {
        if (s.Tag(i) is not (PartOfSpeech.VB or PartOfSpeech.VBP) || !(left == i - 1 || left == i - 2 && s.Lower(i - 1) == "not") || left < 1 || SubjectActors(s, left) is not [{ IsActor: true }, ..] subjects)
        {
            return false;
        }

        int verb = subjects.Min(a => a.First) - 1;
        while (verb >= 0 && Determiners.Contains(s.Lower(verb)))
        {
            verb--; // "recommended the United States troops in Iraq withdraw"
        }

        if (verb < 0)
        {
            return false;
        }

        return IsTriggerVerb(s, verb, EventType.Request) && !_lexicon.IsNotTrigger(s, verb, EventType.Request)
            && s.Tag(verb) is PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.VBN or PartOfSpeech.VBG;
    }

    /// <summary>
    /// The "of" after event nouns coordinated with the noun ending before <paramref name="after"/> ("the kidnapping and
    /// murder of", "the arrest, the conviction and the punishment of its perpetrators"): the phrase is every conjunct's
    /// (ev-actors9 sitting). Only determiners, commas, "and"/"or" and event nouns between; null when none.
    /// </summary>
    private int? SharedOfAfterCoordinatedNouns(SentenceView s, int after)
    {
        if (after >= s.Count || s.Lower(after) is not ("and" or "or" or ","))
        {
            return null;
        }

        bool noun = false;
        for (int j = after; j < s.Count && j - after <= MaxSharedOfReach; j++)
        {
            var w = s.Lower(j);
            if (w == "of")
            {
                return noun && s.Lower(j - 1) is not ("and" or "or" or ",") ? j : null;
            }

            if (IsTriggerNoun(s, j))
            {
                noun = true;
            }
            else if (w is not ("and" or "or" or ",") && !Determiners.Contains(w))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>At most this many words from the first "and"/"," to the shared "of" ("and the punishment of": 3; ", the conviction and the punishment of": 6).</summary>
    private const int MaxSharedOfReach = 8;

    private bool IsTriggerNoun(SentenceView s, int k)
        => s.Tag(k) is PartOfSpeech.NN or PartOfSpeech.NNS && HasNounReading(s, k);

    /// <summary>Whether the word at <paramref name="k"/> is listed as an event noun.</summary>
    private bool HasNounReading(SentenceView s, int k)
        => _lexicon.Triggers.TryGetValue(s.Lower(k), out var words) && words.Any(w => w.Form == TriggerForm.Noun);

    private bool IsTriggerVerb(SentenceView s, int k, EventType? type)
    {
        if (!_lexicon.Triggers.TryGetValue(s.Lower(k), out var words))
        {
            return false;
        }

        for (int i = 0; i < words.Count; i++) // by index, without a closure over type
        {
            if (words[i].Form != TriggerForm.Noun && (type is null || words[i].Entry.Type == type))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsEmbeddingTrigger(SentenceView s, int k)
        => _lexicon.Triggers.TryGetValue(s.Lower(k), out var words)
            && words.Any(w => w.Form != TriggerForm.Noun && w.Entry.Type is EventType.Request or EventType.Threaten or EventType.Accuse or EventType.Reject);

    /// <summary>
    /// "two soldiers have been killed and three others wounded in a firefight": a participle ending at
    /// <paramref name="last"/> after "and" and a noun phrase ending at <paramref name="left"/>, with no object, shares the
    /// passive of the participle before the "and" (the auxiliary is elided), whatever the tagger reads it as. Found on
    /// unannotated train-document sentences. One test for the trigger's own voice and for the clause verb whose adjunct
    /// holds a "with" noun (<see cref="AdjunctClauseVerb"/>: the elided passive's subject is no party).
    /// </summary>
    private bool IsElidedPassive(SentenceView s, int left, int last)
    {
        if (left < 2 || !NoObjectAfter(s, last) || ActorEndingAt(s, left) is not { IsActor: true } group || group.First < 2)
        {
            return false;
        }

        int conjunction = group.First - 1;
        while (conjunction > 0 && (s.IsNumber(conjunction) || Quantifiers.Contains(s.Lower(conjunction))))
        {
            conjunction--;
        }

        return s.Lower(conjunction) == "and" && PassiveParticipleBefore(s, conjunction) is not null;
    }

    /// <summary>
    /// "three policemen have been killed and seven others wounded", "600 people captured in Afghanistan": a participle the
    /// tagger reads as VBN (not VBD), with no object after it and no form of "have" before it, is a passive, elliptical
    /// or a reduced relative, so the words before it are what it happened to. Found on unannotated train-document
    /// sentences, where such participles made their victims the source; the object test keeps verbs joined by "and"
    /// that the tagger also reads as VBN ("killed two and detained others") active.
    /// </summary>
    private static bool IsBareParticiple(SentenceView s, int i, int last, TriggerEntry entry)
    {
        if (s.Tag(i) != PartOfSpeech.VBN || !NoObjectAfter(s, last) || s.Lower(last + 1) == "at" && entry.Prepositions.Contains("at"))
        {
            // "security forces shot at the demonstrators": the tagger's VBN with its target after "at" (a preposition the
            // entry takes its target by) is the active verb (ev-actors3 sitting); "were repeatedly shot at" is a passive by
            // its auxiliary, not by this test; "people rallied at Freedom Plaza" stays as it was
            return false;
        }

        int k = i - 1;
        while (k >= 0 && s.Tag(k) == PartOfSpeech.RB)
        {
            k--;
        }

        return k < 0 || !HaveForms.Contains(s.Lower(k));
    }

    /// <summary>
    /// "an Afghan soldier was killed and five others wounded": a participle right after the subject of a second clause
    /// joined by "and" to a passive clause shares its auxiliary (the gapped "were").
    /// </summary>
    private bool IsGappedPassive(SentenceView s, int i)
    {
        if (i < 4 || s.Tag(i) is PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP || ActorEndingAt(s, i - 1) is not { IsActor: true, Kind: not ActorKind.Pronoun } subject)
        {
            return false;
        }

        int c = ConjunctStart(s, subject.First);
        return c >= 3 && s.Lower(c - 1) == "and" && s.Tag(c - 2) == PartOfSpeech.VBN && IsPassiveAuxiliary(s, c - 3);
    }

    /// <summary>
    /// Whether the clause after an actor ending at <paramref name="last"/> is passive: a participle within
    /// <see cref="MaxPassiveReach"/> words after a form of "be" ("Khashoggi was slain", "he was physically abused", "the
    /// maneuver is being orchestrated"), before any other finite verb.
    /// </summary>
    private bool PassiveAfter(SentenceView s, int last)
    {
        for (int k = last + 2; k < s.Count && k - last <= MaxPassiveReach; k++)
        {
            if (s.Tag(k) == PartOfSpeech.VBN)
            {
                return IsPassiveAuxiliary(s, k - 1);
            }

            if (s.Tag(k) is PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP && !BeForms.Contains(s.Lower(k)))
            {
                return false;
            }
        }

        return false;
    }

    private bool IsPassiveAuxiliary(SentenceView s, int j)
    {
        // adverbs between the auxiliary and the participle: "have been slightly wounded", "was later released"; a
        // participle of reporting: "have been reported killed", "were believed kidnapped"
        while (j >= 0 && (s.Lower(j) is "also" or "reportedly" or "allegedly" or "not" or "being" or "been" or "already" or "later" or "recently" || s.Tag(j) == PartOfSpeech.RB || _lexicon.ReportParticiples.Contains(s.Lower(j))))
        {
            if (s.Lower(j) is "being" or "been")
            {
                return true;
            }

            j--;
        }

        return j >= 0 && BeForms.Contains(s.Lower(j));
    }

    /// <summary>
    /// The passive participle a participle after "and" is joined to ("was burned and tortured", "was abducted in Niger in
    /// April and later killed"): the nearest participle after a form of "be" within the clause, a few words back.
    /// </summary>
    private int? PassiveParticipleBefore(SentenceView s, int conjunction)
    {
        for (int k = conjunction - 1; k >= 1 && conjunction - k <= MaxPassiveReach; k--)
        {
            var w = s.Lower(k);
            if (!s.IsWord(k) || w is "and" or "but" or "or" or "who" or "which" or "that")
            {
                return null;
            }

            if (PassiveListStart(s, k) is { } start)
            {
                return start; // "being shot, beaten and tortured": the list's first participle, after the auxiliary
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a verb of asking ending at <paramref name="last"/> asks a question of its addressee: within
    /// <see cref="MaxQuestionAddresseeReach"/> words after it, before any verb, "to", "for" or punctuation, a word of
    /// Data/event-question-cues.txt ("asked our followers which", "asked the contender if", "asked the prime minister
    /// questions"); "asked a group of experts to rank", "asked Israel for help" stay requests.
    /// </summary>
    private bool AsksQuestion(SentenceView s, int last)
    {
        for (int k = last + 1; k < s.Count && k - last <= MaxQuestionAddresseeReach; k++)
        {
            var w = s.Lower(k);
            if (_lexicon.QuestionCues.Contains(w))
            {
                // right after the verb the sense filters decide ("asked whether", "asked about"); "asked Ratnamma aunty if he
                // could marry me", "asked a man if he were willing to help": permission or help asked for, a request
                return k > last + 1 && !(w is "if" or "whether" && AsksLeave(s, k + 1));
            }

            if (!s.IsWord(k) || w is "to" or "for" or "that" || s.Tag(k).IsVerb())
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A modal ("could", "would", "may") or "willing" within the next three words: what "if" asks is leave or help.</summary>
    private static bool AsksLeave(SentenceView s, int from)
    {
        for (int k = from; k < s.Count && k - from < 3; k++)
        {
            if (s.Tag(k) == PartOfSpeech.MD || s.Lower(k) == "willing")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>At most this many words from a verb of asking to the question word after its addressee ("the 2016 Democratic White House contender if": 6).</summary>
    private const int MaxQuestionAddresseeReach = 7;

    private bool LooksParticiple(SentenceView s, int k)
    {
        var w = s.Lower(k);
        return (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal) || _lexicon.Triggers.TryGetValue(w, out var forms) && forms.Any(f => f.Form == TriggerForm.PastParticiple)) && s.MentionAt(k) < 0;
    }

    /// <summary>
    /// The first participle of a passive list that ends with the participle at <paramref name="k"/>: back over
    /// ", participle" pairs (at most <see cref="MaxListedParticiples"/>) to one right after a form of "be" ("are beaten,
    /// chained, attacked"); null when the list has no passive auxiliary (ev-mends21 sitting, batch a004, train w049).
    /// </summary>
    private int? PassiveListStart(SentenceView s, int k)
    {
        for (int n = 0; n < MaxListedParticiples && k >= 1 && LooksParticiple(s, k); n++)
        {
            if (IsPassiveAuxiliary(s, k - 1))
            {
                return k;
            }

            if (k < 3 || s.Lower(k - 1) != ",")
            {
                return null;
            }

            k -= 2;
        }

        return null;
    }

    /// <summary>At most this many participles in a passive list (the longest read on train and batch 11 has four).</summary>
    private const int MaxListedParticiples = 6;

    /// <summary>
    /// Whether an ASSAULT participle of a passive (or of a passive list) is an act of its own before the harm verb at
    /// <paramref name="next"/>: "he was burned and tortured" codes two events; "was shot and killed" one, the second verb
    /// naming what the first came to (Data/event-harm-outcomes.txt).
    /// </summary>
    private bool IsPassiveHarmBeforeAct(SentenceView s, int i, TriggerWord word, int next)
    {
        if (word.Entry.Type != EventType.Assault || word.Form != TriggerForm.PastParticiple || i < 1
            || !(IsPassiveAuxiliary(s, i - 1) || s.Lower(i - 1) == "," && PassiveListStart(s, i) is not null)
            || !_lexicon.Triggers.TryGetValue(s.Lower(next), out var words))
        {
            return false;
        }

        for (int k = 0; k < words.Count; k++) // by index: no enumerator for the table's list
        {
            if (words[k].Form != TriggerForm.Noun && words[k].Entry.Type == EventType.Assault && _lexicon.HarmOutcomes.Contains(words[k].Entry.Lemma))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// At most this many words back from "and" to the passive participle it joins ("was abducted in Niger in April and
    /// later killed"). Set on unannotated train-document sentences; train event F1 unchanged from 4 to 8.
    /// </summary>
    private const int MaxPassiveReach = 8;

    private static int? NextWord(SentenceView s, int from, int within)
    {
        for (int k = from; k < s.Count && k < from + within; k++)
        {
            if (s.IsWord(k))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// An assault announced as a threat (docs/events.md, THREATEN: "vow to retaliate"): after a verb of vowing and "to" a
    /// few words before ("vowed to intensify its attacks", Data/event-threat-cues.txt), or after "would"/"will" with a
    /// condition after it ("they would kill him if their demands were not met", "would kill her unless …"). Read from
    /// batch c and the train split of eval/events.
    /// </summary>
    private bool IsThreatened(SentenceView s, int i, int last)
    {
        for (int k = Math.Max(0, i - MaxThreatCueReach); k < i - 1; k++)
        {
            if (_lexicon.ThreatCues.Contains(s.Lower(k)) && s.Lower(k + 1) == "to")
            {
                return true;
            }
        }

        if (i < 1 || s.Lower(i - 1) is not ("would" or "will"))
        {
            return false;
        }

        for (int k = last + 1; k < s.Count; k++)
        {
            if (s.Lower(k) is "if" or "unless")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Who a threat whose verb names no one threatens, read from its content (ev-actors8 sitting): the object of the
    /// threatened action ("threatened to evict them", "threatened to kill the hostages"), else the subject of an active
    /// "if"/"unless" clause the threat hangs on ("threatened to take military action if the United States deploys",
    /// "is warning it will take retaliatory steps if any country deploys"), unless the action takes no object ("threatened
    /// to resign if voters reject it"); null when neither is an actor.
    /// </summary>
    private List<Actor>? ThreatenedInContent(SentenceView s, int last)
    {
        // a bare singular noun is a mass noun, no group: "threatened to use force"
        if (s.Lower(last + 1) == "to" && s.Tag(last + 2) == PartOfSpeech.VB && ObjectActors(s, last + 3, EmptyPrepositions, direct: true).FindAll(a => a.IsActor && !(a.Kind == ActorKind.Group && a.First == a.Last && a.First == last + 3 && s.Tag(a.First) == PartOfSpeech.NN)) is [_, ..] done)
        {
            return done;
        }

        if (s.Lower(last + 1) == "to" && s.Tag(last + 2) == PartOfSpeech.VB && (!s.IsWord(last + 3) || s.Lower(last + 3) is "if" or "unless"))
        {
            return null; // "threatened to resign if voters reject it": a threat of no action on anyone (d182)
        }

        for (int k = last + 1; k < s.Count - 1 && k - last <= MaxThreatConditionReach; k++)
        {
            var w = s.Lower(k);
            if (w is ";" or ":" or "." || (w == "," && s.Lower(k + 1) is not ("if" or "unless")))
            {
                return null;
            }

            if (w is "if" or "unless")
            {
                if (ActorStartingAt(s, k + 1) is not { IsActor: true } party)
                {
                    return null;
                }

                int verb = party.Last + 1;
                while (s.Tag(verb) == PartOfSpeech.RB)
                {
                    verb++; // "if Taiwan formally declares"
                }

                return IsFiniteVerb(s, verb) && !BeForms.Contains(s.Lower(verb)) ? [party] : null;
            }
        }

        return null;
    }

    /// <summary>
    /// At most this many words from a threat's verb to the "if" of its condition ("threatened to take military action if":
    /// 5; "is warning it will take retaliatory steps if": 7).
    /// </summary>
    private const int MaxThreatConditionReach = 10;

    /// <summary>
    /// Whether the clause after a warning verb threatens action (docs/events.md, THREATEN: "warn of action"): within
    /// <see cref="MaxWarningReach"/> words after it, "will", "would" or "won't" and, at most
    /// <see cref="MaxWarningThreatReach"/> words on, a punitive word (Data/event-warning-threats.txt): "warned that they
    /// will confront any protests", "is warning it will take retaliatory steps". Read from the train split of eval/events.
    /// Or an action of a personal pronoun's that hangs on a condition (<see cref="ConditionalAction"/>): "warned Tehran
    /// that they would support referring Iran … if", "are warning that they won't stick around if they don't get paid".
    /// </summary>
    private bool WarnsOfAction(SentenceView s, int last)
    {
        for (int k = last + 1; k < s.Count && k <= last + MaxWarningReach; k++)
        {
            if (s.Lower(k) is not ("will" or "would" or "wo"))
            {
                continue;
            }

            if (ConditionalAction(s, k))
            {
                return true;
            }

            for (int j = k + 1; j < s.Count && j <= k + MaxWarningThreatReach; j++)
            {
                if (_lexicon.WarningThreats.Contains(s.Lower(j)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the "will"/"would"/"won't" at <paramref name="will"/> has a personal pronoun other than "it" as its subject
    /// and an action verb (not "be" nor "have": "they would be killed if" is a forecast) after it, and an "if" or "unless"
    /// within <see cref="MaxWarningConditionReach"/> words, in the same clause: an action promised on a condition, a
    /// threat ("they will curtail funding … unless", VOA). Not "it" ("it would be a mistake if").
    /// </summary>
    private static bool ConditionalAction(SentenceView s, int will)
    {
        if (will < 1 || !SubjectPronouns.Contains(s.Lower(will - 1)) || s.Lower(will - 1) == "it")
        {
            return false;
        }

        int verb = will + 1;
        while (verb < s.Count && s.Lower(verb) is "n't" or "not")
        {
            verb++;
        }

        if (verb >= s.Count || !s.Tag(verb).IsVerb() || BeForms.Contains(s.Lower(verb)) || s.Lower(verb) is "have" or "be")
        {
            return false;
        }

        for (int k = verb + 1; k < s.Count && k - will <= MaxWarningConditionReach; k++)
        {
            var w = s.Lower(k);
            if (w is "if" or "unless")
            {
                return true;
            }

            if (w is ";" or ":" or "." or "," or "but" or "and" && !(w == "and" && k + 1 < s.Count && s.Tag(k + 1).IsVerb()))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// At most this many words from the "will" of a warning's clause to the "if" of its condition ("would support
    /// referring Iran to the United Nations Security Council for possible sanctions if": 13). Set on the train split of
    /// eval/events.
    /// </summary>
    private const int MaxWarningConditionReach = 14;

    /// <summary>Whether the trigger is a warning verb coded as a threat (<see cref="WarnsOfAction"/>).</summary>
    private bool IsWarningThreat(SentenceView s, int i, TriggerWord word)
        => word.Entry.Type == EventType.Threaten && _lexicon.WarningVerbs.Contains(s.Lower(i));

    /// <summary>
    /// At most this many words from a warning verb to the "will" of its clause ("warned countries opposed to Tehran's
    /// nuclear program that they will": 10; "warning that those promoting violence and political instability in the
    /// country will": 11). Set on the train split of eval/events.
    /// </summary>
    private const int MaxWarningReach = 12;

    /// <summary>
    /// At most this many words from the "will" of a warning's clause to its punitive word (longest on train: "will be
    /// held directly accountable", 4). Set on the train split of eval/events.
    /// </summary>
    private const int MaxWarningThreatReach = 6;

    /// <summary>
    /// Whether an assault verb names a verbal attack (the guideline: "verbal attacks are ACCUSE, not ASSAULT"): its lemma
    /// is one of Data/event-verbal-assaults.txt ("attack") and a word of speech or debate (Data/event-speech-cues.txt)
    /// stands within <see cref="MaxSpeechCueReach"/> words of it ("attacked Biden during Democratic debates"); "calling"
    /// not before "itself" ("a group calling itself …").
    /// </summary>
    private bool IsVerbalAttack(SentenceView s, string lemma, int i, int last)
    {
        if (!_lexicon.VerbalAssaults.Contains(lemma))
        {
            return false;
        }

        if (ReasonGerundAfter(s, last))
        {
            return true; // "attacked GOP voters, lawmakers, and thinkers for opposing mass migration policies": blamed for what they do
        }

        if (AttacksVerbalObject(s, last))
        {
            return true; // "attacked his policies": what is attacked is what someone says or stands for
        }

        for (int k = Math.Max(0, i - MaxSpeechCueReach); k < s.Count && k <= last + MaxSpeechCueReach; k++)
        {
            if ((k < i || k > last) && _lexicon.SpeechCues.Contains(s.Lower(k)) && s.Lower(k + 1) is not ("itself" or "themselves" or "himself"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an attack (a lemma of Data/event-verbal-assaults.txt) is made by one named person or a personal pronoun on
    /// others of the kind ("Trump also attacked Hillary Clinton and Marco Rubio", "Trump's attack on Carson", "Khizr Khan
    /// had attacked him"): on political news a person who attacks a named person attacks in words (the guideline: verbal
    /// attacks are ACCUSE). Not a group, a force or a country on either side ("militants attacked President Karzai",
    /// "the attack on Shahid Anwar" with no attacker read), nor "they", nor with an instrument after the attacked ("the
    /// actor attacked him with a tub of baked beans", VOA) (ev-mends11 sitting). With
    /// <paramref name="attackerUnread"/> (an active verb: "by attacking Bill Clinton", "attacking Trump"), an attack with no
    /// attacker read is verbal too when the attacked are persons; not an attack noun ("the attack on Shahid Anwar", a
    /// journalist beaten) nor a passive ("Bhutto was attacked") (ev-mends12 sitting).
    /// </summary>
    private bool AttackBetweenPeople(SentenceView s, string lemma, List<Actor> sources, List<Actor> targets, bool attackerUnread = false)
        => _lexicon.VerbalAssaults.Contains(lemma)
           && (sources.Exists(a => a.IsActor) || attackerUnread) && sources.TrueForAll(a => !a.IsActor || IsNamedPerson(s, a))
           && targets.Exists(a => a.IsActor) && targets.TrueForAll(a => !a.IsActor || IsNamedPerson(s, a))
           && s.Lower(targets.Max(a => a.Last) + 1) != "with";

    /// <summary>
    /// One person: a person's name, "he", "she", "him", "her", "I", "me", "you", or a singular title of
    /// Data/role-words.txt ("the pope", "the senator").
    /// </summary>
    private static bool IsNamedPerson(SentenceView s, Actor a)
        => a.Kind switch
        {
            ActorKind.Pronoun => IndividualPronouns.Contains(s.Lower(a.Last)),
            ActorKind.Entity => s.MentionAt(a.Last) >= 0 && s.MentionLabel(s.MentionAt(a.Last)) == EntityLabel.Person,
            ActorKind.Group => s.MentionAt(a.Last) < 0 && s.Tag(a.Last) == PartOfSpeech.NN && Dateline.Language.Entities.RoleWords.Default.IsHead(s.Lower(a.Last)),
            _ => false,
        };

    /// <summary>
    /// The last word of the subject of "be" before the infinitive "to" at <paramref name="to"/> ("Intel is n't wholly
    /// to": past adverbs and negation), or null when no form of "be" stands there.
    /// </summary>
    private static int? BeToSubjectEnd(SentenceView s, int to)
    {
        if (to < 2 || s.Lower(to) != "to")
        {
            return null;
        }

        int k = to - 1;
        while (k >= 1 && to - k <= 3 && (s.Tag(k) is PartOfSpeech.RB && !s.IsCapitalized(k) || s.Lower(k) is "not" or "n't"))
        {
            k--;
        }

        return k >= 1 && BeForms.Contains(s.Lower(k)) && s.Lower(k) is not ("be" or "been" or "being" or "get" or "got" or "gets" or "getting") ? k - 1 : null;
    }

    /// <summary>The speakers of the reported clause the word at <paramref name="i"/> lies in ("Sun, Hewlett-Packard and others say …"), or none.</summary>
    private List<Actor> ReportSpeakers(SentenceView s, int i)
    {
        foreach (var clause in s.Reported)
        {
            if (clause.First <= i && i <= clause.Last && MainSubjectEnd(s, clause.First) is >= 0 and var end && end <= clause.SpeakerLast)
            {
                return Actors(SubjectActors(s, end));
            }
        }

        return [];
    }

    /// <summary>
    /// Whether the object of an attack (after the verb, or after a noun's "on"/"against") has for its head a word of
    /// Data/event-verbal-objects.txt: what a person says, stands for or is ("attacks on her record", "attacked the
    /// senator's policies"); a modifier is no head ("the record label's offices").
    /// </summary>
    private bool AttacksVerbalObject(SentenceView s, int last)
    {
        int k = last + 1;
        if (k < s.Count && s.Lower(k) is "on" or "against")
        {
            k++;
        }

        for (int start = k; k < s.Count && k - start < MaxVerbalObjectReach && (s.IsWord(k) || s.Lower(k) == "'s") && !s.Tag(k).IsVerb() && s.Lower(k) is not ("of" or "as" or "in" or "on" or "for" or "from" or "with" or "by" or "at"); k++)
        {
            if (_lexicon.VerbalObjects.Contains(s.Lower(k)) && s.Tag(k) is PartOfSpeech.NN or PartOfSpeech.NNS && !(k + 1 < s.Count && (s.Tag(k + 1) is PartOfSpeech.NN or PartOfSpeech.NNS or PartOfSpeech.POS || s.Lower(k + 1) == "'s")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an attack noun's own phrase says the attack is made in words (ev-mends15 sitting): an adjective of
    /// Data/event-verbal-attack-modifiers.txt before it, past other adjectives ("sharp attacks on Washington elites"); the
    /// head its bare "of" hangs on ("this line of attack on Obama", "a mode of attack"); or a speech noun of
    /// Data/event-speech-cues.txt heading its "in", "from" or "during" phrase past its "on"/"against" object ("direct
    /// attacks on Bernie Sanders from her stump speech"). The phrase ends at a comma, a verb or another preposition.
    /// </summary>
    private bool VerbalAttackPhrase(SentenceView s, int i, int last)
    {
        for (int k = i - 1; k >= 0 && i - k <= MaxAdjectivesBeforeEventNoun; k--)
        {
            // a word of the list the tagger reads as a participle or a noun modifies as well ("withering/VBG attacks")
            if (_lexicon.VerbalAttackModifiers.Contains(s.Lower(k)) && s.Tag(k) is PartOfSpeech.JJ or PartOfSpeech.JJR or PartOfSpeech.JJS or PartOfSpeech.VBG or PartOfSpeech.VBN or PartOfSpeech.NN)
            {
                return true;
            }

            if (s.Tag(k) is not (PartOfSpeech.JJ or PartOfSpeech.JJR or PartOfSpeech.JJS))
            {
                break; // other adjectives only stand between
            }
        }

        if (i >= 2 && s.Lower(i - 1) == "of" && s.Tag(i - 2) is PartOfSpeech.NN or PartOfSpeech.NNS && _lexicon.VerbalAttackModifiers.Contains(s.Lower(i - 2)))
        {
            return true;
        }

        int k2 = last + 1;
        if (k2 < s.Count && s.Lower(k2) is "on" or "against")
        {
            k2++;
            while (k2 < s.Count && k2 - last <= MaxVerbalObjectReach && s.IsWord(k2) && !s.Tag(k2).IsVerb() && s.Tag(k2) != PartOfSpeech.IN)
            {
                k2++;
            }
        }

        if (k2 + 1 < s.Count && s.Lower(k2) is "in" or "from" or "during")
        {
            for (int k = k2 + 1; k < s.Count && k - k2 <= MaxVerbalObjectReach && (s.IsWord(k) || s.Lower(k) == "'s") && !s.Tag(k).IsVerb() && s.Tag(k) != PartOfSpeech.IN; k++)
            {
                if (_lexicon.SpeechCues.Contains(s.Lower(k)) && s.Tag(k) is PartOfSpeech.NN or PartOfSpeech.NNS && !(k + 1 < s.Count && s.Tag(k + 1) is PartOfSpeech.NN or PartOfSpeech.NNS))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// At most this many words from an attack (or its "on") to the head of its object ("the president 's foreign policy
    /// record": 6). Set on batch u and train.
    /// </summary>
    private const int MaxVerbalObjectReach = 6;

    /// <summary>
    /// At most this many words between an attack verb and the word of speech that makes it verbal ("attacked the
    /// impeachment inquiry, with Steve Scalise of Louisiana calling": 10). Set on the train split (batches a-p, q, s).
    /// </summary>
    private const int MaxSpeechCueReach = 10;

    /// <summary>
    /// At most this many words from a verb of vowing to the assault it announces ("vowed to intensify its attacks": 4).
    /// Set on the train split of eval/events (batch c).
    /// </summary>
    private const int MaxThreatCueReach = 5;

    private EventMode Mode(SentenceView s, int from, int trigger)
    {
        int start = Math.Max(0, Math.Min(from, trigger - 3));
        var mode = _lexicon.CueMode(s, start, trigger);
        if (mode == EventMode.Negated)
        {
            return mode;
        }

        // "if they withdraw", "whether to attack"
        for (int k = Math.Max(0, trigger - 8); k < trigger; k++)
        {
            if (s.Lower(k) is "if" or "whether" or "unless")
            {
                mode = EventMode.Hypothetical;
            }
        }

        return mode;
    }

    /// <summary>The actors ending at word <paramref name="j"/> (the subject of a verb), with the ones coordinated before them.</summary>
    private List<Actor> SubjectActors(SentenceView s, int j)
    {
        var found = new List<Actor>();
        if (j < 0)
        {
            return found;
        }

        if (ParenthesisOpening(s, j) is { } open && open >= 1 && s.MentionAt(open - 1) >= 0)
        {
            j = open - 1; // "Sen. Heidi Heitkamp (D-N.D.) opposes": the name before its parenthesis
        }

        bool relative = Relatives.Contains(s.Lower(j)) && j > 0;
        if (relative)
        {
            j = s.Lower(j - 1) == "," ? j - 2 : j - 1; // "Hamas, which rules Gaza, attacked" is read from the relative
        }
        else if (s.Lower(j) == "," && j > 0)
        {
            // an apposition or a relative clause between the subject and its verb: "Hamas, the group that …, attacked"
            int k = j - 1;
            while (k >= 0 && s.Lower(k) != ",")
            {
                k--;
            }

            // a relative clause ("Toronto Police, which indicated on Monday …, face") may run longer than an apposition,
            // also one inside an apposition ("Morton Blackwell, the conservative icon who founded … and is …, has endorsed")
            if (k <= 0 || j - k > (HoldsRelative(s, k + 1, j - 1) ? 25 : 12))
            {
                return found;
            }

            // "a Uighur separatist group, the Turkestan Islamic Party, has claimed": the name between the commas
            int named = s.MentionAt(j - 1) >= 0 ? j - 1 - CountMentionWords(s, j - 1) : -1;
            j = named >= 0 && (k == named || (k == named - 1 && s.Lower(named) is "the")) ? j - 1 : k - 1;
        }

        if (j < 0)
        {
            return found;
        }

        if (RelativeClauseHead(s, j) is { } relativeHead)
        {
            j = relativeHead; // "Rebels who had seized the town were attacked": the noun the relative clause hangs on
        }

        if (QuantifierSubjects.Contains(s.Lower(j)) && (j == 0 || ClauseOpeners.Contains(s.Lower(j - 1))))
        {
            return [new Actor(ActorKind.Group, j, j, s.Span(j), null)]; // "but several also urged": a quantifier opening its clause stands for people
        }

        var actor = ActorEndingAt(s, j);
        if (HeadBeforePreposition(s, actor) is { } head)
        {
            actor = head; // "Maoist rebels in Nepal", "an earthquake in Mexico City"
        }

        if (relative && actor.Kind == ActorKind.Group && s.MentionAt(actor.Last) < 0 && NameBeforeApposition(s, actor) is { } described)
        {
            actor = described; // "Robert Mercer, a longtime Club for Growth donor who backs Mr. Cruz": the name the guideline writes
        }

        int amongAt = Determiners.Contains(s.Lower(actor.First - 1)) ? actor.First - 2 : actor.First - 1;
        if (amongAt >= 1 && s.Lower(amongAt) == "among")
        {
            // "Russia was among the foreign powers backing …": the clause's subject acts
            var among = SubjectActors(s, SkipLeft(s, amongAt - 1, out _));
            if (among.Exists(a => a.IsActor))
            {
                return among;
            }
        }

        found.Add(actor);
        if (!actor.IsActor)
        {
            return found;
        }

        // "Egypt, the UAE, Russia and France backed …"
        int first = ModifiedConjunctStart(s, actor.First);
        bool listClosed = false;
        int commaJoined = -1;
        while (first >= 2 && (s.Lower(first - 1) is "and" or "or" or "nor" || (listClosed && s.Lower(first - 1) == ",")))
        {
            listClosed = true;
            int k = first - 2;
            if (s.Lower(k) == ",")
            {
                k--;
            }

            if (k < 0)
            {
                break;
            }

            var more = ActorEndingAt(s, k);
            // a name whose last word names people ("the United States", "Toronto Police") coordinates like any name
            bool named = more.Kind == ActorKind.Entity || (more.Kind == ActorKind.Group && s.MentionAt(more.Last) >= 0);
            // "she and her family": a pronoun and a group joined by "and" are coordinated too
            bool joined = s.Lower(first - 1) is "and" or "or" && more.IsActor && (more.Kind == ActorKind.Pronoun || actor.Kind == ActorKind.Pronoun);
            if (!named && !joined && more.Kind != actor.Kind)
            {
                break;
            }

            if (k < first - 2 && s.Lower(first - 1) == "and" && found.Count == 1 && !(ConjunctStart(s, more.First) is > 0 and var c && s.Lower(c - 1) == ","))
            {
                break; // "driven from their homes in Prijedor, and more than 15,000 were killed": ", and" joins clauses unless it closes a list ("Egypt, the UAE, and Russia")
            }

            if (s.Lower(first - 1) == "," && IsPlaceAfterPreposition(s, more))
            {
                break; // "After meeting in the Nigerian capital Abuja, Obasanjo and …": the comma closes an opening phrase's place
            }

            if (s.Lower(first - 1) == "," && commaJoined < 0)
            {
                commaJoined = found.Count;
            }

            found.Add(more);
            first = ModifiedConjunctStart(s, more.First);
        }

        if (found.Count > 1 && HeadBeforePreposition(s, found[^1]) is { } listHead)
        {
            // "Palestinian residents of the West Bank and Gaza can sue"; but "In recent days in Kandahar Province, a judge and a
            // district administrator were killed": a place joined by a comma, whose preposition hangs on no actor, opened the clause
            return !listHead.IsActor && commaJoined > 0 ? found.GetRange(0, commaJoined) : [listHead];
        }

        return found;
    }

    /// <summary>
    /// The name an apposition describes, when <paramref name="described"/> (with its determiner and lower-case adjectives or nouns,
    /// at most <see cref="MaxAppositionModifiers"/> words) follows a comma right after a named actor ("Robert Mercer, a
    /// longtime Club for Growth donor who backs"); null otherwise (ev-actors-w sitting: w026).
    /// </summary>
    private Actor? NameBeforeApposition(SentenceView s, Actor described)
    {
        int k = described.First - 1;
        while (k >= 1 && described.First - k <= MaxAppositionModifiers && (Determiners.Contains(s.Lower(k)) || !s.IsCapitalized(k) && s.Tag(k) is PartOfSpeech.JJ or PartOfSpeech.NN && s.MentionAt(k) < 0))
        {
            k--;
        }

        if (k < 1 || s.Lower(k) != "," || k == described.First - 1)
        {
            return null;
        }

        var name = ActorEndingAt(s, k - 1);
        return name.Kind == ActorKind.Entity || (name.Kind == ActorKind.Group && s.MentionAt(name.Last) >= 0) ? name : null;
    }

    /// <summary>At most this many words between an apposition's comma and its described noun ("a longtime", "the retired").</summary>
    private const int MaxAppositionModifiers = 3;

    /// <summary>
    /// When the words ending at <paramref name="j"/> close a relative clause without commas ("Rebels who had seized the
    /// town | were attacked"): the last word of the noun phrase the clause hangs on, which is the next verb's subject.
    /// The clause is "who"/"which"/"that" with a finite verb of its own and no comma, a few words back; an actor must
    /// end right before it. Null otherwise ("said that rebels attacked": no verb between "that" and the subject).
    /// </summary>
    private int? RelativeClauseHead(SentenceView s, int j)
    {
        if (j < 2 || !s.IsWord(j) || Relatives.Contains(s.Lower(j)) || Pronouns.Contains(s.Lower(j)))
        {
            return null; // "he was arrested": a pronoun is its verb's own subject
        }

        bool verb = false;
        for (int r = j - 1; r >= 1 && j - r <= MaxRelativeReach; r--)
        {
            var w = s.Lower(r);
            if (!s.IsWord(r) || w is "and" or "but" or "or" || Subordinators.Contains(w))
            {
                return null; // "who died one day after the police arrested …": another clause
            }

            if (Relatives.Contains(w) && s.Tag(r) is PartOfSpeech.WP or PartOfSpeech.WDT)
            {
                return verb && ActorEndingAt(s, r - 1).IsActor ? r - 1 : null;
            }

            if (IsFiniteVerb(s, r))
            {
                if (verb && !_lexicon.Skip.Contains(s.Lower(r + 1)) && !IsFiniteVerb(s, r + 1))
                {
                    return null; // a second clause ("that rebels said they attacked")
                }

                verb = true;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the words between two commas from <paramref name="first"/> to <paramref name="last"/> are a relative
    /// clause ("which indicated on Monday …") or an apposition whose noun phrase a relative clause follows ("the
    /// conservative icon who founded …"): the relative pronoun opens them or follows their first noun phrase.
    /// </summary>
    private static bool HoldsRelative(SentenceView s, int first, int last)
    {
        if (Relatives.Contains(s.Lower(first)))
        {
            return true;
        }

        for (int r = first + 1; r <= last && r - first <= MaxAppositionHead; r++)
        {
            if (Relatives.Contains(s.Lower(r)) && s.Tag(r) is PartOfSpeech.WP or PartOfSpeech.WDT)
            {
                return s.Tag(r - 1) is PartOfSpeech.NN or PartOfSpeech.NNS or PartOfSpeech.NNP or PartOfSpeech.NNPS;
            }

            if (!s.IsWord(r) || s.Tag(r).IsVerb())
            {
                return false; // past the apposition's noun phrase
            }
        }

        return false;
    }

    /// <summary>At most this many words of an apposition's noun phrase before its relative pronoun ("the conservative icon who").</summary>
    private const int MaxAppositionHead = 5;

    /// <summary>At most this many words from a relative pronoun to the end of its clause ("who had seized the town").</summary>
    private const int MaxRelativeReach = 8;

    /// <summary>For an actor read right after "in", "of", "from" … the noun phrase the preposition hangs on, when it is not a thing.</summary>
    private Actor? HeadBeforePreposition(SentenceView s, Actor actor)
    {
        // "Thousands of people in cities across Britain": up to three prepositions back, the first actor; a place read
        // there is no actor ("a suicide bombing outside the headquarters in the city of Mosul killed"), nor is an attack
        var original = actor;
        bool place = s.MentionAt(actor.Last) >= 0 && s.MentionLabel(s.MentionAt(actor.Last)) is EntityLabel.Gpe or EntityLabel.Location;
        for (int hop = 0; hop < 3; hop++)
        {
            // "Officials from 34 nations", "from about 90 countries": past the determiner, number or quantity
            int prep = actor.First - 1;
            while (prep >= 1 && actor.First - prep <= 4 && (Determiners.Contains(s.Lower(prep)) || s.IsNumber(prep) || (Quantifiers.Contains(s.Lower(prep)) && s.Lower(prep) is not ("of" or "to" or "up" or "at" or "over"))))
            {
                prep -= s.Lower(prep) is "least" or "most" && s.Lower(prep - 1) == "at" ? 2 : 1; // "at least" is one quantity
            }

            if (s.Lower(prep) == "of" && prep < actor.First - 1 && !Determiners.Contains(s.Lower(actor.First - 1)))
            {
                prep = actor.First - 1; // "the mother of three militant sons": a number after "of" counts the sons, it is no quantity of the head
            }

            if (hop == 0 && actor.IsActor && prep >= 2 && s.Lower(prep) is "to" or "with" && s.Tag(prep - 1) is PartOfSpeech.JJ or PartOfSpeech.VBN && s.MentionAt(prep - 1) < 0
                && ActorEndingAt(s, prep - 2) is { IsActor: true } described && !Pronouns.Contains(s.Lower(prep - 2)))
            {
                return described; // "Security forces loyal to President Abbas have arrested", "gunmen linked to al-Qaida": the phrase the adjective describes
            }

            if (prep < 1 || s.Lower(prep) is not ("in" or "of" or "from" or "at" or "near" or "for" or "across" or "outside" or "inside"))
            {
                return hop > 0 && place ? original with { Kind = ActorKind.Thing } : null;
            }

            var head = ActorEndingAt(s, prep - 1);
            if (s.Lower(prep) == "of" && actor.IsActor && head.First == head.Last && (Quantifiers.Contains(s.Lower(head.Last)) || QuantifierSubjects.Contains(s.Lower(head.Last))))
            {
                // "Both of his GOP senators supported him", "All of France is under the threat": a quantity of the actor
                // after "of" is no head of its own (ev-actors-w sitting: s021, s089); of a noun no actor list names, the
                // count stands for the people ("three of his companions were killed")
                return hop > 0 && place ? original with { Kind = ActorKind.Thing } : null;
            }

            if (head.Kind == ActorKind.Thing && _lexicon.Triggers.TryGetValue(s.Lower(head.Last), out var words) && words.Any(w => w.Form == TriggerForm.Noun && w.Entry.Type == EventType.Assault))
            {
                return head; // "a series of bombings at a sports facility in Tal Afar killed": the attack, no actor
            }

            if (head.Kind != ActorKind.Thing)
            {
                return head;
            }

            // "in different parts of Baghdad": the thing's own modifiers before the next preposition back
            int first = head.First;
            for (int n = 0; n < 3 && first > 0 && IsNounAt(s, first - 1) && !s.IsCapitalized(first - 1) && s.MentionAt(first - 1) < 0 && !_lexicon.IsActorNoun(s.Lower(first - 1)); n++)
            {
                first--;
            }

            if (first >= 2 && s.Lower(first - 1) == "'s")
            {
                first = ActorEndingAt(s, first - 2).First; // "in Pakistan's southern city of Karachi": past the possessor
            }

            actor = head with { First = first };
        }

        return place ? original with { Kind = ActorKind.Thing } : null;
    }

    /// <summary>The actors of the phrase starting at <paramref name="k"/>: after an entry's preposition or directly, with coordinated ones.</summary>
    private List<Actor> ObjectActors(SentenceView s, int k, IReadOnlySet<string> prepositions, bool direct)
    {
        var found = new List<Actor>();
        if (k < s.Count && prepositions.Contains(s.Lower(k)))
        {
            k++;
        }
        else if (!direct)
        {
            return found;
        }

        bool closed = false;
        while (true)
        {
            var actor = ActorStartingAt(s, k);
            if (actor is not { } a)
            {
                break;
            }

            found.Add(a);
            int next = a.Last + 1;
            if (a.IsActor && s.MentionAt(a.Last) >= 0 && ParenthesisClosing(s, next) is { } close)
            {
                next = close + 1; // "backed both Sen. John McCain (R-AZ) and former mayor Rudy Giuliani": past the name's parenthesis
            }

            if (next + 1 < s.Count && s.Lower(next) is "and" or "or" && IsTriggerVerb(s, next + 1, null) && !IsNounContext(s, next + 1))
            {
                break; // "killing two policemen and wounding three others": the next verb, not a second object
            }

            if (next + 1 < s.Count && (s.Lower(next) is "and" or "or" || (s.Lower(next) == "," && (s.MentionAt(next + 1) >= 0 || s.Lower(next + 1) is "and" or "the"))))
            {
                closed |= s.Lower(next) is "and" or "or" || s.Lower(next + 1) == "and";
                k = s.Lower(next) == "," && s.Lower(next + 1) == "and" ? next + 2 : next + 1;
                if (!a.IsActor)
                {
                    break;
                }

                continue;
            }

            break;
        }

        // "accuse Syria, the main power broker in Lebanon, of": names joined by commas with no "and" are one actor and its apposition
        if (found.Count > 1 && !closed)
        {
            // "blamed on Darfur's main rebel group, the Sudan Liberation Movement": a described actor's apposition that names
            // it is the name the guideline writes
            return [IsNamingApposition(s, found[0], found[1]) ? found[1] : found[0]];
        }

        return found;
    }

    /// <summary>
    /// Whether <paramref name="name"/> is a name set off by a comma right after <paramref name="described"/>, an actor
    /// named by a common noun ("the union's former leader, Shihab al-Tamimi"), and ends there: at a comma, a full stop or
    /// the sentence's end (not "and", which would make a list; not a verb: "In support of her candidacy, Princess
    /// Ubolratana pointed out" is an opening phrase and its clause's subject).
    /// </summary>
    private static bool IsNamingApposition(SentenceView s, Actor described, Actor name)
    {
        if (described.Kind != ActorKind.Group || s.MentionAt(described.Last) >= 0 || !(name.Kind == ActorKind.Entity || (name.Kind == ActorKind.Group && s.MentionAt(name.Last) >= 0)))
        {
            return false;
        }

        int comma = described.Last + 1;
        int start = s.Lower(comma + 1) is "the" ? comma + 2 : comma + 1;
        if (s.Lower(comma) != "," || name.First != start)
        {
            return false;
        }

        int after = name.Last + 1;
        return after >= s.Count || !s.IsWord(after) && s.Lower(after) is "," or "." or ";" or ")";
    }

    /// <summary>
    /// The ")" closing a short parenthesis opened at <paramref name="open"/> ("(R-AZ)", "(D-N.D.)": the party and state
    /// after a lawmaker's name), or null (ev-mends14 sitting: o084, i076, l070).
    /// </summary>
    private static int? ParenthesisClosing(SentenceView s, int open)
    {
        if (open >= s.Count || s.Lower(open) != "(")
        {
            return null;
        }

        for (int k = open + 1; k < s.Count && k - open <= MaxParenthesisWords + 1; k++)
        {
            if (s.Lower(k) == ")")
            {
                return k;
            }

            if (s.Lower(k) == "(")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The "(" of a short parenthesis closed at <paramref name="close"/>, or null (see <see cref="ParenthesisClosing"/>).</summary>
    private static int? ParenthesisOpening(SentenceView s, int close)
    {
        if (close < 0 || s.Lower(close) != ")")
        {
            return null;
        }

        for (int k = close - 1; k >= 0 && close - k <= MaxParenthesisWords + 1; k--)
        {
            if (s.Lower(k) == "(")
            {
                return k;
            }

            if (s.Lower(k) == ")")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// At most this many tokens inside a parenthesis after a name that actor reading steps over ("( R-N.H. )" is one to
    /// three: "R-N.H." may be split at its hyphen). Set on batches x and i (o084, i076, l070).
    /// </summary>
    private const int MaxParenthesisWords = 4;

    private List<Actor> Agent(SentenceView s, int from)
    {
        for (int k = from; k < s.Count && k < from + 3; k++)
        {
            if (s.Lower(k) == "by")
            {
                return ObjectActors(s, k + 1, EmptyPrepositions, direct: true);
            }

            if (!s.IsWord(k))
            {
                break;
            }
        }

        return AgentBy(s, from) is { } far ? ObjectActors(s, far + 1, EmptyPrepositions, direct: true) : [];
    }

    /// <summary>
    /// The "by" of a passive's agent past the participle's prepositional phrases and time words ("were killed on Monday
    /// in the northern province by Taliban militants"): the participle must be followed by a preposition, an adverb or
    /// a time word (an object after it makes it active: "killed two men by mistake"), and the stretch holds no verb,
    /// clause word or punctuation. Null otherwise, and for "by" + a gerund ("by detonating").
    /// </summary>
    private int? AgentBy(SentenceView s, int from)
    {
        if (from >= s.Count || !(s.Tag(from) is PartOfSpeech.IN or PartOfSpeech.RB || TimeWords.Contains(s.Lower(from))) || s.Lower(from) == "by")
        {
            return null;
        }

        for (int k = from + 1; k < s.Count && k - from <= MaxAgentReach; k++)
        {
            var w = s.Lower(k);
            if (w == "by")
            {
                return s.Tag(k + 1) == PartOfSpeech.VBG ? null : k;
            }

            if (!s.IsWord(k) || IsFiniteVerb(s, k) || s.Tag(k) is PartOfSpeech.VBN or PartOfSpeech.VBG or PartOfSpeech.CC || Relatives.Contains(w) || Subordinators.Contains(w))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>At most this many words from a passive participle to the "by" of its agent ("killed on Monday in the northern province by").</summary>
    private const int MaxAgentReach = 8;

    private static readonly IReadOnlySet<string> EmptyPrepositions = new HashSet<string>();

    /// <summary>
    /// A lower-case common noun right before an actor noun, modifying it in an undetermined phrase: "city residents",
    /// "factory workers", "village elders" (ev-actors3 sitting: "a mass demonstration by city residents", c066; with a
    /// determiner the phrase was read already).
    /// </summary>
    private bool IsNounModifyingActor(SentenceView s, int j)
        => s.Tag(j) == PartOfSpeech.NN && !s.IsCapitalized(j) && s.MentionAt(j) < 0 && j + 1 < s.Count && s.MentionAt(j + 1) < 0 && _lexicon.IsActorNoun(s.Lower(j + 1));

    /// <summary>The noun phrase that starts at <paramref name="k"/> (after determiners and numbers), read as an actor; null when none starts there.</summary>
    private Actor? ActorStartingAt(SentenceView s, int k)
    {
        int start = k;
        if (k < s.Count && s.Lower(k) == "her" && !IsNounAt(s, k + 1) && !_lexicon.ActorModifiers.Contains(s.Lower(k + 1)))
        {
            return ActorEndingAt(s, k); // "endorse her until July": the object pronoun, not a possessive
        }

        while (k < s.Count && (Determiners.Contains(s.Lower(k)) || Quantifiers.Contains(s.Lower(k)) || s.IsNumber(k)) && s.MentionAt(k) < 0)
        {
            k++;
        }

        // the head: the last word of a run of modifiers, names and nouns, at most five words on; a determined phrase may
        // open with adjectives
        bool determined = k > start && Determiners.Contains(s.Lower(k - 1));
        int opened = k;
        int limit = Math.Min(s.Count, k + 6);
        int head = -1;
        for (int j = k; j < limit; j++)
        {
            if (!s.IsWord(j) && s.Lower(j) is not ("-" or "'s"))
            {
                break;
            }

            if (s.Lower(j) == "'s")
            {
                head = -1; // "Iran's nuclear program": keep reading
                determined = true;
                opened = j + 1;
                continue;
            }

            if (head >= 0 && j > k && SubjectPronouns.Contains(s.Lower(j)) && s.MentionAt(j) < 0)
            {
                break; // "released a soldier it kidnapped", "a man they shot": a subject pronoun after the head opens a relative clause without "that"
            }

            bool inMention = s.MentionAt(j) >= 0;
            if (inMention || _lexicon.IsActorNoun(s.Lower(j)) || _lexicon.NotActors.Contains(s.Lower(j)) || _lexicon.ViolentCauses.Contains(s.Lower(j)) || Pronouns.Contains(s.Lower(j)) || _lexicon.Proxies.Contains(s.Lower(j)))
            {
                head = j;
                if (Pronouns.Contains(s.Lower(j)))
                {
                    break;
                }

                continue;
            }

            // "Palestinian Interior Minister Nasser Yousef": a nationality or a title before capitalised words is a modifier
            // of the name they make, which ends the phrase
            if (head >= 0 && s.IsCapitalized(j) && !TimeWords.Contains(s.Lower(j)) && s.IsCapitalized(head) && (s.MentionAt(head) >= 0 && s.MentionLabel(s.MentionAt(head)) == EntityLabel.Norp || s.MentionAt(head) < 0 && _lexicon.IsActorNoun(s.Lower(head))))
            {
                head = j;
                continue;
            }

            if (head >= 0 && IsCompoundContinuation(s, j) && !_lexicon.ViolentCauses.Contains(s.Lower(head)))
            {
                for (int x = k; x <= head; x++)
                {
                    if (_lexicon.NotActors.Contains(s.Lower(x)))
                    {
                        return new Actor(ActorKind.NotActor, k, head, new TextSpan(s.Span(k).Start, s.Span(head).End), null); // "Typhoon Utor swept"
                    }
                }

                head = -1; // "the army camp", "police headquarters": the last noun is the head; "EU agriculture ministers": read on
                k = j;
                continue;
            }

            bool participle = s.Lower(j).EndsWith("ing", StringComparison.Ordinal) || s.Lower(j).EndsWith("ed", StringComparison.Ordinal);
            // "the deputy governor", "the country's dominant Shi'ite alliance": up to MaxAdjectives lower-case words before the head; the tagger's adjectives open an undetermined one ("various Palestinian factions")
            bool adjective = (determined || s.Tag(j) is PartOfSpeech.JJ or PartOfSpeech.JJR or PartOfSpeech.JJS || IsNounModifyingActor(s, j)) && j - opened < MaxAdjectives && IsNounAt(s, j) && !Quantifiers.Contains(s.Lower(j)) && !Pronouns.Contains(s.Lower(j)) && !TriggerOpensAt(s, j);
            if (head >= 0 || TimeWords.Contains(s.Lower(j)) || !(_lexicon.ActorModifiers.Contains(s.Lower(j)) || s.IsCapitalized(j) || s.Lower(j).Contains('-') || participle || adjective))
            {
                break;
            }
        }

        if (head < 0)
        {
            // no phrase starts at a preposition or a conjunction ("met in the capital": no object)
            return k < s.Count && s.IsWord(k) && !(FunctionWords.Contains(s.Lower(k)) && s.Tag(k) is PartOfSpeech.IN or PartOfSpeech.TO or PartOfSpeech.CC) ? new Actor(ActorKind.Thing, start, k, s.Span(k), null) : null;
        }

        var actor = ActorEndingAt(s, head);
        // a phrase read back past where it started is cut there: "detained two journalists" is no group "detained … journalists"
        return actor.First < start ? actor with { First = k, Span = new TextSpan(s.Span(k).Start, actor.Span.End) } : actor with { First = Math.Max(actor.First, k) };
    }

    /// <summary>Whether the word at <paramref name="k"/> can be a noun: a word that is not a function word, a common verb or an auxiliary.</summary>
    private bool IsNounAt(SentenceView s, int k)
    {
        var w = s.Lower(k);
        return s.IsWord(k) && !FunctionWords.Contains(w) && !_lexicon.CommonVerbs.Contains(w) && !_lexicon.Skip.Contains(w) && !TimeWords.Contains(w);
    }

    /// <summary>Whether a lower-case word after a noun continues the noun phrase (a compound's head) rather than starting something else (a verb the tagger sees: "the minister flew home").</summary>
    private bool IsCompoundContinuation(SentenceView s, int j, bool triggerMayOpen = false)
    {
        var w = s.Lower(j);
        return s.IsWord(j) && !s.IsCapitalized(j) && !s.IsNumber(j) && !IsFiniteVerb(s, j) && !OpensCompoundPreposition(s, j) && s.Tag(j) != PartOfSpeech.VB && !FunctionWords.Contains(w) && !TimeWords.Contains(w) && !TimeWords.Contains(s.Lower(j + 1)) && !_lexicon.Skip.Contains(w)
            && !w.EndsWith("ing", StringComparison.Ordinal) && !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("ly", StringComparison.Ordinal)
            && !_lexicon.IsActorNoun(w) && (triggerMayOpen || !TriggerOpensAt(s, j)) && !Pronouns.Contains(w) && !Determiners.Contains(w) && !_lexicon.CommonVerbs.Contains(w);
    }

    /// <summary>Whether word <paramref name="j"/> opens a compound preposition of event-compound-prepositions.txt ("ahead of", "due to").</summary>
    private bool OpensCompoundPreposition(SentenceView s, int j)
        => _lexicon.CompoundPrepositions.TryGetValue(s.Lower(j), out var next) && s.Lower(j + 1) == next;

    /// <summary>
    /// Whether the words from <paramref name="j"/> are a trigger noun that itself modifies a compound's head ("threat level"
    /// in "Britain's terrorist attack threat level"): the noun before them is a modifier of that compound, no event.
    /// </summary>
    private bool IsTriggerCompoundContinuation(SentenceView s, int j)
        => j + 1 < s.Count && TriggerOpensAt(s, j) && IsCompoundContinuation(s, j, triggerMayOpen: true) && IsCompoundContinuation(s, j + 1);

    /// <summary>Reads the phrase that ends at word <paramref name="j"/> as an actor.</summary>
    private Actor ActorEndingAt(SentenceView s, int j)
    {
        var w = s.Lower(j);
        if (Pronouns.Contains(w))
        {
            string? id = PersonPronouns.Contains(w) ? s.Lookup.LastPersonBefore(s.Span(j).Start) : null;
            return new Actor(ActorKind.Pronoun, j, j, s.Span(j), id);
        }

        int mention = s.MentionAt(j);
        if (mention >= 0 && s.MentionLabel(mention) == EntityLabel.Misc && !_lexicon.IsActorNoun(w))
        {
            for (int k = j; k >= 0 && s.MentionAt(k) == mention; k--)
            {
                if (_lexicon.NotActors.Contains(s.Lower(k)))
                {
                    return new Actor(ActorKind.NotActor, k, j, s.MentionSpan(mention), null); // "Typhoon Utor"
                }
            }

            return new Actor(ActorKind.Thing, j, j, s.MentionSpan(mention), null); // works, products, events: "Windows 7"
        }

        if (mention >= 0 && !_lexicon.IsActorNoun(w))
        {
            int first = j;
            while (first > 0 && s.MentionAt(first - 1) == mention)
            {
                first--;
            }

            var span = s.MentionSpan(mention);
            int titled = first;
            while (titled > 0 && s.IsCapitalized(titled - 1) && !TimeWords.Contains(s.Lower(titled - 1)) && (s.MentionAt(titled - 1) < 0 || s.MentionLabel(s.MentionAt(titled - 1)) == EntityLabel.Norp)
                   && !FunctionWords.Contains(s.Lower(titled - 1)) && s.Lower(titled - 1) is not ("neither" or "either" or "both"))
            {
                // "Mr. Kiir", "Chinese President Hu Jintao": titles belong to the name; a capitalised word opening the
                // sentence does not ("Despite George Will's call", "After Johnson refused", "Neither Johnson nor Weld",
                // "While Republicans have often faced criticism"; ev-mends13)
                titled--;
            }

            if (titled < first)
            {
                first = titled;
                span = new TextSpan(s.Span(first).Start, span.End);
            }

            for (int k = first; k <= j; k++)
            {
                if (_lexicon.NotActors.Contains(s.Lower(k)))
                {
                    return new Actor(ActorKind.NotActor, first, j, span, null);
                }
            }

            return new Actor(ActorKind.Entity, first, j, span, s.MentionEntity(mention) ?? (s.IsMentionPart(mention) ? null : s.Lookup.Find(span)));
        }

        if (_lexicon.IsActorNoun(w) || (_lexicon.Proxies.Contains(w) && j > 0 && Possessives.Contains(s.Lower(j - 1))))
        {
            int first = j;
            string? id = null;
            // "the group al-Qaida Organization": a name ending in a people noun is the name, without the common noun before it
            bool named = s.MentionAt(j) >= 0;
            while (first > 0)
            {
                var prev = s.Lower(first - 1);
                if (s.MentionAt(first - 1) >= 0)
                {
                    id ??= s.MentionEntity(s.MentionAt(first - 1));
                    first--;
                }
                else if (named && !s.IsCapitalized(first - 1))
                {
                    break;
                }
                else if (IsFiniteVerb(s, first - 1) && !s.IsCapitalized(first - 1))
                {
                    break; // "Security forces detained journalists": a verb the tagger sees ends the phrase, even one that names people elsewhere ("the detained")
                }
                else if (_lexicon.IsActorNoun(prev) || _lexicon.ActorModifiers.Contains(prev) || prev.Contains('-') || s.IsNumber(first - 1) || (Quantifiers.Contains(prev) && (prev != "of" || Quantifiers.Contains(s.Lower(first - 2)))) || (s.IsCapitalized(first - 1) && first - 1 > 0 && !TimeWords.Contains(prev)))
                {
                    first--;
                }
                else if (Possessives.Contains(prev))
                {
                    // "his campaign" stands for him; "his supporters" are a group of their own
                    id = _lexicon.Proxies.Contains(w) && prev is "his" or "her" ? s.Lookup.LastPersonBefore(s.Span(first - 1).Start) : id;
                    first--;
                    break;
                }
                else
                {
                    break;
                }
            }

            while (first < j && (Quantifiers.Contains(s.Lower(first)) || s.IsNumber(first) || s.Lower(first) is "the" or "a" or "an"))
            {
                first++;
            }

            return new Actor(ActorKind.Group, first, j, new TextSpan(s.Span(first).Start, s.Span(j).End), id);
        }

        if (w is "two" or "three" or "both" && (j == 0 || s.Lower(j - 1) is "the" or "between") && (!IsNounAt(s, j + 1) || IsFiniteVerb(s, j + 1)))
        {
            return new Actor(ActorKind.Group, j, j, s.Span(j), null); // "The two met previously", "a meeting between the two"
        }

        bool verbAfter = j + 1 < s.Count && (IsFiniteVerb(s, j + 1) || BeForms.Contains(s.Lower(j + 1)) || HaveForms.Contains(s.Lower(j + 1)));
        if (IsCardinal(s, j) && (verbAfter || j + 1 < s.Count && s.Tag(j + 1) == PartOfSpeech.VBN && !IsNounAt(s, j + 2)) && !(j > 0 && s.Lower(j - 1) == "$"))
        {
            // "more than 15,000 were killed", "about 300 have been arrested": a count standing for people; before a bare
            // participle too, "ten were killed and 40 wounded" (the gapped "were"; ev-declined: w051), not one that
            // modifies a noun ("eight accused members")
            return new Actor(ActorKind.Group, j, j, s.Span(j), null);
        }

        if (w == "more" && verbAfter && j > 0 && (IsCardinal(s, j - 1) || QuantifierSubjects.Contains(s.Lower(j - 1))))
        {
            return new Actor(ActorKind.Group, j - 1, j, new TextSpan(s.Span(j - 1).Start, s.Span(j).End), null); // "several more were killed", "three more were wounded" (ev-declined: n143)
        }

        if (w == "one" && verbAfter && (j == 0 || s.Lower(j - 1) is "and" or "," or "but"))
        {
            return new Actor(ActorKind.Group, j, j, s.Span(j), null); // "one was killed and one was wounded by a bomb": the count one (ev-declined: y016); not "no one"
        }

        if (_lexicon.NotActors.Contains(w))
        {
            return new Actor(ActorKind.NotActor, j, j, s.Span(j), null);
        }

        if (_lexicon.ViolentCauses.Contains(w))
        {
            return new Actor(ActorKind.ViolentCause, j, j, s.Span(j), null);
        }

        if (s.IsCapitalized(j) && s.IsWord(j) && !TimeWords.Contains(w) && (j > 0 || IsBareName(s, w)))
        {
            // a name the recognizer missed ("Hamas" mid-sentence)
            int first = j;
            while (first > 1 && s.IsCapitalized(first - 1) && !TimeWords.Contains(s.Lower(first - 1)))
            {
                first--;
            }

            return new Actor(ActorKind.Group, first, j, new TextSpan(s.Span(first).Start, s.Span(j).End), null);
        }

        return new Actor(ActorKind.Thing, j, j, s.Span(j), null);
    }

    /// <summary>A verb with a tense (or a modal) by the part-of-speech tagger: it heads a clause, it is no noun phrase's word.</summary>
    /// <summary>
    /// The city or country a place phrase names after "of" or in an apposition ("the southern town of Zinder", "the
    /// Afghan capital, Kabul"), within <see cref="MaxPlaceReach"/> words of where the phrase starts; null when it names none.
    /// </summary>
    private static Actor? PlaceNamed(SentenceView s, Actor thing)
    {
        for (int k = thing.Last; k < s.Count - 1 && k <= thing.Last + MaxPlaceReach; k++)
        {
            if (s.Lower(k) is "of" or ",")
            {
                int m = s.MentionAt(k + 1);
                if (m < 0 || s.MentionLabel(m) is not (EntityLabel.Gpe or EntityLabel.Location))
                {
                    return null;
                }

                int last = k + 1;
                while (last + 1 < s.Count && s.MentionAt(last + 1) == m)
                {
                    last++;
                }

                return new Actor(ActorKind.Entity, k + 1, last, s.MentionSpan(m), s.MentionEntity(m));
            }

            if (!s.IsWord(k) || FunctionWords.Contains(s.Lower(k)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>At most this many words from a place phrase's first word to its "of" or comma ("the southern town of").</summary>
    private const int MaxPlaceReach = 3;

    /// <summary>
    /// Where a conjunct of a coordinated subject starts when lower-case modifiers the actor's phrase leaves out stand before
    /// it (at most <see cref="MaxAdjectives"/>): "Zardari and former Prime Minister Nawaz Sharif", "police and militant
    /// Protestants", "Experts and policy makers" (ev-actors4 sitting: e291, s104, z066 on train).
    /// </summary>
    private static int ModifiedConjunctStart(SentenceView s, int first)
    {
        int k = first;
        while (k > 0 && first - k < MaxAdjectives && !s.IsCapitalized(k - 1) && s.MentionAt(k - 1) < 0 && s.Tag(k - 1) is PartOfSpeech.JJ or PartOfSpeech.NN
               && !FunctionWords.Contains(s.Lower(k - 1)) && !Determiners.Contains(s.Lower(k - 1)))
        {
            k--;
        }

        // "Obasanjo and Congo Republic's President Denis Sassou Nguesso": a named possessor before the conjunct's title
        // belongs to the conjunct, so the "and" before the possessor joins it (ev-mends22: train b150)
        if (k >= 2 && s.Lower(k - 1) == "'s" && s.IsCapitalized(k - 2) && s.IsCapitalized(k))
        {
            int owner = k - 2;
            while (owner > 0 && first - owner < MaxPossessorWords && s.IsCapitalized(owner - 1) && !FunctionWords.Contains(s.Lower(owner - 1)))
            {
                owner--;
            }

            k = owner;
        }

        return ConjunctStart(s, k);
    }

    /// <summary>
    /// Whether the named <paramref name="place"/> is a preposition's object described by a common noun ("in the Nigerian
    /// capital Abuja"): its modifiers (a determiner, adjectives, a lower-case noun that names no actor) follow a preposition,
    /// at most <see cref="MaxPlaceModifiers"/> words back (ev-mends22: such a name before a comma is no item of the
    /// subject's list).
    /// </summary>
    private bool IsPlaceAfterPreposition(SentenceView s, Actor place)
    {
        if (s.MentionAt(place.Last) < 0)
        {
            return false;
        }

        // the tagger may read the place as a person ("the Nigerian capital Abuja"): the common noun before it says what it is
        int k = place.First - 1;
        bool common = false;
        while (k >= 0 && place.First - k <= MaxPlaceModifiers && (Determiners.Contains(s.Lower(k)) || s.Tag(k) is PartOfSpeech.JJ or PartOfSpeech.NN && s.MentionAt(k) < 0 && !s.IsCapitalized(k) || s.MentionAt(k) >= 0 && s.MentionLabel(s.MentionAt(k)) == EntityLabel.Norp))
        {
            common |= s.Tag(k) == PartOfSpeech.NN && !_lexicon.IsActorNoun(s.Lower(k));
            k--;
        }

        return common && k >= 0 && s.Tag(k) == PartOfSpeech.IN && s.Lower(k) is not ("and" or "or");
    }

    /// <summary>At most this many modifier words between a place and the preposition before it ("in the Nigerian capital Abuja").</summary>
    private const int MaxPlaceModifiers = 4;

    /// <summary>At most this many words from a conjunct's name back to the first word of its named possessor ("Congo Republic's President Denis Sassou Nguesso").</summary>
    private const int MaxPossessorWords = 9;

    /// <summary>
    /// Where a conjunct of a coordinated subject starts, before its determiner and its count ("Mr. Hariri and 20 others",
    /// "four coalition and four Afghan soldiers", "Zahir and one of the attackers"): the word before it is the "and" that
    /// joins it to the one before.
    /// </summary>
    private static int ConjunctStart(SentenceView s, int first)
    {
        while (first > 0)
        {
            var w = s.Lower(first - 1);
            if (w is "the" or "a" or "an" || IsCardinal(s, first - 1) || s.IsNumber(first - 1) || (Quantifiers.Contains(w) && w != "of"))
            {
                first--;
            }
            else if (w == "of" && first >= 2 && (IsCardinal(s, first - 2) || Quantifiers.Contains(s.Lower(first - 2)) && s.Lower(first - 2) != "of"))
            {
                first -= 2; // "one of the attackers"
            }
            else
            {
                break;
            }
        }

        return first;
    }

    /// <summary>A count that can stand for the people counted: a numeral that is no year ("15,000", "300"), or a number word ("dozens", "hundreds").</summary>
    private static bool IsCardinal(SentenceView s, int k)
        => s.IsNumber(k) ? !(s.Lower(k).Length == 4 && s.Lower(k)[0] is '1' or '2' && s.Lower(k).All(char.IsDigit)) : CountWords.Contains(s.Lower(k));

    private static readonly FrozenWords CountWords = new("two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty dozens hundreds thousands");

    private static bool IsFiniteVerb(SentenceView s, int k) => s.Tag(k) is PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.MD;

    /// <summary>A capitalised first word that can only be a name the recognizer missed ("Sanders didn't endorse"), not a function word or a common one.</summary>
    private bool IsBareName(SentenceView s, string w)
        => !Determiners.Contains(w) && !Quantifiers.Contains(w) && !FunctionWords.Contains(w) && !Pronouns.Contains(w) && !_lexicon.Skip.Contains(w)
            && !_lexicon.Triggers.ContainsKey(w) && !_lexicon.ActorModifiers.Contains(w) && !w.EndsWith("ly", StringComparison.Ordinal) && !w.EndsWith("ing", StringComparison.Ordinal) && s.Count > 1;

    private static int CountMentionWords(SentenceView s, int last)
    {
        int n = 0;
        while (last - n >= 0 && s.MentionAt(last - n) == s.MentionAt(last))
        {
            n++;
        }

        return n;
    }

    private static void AddIfActor(List<Actor> list, Actor actor)
    {
        if (actor.IsActor)
        {
            list.Add(actor);
        }
    }

    /// <summary>
    /// A TIMEX3 value of a part of a day: a day and "T" with the part's two letters ("2023-11-08TAF", "XXXX-WXX-3TEV").
    /// Clock times are left out: near a trigger they are as often the hour of something else (a curfew's "midnight", a
    /// meeting's "noon") as the event's; let in, they moved the time of 24 events on VOA 2,000 and Wikinews and the
    /// date of 10, about half of those for the better (read 2026-12-06).
    /// </summary>
    private static bool IsPartOfADay(string? value)
        => value is { Length: > 3 } v && v[^3] == 'T' && char.IsAsciiLetterUpper(v[^2]) && char.IsAsciiLetterUpper(v[^1]);

    /// <param name="times">The time expressions inside the sentence, in the layer's order.</param>
    /// <param name="claim">The first quote of the layer that holds the trigger, if any: its speaker claims the event.</param>
    private static Event Finish(EventDraft d, SentenceView s, List<TimeExpression> times, Quote? claim, HashSet<string> places, string? published)
    {
        // the time expression in the sentence nearest the trigger; its value when it is a date, else the publication date.
        // A part of a day ("Wednesday afternoon", TIME 2023-11-08TAF) is its day.
        TimeExpression? time = null;
        foreach (var x in times)
        {
            if ((x.Type is TimexType.Date || (x.Type is TimexType.Time && IsPartOfADay(x.Value))) && (time is null || Math.Abs(x.Span.Start - d.Trigger.Start) < Math.Abs(time.Span.Start - d.Trigger.Start)))
            {
                time = x;
            }
        }

        string? date = (time?.Type is TimexType.Time ? TimexDates.DateOfTime(time.Value) : time?.Value) is { Length: >= 4 } v && char.IsDigit(v[0]) ? v : published;

        // the place: a place named after "in", "at", "near" in the sentence, not an actor of the event
        string? place = null;
        for (int k = 1; k < s.Count && place is null; k++)
        {
            int mention = s.MentionAt(k);
            if (mention >= 0 && PlacePrepositions.Contains(s.Lower(k - 1)) && s.MentionEntity(mention) is { } id && places.Contains(id) && id != d.Source?.EntityId && id != d.Target?.EntityId)
            {
                place = id;
            }
        }

        string? claimedBy = claim?.SpeakerId;

        return new Event(s.Sentence, d.Type, d.Mode, d.Trigger)
        {
            SourceMention = d.Source?.Span,
            SourceId = d.Source?.EntityId,
            TargetMention = d.Target?.Span,
            TargetId = d.Target?.EntityId,
            TimeMention = time?.Span,
            Date = date,
            PlaceId = place,
            ClaimedById = claimedBy,
        };
    }

    /// <summary>An event the rules coded; <paramref name="Unread"/>: a trigger they read no actor for (no event: only observed for the measure of candidates).</summary>
    private sealed record EventDraft(EventType Type, EventMode Mode, TextSpan Trigger, Actor? Source, Actor? Target, bool Unread = false);
}
