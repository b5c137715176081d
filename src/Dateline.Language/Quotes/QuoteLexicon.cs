using System.Text.RegularExpressions;
using Dateline.Core.Text;
using Dateline.Language.Tokens;

namespace Dateline.Language.Quotes;

/// <summary>Cue verbs, pronouns and speaker-phrase stop words of Quotes/Data, with the patterns built from them.</summary>
internal sealed partial class QuoteLexicon
{
    private static readonly Lazy<QuoteLexicon> DefaultLexicon = new(() => new QuoteLexicon());

    // The three patterns run interpreted for a process's first uses and compiled once a run has used them
    // (TieredRegex): compiling them cost most of the quote layer's 0.47 s first-document CPU (bench/README.md).
    // The cue pattern is tried only at the words a cue can open with (RuleScanner's opening words): its own scan
    // stopped at every word.
    private readonly RuleScanner _cues;

    /// <summary>The cue pattern unanchored (<see cref="CuePattern"/>, what <see cref="FindCues"/> is tested against).</summary>
    private readonly Lazy<Regex> _cueUnanchored;
    private readonly Lazy<Regex> _clauseParticiple;
    private readonly Lazy<Regex> _objectCue;
    private readonly Regex _partitiveSpeaker;
    private readonly Lazy<Regex> _passiveReport;
    private readonly Lazy<Regex> _hearerReport;
    private readonly Lazy<Regex> _speakerFrame;
    private readonly Lazy<Regex> _negated;
    private readonly Lazy<Regex> _appendedPhrase;
    private readonly Lazy<Regex> _reportContinuation;
    private readonly TieredRegex _speakerThenCue;
    private readonly TieredRegex _cueThenSpeaker;

    private QuoteLexicon()
        : this(RegexAlternation.ByFirstLetter, tailCueFirst: true)
    {
    }

