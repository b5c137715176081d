using System.Collections.Frozen;

namespace Dateline.Language.Events;

/// <summary>How a trigger word stands in its entry: which form of the verb, or the noun.</summary>
internal enum TriggerForm
{
    Base,
    ThirdPerson,
    PastParticiple,
    Gerund,
    Noun,
}

/// <summary>One line of Data/event-triggers.txt.</summary>
internal sealed record TriggerEntry(EventType Type, bool IsNoun, string Lemma, string[] Particles, FrozenSet<string> Prepositions)
{
    /// <summary>Whether the words after the verb, or after the noun's preposition, must name an actor (Data/event-actor-objects.txt).</summary>
    public bool NeedsActorObject { get; init; }

    /// <summary>Whether the verb's subject, when the sentence names one, must be an actor (Data/event-actor-subjects.txt): "Firefox supports printing", "the apps help marketers" report no event.</summary>
    public bool NeedsActorSubject { get; init; }

    /// <summary>Whether the verb asks only with an object and a "to"-infinitive after it (Data/event-directive-verbs.txt): "told students to stay", "invited Sinn Fein to rejoin", "were told by WeWork to sign"; "told reporters" is no request.</summary>
    public bool NeedsInfinitive { get; init; }

    /// <summary>A noun phrase's head word: its last ("humanitarian aid"), or its first before "of" ("states of emergency"); a verb's lemma.</summary>
    public string Head => IsNoun && Particles.Length > 0 && Array.IndexOf(Particles, "of") < 0 ? Particles[^1] : Lemma;
}