    /// <param name="alternation">
    /// How the word lists' alternations are joined: <see cref="RegexAlternation.ByFirstLetter"/> (the same matches as in
    /// the lists' own order, faster; a test compares the two on real sentences).
    /// </param>
    /// <param name="tailCueFirst">Whether a comma tail tests its cue word before the cue traps (the same matches, faster; tested alike).</param>
    internal QuoteLexicon(Func<IEnumerable<string>, string> alternation, bool tailCueFirst)
    {
        Cues = ResourceText.WordSet("quote-cues.txt");
        ClauseParticiples = ResourceText.WordSet("quote-clause-participles.txt");
        Pronouns = ResourceText.WordSet("quote-pronouns.txt");
        Stops = ResourceText.WordSet("quote-speaker-stops.txt");
        BareCollectives = ResourceText.WordSet("quote-bare-collectives.txt");
        SubjectPrepositions = ResourceText.WordSet("quote-subject-prepositions.txt");
        SentenceOpeners = ResourceText.WordSet("quote-sentence-openers.txt");
        ClauseVerbs = ResourceText.WordSet("quote-clause-verbs.txt");
        CoordinatedCues = ResourceText.WordSet("quote-coordinated-cues.txt");
        SpeakerLinks = ResourceText.WordSet("quote-speaker-links.txt");
        RoleLinks = ResourceText.WordSet("quote-role-links.txt");
        EmbedMarkers = [.. ResourceText.WordSet("quote-embed-markers.txt")];
        var ends = ResourceText.Rows("quote-infinitive-ends.txt");
        InfinitiveEnds = ends.Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        HeadEnds = ends.Where(r => r[1] == "subordinator").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var traps = ResourceText.Rows("quote-cue-traps.txt");
        Modifiers = traps.Where(r => r[1] == "modifier").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        Determiners = traps.Where(r => r[1] == "determiner").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        Complemented = traps.Where(r => r[1] is "complement" or "direct").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        DirectOnly = traps.Where(r => r[1] == "direct").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        Aspectual = traps.Where(r => r[1] == "aspectual").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        ObjectCues = traps.Where(r => r[1] is "appeal" or "charge").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        ObjectParticiples = traps.Where(r => r[1] == "participle").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var clauseOrObject = traps.Where(r => r[1] is "object" or "clause").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var clauseOnly = traps.Where(r => r[1] == "clause").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        InheritParticipleKinds(Cues, traps.Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal), clauseOrObject, clauseOnly);
        ClauseOrObjectCues = clauseOrObject;
        ClauseOnlyCues = clauseOnly;
        Naming = traps.Where(r => r[1] == "naming").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        NamingWithQuotes = ResourceText.WordSet("quote-naming-cues.txt");
        var sourceless = ResourceText.Rows("quote-sourceless-sources.txt");
        SourcelessQuantifiers = sourceless.Where(r => r[1] == "quantifier").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        SourcelessNouns = sourceless.Where(r => r[1] == "noun").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var partitive = ResourceText.Rows("quote-partitive-speakers.txt");
        string Alternation(string kind) => string.Join('|', partitive.Where(r => r[1] == kind).Select(r => Regex.Escape(r[0].ToLowerInvariant())));
        _partitiveSpeaker = new Regex($@"(?<![\w'’-])(?i:{Alternation("quantifier")})\s+of\s+(?i:{Alternation("pronoun")})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        // a whole word ("not"), or the end of one ("n't": "don't", "didn’t")
        var negations = traps.Where(r => r[1] == "negation").Select(r => Regex.Escape(r[0].ToLowerInvariant()).Replace("'", "['’]")).ToList();
        QuestionWords = traps.Where(r => r[1] == "question").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        ThoughtCues = traps.Where(r => r[1] == "thought").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        AmountCues = traps.Where(r => r[1] == "amount").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        FindingSubjects = ResourceText.WordSet("quote-finding-subjects.txt");
        EditorialLabels = ResourceText.WordSet("quote-editorial-labels.txt");
        FindingVerbs = ResourceText.WordSet("quote-finding-verbs.txt");
        ObjectPrepositions = ResourceText.WordSet("quote-object-prepositions.txt");
        SpeakerTimes = ResourceText.Rows("quote-speaker-times.txt").ToDictionary(r => r[0].ToLowerInvariant(), r => Enum.Parse<SpeakerTime>(r[1], ignoreCase: true), StringComparer.Ordinal);
        var agoTimes = ResourceText.Rows("quote-ago-times.txt").ToDictionary(r => r[0].ToLowerInvariant(), r => Enum.Parse<AgoTime>(r[1], ignoreCase: true), StringComparer.Ordinal);
        foreach (var number in ResourceText.Rows("time-numbers.txt"))
        {
            agoTimes.TryAdd(number[0].ToLowerInvariant(), AgoTime.Amount);
        }

        AgoTimes = agoTimes;

        PlaceLinks = ResourceText.Rows("quote-place-links.txt").ToDictionary(r => r[0].ToLowerInvariant(), r => Enum.Parse<PlaceLink>(r[1], ignoreCase: true), StringComparer.Ordinal);
        ObjectNouns = ResourceText.WordSet("quote-object-nouns.txt");
        ClaimNouns = ResourceText.WordSet("quote-claim-nouns.txt");
        SayingNouns = ResourceText.WordSet("quote-saying-nouns.txt");
        ContentNouns = ResourceText.WordSet("quote-content-nouns.txt");
        HearerCues = ResourceText.WordSet("quote-hearer-cues.txt");
        DemonstrativeTimes = ResourceText.WordSet("quote-demonstrative-times.txt");
        LyModifiers = ResourceText.WordSet("quote-ly-modifiers.txt");
        DegreeWords = ResourceText.WordSet("quote-degree-words.txt");
        var passive = traps.Where(r => r[1] == "passive").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        PassiveAuxiliaries = passive;
        var frames = ResourceText.Rows("quote-speaker-frames.txt");
        var appendedOpeners = ResourceText.WordSet("quote-appended-openers.txt");
        AppendedOpeners = appendedOpeners;
        var continuations = ResourceText.WordSet("quote-report-continuations.txt");
        var remarks = traps.Where(r => r[1] == "remark").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var verbAfter = traps.Where(r => r[1] == "verb-after").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var hearers = ResourceText.WordSet("quote-hearers.txt");
        var documentCues = traps.Where(r => r[1] == "document").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        Documents = ResourceText.WordSet("speaker-statements.txt");
        var modifiers = ResourceText.Rows("quote-subject-modifiers.txt");
        ModifierOpeners = modifiers.Where(r => r[1] == "opens").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        ModifierInner = modifiers.Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var documents = Documents;
        var turns = ResourceText.Rows("quote-turns.txt");
        Questions = turns.Where(r => r[1] == "question").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        Replies = turns.Where(r => r[1] == "reply").Select(r => r[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        // QuoteExtractor finds a sentence's cues once for all its comma tails: no cue or trap word may hold a comma.
        if (Cues.Concat(Modifiers).Concat(Determiners).Concat(Complemented).Concat(Aspectual).FirstOrDefault(w => w.Contains(',', StringComparison.Ordinal)) is { } comma)
        {
            throw new InvalidDataException($"a cue or cue-trap word holds a comma: {comma}");
        }

        string cue = "(?:" + alternation(Cues.OrderByDescending(c => c.Length).Select(Regex.Escape)) + ")";

        // a title before a name ("said Dr. Sherine Abed", abbreviations.txt): its period does not end the speaker phrase
        string title = "(?:" + alternation(Abbreviations.Default.Titles
            .OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).Select(Regex.Escape)) + ")";
        string pronoun = "(?:" + alternation(Pronouns.Select(Regex.Escape)) + ")";
        string modifier = "(?:" + alternation(Modifiers.OrderByDescending(c => c.Length).Select(Regex.Escape)) + ")";
        string determiner = "(?:" + alternation(Determiners.OrderByDescending(c => c.Length).Select(Regex.Escape)) + ")";
        string complemented = "(?:" + alternation(Complemented.Except(DirectOnly).OrderByDescending(c => c.Length).Select(Regex.Escape)) + ")";
        string directOnly = "(?:" + alternation(DirectOnly.OrderByDescending(c => c.Length).Select(Regex.Escape)) + ")";
        string aspectual = "(?:" + alternation(Aspectual.OrderByDescending(c => c.Length).Select(Regex.Escape)) + ")";
        string objectCue = "(?:" + alternation(ObjectCues.OrderByDescending(c => c.Length).Select(p => string.Join(@"\s+", p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)))) + ")";
        string passiveAuxiliary = "(?:" + alternation(passive.OrderByDescending(c => c.Length).Select(Regex.Escape)) + ")";
        string clauseOrObjectCue = "(?:" + alternation(ClauseOrObjectCues.OrderByDescending(c => c.Length).Select(Regex.Escape)) + ")";
        string verbAfterWord = "(?:" + alternation(verbAfter.OrderByDescending(c => c.Length).Select(Regex.Escape)) + ")";
        string remark = "(?:" + alternation(remarks.OrderByDescending(c => c.Length).Select(Regex.Escape)) + ")";
        string hearer = "(?:" + alternation(hearers.OrderByDescending(c => c.Length).Select(Regex.Escape)) + ")";
        string documentCue = "(?:" + alternation(documentCues.OrderByDescending(c => c.Length).Select(Regex.Escape)) + ")";
        string document = "(?:" + alternation(documents.OrderByDescending(c => c.Length).Select(Regex.Escape)) + ")";
        const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

        // A cue word that only marks aspect before "to" reports nothing itself ("officials have continued to express
        // optimism"; "he continues to insist that …" is the cue "insist").
        // A cue word after a modifier is a noun ("growing calls", "unemployment claims"), and one in -ed after a
        // determiner or a number an adjective ("the confirmed caseload", "2,000 confirmed cases"), not a verb of speech;
        // (so is one after a possessive noun, "the government's proposed changes", not after a pronoun's "'s": "she's claimed",
        // nor before a clause, an object or a time, "McDonald's announced Monday that …": kind verb-after);
        // a capitalised cue word after a capitalised word is part of a name ("the United States"); a cue word that is
        // mostly a noun ("swing states") is a verb only before its complement ("the document states that …", "states: “…")
        // and an order or a shout (kind direct) is one there or right after a quote's closing mark or at the start of
        // the words after a quote, before its speaker ("“Don’t get nervous,” instructed Milton Velez": sixteenth sample);
        // a cue word of reading is one only right after a noun of what a speaker wrote ("“…,” the statement read.", "the
        // letter reads", eleventh sample; not "he read the report", nor the participle "a message read by a presenter",
        // VOA: kind document, speaker-statements.txt).
        string verb = $@"(?!(?<!(?<![\w'’-])(?i:{document})\s+)(?i:{documentCue})(?![\w'’-]))(?!(?i:{documentCue})\s+by\b)(?<!(?<![\w'’-])(?i:{modifier})\s+)(?!(?<=(?:(?<![\w'’-])(?i:{determiner})|\d)\s+)(?i:\w+ed\b))(?!(?<=[A-Za-z]{{2,}}(?<!(?<![\w'’-])(?i:{pronoun}))['’]s\s+)(?i:\w+ed\b)(?!\s+(?i:{verbAfterWord}|{determiner})\b|\s*[,:“""]))(?!(?<=[A-Z][\w.'’&-]*\s+)[A-Z])(?!(?i:{complemented})(?![\w'’-])(?!\s*(?:(?i:that)\b|[.:“""]|,\s*[“""]|$)))(?!(?<!^|[,!?][”""]\s+)(?i:{directOnly})(?![\w'’-])(?!\s*(?:(?i:that)\b|[.:“""]|,\s*[“""]|$)))(?!(?i:{aspectual})\s+to\b)(?i:{cue})";
        string cuePattern = $@"(?<![\w'’-]){verb}(?![\w'’-])|(?<![\w])(?i:according\s+to)(?!\w)";
        // an appeal or a charge is tried first: "called for" is an appeal, "called" alone a cue with an object or a clause
        // a cue's past participle after an auxiliary is passive ("Chloe was declared dead") and, as an appeal, reports
        // nothing without quoted words unless "by" its speaker and "that" follow ("was told by the prosecutor that …");
        // with them it stays mixed ("was said to be “furious”": PolNeAR's attributions, quote F1 91.2 -> 91.1 without them)
        // (with "that" after it, by its speaker or none, it reports: <see cref="PassiveReport"/>)
        string passiveParticiple = $@"(?<=(?<![\w'’-])(?i:{passiveAuxiliary})\s+(?:\w+ly\s+)?)(?i:\w+ed|told|said|thought)(?![\w'’-])";
        string passiveReporting = $@"(?!(?i:{remark})(?![\w'’-])){passiveParticiple}";
        string passiveCue = $@"(?:{passiveReporting}(?!\s+(?:by\s+[^.;:!?“”""]{{1,80}}?\s+)?that\b)|(?=(?i:{remark})(?![\w'’-])){passiveParticiple})";
        _passiveReport = new(() => new Regex($@"\G{passiveReporting}\s+(?:by\s+(?<agent>[^.;:!?“”""]{{1,80}}?)\s+)?that\s+", Options));
        // "…, an inquest has heard." / "The inquest at Stoke Town Hall heard that …" (quote-hearers.txt)
        string hearerPhrase = $@"(?:(?i:the|an?)\s+)?(?:[A-Z][\w'’-]*\s+){{0,3}}(?i:{hearer})(?:\s+(?:at|in)\s+[^,.;:!?“”""]{{1,40}}?)?\s+(?:(?i:has|had|was|were|have)\s+)?(?<cue>{HeardCue})(?![\w'’-])";
        // "… in the words of the patient: “…”", "As he related, “…”" right before a quote (quote-speaker-frames.txt)
        static string Words(string phrase) => string.Join(@"\s+", phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        string framePhrase = "(?:" + string.Join('|', frames.Where(r => r[1] == "phrase").Select(r => Words(r[0]))) + ")";
        string frameAs = "(?:" + string.Join('|', frames.Where(r => r[1] == "as").Select(r => Regex.Escape(r[0]))) + ")";
        // "In Dr. Shadlen’s words, “…”": the words around "*'s" (the speaker, its possessive with either apostrophe); the
        // cue is the words after it
        string framePossessive = "(?:" + string.Join('|', frames.Where(r => r[1] == "possessive").Select(r => r[0].Split("*'s", 2)).Select(parts =>
            $@"(?i:{Words(parts[0])})\s+(?<spk>[^,;:!?“”""]{{1,60}}?)['’]s\s+(?<cue>(?i:{Words(parts[1])}))")) + ")";
        _negated = new(() => new Regex($@"(?:(?<![\w'’])(?:{string.Join('|', negations.Where(n => !n.Contains('’')))})|(?:{string.Join('|', negations.Where(n => n.Contains('’')))}))\s+$", Options | RegexOptions.IgnoreCase));
        _speakerFrame = new(() => new Regex($@"(?<![\w'’-])(?:(?<cue>(?i:{framePhrase}))\s+(?<spk>[^,.;:!?“”""]{{1,60}}?)\s*:|(?<![^\s,;(])(?i:as)\s+(?<spk>[^,.;:!?“”""]{{1,40}}?)\s+(?<cue>(?i:{frameAs}))\s*,|{framePossessive}\s*[,:])\s*$", Options));
        // The start of a phrase after an attribution: up to three words ("said on Saturday") and a short stretch without
        // a comma ("Saturday, October 28"), a comma, then "a/an/the", a word in -ing or an adjunct's opener ("after",
        // quote-appended-openers.txt)
        string appendedOpener = "(?:" + string.Join('|', appendedOpeners.OrderByDescending(c => c.Length).Select(Regex.Escape)) + ")";
        _appendedPhrase = new(() => new Regex($@"^(?:\s+[^\s,]+){{0,3}}(?:,[^,]{{1,20}})?,\s+(?=(?:an?|the)\s|\w+ing\b|(?i:{appendedOpener})\s)", Options));
        string continuation = "(?:" + string.Join('|', continuations.OrderByDescending(c => c.Length).Select(Regex.Escape)) + ")";
        _reportContinuation = new(() => new Regex($@"^(?:\s+[^\s,]+){{0,3}},\s+(?i:{continuation})\s", Options));
        _hearerReport = new(() => new Regex($@"^\s*{hearerPhrase}(?:\s+on\s+\w+(?:\s+\d{{1,2}})?)?\s+that\s+(?<content>.)|(?<=,)\s+{hearerPhrase}(?:\s+on\s+\w+(?:\s+\d{{1,2}})?)?\s*[.!?]?\s*$", Options));
        _objectCue = new(() => new Regex($@"\G(?:(?<always>(?i:{objectCue})|{passiveCue})|(?i:{clauseOrObjectCue}))(?![\w'’-])", Options));
        _cueUnanchored = new(() => new Regex(cuePattern, Options));
        // a participle of quote-clause-participles.txt right after a comma (an adverb in -ly between: ", falsely claiming")
        string clauseParticiple = "(?:" + alternation(ClauseParticiples.OrderByDescending(c => c.Length).Select(Regex.Escape)) + ")";
        _clauseParticiple = new(() => new Regex($@"(?<![\w'’-])(?i:{clauseParticiple})(?![\w'’-])", Options));

        // A cue match opens, not after a letter, with a cue or "according" matched ignoring case, whose leading
        // letters are followed by a character other than a letter (the cue's own, or the end of the cue, which
        // "(?![\w'’-])" and "\s+" make one): it opens at a run of ASCII letters equal to one of those leading letters.
        string[] leads = [.. Cues.Append("according").Select(c => AsciiWordTable.LeadingLetters(c) is { Length: > 0 } lead
            ? lead
            : throw new InvalidDataException($"a cue word opens with a character other than an ASCII letter: {c}"))];
        _cues = new RuleScanner([cuePattern], Options, openingWords: new Dictionary<int, OpeningWords> { [0] = new(leads) });

        // A bare plural speaker after its content, of up to three lower-case words none a stop word, the last in -s
        // but not -ss or -us: "…, neighbors say", "…, according to court records" (issue 17, third sample), or a
        // collective noun ("…, police said"; quote-bare-collectives.txt, fifth sample).
        string stop = "(?:" + alternation(Stops.OrderByDescending(w => w.Length).Select(Regex.Escape)) + ")";
        string collective = "(?:" + alternation(BareCollectives.OrderByDescending(w => w.Length).Select(Regex.Escape)) + ")";
        string barePlural = $@"(?:(?!{stop}\b)[a-z][\w'’-]*\s+){{0,2}}(?!{stop}\b)(?:[a-z][\w'’-]*[^\W\dsu]s|{collective}(?![\w'’-]))";

        // A comma tail tries its cue after each word of the speaker phrase: the cue word is tested there first, and only a
        // cue word is read through the cue traps' look-arounds (zero-width at the same position and capturing nothing, as
        // the test is: the same matches), which took most of a tail's time at words that are no cue (the speaker-then-cue
        // tails of VOA ran ~1.4x faster: bench/README.md, "perf-warm2"). The cue scan (`_cues`) opens only at cue words.
        verb = tailCueFirst ? $"(?=(?i:{cue})){verb}" : verb;

        // The two comma-tail patterns stay interpreted, as the cue scanner's rule does (RuleScanner): compiled, each was
        // too large for the optimizing JIT (70,599 and 43,279 bytes of IL, run at MinOpts) and the quote stage ran
        // ×1.10 faster without them (bench/README.md, "perf-pipeline").
        // After a quote: ", he said", "," Mangoush said", "," said Michael Baselice, an Austin pollster".
        _speakerThenCue = new TieredRegex(
            $@"^[\s,]*(?<spk>(?i:{pronoun})|{barePlural}(?:\s+and\s+{barePlural})?(?=\s+(?:(?i:have|had)\s+)?(?i:{cue})\b)|(?:(?i:the|a|an|his|her|their|its|one|another|two|three|several|many|some)|[A-Z][\w.'’-]*)(?:\s+[\w.'’&-]+){{0,7}}?)\s+(?:(?i:have|had)\s+)?(?:\w+ly\s+|also\s+|later\s+|then\s+|again\s+)?(?<cue>{verb})(?![\w'’-])",
            Options, Regex.InfiniteMatchTimeout, TieredRegex.Never);
        // A bare plural before the cue may carry a perfect's auxiliary: "…, researchers have said." (fourteenth sample).
        // Two bare plurals joined by "and" are one speaker: "…, hospital officials and family members said Wednesday."
        // (issue 17, sample 24), "…, police and prosecutors said.".
        // A bare plural after "according to" may carry a participle and its agent: "according to credible reports
        // received by Amnesty", "According to eyewitness accounts corroborated by video footage, …" (ninth sample).
        // An inverted cue's bare plural closing the sentence is its speaker: "…, dubbed the Black Death, say officials."
        // (eleventh sample).
        _cueThenSpeaker = new TieredRegex(
            $@"^[\s,]*(?<cue>(?i:{cue}|according\s+to))\s+(?<spk>(?i:{pronoun})(?![\w'’-])|(?<=(?i:according)\s+to\s+){barePlural}(?:\s+[a-z]+ed\s+by\s+[^,.;:!?()\n""“”]{{1,40}}?)?|{barePlural}(?=\s*[.!?]?\s*$)|{title}\.\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}|(?:(?i:the|a|an|his|her|their|its|one|another)\s+|[A-Z])[^,.;:!?()\n""“”]{{0,80}}?)(?=\s*(?:[,.;:!?()\n""“”]|$|\s+(?:who|in|on|at|during|after|before|when|while|about|to|as|for|of\s+the)\b))",
            Options, Regex.InfiniteMatchTimeout, TieredRegex.Never);
    }

    public static QuoteLexicon Default => DefaultLexicon.Value;

    public IReadOnlySet<string> Cues { get; }

    public IReadOnlySet<string> Pronouns { get; }

    public IReadOnlySet<string> Stops { get; }

    /// <summary>
    /// Whether a word of a speaker phrase, as written, is a stop word (<see cref="Stops"/>): an all-caps acronym of two
    /// letters or more never is ("…, says WHO.", "the WHO said": the World Health Organization, not "who"; eleventh sample).
    /// </summary>
    public bool IsStop(string word) => Stops.Contains(word.ToLowerInvariant()) && !IsAcronym(word.TrimEnd('.'));

    /// <summary>Whether a word is an all-caps acronym of two letters or more ("WHO", "UCEA"): never a pronoun or a stop word.</summary>
    internal static bool IsAcronym(string word) => word.Length >= 2 && word.All(char.IsAsciiLetterUpper);

    /// <summary>Collective nouns without -s read as a bare plural speaker ("…, police said"; quote-bare-collectives.txt).</summary>
    public IReadOnlySet<string> BareCollectives { get; }

    /// <summary>Prepositions opening an adverbial phrase between a speaker and its cue (quote-subject-prepositions.txt).</summary>
    public IReadOnlySet<string> SubjectPrepositions { get; }

    /// <summary>First words of an introductory phrase before a sentence's subject (quote-sentence-openers.txt).</summary>
    public IReadOnlySet<string> SentenceOpeners { get; }

    /// <summary>Auxiliaries and modals that make the words after a cue a reported clause, not a speaker (quote-clause-verbs.txt).</summary>
    public IReadOnlySet<string> ClauseVerbs { get; }

    /// <summary>Cues that open a report of their own after a bare "and" / "but" without "that" (quote-coordinated-cues.txt).</summary>
    public IReadOnlySet<string> CoordinatedCues { get; }

    /// <summary>Two words holding a stop word that belong to a speaker phrase ("close to", "familiar with"; quote-speaker-links.txt).</summary>
    public IReadOnlySet<string> SpeakerLinks { get; }

    /// <summary>Prepositions after a role word that tie the role to whom it serves ("a spokesperson for …": quote-role-links.txt).</summary>
    public IReadOnlySet<string> RoleLinks { get; }

    /// <summary>
    /// Whether two words tie a speaker to whom it serves or speaks for: a role word (role-words.txt) and a preposition of
    /// <see cref="RoleLinks"/> ("spokesperson for"), else two words of <see cref="SpeakerLinks"/> ("close to"). Lower case.
    /// </summary>
    public bool IsLink(string first, string second, out bool role)
    {
        // a role word's plural too: "The heads of both lobbying firms told AP" are the heads, not the firms (sample 33)
        role = RoleLinks.Contains(second) && (Entities.RoleWords.Default.IsHead(first)
            || (first.Length > 3 && first.EndsWith('s') && Entities.RoleWords.Default.IsHead(first.AsSpan(0, first.Length - 1))));
        return role || SpeakerLinks.Contains(first + " " + second);
    }

    /// <summary>Strings that mark a paragraph as an embedded post, whose words are no report of the article's (quote-embed-markers.txt).</summary>
    public IReadOnlyList<string> EmbedMarkers { get; }

    /// <summary>Conjunctions that close an object's infinitive phrase after a cue with an object (quote-infinitive-ends.txt).</summary>
    public IReadOnlySet<string> InfinitiveEnds { get; }

    /// <summary>Nouns of what a speaker wrote ("statement", "letter": speaker-statements.txt), after which "read" is a cue and a word in -ed a participle.</summary>
    public IReadOnlySet<string> Documents { get; }

    /// <summary>Words that open a post-modifier after a subject's head noun ("lawyers for …", "operators who …").</summary>
    public IReadOnlySet<string> ModifierOpeners { get; }

    /// <summary>Words that stand inside a subject's post-modifier: the openers and "of", "to", "and", "by", "on".</summary>
    public IReadOnlySet<string> ModifierInner { get; }

    /// <summary>Subordinators that end the head of the words after any cue with an object ("reported its third case … after two other cases were revealed": quote-infinitive-ends.txt).</summary>
    public IReadOnlySet<string> HeadEnds { get; }

    /// <summary>Modifiers before a cue word that make it a noun (quote-cue-traps.txt).</summary>
    public IReadOnlySet<string> Modifiers { get; }

    /// <summary>Determiners before a cue in -ed that make it an adjective (quote-cue-traps.txt).</summary>
    public IReadOnlySet<string> Determiners { get; }

    /// <summary>Cue words that are mostly nouns, verbs only before "that", a colon, a full stop or a quote mark (quote-cue-traps.txt).</summary>
    public IReadOnlySet<string> Complemented { get; }

    /// <summary>Cue words that attribute a direct quote only ("“Step out,” an officer ordered."; quote-cue-traps.txt, kind direct).</summary>
    public IReadOnlySet<string> DirectOnly { get; }

    /// <summary>Cue words that before "to" mark only aspect, the verb after "to" being the report's (quote-cue-traps.txt).</summary>
    public IReadOnlySet<string> Aspectual { get; }

    /// <summary>Cue phrases followed by an object, an appeal or a charge: without quoted words they report nothing ("called for", "accused"; quote-cue-traps.txt).</summary>
    public IReadOnlySet<string> ObjectCues { get; }

    /// <summary>
    /// A cue participle in -ing that quote-cue-traps.txt gives no kind of its own takes its past form's kind object or
    /// clause ("declaring" that of "declared", "arguing" of "argued", "admitting" of "admitted"): the participle takes
    /// the objects its finite verb takes, and reports only a clause where the verb does ("…, the guerrilla fighters
    /// waged war …, declaring victory on Jan. 1, 1959 when Batista fled the country" is an act, no report, as "Yoon
    /// declared martial law": sample 30).
    /// </summary>
    private static void InheritParticipleKinds(IReadOnlySet<string> cues, HashSet<string> kinded, HashSet<string> clauseOrObject, HashSet<string> clauseOnly)
    {
        foreach (var participle in cues.Where(c => c.EndsWith("ing", StringComparison.Ordinal) && !c.Contains(' ', StringComparison.Ordinal) && !kinded.Contains(c)).ToList())
        {
            var past = participle[..^3] + "ed";
            if (clauseOrObject.Contains(past))
            {
                clauseOrObject.Add(participle);
                if (clauseOnly.Contains(past))
                {
                    clauseOnly.Add(participle);
                }
            }
        }
    }

    /// <summary>Cue verbs followed by an object or a reported clause: without the clause they report nothing ("announced an exposure site"; quote-cue-traps.txt).</summary>
    public IReadOnlySet<string> ClauseOrObjectCues { get; }

    /// <summary>
    /// Cue words that report only a clause, with quoted words or without ("disclosed that …", not "disclosed the U.S.
    /// “certification of immunity”": quote-cue-traps.txt, kind clause); a subset of <see cref="ClauseOrObjectCues"/>.
    /// </summary>
    public IReadOnlySet<string> ClauseOnlyCues { get; }

    /// <summary>Cue participles whose words after them are an object unless "that" opens them ("calling him a liar"; quote-cue-traps.txt).</summary>
    public IReadOnlySet<string> ObjectParticiples { get; }

    /// <summary>The cues of a text (any cue verb or "according to"), in text order: the cue pattern's matches, tried at the words a cue opens with.</summary>
    public IReadOnlyList<Match> FindCues(string text) => _cues.Scan(text)[0];

    /// <summary>Participles of saying read only after a comma and only with a clause (quote-clause-participles.txt).</summary>
    public IReadOnlySet<string> ClauseParticiples { get; }

    /// <summary>
    /// The cues of <paramref name="text"/> (<see cref="FindCues"/>) and, in text order among them, its participles of
    /// <see cref="ClauseParticiples"/> after a comma: the cues of an indirect report.
    /// </summary>
    public IReadOnlyList<Match> FindReportCues(string text)
    {
        var cues = FindCues(text);
        var participles = _clauseParticiple.Value.Matches(text).Where(m => AfterComma(text, m.Index) || AfterByOrIn(text, m.Index)).ToList();
        return participles.Count == 0 ? cues : [.. cues.Concat(participles).OrderBy(m => m.Index)];
    }

    /// <summary>
    /// Whether "by" or "in" after a word of the clause, then an adverb in -ly or none, ends the text before
    /// <paramref name="at"/>: a participle there is the means or the occasion of the clause's verb, and its speaker the
    /// clause's subject ("DeSantis made news during the debate by clearly saying the … conflict … needs to come to an
    /// end", sample 2; "Sullivan responded by explaining it was impossible …", sample 34; issue 17). Not at the sentence's
    /// opening ("By saying that, he …": no word before "by").
    /// </summary>
    public static bool AfterByOrIn(string text, int at) => ByOrInBefore().IsMatch(text, at);

    [GeneratedRegex(@"\G(?<=[\p{L}\p{N},”""’)]\s+(?:by|in)\s+(?:[a-z]{2,}ly\s+)?)")]
    private static partial Regex ByOrInBefore();

    /// <summary>Whether a comma, then white space and an adverb in -ly or none, ends the text before <paramref name="at"/> ("…, falsely claiming").</summary>
    private static bool AfterComma(string text, int at)
    {
        int i = at;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        if (i >= 2 && text[i - 1] == 'y' && text[i - 2] == 'l')
        {
            int end = i;
            while (i > 0 && char.IsAsciiLetterLower(text[i - 1]))
            {
                i--;
            }

            if (end - i < 3 || i == 0 || !char.IsWhiteSpace(text[i - 1]))
            {
                return false;
            }

            while (i > 0 && char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }
        }

        return i > 0 && text[i - 1] == ',';
    }

    /// <summary>
    /// Whether <see cref="CueThenSpeaker"/> may match <paramref name="text"/> from <paramref name="at"/>: its cue opens
    /// after whitespace and commas with a word the cue table holds (or a character outside ASCII, left to the pattern).
    /// </summary>
    public bool CueMayOpenAt(string text, int at)
    {
        int i = at;
        while (i < text.Length && (text[i] == ',' || char.IsWhiteSpace(text[i])))
        {
            i++;
        }

        if (i == text.Length || !char.IsAscii(text[i]))
        {
            return i < text.Length;
        }

        // A word cut by a character the engine folds to a letter is left to the pattern as well.
        int from = i;
        AsciiWordTable.NextWord(text, ref from, out int start, out int length);
        return _cues.RulesOpeningWith(text.AsSpan(start, length)) != 0 || (from < text.Length && AsciiWordTable.HasEngineAsciiFold(text.AsSpan(from, 1)));
    }

    /// <summary>
    /// Which cue with an object opens at <paramref name="at"/> (quote-cue-traps.txt): one followed by an object, not a
    /// reported clause ("called for", "accused", a passive participle "was declared"), one followed by either
    /// ("announced", "denied"), or none.
    /// </summary>
    public CueObject ObjectCueAt(string text, int at)
        => _objectCue.Value.Match(text, at) is { Success: true } m ? (m.Groups["always"].Success ? CueObject.Always : CueObject.UnlessClause) : CueObject.None;

    /// <summary>Cue words that name when a word follows them ("proteins called GPCRs that …": quote-cue-traps.txt, kind naming).</summary>
    public IReadOnlySet<string> Naming { get; }

    /// <summary>Cue words that name a thing with quoted words ("called Bush “a liar”", "described as “unusual”": quote-naming-cues.txt).</summary>
    public IReadOnlySet<string> NamingWithQuotes { get; }

    /// <summary>Quantifiers that may open an "according to" source naming no one ("one estimate": quote-sourceless-sources.txt).</summary>
    public IReadOnlySet<string> SourcelessQuantifiers { get; }

    /// <summary>Nouns of a count or an estimate that as an "according to" source name no one (quote-sourceless-sources.txt).</summary>
    public IReadOnlySet<string> SourcelessNouns { get; }

    /// <summary>
    /// Where a quantity of a group named by an object pronoun ("Many of them", "two of us") opens, when it ends at
    /// <paramref name="end"/> and opens at or after <paramref name="limit"/> (quote-partitive-speakers.txt); else null.
    /// </summary>
    public int? PartitiveSpeakerStart(string text, int limit, int end)
    {
        int from = Math.Max(limit, end - MaxPartitiveLength);
        return _partitiveSpeaker.Match(text[from..end]) is { Success: true } m ? from + m.Index : null;
    }

    // "several of them" is 16 characters; the longest listed quantifier and pronoun with their spaces fit in 40
    private const int MaxPartitiveLength = 40;

    /// <summary>Cue words of thought, not speech ("believes", "wondered": quote-cue-traps.txt, kind thought).</summary>
    public IReadOnlySet<string> ThoughtCues { get; }

    /// <summary>Words that after a cue of thought open a question to oneself ("wondered whether": quote-cue-traps.txt, kind question).</summary>
    public IReadOnlySet<string> QuestionWords { get; }

    /// <summary>Cue words that before a number are a gain ("added 20.72 points": quote-cue-traps.txt, kind amount).</summary>
    public IReadOnlySet<string> AmountCues { get; }

    /// <summary>Head nouns of a subject that reports a finding, not speech ("work", "facts": quote-finding-subjects.txt).</summary>
    public IReadOnlySet<string> FindingSubjects { get; }

    /// <summary>Labels of an editor's note that stand where a speaker would ("Correction added …:": quote-editorial-labels.txt).</summary>
    public IReadOnlySet<string> EditorialLabels { get; }

    /// <summary>Cue verbs that after a finding noun report a finding ("suggest", "concluded": quote-finding-verbs.txt).</summary>
    public IReadOnlySet<string> FindingVerbs { get; }

    /// <summary>Prepositions that after an object-taking cue open its object ("responded to …": quote-object-prepositions.txt).</summary>
    public IReadOnlySet<string> ObjectPrepositions { get; }

    /// <summary>Prepositions that place a name-subject's speaker, or make a phrase an object (quote-place-links.txt).</summary>
    public IReadOnlyDictionary<string, PlaceLink> PlaceLinks { get; }

    /// <summary>Time words that close a speaker phrase and are no part of it (quote-speaker-times.txt).</summary>
    public IReadOnlyDictionary<string, SpeakerTime> SpeakerTimes { get; }

    /// <summary>The words of a time counted back with "ago" ("less than two weeks ago"): quote-ago-times.txt, with the number words of time-numbers.txt as amounts.</summary>
    public IReadOnlyDictionary<string, AgoTime> AgoTimes { get; }

    /// <summary>Words in -ly that are modifiers, not names, as a sentence's first word ("Early reports suggested …": quote-ly-modifiers.txt).</summary>
    public IReadOnlySet<string> LyModifiers { get; }

    /// <summary>Words of degree before an adjective the tagger may read as a verb ("more open"; quote-degree-words.txt).</summary>
    public IReadOnlySet<string> DegreeWords { get; }

    /// <summary>Words that open a phrase appended after an attribution ("after", "amid", "despite": quote-appended-openers.txt).</summary>
    public IReadOnlySet<string> AppendedOpeners { get; }

    /// <summary>The start of a phrase appended after an attribution ("said on Tuesday, after years of …").</summary>
    public Regex AppendedPhrase => _appendedPhrase.Value;

    /// <summary>
    /// The words after an attribution up to a phrase that goes on with the report (quote-report-continuations.txt: "…,
    /// The Korea Times reported, down from 19% a week earlier").
    /// </summary>
    public Regex ReportContinuation => _reportContinuation.Value;

    /// <summary>The auxiliaries that make a cue's past participle passive ("is called", quote-cue-traps.txt kind passive).</summary>
    public IReadOnlySet<string> PassiveAuxiliaries { get; }

    /// <summary>A speaker frame that closes the text before a quote ("in the words of the patient:", "As he related,"):
    /// groups cue and spk (quote-speaker-frames.txt).</summary>
    public Match SpeakerFrame(string before) => _speakerFrame.Value.Match(before);

    /// <summary>Whether a negation right before the cue at <paramref name="cueStart"/> negates it ("researchers don't
    /// say how many …"; quote-cue-traps.txt, kind negation): read back no further than <paramref name="limit"/>.</summary>
    public bool Negated(string text, int cueStart, int limit)
        => _negated.Value.IsMatch(text[Math.Max(limit, cueStart - 20)..cueStart]);

    /// <summary>Nouns of a claim that after an article head a reduced relative clause, no speaker ("…, a charge Gonzalez denied": quote-claim-nouns.txt).</summary>
    public IReadOnlySet<string> ClaimNouns { get; }

    /// <summary>Nouns of saying whose "that"-clause a possessive holder reports ("his suggestion that …": quote-saying-nouns.txt).</summary>
    public IReadOnlySet<string> SayingNouns { get; }

    /// <summary>Nouns that take a content clause ("the fact that …", "a newspaper report that …": quote-content-nouns.txt).</summary>
    public IReadOnlySet<string> ContentNouns { get; }

    /// <summary>Cue words that take a hearer before "that" ("told the panel that …": quote-hearer-cues.txt).</summary>
    public IReadOnlySet<string> HearerCues { get; }

    /// <summary>Nouns of a time that after "that" make it a demonstrative ("an attack that day …": quote-demonstrative-times.txt).</summary>
    public IReadOnlySet<string> DemonstrativeTimes { get; }

    /// <summary>Nouns that in the phrase right after a cue make it the cue's object ("chanting anti-U.S. slogans": quote-object-nouns.txt).</summary>
    public IReadOnlySet<string> ObjectNouns { get; }

    /// <summary>Question verbs ("asked") whose addressee answers the next reply (quote-turns.txt).</summary>
    public IReadOnlySet<string> Questions { get; }

    /// <summary>Reply verbs ("replied", "answered"): a pronoun speaker of one stands for the addressee of the question before (quote-turns.txt).</summary>
    public IReadOnlySet<string> Replies { get; }

    /// <summary>
    /// A cue's passive participle at <paramref name="at"/> followed by "that", with its agent after "by" or none ("It was
    /// told that …", "was told by the prosecutor that …"): the match ends where the reported clause starts, its group
    /// "agent" is the speaker; unsuccessful otherwise.
    /// </summary>
    public Match PassiveReport(string text, int at) => _passiveReport.Value.Match(text, at);

    /// <summary>
    /// "The inquest heard that …" opening <paramref name="sentence"/> (group "content" at the clause's first character)
    /// or "…, an inquest has heard." closing it (the match starts at the comma's end): a report with no speaker, the body
    /// the hearer (quote-hearers.txt); group "cue" is "heard".
    /// </summary>
    public Match HearerReport(string sentence)
        => sentence.Contains(HeardCue, StringComparison.Ordinal) ? _hearerReport.Value.Match(sentence) : Match.Empty;

    /// <summary>
    /// The cue of <see cref="HearerReport"/>, matched as written: a sentence without it is not tried (the pattern's second
    /// branch may open after any comma, so it was tried at every position of every sentence without an attribution:
    /// ~7 µs a sentence, interpreted; bench/README.md, "perf-warm2").
    /// </summary>
    private const string HeardCue = "heard";

    /// <summary>The first cue of a text, or an unsuccessful match.</summary>
    public Match FindFirstCue(string text) => FindCues(text) is [var first, ..] ? first : Match.Empty;

    /// <summary>The cue pattern, unanchored: <see cref="FindCues"/> gives its matches.</summary>
    public Regex CuePattern => _cueUnanchored.Value;

    public Regex SpeakerThenCue => _speakerThenCue.Regex;

    public Regex CueThenSpeaker => _cueThenSpeaker.Regex;
}

/// <summary>What follows a cue word, by its kind in quote-cue-traps.txt.</summary>
internal enum CueObject
{
    /// <summary>A reported clause or anything else: the cue reports what follows it.</summary>
    None,

    /// <summary>An appeal, a charge or a passive participle ("called for", "accused", "was declared"): reporting nothing without quoted words.</summary>
    Always,

    /// <summary>An object or a reported clause ("announced", "denied"): reporting nothing without the clause.</summary>
    UnlessClause,
}

/// <summary>How a preposition before a name-subject reads (quote-place-links.txt).</summary>
internal enum PlaceLink
{
    /// <summary>Places or affiliates the speaker of the phrase before it ("in", "at", "from").</summary>
    Link,

    /// <summary>"of" inside a place's name ("the town of Saraqeb"): a link that places nothing alone.</summary>
    Name,

    /// <summary>Makes the phrase after it an object ("for", "to"): no speaker there.</summary>
    Object,
}

/// <summary>A word of a time between a speaker and the cue (quote-speaker-times.txt).</summary>
/// <summary>The role of a word in a time counted back with "ago" (quote-ago-times.txt).</summary>
internal enum AgoTime
{
    /// <summary>"ago" itself, the phrase's last word.</summary>
    Ago,

    /// <summary>The unit counted ("weeks").</summary>
    Unit,

    /// <summary>How many ("two", "a", "few").</summary>
    Amount,

    /// <summary>A word before the amount ("less than", "about").</summary>
    Hedge,
}

internal enum SpeakerTime
{
    /// <summary>A day of the week, capitalised.</summary>
    Weekday,

    /// <summary>A time in lower case ("week", "now"; "USA Today" holds none).</summary>
    Time,

    /// <summary>A word before a time ("last", "on"): passed over only after one.</summary>
    Before,
}