/// <summary>
/// One line of Data/event-not-triggers.txt: a phrase in which a trigger word of <see cref="Type"/> names no event
/// ("a great deal", "heart attack", "struck a guard rail"). Each position lists the word forms it accepts.
/// </summary>
internal sealed record SensePhrase(EventType Type, FrozenSet<string>[] Words)
{
    /// <summary>Whether the words around position <paramref name="i"/> of the sentence spell the phrase with the trigger word inside it.</summary>
    public bool Matches(SentenceView s, int i)
    {
        for (int at = 0; at < Words.Length; at++)
        {
            int start = i - at;
            if (start < 0 || start + Words.Length > s.Count || !Words[at].Contains(s.Lower(i)))
            {
                continue;
            }

            bool all = true;
            for (int k = 0; k < Words.Length && all; k++)
            {
                all = Words[k].Contains(s.Lower(start + k));
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A trigger entry reached through one of its word forms.</summary>
internal readonly record struct TriggerWord(TriggerEntry Entry, TriggerForm Form);

/// <summary>The event layer's data files (Events/Data), loaded once: triggers by word form, actor nouns, causes that are not actors, skipped words, modality cues.</summary>
internal sealed class EventLexicon
{
    private static readonly Lazy<EventLexicon> LazyShipped = new(() => new EventLexicon());

    private EventLexicon()
    {
        var words = new Dictionary<string, List<TriggerWord>>(StringComparer.Ordinal);
        var actorObjects = Set("event-actor-objects.txt");
        var actorSubjects = Set("event-actor-subjects.txt");
        var directiveVerbs = Set("event-directive-verbs.txt");
        var passiveHarm = Set("event-passive-harm-verbs.txt");
        var verbForms = ResourceText.Rows("event-verb-forms.txt").ToDictionary(r => r[0], r => r[1..], StringComparer.Ordinal);
        foreach (var row in ResourceText.Rows("event-triggers.txt"))
        {
            if (row.Length < 4)
            {
                throw new InvalidDataException($"event-triggers.txt: '{string.Join('\t', row)}' needs TYPE, verb|noun, words and prepositions");
            }

            var type = EventCodes.ParseType(row[0]);
            bool noun = row[1] switch { "noun" => true, "verb" => false, _ => throw new InvalidDataException($"event-triggers.txt: '{row[1]}' is not verb or noun") };
            var parts = row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var preps = row[3] == "-" ? [] : row[3].TrimStart('=').Split(',', StringSplitOptions.RemoveEmptyEntries);
            var entry = new TriggerEntry(type, noun, parts[0], parts[1..], preps.ToFrozenSet(StringComparer.Ordinal)) { NeedsActorObject = actorObjects.Contains(parts[0]), NeedsActorSubject = !noun && actorSubjects.Contains(parts[0]), NeedsInfinitive = !noun && directiveVerbs.Contains(parts[0]) };
            var extra = row.Length > 4 ? row[4].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            foreach (var (form, kind) in Forms(parts[0], noun, extra.Select(e => e.Split(' ')[0]), verbForms.GetValueOrDefault(parts[0])))
            {
                if (!noun && kind != TriggerForm.PastParticiple && passiveHarm.Contains(parts[0]))
                {
                    continue; // a passive-only harm verb has only its participle: "beating" and "abuse" stay the nouns they are listed as
                }

                Add(form, new TriggerWord(entry, kind));
            }

            if (noun && parts.Length > 1 && !parts.Contains("of"))
            {
                // a compound noun's plural is its last word's ("air strikes", "joint exercises"); "states of emergency" is the first word's
                Add(parts[0], new TriggerWord(entry with { Particles = [.. parts[1..^1], Plural(parts[^1])] }, TriggerForm.Noun));
            }
        }

        void Add(string form, TriggerWord word)
        {
            if (!words.TryGetValue(form, out var list))
            {
                words[form] = list = [];
            }

            if (!list.Contains(word))
            {
                list.Add(word);
            }
        }

        var senses = new Dictionary<string, List<SensePhrase>>(StringComparer.Ordinal);
        foreach (var row in ResourceText.Rows("event-not-triggers.txt"))
        {
            var phrase = new SensePhrase(EventCodes.ParseType(row[0]), [.. string.Join(' ', row[1..]).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant().Split('|').ToFrozenSet(StringComparer.Ordinal))]);
            foreach (var form in phrase.Words.SelectMany(w => w).Where(words.ContainsKey).Distinct())
            {
                if (!senses.TryGetValue(form, out var list))
                {
                    senses[form] = list = [];
                }

                list.Add(phrase);
            }
        }

        NotTriggers = new(senses.ToFrozenDictionary(p => p.Key, p => (IReadOnlyList<SensePhrase>)[.. p.Value], StringComparer.Ordinal));

        Triggers = new(words.ToFrozenDictionary(p => p.Key, p => (IReadOnlyList<TriggerWord>)[.. p.Value], StringComparer.Ordinal));
        Actors = Set("event-actors.txt");
        NotActors = Set("event-not-actors.txt");
        ViolentCauses = Set("event-violent-causes.txt");
        Skip = Set("event-skip.txt");
        ThingNouns = Set("event-thing-nouns.txt");
        ActorModifiers = Set("event-actor-modifiers.txt");
        CommonVerbs = Set("event-common-verbs.txt");
        ControlVerbs = Set("event-control-verbs.txt");
        LightVerbs = Set("event-light-verbs.txt");
        HolderVerbs = Set("event-holder-verbs.txt");
        Proxies = Set("event-proxies.txt");
        PolicyObjects = Set("event-policy-objects.txt");
        VictimNouns = Set("event-victim-nouns.txt");
        LightNouns = Set("event-light-nouns.txt");
        GoingVerbs = Set("event-going-verbs.txt");
        IntentionNouns = Set("event-intention-nouns.txt");
        HelpingVerbs = Set("event-helping-verbs.txt");
        MeansVerbs = Set("event-means-verbs.txt");
        UndergoVerbs = Set("event-undergo-verbs.txt");
        CompoundPrepositions = ResourceText.Rows("event-compound-prepositions.txt").ToFrozenDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        AddressedNouns = Set("event-addressed-nouns.txt");
        HeldVerbs = Set("event-held-verbs.txt");
        ReciprocalVerbs = Set("event-reciprocal-verbs.txt");
        AgentNouns = Set("event-agent-nouns.txt");
        FromSourceNouns = Set("event-from-source-nouns.txt");
        AllegationVerbs = Set("event-allegation-verbs.txt");
        SettlementModifiers = Set("event-settlement-modifiers.txt");
        ConcludeParticiples = Set("event-conclude-participles.txt");
        AnswerVerbs = Set("event-answer-verbs.txt");
        ReportParticiples = Set("event-report-participles.txt");
        OpenCauses = Set("event-open-causes.txt");
        AccidentCauses = Set("event-accident-causes.txt");
        AccidentHarms = Set("event-accident-harms.txt");
        AccidentAdverbs = Set("event-accident-adverbs.txt");
        ImportWords = Set("event-import-words.txt");
        ShareWords = Set("event-share-words.txt");
        ExitVerbs = Set("event-exit-verbs.txt");
        BargainCues = [.. ResourceText.Rows("event-bargain-cues.txt").Select(r => (Clause: r[0] == "clause", Words: r[1].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)))];
        Press = Set("event-press.txt");
        StrikeObjects = Set("event-strike-objects.txt");
        StrikeModifiers = Set("event-strike-modifiers.txt");
        KindModifiers = Set("event-kind-modifiers.txt");
        GiveVerbs = Set("event-give-verbs.txt");
        JoinVerbs = Set("event-join-verbs.txt");
        JoinNouns = Set("event-join-nouns.txt");
        RaiseVerbs = Set("event-raise-verbs.txt");
        SeekVerbs = Set("event-seek-verbs.txt");
        SeekObjects = Set("event-seek-objects.txt");
        BusinessNouns = Set("event-business-nouns.txt");
        JoinObjects = Set("event-join-objects.txt");
        JoinNames = Set("event-join-names.txt");
        ThreatCues = Set("event-threat-cues.txt");
        WarningVerbs = Set("event-warning-verbs.txt");
        WeaponVerbs = Set("event-weapon-verbs.txt");
        WarningThreats = Set("event-warning-threats.txt");
        SpeechCues = Set("event-speech-cues.txt");
        PlayCues = Set("event-play-cues.txt");
        VerbalAssaults = Set("event-verbal-assaults.txt");
        VerbalObjects = Set("event-verbal-objects.txt");
        VerbalAttackModifiers = Set("event-verbal-attack-modifiers.txt");
        PassiveInfinitives = Set("event-passive-infinitives.txt");
        AidObjects = Set("event-aid-objects.txt");
        ConcessionObjects = Set("event-concession-objects.txt");
        NeedsActorNouns = Set("event-needs-actor-nouns.txt");
        PossessorNouns = Set("event-possessor-nouns.txt");
        NeedsTargetVerbs = Set("event-needs-target-verbs.txt");
        NamingVerbs = Set("event-naming-verbs.txt");
        AccusedNouns = Set("event-accused-nouns.txt");
        Pejoratives = Set("event-pejoratives.txt");
        AskedForVerbs = Set("event-asked-for-verbs.txt");
        QuestionVerbs = Set("event-question-verbs.txt");
        QuestionCues = Set("event-question-cues.txt");
        LeadingParticiples = Set("event-leading-participles.txt");
        PassiveOnlyVerbs = Set("event-passive-only-verbs.txt");
        PassiveHarmVerbs = passiveHarm;
        HarmOutcomes = Set("event-harm-outcomes.txt");
        Modality = [.. ResourceText.Rows("event-modality.txt").Select(r => (EventCodes.ParseMode(r[0]), r[1].Split(' ')))];
        ModalityByFirst = new(Enumerable.Range(0, Modality.Count).GroupBy(c => Modality[c].Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal));
        NegationSuffixCues = ModalityByFirst.TryGetValue(NegationSuffix, out var cues) ? cues : [];
    }

    public static EventLexicon Shipped => LazyShipped.Value;

    /// <summary>Trigger entries by lower-cased word form (the first word of a phrase).</summary>
    public WordTable<IReadOnlyList<TriggerWord>> Triggers { get; }

    /// <summary>Phrases of event-not-triggers.txt by the trigger word forms they hold: where the word names no event of the phrase's type.</summary>
    public WordTable<IReadOnlyList<SensePhrase>> NotTriggers { get; }

    /// <summary>Whether the trigger word at <paramref name="i"/> sits in a phrase of event-not-triggers.txt for <paramref name="type"/> ("a great deal", "heart attack").</summary>
    public bool IsNotTrigger(SentenceView s, int i, EventType type)
    {
        if (!NotTriggers.TryGetValue(s.Lower(i), out var phrases))
        {
            return false;
        }

        // by index, without a lambda: a closure over s, i and type would be allocated at every call, phrase or not
        for (int p = 0; p < phrases.Count; p++)
        {
            if (phrases[p].Type == type && phrases[p].Matches(s, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nouns naming actors without a name ("protesters", "troops").</summary>
    public WordSet Actors { get; }

    /// <summary>Causes that make a "killing" an accident or a disaster, not an event.</summary>
    public WordSet NotActors { get; }

    /// <summary>Weapons and attacks that make the event an assault by someone unnamed.</summary>
    public WordSet ViolentCauses { get; }

    /// <summary>Words inside an actor's phrase before its noun ("armed", "southern", "Islamist").</summary>
    public WordSet ActorModifiers { get; }

    /// <summary>Verb forms that end a noun phrase ("broke", "resumed" is caught by its ending).</summary>
    public WordSet CommonVerbs { get; }

    /// <summary>Words that take "to" and another verb ("plans", "expected", "ready").</summary>
    public WordSet ControlVerbs { get; }

    /// <summary>Verbs of helping whose subject acts in the bare verb after them ("helped broker a deal").</summary>
    public WordSet HelpingVerbs { get; }

    /// <summary>Verbs of using a means whose subject acts in the purpose infinitive after their thing object ("used explosives to attack").</summary>
    public WordSet MeansVerbs { get; }

    /// <summary>Verbs whose subject acts in the event noun they take ("launched an attack").</summary>
    public WordSet LightVerbs { get; }

    /// <summary>Verbs of having before "the support of" ("had", "received").</summary>
    public WordSet HolderVerbs { get; }

    /// <summary>Nouns that after a possessive stand for the possessor ("his campaign", "its forces").</summary>
    public WordSet Proxies { get; }

    /// <summary>Event nouns that name an event only after their possessor, "to" only before a verb ("his calls to end", event-possessor-nouns.txt).</summary>
    public WordSet PossessorNouns { get; }

    /// <summary>Verbs of event-actor-objects.txt whose object may also be a policy or a result when a named actor acts ("the EU would not endorse the result").</summary>
    public WordSet PolicyObjects { get; }

    /// <summary>Trigger nouns whose possessor undergoes the action ("his arrest", "Khodorkovsky's release"), not performs it.</summary>
    public WordSet VictimNouns { get; }

    /// <summary>Nouns whose verb's subject acts in the event noun after their preposition ("claimed responsibility for the attacks").</summary>
    public WordSet LightNouns { get; }

    /// <summary>Verbs whose subject acts in the event noun after their "on" ("went on strike", "went on a rampage").</summary>
    public WordSet GoingVerbs { get; }

    /// <summary>Nouns of intending or deciding whose possessor acts in the verb after their "to" ("Trump's decision to withhold").</summary>
    public WordSet IntentionNouns { get; }

    /// <summary>Verbs whose subject undergoes the ACCUSE, THREATEN, SANCTION, COERCE, AID or SUPPORT noun they take ("faces charges", "received a lifeline").</summary>
    public WordSet UndergoVerbs { get; }

    /// <summary>The first words of compound prepositions and the word after each ("ahead" → "of", "due" → "to"): no noun compound goes on through them.</summary>
    public FrozenDictionary<string, string> CompoundPrepositions { get; }

    /// <summary>Nouns of accusing whose receiver is whom they are made to, not the accused ("after receiving complaints").</summary>
    public WordSet AddressedNouns { get; }

    /// <summary>Verbs whose subject is held in the COERCE noun of their "in"/"under" phrase ("remains in custody", "died in police custody").</summary>
    public WordSet HeldVerbs { get; }

    /// <summary>
    /// ASSAULT verbs of fighting between sides ("police and militants clashed", "Ethiopia and Eritrea fought a war"):
    /// coordinated subjects with no object fight each other, and the bare form after a subject is no passive.
    /// </summary>
    public WordSet ReciprocalVerbs { get; }

    /// <summary>Trigger nouns that name who acts ("its backer Syria"): their possessor, modifier or "of" phrase is acted for.</summary>
    public WordSet AgentNouns { get; }

    /// <summary>Trigger nouns of speaking and giving whose "from" phrase names who acts ("accusations from Shi'ite officials", "donations from Catholic individuals").</summary>
    public WordSet FromSourceNouns { get; }

    /// <summary>ACCUSE verbs whose "that" clause's subject is the accused ("alleged that Israeli spies are entrenched"); for the others the clause is a statement.</summary>
    public WordSet AllegationVerbs { get; }

    /// <summary>Words before a singular deal or agreement that make it a settlement between parties ("the peace deal", "the withdrawal agreement").</summary>
    public WordSet SettlementModifiers { get; }

    /// <summary>Participles that conclude a deal or agreement right after it ("a deal is struck", "the accord, which was announced").</summary>
    public WordSet ConcludeParticiples { get; }

    /// <summary>Verbs (and "amid") that answer or weigh an accusation noun they take ("denied the accusation"): ACCUSE with no actor of theirs.</summary>
    public WordSet AnswerVerbs { get; }

    /// <summary>Participles of reporting between a passive's auxiliary and its participle ("were reported killed").</summary>
    public WordSet ReportParticiples { get; }

    /// <summary>Causes of event-not-actors.txt that may as well be an attack ("killed in an explosion"): a passive killing in one stays an assault.</summary>
    public WordSet OpenCauses { get; }

    /// <summary>Words that report an accident, a disaster or a disease anywhere in a sentence ("a helicopter crashed, killing …").</summary>
    public WordSet AccidentCauses { get; }

    /// <summary>Assault trigger forms an accident may cause too ("killed", "wounded"): with no actor, in a sentence of <see cref="AccidentCauses"/>, no event.</summary>
    public WordSet AccidentHarms { get; }

    /// <summary>Adverbs that make an actor's harm an accident ("accidentally shot and wounded"): no assault.</summary>
    public WordSet AccidentAdverbs { get; }

    /// <summary>Words of imports: a ban on them is a SANCTION ("a ban on U.S. beef imports").</summary>
    public WordSet ImportWords { get; }

    /// <summary>Words of a share of people ("83% of", "59.6 percent of"): a share that backs or rejects is a poll's or a vote's count.</summary>
    public WordSet ShareWords { get; }

    /// <summary>Verbs of leaving or refusing a meeting ("boycott", "withdrawing from"): the talks they take are no meeting of their own.</summary>
    public WordSet ExitVerbs { get; }

    /// <summary>Phrases that open what a deal trades or a threat demands ("in exchange for", "unless"), each as its words; Clause: only the verbs after it are content.</summary>
    public IReadOnlyList<(bool Clause, string[] Words)> BargainCues { get; }

    /// <summary>The press as a party ("reporters", "Wikinews"): talking with it is a statement, no CONSULT.</summary>
    public WordSet Press { get; }

    /// <summary>What a military strike hits ("struck targets", "strikes on the camp"): the strike is ASSAULT, not PROTEST.</summary>
    public WordSet StrikeObjects { get; }

    /// <summary>Words right before a strike noun that make it a military one ("militant strikes", "a retaliatory strike").</summary>
    public WordSet StrikeModifiers { get; }

    /// <summary>Words right before an attack noun that say its kind or what it hit, not its attacker ("terrorist attacks", "the embassy bombings").</summary>
    public WordSet KindModifiers { get; }

    /// <summary>Forms of verbs of giving that code AID when a thing of event-aid-objects.txt follows ("sent food").</summary>
    public WordSet GiveVerbs { get; }

    /// <summary>Forms of verbs of raising money that code AID to the raiser with money as object ("She has raised $33 million").</summary>
    public WordSet RaiseVerbs { get; }

    /// <summary>Forms of "seek" that code REQUEST with a thing asked of someone as object ("had sought an injunction").</summary>
    public WordSet SeekVerbs { get; }

    /// <summary>What one seeks of another, who grants it or not ("support", "permission", "damages"): the objects of <see cref="SeekVerbs"/> that request.</summary>
    public WordSet SeekObjects { get; }

    /// <summary>Heads of a business as an actor noun ("company", "firm"): a business raising money raises capital, not aid.</summary>
    public WordSet BusinessNouns { get; }

    /// <summary>Nouns of joining that code COOPERATE with a body of allies before or after them ("NATO membership", "accession to the WTO").</summary>
    public WordSet JoinNouns { get; }

    /// <summary>Forms of verbs of joining that code COOPERATE with a body of event-join-objects.txt as object ("joined the alliance").</summary>
    public WordSet JoinVerbs { get; }

    /// <summary>Heads of bodies of allies whose joining is COOPERATE ("alliance", "coalition", "NATO").</summary>
    public WordSet JoinObjects { get; }

    /// <summary>Heads of bodies of allies that count only capitalized ("the European Union", "the Arab League").</summary>
    public WordSet JoinNames { get; }

    /// <summary>Forms of verbs of vowing that, with "to", make the assault after them a threat ("vowed to intensify its attacks").</summary>
    public WordSet ThreatCues { get; }

    /// <summary>Forms of the warning verb, REQUEST unless a punitive word follows it (<see cref="WarningThreats"/>).</summary>
    public WordSet WarningVerbs { get; }

    /// <summary>Lemmas of ASSAULT verbs that attack only when a weapon or an attack hits (<c>event-weapon-verbs.txt</c>): "rockets hit Peshawar", not "the storm hit".</summary>
    public WordSet WeaponVerbs { get; }

    /// <summary>Punitive words that after "will"/"would"/"won't" in a warning's clause make it a threat ("warned that they will face retaliation").</summary>
    public WordSet WarningThreats { get; }

    /// <summary>Words of speech and debate that make an attack verb near them verbal, ACCUSE ("attacked Biden during the debates").</summary>
    public WordSet SpeechCues { get; }

    /// <summary>Words of a game (Data/event-play-cues.txt): a sentence with one reports play ("withdrew from the tournament").</summary>
    public WordSet PlayCues { get; }

    /// <summary>Lemmas of assault verbs that can name a verbal attack ("attack").</summary>
    public WordSet VerbalAssaults { get; }

    /// <summary>What a person says, stands for or is, whose attack is verbal ("attacks on her record", "attacked his policies").</summary>
    public WordSet VerbalObjects { get; }

    /// <summary>
    /// Words of an attack noun's own phrase that make it verbal (Data/event-verbal-attack-modifiers.txt): an adjective of
    /// speech before it ("sharp attacks on"), the head of its "of" ("this line of attack on Obama").
    /// </summary>
    public WordSet VerbalAttackModifiers { get; }

    /// <summary>Verbs whose infinitive after "be" is passive in sense ("the government is to blame": it is blamed).</summary>
    public WordSet PassiveInfinitives { get; }

    /// <summary>Things whose giving is AID: food, medicine, weapons, money.</summary>
    public WordSet AidObjects { get; }

    /// <summary>Things whose giving is CONCEDE: independence, autonomy, freedom, a request, a pardon.</summary>
    public WordSet ConcessionObjects { get; }

    /// <summary>Event nouns (first words of their entries) that name no event without a named actor: documents, relations, legal steps ("the deal", "charges").</summary>
    public WordSet NeedsActorNouns { get; }

    /// <summary>Lemmas of trigger verbs that name an event only with an actor acted upon ("trained Afghan police"; not "militants were training").</summary>
    public WordSet NeedsTargetVerbs { get; }

    /// <summary>Lemmas of verbs of naming ("call", "brand", "label", "dub"): ACCUSE only when they name an actor an insult of <see cref="Pejoratives"/>.</summary>
    public WordSet NamingVerbs { get; }

    /// <summary>Lemmas of ACCUSE nouns that accuse only when they name the accused and no possessor ("claims that the CIA used"): event-accused-nouns.txt.</summary>
    public WordSet AccusedNouns { get; }

    /// <summary>Insults a verb of naming calls an actor ("demagogue", "liars", "blackmailer"): event-pejoratives.txt.</summary>
    public WordSet Pejoratives { get; }

    /// <summary>Lemmas of request verbs whose object is what is asked for ("demanded the withdrawal of"), beside the verbs with the particle "for".</summary>
    public WordSet AskedForVerbs { get; }

    /// <summary>Lemmas of trigger verbs that name an event only as a passive participle with an actor subject ("She was held").</summary>
    public WordSet PassiveOnlyVerbs { get; }

    /// <summary>Lemmas of harm verbs coded only as a passive participle done to a person ("he was burned", "are beaten"): event-passive-harm-verbs.txt.</summary>
    public WordSet PassiveHarmVerbs { get; }

    /// <summary>Lemmas of REQUEST verbs that also ask questions ("asked Trump how"): event-question-verbs.txt.</summary>
    public WordSet QuestionVerbs { get; }

    /// <summary>Words that open a question after a verb of asking and its addressee ("which", "whether", "questions"): event-question-cues.txt.</summary>
    public WordSet QuestionCues { get; }

    /// <summary>Lemmas of harm verbs that name the outcome of the act joined before them ("shot and killed": one event): event-harm-outcomes.txt.</summary>
    public WordSet HarmOutcomes { get; }

    /// <summary>Participles of a compound whose left part leads the event noun after it ("the U.S.-led invasion").</summary>
    public WordSet LeadingParticiples { get; }

    /// <summary>Whether a request verb's object is what is asked for, not who is asked: "call for", "press for", "demand", "request".</summary>
    public bool AsksFor(TriggerEntry entry) => entry.Type == EventType.Request && !entry.IsNoun && (entry.Particles is [.., "for"] || AskedForVerbs.Contains(entry.Lemma));

    /// <summary>Nouns shaped like person nouns that name things ("border", "computer").</summary>
    public WordSet ThingNouns { get; }

    /// <summary>
    /// Whether a noun names people: listed in event-actors.txt, or shaped like a person noun (-er, -or, -ist,
    /// -ian, -ee, -man, singular or plural: "doctor", "journalists", "detainees", "spokesman") and not a thing.
    /// </summary>
    public bool IsActorNoun(string word)
    {
        if (Actors.Contains(word))
        {
            return true;
        }

        // the shape first, without a copy of the stem ("-men" is "-man" of the same length), then the things among
        // the shaped words: most words asked have no person shape, and the set is not read for them
        return word.Length >= 5 && char.IsLetter(word[0]) && HasPersonShape(word) && !ThingNouns.Contains(word);
    }

    private static bool HasPersonShape(string word)
    {
        if (word.EndsWith("men", StringComparison.Ordinal))
        {
            return true; // the stem ends in "man" and is as long as the word (five or more)
        }

        var stem = word.EndsWith('s') ? word.AsSpan(0, word.Length - 1) : word.AsSpan();
        return stem.EndsWith("er", StringComparison.Ordinal) || stem.EndsWith("or", StringComparison.Ordinal) || stem.EndsWith("ist", StringComparison.Ordinal)
            || stem.EndsWith("ian", StringComparison.Ordinal) || stem.EndsWith("ee", StringComparison.Ordinal)
            || (stem.EndsWith("man", StringComparison.Ordinal) && stem.Length > 4);
    }

    /// <summary>Auxiliaries and adverbs between an actor and its verb.</summary>
    public WordSet Skip { get; }

    public IReadOnlyList<(EventMode Mode, string[] Words)> Modality { get; }

    /// <summary>A cue word that matches every word ending in it ("didn't", "won't").</summary>
    private const string NegationSuffix = "n't";

    /// <summary>The indices into <see cref="Modality"/> of the cues by their first word.</summary>
    private WordTable<int[]> ModalityByFirst { get; }

    private int[] NegationSuffixCues { get; }

    /// <summary>
    /// The mode of the <see cref="Modality"/> cues that lie within words [<paramref name="start"/>,
    /// <paramref name="end"/>): negated when a negation matches, else the mode of the last-listed cue that matches,
    /// else asserted (as asking every cue at every word does; this asks only the cues whose first word is there).
    /// </summary>
    public EventMode CueMode(SentenceView s, int start, int end)
    {
        int last = -1;
        for (int k = start; k < end; k++)
        {
            string w = s.Lower(k);
            if (ModalityByFirst.TryGetValue(w, out var cues))
            {
                if (Matches(s, k, end, cues, ref last))
                {
                    return EventMode.Negated;
                }
            }

            if (w != NegationSuffix && w.EndsWith(NegationSuffix, StringComparison.Ordinal) && Matches(s, k, end, NegationSuffixCues, ref last))
            {
                return EventMode.Negated;
            }
        }

        return last < 0 ? EventMode.Asserted : Modality[last].Mode;
    }

    /// <summary>Whether a negation among <paramref name="cues"/> matches at word <paramref name="k"/>; the last-listed other match in <paramref name="last"/>.</summary>
    private bool Matches(SentenceView s, int k, int end, int[] cues, ref int last)
    {
        foreach (int c in cues)
        {
            var (mode, words) = Modality[c];
            if (k + words.Length > end)
            {
                continue;
            }

            bool match = true;
            for (int w = 0; w < words.Length && match; w++)
            {
                match = s.Lower(k + w) == words[w] || (words[w] == NegationSuffix && s.Lower(k + w).EndsWith(NegationSuffix, StringComparison.Ordinal));
            }

            if (match)
            {
                if (mode == EventMode.Negated)
                {
                    return true;
                }

                last = Math.Max(last, c);
            }
        }

        return false;
    }

    private static WordSet Set(string file)
        => new(ResourceText.Lines(file).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(w => w.ToLowerInvariant()));

    /// <param name="irregular">The verb's past, past participle and -ing form from event-verb-forms.txt, when it is listed.</param>
    private static IEnumerable<(string Form, TriggerForm Kind)> Forms(string lemma, bool noun, IEnumerable<string> extra, string[]? irregular)
    {
        if (noun)
        {
            yield return (lemma, TriggerForm.Noun);
            yield return (Plural(lemma), TriggerForm.Noun);
            foreach (var e in extra)
            {
                yield return (e, TriggerForm.Noun);
            }

            yield break;
        }

        yield return (lemma, TriggerForm.Base);
        yield return (Plural(lemma), TriggerForm.ThirdPerson);
        foreach (var e in extra)
        {
            yield return (e, e.EndsWith("ing", StringComparison.Ordinal) ? TriggerForm.Gerund : e.EndsWith('s') ? TriggerForm.ThirdPerson : TriggerForm.PastParticiple);
        }

        if (irregular is [var past, var participle, var gerund, ..])
        {
            yield return (past, TriggerForm.PastParticiple);
            yield return (participle, TriggerForm.PastParticiple);
            yield return (gerund, TriggerForm.Gerund);
            yield break;
        }

        yield return (Past(lemma), TriggerForm.PastParticiple);
        yield return (Gerund(lemma), TriggerForm.Gerund);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string Plural(string w)
        => w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("sh", StringComparison.Ordinal) || w.EndsWith("ch", StringComparison.Ordinal) ? w + "es"
            : w.Length > 1 && w[^1] == 'y' && !IsVowel(w[^2]) ? w[..^1] + "ies"
            : w + "s";

    private static string Past(string w)
        => w.EndsWith('e') ? w + "d"
            : w.Length > 1 && w[^1] == 'y' && !IsVowel(w[^2]) ? w[..^1] + "ied"
            : w + "ed";

    private static string Gerund(string w)
        => w.EndsWith("ee", StringComparison.Ordinal) || w.EndsWith("ie", StringComparison.Ordinal) ? w + "ing"
            : w.EndsWith('e') ? w[..^1] + "ing"
            : w + "ing";
}
