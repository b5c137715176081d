using System.Text.RegularExpressions;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;
using Dateline.Language.Entities;
using Dateline.Language.Sentences;

namespace Dateline.Language.Quotes.Speakers;

/// <summary>
/// Mention-level speaker resolution for the quotes of one document. A pronoun takes the last earlier person that
/// agrees in gender (honorifics and nouns for a person beside the person's mentions, else the given name of the
/// person's name) and in number (they, we and it are an organisation, never one person); a description ("a
/// spokesperson for the employers", "the UCEA spokesperson") stays a speaker of its own, linked to the organisation it
/// names; a name takes the person it names, but not a person or organisation that only qualifies it ("a spokesperson
/// for Trump", "Labour MP for Newcastle Central" is a person, not the party). What the text does not tell gets no speaker.
/// </summary>
internal sealed partial class SpeakerResolver
{
    private readonly string _text;
    private readonly SpeakerLexicon _lexicon = SpeakerLexicon.Default;
    private readonly RoleWords _roles = RoleWords.Default;
    private readonly List<Mention> _mentions = [];
    private readonly SpanIndex _mentionSpans;

    /// <summary>Each entity's mention spans in <see cref="_mentions"/>'s order: the whole list filtered for each person's
    /// gender was a quarter of the quote stage on 12,000 quote paragraphs (bench/README.md, "Hostile inputs, perf-hostile").</summary>
    private readonly Dictionary<string, List<TextSpan>> _mentionsById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SpeakerGender> _genders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _titleOnly = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _persons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _unnamed = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _unnamedHeads = new(StringComparer.Ordinal);
    private readonly int _groupReach;
    private readonly List<DescribedSpeaker> _described = [];
    private readonly List<TextSpan> _sentences;
    private readonly List<SpokenTurn> _spoken = [];
    private readonly List<NamedSpeaker> _named = [];
    private readonly Dictionary<string, string> _nounOrganizations = new(StringComparer.Ordinal);

    /// <summary>A person's turn (<see cref="NoteSpoken"/>): the text it spans, the person, and the gender its own pronoun tells.</summary>
    private sealed record SpokenTurn(TextSpan Region, string Id, SpeakerGender Said);

    public SpeakerResolver(Document document, int groupPronounReach)
    {
        _text = document.Text;
        _groupReach = groupPronounReach;
        _sentences = [.. document.Layer<Sentence>().Select(x => x.Span)];
        var labels = new Dictionary<string, EntityLabel>(StringComparer.Ordinal);
        foreach (var e in document.Entities)
        {
            labels[e.Id] = e.Label;
        }

        foreach (var m in document.Layer<EntityMention>())
        {
            if (m.EntityId is { } id)
            {
                _mentions.Add(new Mention(m.Span, id, labels.GetValueOrDefault(id, m.Label)));
            }
        }

        foreach (var e in document.Entities)
        {
            foreach (var span in e.Mentions)
            {
                _mentions.Add(new Mention(span, e.Id, e.Label));
            }
        }

        _mentions = InTextOrder(_mentions);
        _mentionSpans = SpanIndex.Of(_mentions.Select(m => m.Span)); // in text order already: its indices are the mentions'
        foreach (var m in _mentions)
        {
            if (!_mentionsById.TryGetValue(m.Id, out var spans))
            {
                _mentionsById[m.Id] = spans = [];
            }

            spans.Add(m.Span);
        }

        foreach (var e in document.Entities.Where(e => e.Label == EntityLabel.Person))
        {
            _persons[e.Id] = e;
            _names[e.Id] = e.Name;
        }
    }

    /// <summary>
    /// The mentions by start, those of one start in the order given, each span and entity once (the first given):
    /// what <c>DistinctBy((Span, Id)).OrderBy(Start)</c> gives, without a set of keys (a mention's twins share its start).
    /// </summary>
    private static List<Mention> InTextOrder(List<Mention> mentions)
    {
        var order = new (int Start, int Given)[mentions.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = (mentions[i].Span.Start, i);
        }

        Array.Sort(order);
        var kept = new List<Mention>(order.Length);
        int startOfRun = 0;
        foreach (var (start, given) in order)
        {
            var m = mentions[given];
            if (kept.Count == 0 || kept[^1].Span.Start != start)
            {
                startOfRun = kept.Count;
            }

            bool twin = false;
            for (int k = startOfRun; k < kept.Count && !twin; k++)
            {
                twin = kept[k].Span == m.Span && kept[k].Id == m.Id;
            }

            if (!twin)
            {
                kept.Add(m);
            }
        }

        return kept;
    }

    /// <summary>
    /// Resolves the speaker mention of a quote. <paramref name="before"/> is where the search for a pronoun's
    /// antecedent starts (the quote or the mention, whichever is first); <paramref name="quoted"/> tells spans inside
    /// quotes, whose people are spoken of, not speaking; <paramref name="reported"/> spans inside any quote, indirect
    /// ones too ("Amnesty International said Taleban insurgents …": the Taleban are no organisation that speaks).
    /// </summary>
    public ResolvedSpeaker Resolve(TextSpan mention, int before, Func<TextSpan, bool> quoted, Func<TextSpan, bool> reported)
    {
        var words = Words().Matches(_text[mention.Start..mention.End]);
        // an acronym is a name, not the pronoun it spells ("…, says WHO.", "According to WHO, …": the World Health
        // Organization, not the relative "who"; samples 9 and 11)
        if (words.Count == 1 && !QuoteLexicon.IsAcronym(words[0].Value) && _lexicon.Pronouns.TryGetValue(words[0].Value.ToLowerInvariant(), out var pronoun))
        {
            return pronoun.Reference == PronounReference.Relative
                ? RelativeAntecedent(mention)
                : new ResolvedSpeaker(SpeakerKind.Pronoun, Antecedent(pronoun, before, quoted, reported, words[0].Value), null, null);
        }

        // "His statement continued:": the statement speaks for whom the possessive stands for
        if (words.Count == 2 && _lexicon.Statements.Contains(words[1].Value.ToLowerInvariant())
            && _lexicon.Pronouns.TryGetValue(words[0].Value.ToLowerInvariant(), out var possessive) && possessive.Reference is PronounReference.Person or PronounReference.Group)
        {
            return new ResolvedSpeaker(SpeakerKind.Pronoun, Antecedent(possessive, before, quoted, reported, words[0].Value), null, null);
        }

        // a mention holding a role word is a role phrase ("Labour MP for Newcastle Central"), never an organisation speaker
        var inside = _mentionSpans.Within(mention).Select(i => _mentions[i]).Where(m => !IsRolePhrase(m) && !IsTitleOnly(m)).ToList();
        var named = inside.Where(m => m.Label == EntityLabel.Person && !Qualifies(mention, m)).LastOrDefault();
        if (named is not null)
        {
            return new ResolvedSpeaker(SpeakerKind.Name, SurnameBearer(mention, named.Id) ?? named.Id, null, null);
        }

        if (NameApposedAfter(mention) is { } apposed)
        {
            return new ResolvedSpeaker(SpeakerKind.Name, apposed, null, null);
        }

        // "Dr. Walid Abu Hatab" where the recognizer took the title alone for the person: the person named elsewhere
        // by the words closing the phrase ("Abu Hatab"), else the phrase is a speaker of its own (below)
        if (_mentionSpans.Within(mention).Any(i => IsTitleOnly(_mentions[i])) && PersonNamedBy(mention) is { } byName)
        {
            return new ResolvedSpeaker(SpeakerKind.Name, byName, null, null);
        }

        // The head is the last word before a preposition or a comma ("spokesperson" of "a spokesperson for the employers").
        var head = Head(mention);
        var last = _mentionSpans.LastOverlapping(head, i => !IsRolePhrase(_mentions[i]));
        var covering = last < 0 ? null : _mentions[last];
        bool role = _roles.IsHead(_text.AsSpan(head.Start, head.Length).TrimEnd('.')) || _roles.IsHead(_text.AsSpan(head.Start, head.Length).TrimEnd('s'));
        if (covering is not null && !(role && covering.Label != EntityLabel.Person))
        {
            return new ResolvedSpeaker(covering.Label == EntityLabel.Person || char.IsUpper(_text[mention.Start]) ? SpeakerKind.Name : SpeakerKind.Description, covering.Id, null, null);
        }

        // "The suspect said" after "The suspect, Michael Webb, was convicted", "the Labour MP …, who …, said" after "Chi
        // Onwurah, the Labour MP …,": a description the text set beside a person's name stands for that person; "the
        // union said" after "The Writers Guild of America applauded …": the organisation named last (eleventh round)
        if (inside.Count == 0 && (AppositionPerson(mention, quoted) ?? NamedOrganization(mention, before, reported)) is { } linked)
        {
            return new ResolvedSpeaker(SpeakerKind.Description, linked, null, null);
        }

        // a speaker of its own: the description (or an unrecognised name) as its name, with the organisation it names;
        // a phrase that is no noun phrase ("The", "Speaking", "However", "the time") tells no speaker
        var name = _text[mention.Start..mention.End];
        if (!IsNounPhrase(name, head))
        {
            return new ResolvedSpeaker(SpeakerKind.Description, null, null, null);
        }

        bool described = !char.IsUpper(name[0]) || role || Determiner().IsMatch(name);
        var organization = inside.FirstOrDefault(m => m.Label == EntityLabel.Organization)?.Id;
        return new ResolvedSpeaker(described ? SpeakerKind.Description : SpeakerKind.Name, null, name, organization);
    }

    /// <summary>
    /// The other bearer of a bare surname linked to a person the text calls by the given name ("Elian" for the boy
    /// Elian Gonzalez, more often than "Gonzalez"): newswire calls a child or a family member so, and the bare surname
    /// is then the other person of that surname named in full last before the mention ("Juan Miguel Gonzalez … Gonzalez
    /// said", the father; issue 17, samples 27 and 29). Null when the mention is more than the surname, the person is
    /// called by the surname at least as often as by the given name ("Hillary" and "Clinton"), or no other bearer is named
    /// before it.
    /// </summary>
    private string? SurnameBearer(TextSpan mention, string id)
    {
        var word = _text[mention.Start..mention.End].Trim();
        if (word.Length == 0 || !char.IsUpper(word[0]) || word.Contains(' ', StringComparison.Ordinal)
            || !_persons.TryGetValue(id, out var person) || person.Name.Split(' ') is not { Length: >= 2 } parts
            || parts[^1] != word || parts[0] == word || !_mentionsById.TryGetValue(id, out var spans))
        {
            return null;
        }

        int given = spans.Count(sp => _text[sp.Start..sp.End] == parts[0]);
        int surname = spans.Count(sp => _text[sp.Start..sp.End] == word);
        if (given <= surname)
        {
            return null;
        }

        string? bearer = null;
        int latest = -1;
        foreach (var (otherId, other) in _persons)
        {
            if (otherId == id || other.Name.Split(' ') is not { Length: >= 2 } otherParts || otherParts[^1] != word
                || !_mentionsById.TryGetValue(otherId, out var otherSpans))
            {
                continue;
            }

            foreach (var sp in otherSpans)
            {
                if (sp.End <= mention.Start && sp.Start > latest && _text[sp.Start..sp.End].Contains(' ', StringComparison.Ordinal)
                    && _text[sp.Start..sp.End].EndsWith(word, StringComparison.Ordinal))
                {
                    latest = sp.Start;
                    bearer = otherId;
                }
            }
        }

        return bearer;
    }

    /// <summary>
    /// One id per distinct unnamed speaker of the document ("unnamed-1"), the same for the same words; a later "the"
    /// description with the head of an earlier one is that speaker again ("a spokesperson for the employers" … "the
    /// spokesperson"). The ids are the document's own: a store keeps them per article (no entity key), since two
    /// articles' spokespeople are not known to be one person.
    /// </summary>
    public string UnnamedId(string name)
    {
        var key = Determiner().Replace(name, string.Empty).Trim();
        if (_unnamed.TryGetValue(key, out var id))
        {
            return id;
        }

        var head = HeadWord(name);
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && head is not null && _unnamedHeads.TryGetValue(head, out var earlier))
        {
            _unnamed[key] = earlier;
            return earlier;
        }

        id = "unnamed-" + (_unnamed.Values.Distinct(StringComparer.Ordinal).Count() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _unnamed[key] = id;
        if (head is not null)
        {
            _unnamedHeads[head] = id;
        }

        return id;
    }

    /// <summary>
    /// Notes a quote's speaker that the text describes but does not name ("A Sussex Police spokesman said …"): a later
    /// pronoun with no nearer antecedent stands for it ("He said: …").
    /// </summary>
    public void NoteDescribed(TextSpan mention, string unnamedId)
    {
        // "the president", "The U.S. official", "The U.N. spokeswoman" mostly stand for a person named before, whom the
        // pronoun finds by name; "the man", "the mother" (a noun of speaker-gender-nouns.txt that is no role word) the
        // layer read as a speaker of its own is that speaker again for a later "he" or "she" ("According to the man, … .
        // As he related, “…”", sample 13)
        var phrase = _text[mention.Start..mention.End];
        var head = HeadWord(phrase);
        bool plural = head is not null && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal);
        var gender = head is null ? SpeakerGender.Unknown : _lexicon.GenderNouns.GetValueOrDefault(head);
        bool person = gender != SpeakerGender.Unknown && !_roles.IsHead(head);
        if (head is not null && (plural || !phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || person))
        {
            _described.Add(new DescribedSpeaker(mention, unnamedId, plural, gender));
        }
    }

    /// <summary>
    /// Notes a quote whose speaker is a person: the quote, its cue and speaker mention, to the end of the sentence the
    /// last of them ends in, are that person's turn; a later "he" or "she" does not take another person named there
    /// whose gender is unknown ("Regev told Collins that … and said he was “happy to report” …. “…,” he said.": Regev,
    /// not Collins; "…, said Dr. Jamie Chang, UC Berkeley associate professor …. “…,” she said.": Chang).
    /// </summary>
    public void NoteSpoken(TextSpan quote, TextSpan? cue, TextSpan? mention, string? id)
    {
        if (id is null || !_persons.ContainsKey(id))
        {
            return;
        }

        int start = Math.Min(quote.Start, Math.Min(cue?.Start ?? quote.Start, mention?.Start ?? quote.Start));
        int end = Math.Max(quote.End, Math.Max(cue?.End ?? quote.End, mention?.End ?? quote.End));
        if (TextSpans.IndexContaining(_sentences, end - 1) is var si and >= 0)
        {
            end = Math.Max(end, _sentences[si].End);
        }

        // the gender the turn's own pronoun tells ("She told me that Seth was …. He told me …": not her turn again)
        var said = mention is { } at && _lexicon.Pronouns.TryGetValue(_text[at.Start..at.End].Trim().ToLowerInvariant(), out var p) ? p.Gender : SpeakerGender.Unknown;
        _spoken.Add(new SpokenTurn(new TextSpan(start, end), id, said));
    }

    /// <summary>
    /// The person of the last noted turn before <paramref name="before"/> when that turn lies after <paramref name="m"/>
    /// or holds it (not as its speaker), and the person's gender (known, else the turn's own pronoun's) is the pronoun's:
    /// the running speaker goes on, and the turn names its speaker nearer than <paramref name="m"/>, often by a pronoun
    /// the mentions do not hold ("Ebeling reminisced about … with Clinton, and said …. Despite her upbringing, she said
    /// she can't …. “…,” she said.": Ebeling, not Clinton, sample 31; "Gates told the AP that he and Manafort
    /// introduced …. He called the actions lawful, and said …": Gates, sample 33). <see cref="TurnAround"/> does the
    /// same for a mention of unknown gender held in the turn.
    /// </summary>
    private string? RunningSpeaker(Mention m, int before, SpeakerGender gender)
        => LastTurnBefore(before) is { } turn && (turn.Region.Start >= m.Span.End || turn.Region.Contains(m.Span)) && turn.Id != m.Id
            && TurnGender(turn) == gender ? turn.Id : null;

    /// <summary>
    /// The person of the last noted turn before <paramref name="before"/> when <paramref name="m"/> lies in that turn and
    /// is not its speaker, and the person's gender (known, else the turn's own pronoun's) does not disagree with <paramref name="gender"/>.
    /// </summary>
    private string? TurnAround(Mention m, int before, SpeakerGender gender)
        => LastTurnBefore(before) is { } turn && turn.Region.Contains(m.Span) && turn.Id != m.Id
            && TurnGender(turn) is var known && (known == SpeakerGender.Unknown || known == gender) ? turn.Id : null;

    /// <summary>The last noted turn that starts before <paramref name="before"/>, or null.</summary>
    private SpokenTurn? LastTurnBefore(int before)
    {
        for (int i = _spoken.Count - 1; i >= 0; i--)
        {
            if (_spoken[i].Region.Start < before)
            {
                return _spoken[i];
            }
        }

        return null;
    }

    /// <summary>A turn's speaker's gender: the person's when known, else the turn's own pronoun's.</summary>
    private SpeakerGender TurnGender(SpokenTurn turn)
        => Gender(turn.Id) is var g && g != SpeakerGender.Unknown ? g : turn.Said;

    /// <summary>
    /// Notes a quote's speaker that the text names (<see cref="SpeakerKind.Name"/>) but the recognizer does not hold for
    /// a person (an organisation, a place, or no entity), when the text shows a person: a title or honorific before the
    /// name's last word ("Dr. Atef Al-Kahlout", "Judge Mr T.Clayson", "Brigadier General Iddo Mizrahi") or a role word
    /// opening an apposition after it ("Max Schrems, Austrian privacy activist and founder …"). A later "he" or "she" takes it as it takes a person's mention ("Brigadier General Iddo Mizrahi … said troops
    /// were …. “Hamas has learned …,” he said.": Mizrahi, not the spokesperson named before him).
    /// </summary>
    public void NoteNamed(TextSpan mention, string id)
    {
        if (_persons.ContainsKey(id))
        {
            return;
        }

        var words = Words().Matches(_text[mention.Start..mention.End]);
        if (words.Count < 2 || !char.IsUpper(words[^1].Value[0]))
        {
            return;
        }

        bool titled = false;
        var gender = SpeakerGender.Unknown;
        for (int i = 0; i < words.Count; i++)
        {
            var word = words[i].Value.TrimEnd('.');
            if (i < words.Count - 1 && (_roles.IsHead(word) || _lexicon.Honorifics.ContainsKey(word.ToLowerInvariant())))
            {
                titled = true;
            }

            if (gender == SpeakerGender.Unknown)
            {
                gender = _lexicon.GenderWord(word.ToLowerInvariant());
            }
        }

        // a listed given name alone tells no person here: "Sheffield University" (second sample), "Ford Motor"
        if (!(titled || ApposedRole(mention.End)))
        {
            return;
        }

        if (gender == SpeakerGender.Unknown)
        {
            gender = _lexicon.FirstNames.GetValueOrDefault(words[0].Value.ToLowerInvariant()) is var given && given != SpeakerGender.Unknown ? given : GenderBeside(_text, mention);
        }

        _named.Add(new NamedSpeaker(mention, id, gender));
    }

    /// <summary>A role word among the first three words of an apposition right after <paramref name="at"/> (", the director of", ", Austrian privacy activist").</summary>
    private bool ApposedRole(int at)
    {
        var apposition = Apposition().Match(_text, at);
        return apposition.Success && apposition.Groups["w"].Captures.Any(w => _roles.IsHead(w.Value));
    }

    /// <summary>A quote's speaker named in the text whom the recognizer holds for no person (<see cref="NoteNamed"/>), and the gender its words tell.</summary>
    private readonly record struct NamedSpeaker(TextSpan Mention, string Id, SpeakerGender Gender);

    /// <summary>The last noted named speaker ending before <paramref name="before"/>, outside quotes, whose gender does not disagree with the pronoun's.</summary>
    private NamedSpeaker? NamedBefore(SpeakerLexicon.Pronoun pronoun, int before, Func<TextSpan, bool> quoted)
    {
        for (int i = _named.Count - 1; i >= 0; i--)
        {
            var n = _named[i];
            if (n.Mention.End <= before && !quoted(n.Mention)
                && (n.Gender == SpeakerGender.Unknown || pronoun.Gender == SpeakerGender.Unknown || n.Gender == pronoun.Gender))
            {
                return n;
            }
        }

        return null;
    }

    /// <summary>A quote's speaker the text describes but does not name, whether the description is plural, and the gender its noun tells.</summary>
    private readonly record struct DescribedSpeaker(TextSpan Mention, string Id, bool Plural, SpeakerGender Gender);

    /// <summary>
    /// The last noted described speaker ending before <paramref name="before"/> whose noun's gender does not disagree with
    /// the pronoun's, when the pronoun agrees with it in number ("he" one, "they" many).
    /// </summary>
    private DescribedSpeaker? DescribedBefore(SpeakerLexicon.Pronoun pronoun, int before)
    {
        for (int i = _described.Count - 1; i >= 0; i--)
        {
            var d = _described[i];
            if (d.Mention.End <= before && !(d.Gender != SpeakerGender.Unknown && pronoun.Gender != SpeakerGender.Unknown && d.Gender != pronoun.Gender))
            {
                return (pronoun.Reference == PronounReference.Person && !d.Plural) || (pronoun.Reference == PronounReference.Group && d.Plural) ? d : null;
            }
        }

        return null;
    }

    /// <summary>The head word of a description: the last word before a preposition, a relative or a comma.</summary>
    private static string? HeadWord(string phrase)
    {
        var cut = HeadEnd().Match(phrase);
        var words = Words().Matches(cut.Success ? phrase[..cut.Index] : phrase);
        return words.Count == 0 ? null : words[^1].Value.ToLowerInvariant();
    }

    /// <summary>How many sentence-opening "he"/"she" subjects a pronoun's antecedent is followed back through (<see cref="SubjectPronoun"/>): bounds the walk on a page of many such sentences.</summary>
    private const int MaxSubjectChain = 3;

    private string? Antecedent(SpeakerLexicon.Pronoun pronoun, int before, Func<TextSpan, bool> quoted, Func<TextSpan, bool> reported, string word, int chain = 0)
    {
        // a described speaker of a quote nearer than any name the pronoun could take is whom it stands for ("it" and
        // "its" stand for an organisation, never for people described)
        var described = word.StartsWith("it", StringComparison.OrdinalIgnoreCase) ? null : DescribedBefore(pronoun, before);
        if (described is { } near && before - near.Mention.End > _groupReach)
        {
            described = null;
        }

        // a named speaker the recognizer holds for no person stands where a person's mention would (NoteNamed)
        var named = pronoun.Reference == PronounReference.Person ? NamedBefore(pronoun, before, quoted) : null;
        if (named is { } late && described is { } early && early.Mention.Start > late.Mention.Start)
        {
            named = null;
        }

        // from the last mention that can end by `before`: walking back from the text's last mention for every quote was
        // quadratic on a page of many quotes (bench/README.md, "Hostile inputs, perf-hostile")
        for (int i = _mentionSpans.LastStartingAtOrBefore(before); i >= 0; i--)
        {
            var m = _mentions[i];
            if (m.Span.End > before || quoted(m.Span) || IsTitleOnly(m))
            {
                continue;
            }

            if (named is { } n && m.Span.End <= n.Mention.Start)
            {
                return n.Id;
            }

            if (described is { } d && m.Span.End <= d.Mention.Start)
            {
                return d.Id;
            }

            switch (pronoun.Reference)
            {
                // a person in the possessive inside a report is spoken of ("Moskal emphasized that no one has been named as a
                // suspect in Slepian's death. “…,” he said.": Moskal, not Slepian; sample 26): the walk goes on to the
                // report's speaker
                case PronounReference.Person when m.Label == EntityLabel.Person && reported(m.Span) && Possessive(m.Span):
                    break;
                case PronounReference.Person when m.Label == EntityLabel.Person:
                    // a bare surname stands for its other bearer as a speaker's does ("Gonzalez said … and he insisted …")
                    var id = SurnameBearer(m.Span, m.Id) ?? m.Id;
                    if (pronoun.Gender != SpeakerGender.Unknown && RunningSpeaker(m, before, pronoun.Gender) is { } running)
                    {
                        return running;
                    }

                    var g = Gender(id);
                    if (g == SpeakerGender.Unknown && pronoun.Gender != SpeakerGender.Unknown && TurnAround(m, before, pronoun.Gender) is { } speaker)
                    {
                        return speaker;
                    }

                    if (g == SpeakerGender.Unknown || pronoun.Gender == SpeakerGender.Unknown || g == pronoun.Gender)
                    {
                        // a mention after its sentence's "he"/"she" subject is an object: the subject goes on
                        if (pronoun.Gender != SpeakerGender.Unknown && chain < MaxSubjectChain && SubjectPronoun(m, before, pronoun.Gender, quoted) is { } subject
                            && Antecedent(pronoun, subject, quoted, reported, word, chain + 1) is { } subjectId)
                        {
                            return subjectId;
                        }

                        // a mention after its sentence's named subject of the pronoun's gender is an object or inside a
                        // modifier: the next sentence's "he"/"she" is the subject's
                        if (pronoun.Gender != SpeakerGender.Unknown && NamedSubject(m, before, pronoun.Gender, quoted) is { } namedSubject)
                        {
                            return namedSubject;
                        }

                        return id;
                    }

                    break;
                case PronounReference.Group:
                    if (before - m.Span.End > _groupReach)
                    {
                        return described?.Id;
                    }

                    if (m.Label == EntityLabel.Organization)
                    {
                        return m.Id;
                    }

                    break;
                case PronounReference.None:
                    return null;
            }
        }

        return named?.Id ?? described?.Id;
    }

    /// <summary>
    /// The start of a "he" or "she" of <paramref name="gender"/> opening (after "And" or "But") the sentence that holds
    /// <paramref name="m"/> before it, when the pronoun at <paramref name="before"/> lies in that sentence or the next:
    /// the mention is then the clause's object or a preposition's, and the pronoun goes on with the subject ("Gonzalez said
    /// he didn't believe …. He has spoken with Elian at least three times …, and he insisted …": Gonzalez, not Elian;
    /// issue 17, sample 29). Null otherwise.
    /// </summary>
    private int? SubjectPronoun(Mention m, int before, SpeakerGender gender, Func<TextSpan, bool> quoted)
    {
        int si = TextSpans.IndexContaining(_sentences, m.Span.Start);
        int pi = TextSpans.IndexContaining(_sentences, Math.Min(before, _text.Length - 1));
        if (si < 0 || (pi != si && pi != si + 1))
        {
            return null;
        }

        var opening = SentenceSubject().Match(_text, _sentences[si].Start, m.Span.Start - _sentences[si].Start);
        if (!opening.Success)
        {
            return null;
        }

        var subject = opening.Groups["p"];
        var span = new TextSpan(subject.Index, subject.Index + subject.Length);
        return _lexicon.Pronouns.TryGetValue(subject.Value.ToLowerInvariant(), out var p) && p.Gender == gender && !quoted(span) ? span.Start : null;
    }

    /// <summary>
    /// The person who opens, as its subject, the sentence that holds <paramref name="m"/> before it, when that person is
    /// another of <paramref name="gender"/> and the pronoun at <paramref name="before"/> lies in the next sentence: the
    /// nearer mention is the clause's object or inside a modifier ("Nefzi sat … in the room where he saw Mateen …. He
    /// said that …": Nefzi, not Mateen; "Rep. Jared Golden, whose district Trump won …, voiced frustration …. He said
    /// …"; issue 17, samples 1, 9 and 37). The subject is the sentence's first person mention, after at most
    /// <see cref="MaxSubjectLead"/> words of no comma ("Wild defenseman Ryan Suter"); a possessive ("Smith's lawyer")
    /// is no subject. Null otherwise.
    /// </summary>
    private string? NamedSubject(Mention m, int before, SpeakerGender gender, Func<TextSpan, bool> quoted)
    {
        int si = TextSpans.IndexContaining(_sentences, m.Span.Start);
        int pi = TextSpans.IndexContaining(_sentences, Math.Min(before, _text.Length - 1));
        if (si < 0 || pi != si + 1)
        {
            return null;
        }

        // the sentence's first person mention before m (mentions run in text order: the last one met walking back)
        var sentence = _sentences[si];
        Mention? first = null;
        for (int i = _mentionSpans.LastStartingAtOrBefore(m.Span.Start); i >= 0 && _mentions[i].Span.Start >= sentence.Start; i--)
        {
            if (_mentions[i].Label == EntityLabel.Person && _mentions[i].Span.Start < m.Span.Start)
            {
                first = _mentions[i];
            }
        }

        if (first is not { } subject)
        {
            return null;
        }

        var lead = _text[sentence.Start..subject.Span.Start];
        if (lead.Contains(',') || Words().Matches(lead).Count > MaxSubjectLead || quoted(subject.Span) || Possessive(subject.Span))
        {
            return null;
        }

        var id = SurnameBearer(subject.Span, subject.Id) ?? subject.Id;
        return id != m.Id && Gender(id) == gender ? id : null;
    }

    /// <summary>How many words may stand before a sentence's named subject (<see cref="NamedSubject"/>): a role or title ("Wild defenseman", "Senate Majority Leader"); more is a phrase of its own.</summary>
    private const int MaxSubjectLead = 3;

    /// <summary>Whether a mention stands in the possessive: "'s" or "’s" (or a lone apostrophe after its "s") right after it.</summary>
    private bool Possessive(TextSpan mention)
        => mention.End < _text.Length && _text[mention.End] is '\'' or '’'
            && (mention.End + 1 >= _text.Length || !char.IsLetter(_text[mention.End + 1]) || (_text[mention.End + 1] is 's' or 'S' && (mention.End + 2 >= _text.Length || !char.IsLetter(_text[mention.End + 2]))));

    /// <summary>
    /// The person a "the" description was set beside earlier or here, in apposition: "The suspect, Michael Webb," or
    /// "Michael Webb, the suspect," (the phrase's words up to its first comma, after the person's mention and a comma, or
    /// opening a sentence or after a comma, before a comma, the mention and a comma); the last such person outside
    /// quotes before the phrase's end.
    /// </summary>
    private string? AppositionPerson(TextSpan mention, Func<TextSpan, bool> quoted)
    {
        var phrase = _text[mention.Start..mention.End];
        int comma = phrase.IndexOf(',', StringComparison.Ordinal);
        var words = (comma < 0 ? phrase : phrase[..comma]).Trim();
        if (!words.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || words.Length < 6)
        {
            return null;
        }

        for (int i = _mentionSpans.LastStartingAtOrBefore(mention.End); i >= 0; i--)
        {
            var m = _mentions[i];
            if (m.Label != EntityLabel.Person || m.Span.End > mention.End || IsTitleOnly(m))
            {
                continue;
            }

            int from = Math.Max(0, m.Span.Start - words.Length - 40);
            // before the name, the apposition closes on a comma after it: "The next day, Trump held …" sets nothing (Wikinews);
            // whether the person stands inside a quote (a scan of the quotes) is asked of an apposed person only
            if ((ApposedAfter(words, m.Span.End) || (m.Span.End < _text.Length && _text[m.Span.End] == ',' && ApposedBefore(words, from, m.Span.Start)))
                && !quoted(m.Span))
            {
                return m.Id;
            }
        }

        return null;
    }

    /// <summary>
    /// The person whose name follows a description between commas: "A spokeswoman for the U.N. World Food Program,
    /// Christiane Berthiaume, said" is Berthiaume (VOA; the speaker phrase read leftwards skips the name as an aside);
    /// so are "The Podesta Group's CEO, Kimberley Fritts, said", "The director of the European Centre, Ina Kirsch,
    /// told" and "Another pollster, David Woodard of Clemson University, said" (sample 33: the guideline wants the name).
    /// The phrase opens with a singular determiner ("a", "an", "one", "another", "the", a possessive pronoun) or a
    /// possessive word ("Clinton's spokesman"); the name is a person's mention right after its comma, closed by a comma,
    /// or by an "of"/"from"/"at" phrase of capitalised words and a comma.
    /// </summary>
    private string? NameApposedAfter(TextSpan mention)
    {
        int at = mention.End;
        if (at >= _text.Length || _text[at] != ',' || !DescriptionOpening().IsMatch(_text.AsSpan(mention.Start, mention.Length)))
        {
            return null;
        }

        do
        {
            at++;
        }
        while (at < _text.Length && _text[at] == ' ');

        foreach (var i in _mentionSpans.Within(new TextSpan(at, Math.Min(_text.Length, at + MaxApposedName))))
        {
            var m = _mentions[i];
            if (m.Span.Start == at && m.Label == EntityLabel.Person && !IsTitleOnly(m) && ApposedNameEnd().IsMatch(_text, m.Span.End))
            {
                return m.Id;
            }
        }

        return null;
    }

    // a person's name in apposition: "Christiane Berthiaume" (21), "Abdul Rahman bin Hamad al-Attiyah" (34)
    private const int MaxApposedName = 60;

    [GeneratedRegex(@"^(?:(?i:a|an|one|another|the|his|her|its|their|our)\s|[\w.&-]+['’]s\s)")]
    private static partial Regex DescriptionOpening();

    /// <summary>Where an apposed name ends: a comma, or an "of"/"from"/"at" phrase of capitalised words and a comma (" of Clemson University,").</summary>
    [GeneratedRegex(@"\G(?:\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|the|&))*)?,")]
    private static partial Regex ApposedNameEnd();

    /// <summary>", the deputy leader" right after a name: a comma, spaces, the words (case aside), then no word character.</summary>
    private bool ApposedAfter(string words, int at)
    {
        if (at >= _text.Length || _text[at] != ',')
        {
            return false;
        }

        int i = at + 1;
        while (i < _text.Length && char.IsWhiteSpace(_text[i]))
        {
            i++;
        }

        if (i == at + 1 || i + words.Length > _text.Length || !_text.AsSpan(i, words.Length).Equals(words, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int next = i + words.Length;
        return next == _text.Length || !(IsRegexWordChar(_text[next]) || _text[next] is '\'' or '’' or '-');
    }

    /// <summary>
    /// "The deputy leader of the interim government, " right before a name, within [<paramref name="from"/>,
    /// <paramref name="end"/>): the words open a sentence or follow a comma (or open the stretch or a line), then a
    /// comma and spaces up to the name.
    /// </summary>
    private bool ApposedBefore(string words, int from, int end)
    {
        int i = end;
        while (i > from && char.IsWhiteSpace(_text[i - 1]))
        {
            i--;
        }

        int start = i - 1 - words.Length;
        if (i == end || i - 1 < from || _text[i - 1] != ',' || start < from
            || !_text.AsSpan(start, words.Length).Equals(words, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (start == from || _text[start - 1] == '\n')
        {
            return true;
        }

        int p = start;
        while (p > from && char.IsWhiteSpace(_text[p - 1]))
        {
            p--;
        }

        return p < start && p > from && _text[p - 1] is '.' or '!' or '?' or ';' or ',';
    }

    /// <summary>A character the regex class \w matches: a letter, a non-spacing mark, a decimal digit or a connector.</summary>
    private static bool IsRegexWordChar(char c) => char.IsLetter(c) || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.DecimalDigitNumber
        or System.Globalization.UnicodeCategory.ConnectorPunctuation;

    /// <summary>
    /// The organisation "the union" or "The organization" stands for: the last organisation mention outside quotes (and
    /// reported clauses) before <paramref name="before"/>, within the group pronoun reach (speaker-organization-nouns.txt;
    /// "the" and the noun only); before that, the last one the page itself calls so, its mention followed by the noun
    /// ("the striking United Auto Workers union have reached …, the two sides said. … the union said": not the credit
    /// line's "AFP" named after it; sample 4), in a reported clause too; and past the reach, the organisation the same
    /// noun stood for earlier ("the union said" twice, 800 characters apart, the union named only before the first;
    /// sample 1).
    /// </summary>
    private string? NamedOrganization(TextSpan mention, int before, Func<TextSpan, bool> reported)
    {
        var words = Words().Matches(_text[mention.Start..mention.End]);
        if (words.Count != 2 || !words[0].Value.Equals("the", StringComparison.OrdinalIgnoreCase) || !_lexicon.OrganizationNouns.Contains(words[1].Value.ToLowerInvariant()))
        {
            return null;
        }

        var noun = words[1].Value.ToLowerInvariant();
        string? last = null;
        for (int i = _mentionSpans.LastStartingAtOrBefore(before); i >= 0; i--)
        {
            var m = _mentions[i];
            if (m.Span.End > before || m.Label != EntityLabel.Organization || IsRolePhrase(m))
            {
                continue;
            }

            if (CalledBy(m.Span, noun))
            {
                last = m.Id;
                break;
            }

            if (last is null && before - m.Span.End <= _groupReach && !reported(m.Span))
            {
                last = m.Id;
            }
        }

        last ??= _nounOrganizations.GetValueOrDefault(noun);
        if (last is not null)
        {
            _nounOrganizations[noun] = last;
        }

        return last;
    }

    /// <summary>Whether the words right after <paramref name="span"/> are a space and <paramref name="noun"/> as a whole word ("United Auto Workers union").</summary>
    private bool CalledBy(TextSpan span, string noun)
    {
        int at = span.End + 1;
        return at + noun.Length <= _text.Length && _text[span.End] == ' ' && _text.AsSpan(at, noun.Length).Equals(noun, StringComparison.Ordinal)
            && (at + noun.Length == _text.Length || !IsRegexWordChar(_text[at + noun.Length]));
    }

    /// <summary>
    /// "Mr. Scott, who called …": the entity named just before the comma, else the words there as an unnamed speaker
    /// ("a Texas consultant, who said …"); no one when no phrase precedes the comma.
    /// </summary>
    private ResolvedSpeaker RelativeAntecedent(TextSpan who)
    {
        var named = _mentions.LastOrDefault(m => m.Span.End <= who.Start && who.Start - m.Span.End < 80 && RelativeGap().IsMatch(_text[m.Span.End..who.Start]));
        if (named is not null)
        {
            return new ResolvedSpeaker(named.Label == EntityLabel.Person ? SpeakerKind.Name : SpeakerKind.Description, named.Id, null, null);
        }

        int from = Math.Max(0, who.Start - 80);
        var phrase = PhraseBeforeComma().Match(_text[from..who.Start]);
        if (!phrase.Success)
        {
            return new ResolvedSpeaker(SpeakerKind.Description, null, null, null);
        }

        // "…, said the officials, who added …": the phrase opens after a cue verb, "according to" or an auxiliary in it
        // (the speaker of an inverted cue, "the officials"; "…, according to police, who said …": "police", Wikinews)
        var np = phrase.Groups["np"];
        int start = from + np.Index;
        var words = Words().Matches(np.Value);
        for (int k = 0; k + 1 < words.Count; k++)
        {
            var lower = words[k].Value.ToLowerInvariant();
            if (QuoteLexicon.Default.Cues.Contains(lower) || lower is "is" or "are" or "was" or "were" or "be" or "been" or "has" or "have" or "had"
                || (lower == "to" && k > 0 && words[k - 1].Value.Equals("according", StringComparison.OrdinalIgnoreCase)))
            {
                start = from + np.Index + words[k + 1].Index;
            }
        }

        var antecedent = new TextSpan(start, from + np.Index + np.Length);
        return new ResolvedSpeaker(SpeakerKind.Description, null, _text[antecedent.Start..antecedent.End], null, antecedent);
    }

    /// <summary>A phrase that can name or describe a speaker: not led by an adverb or a participle ("urging those"), a head that is no function word ("like the").</summary>
    private bool IsNounPhrase(string phrase, TextSpan head)
    {
        var words = Words().Matches(phrase);
        if (words.Count == 0)
        {
            return false;
        }

        var first = words[0].Value.ToLowerInvariant();
        var last = _text[head.Start..head.End].ToLowerInvariant();
        bool lower = char.IsLower(words[0].Value[0]);
        return !(lower && (first.EndsWith("ly", StringComparison.Ordinal) || first.EndsWith("ing", StringComparison.Ordinal)) || first is "however" or "but" or "and" or "like")
            && !(words.Count > 1 && (QuoteLexicon.Default.Stops.Contains(last) || _lexicon.Pronouns.ContainsKey(last)));
    }

    /// <summary>A mention of a person entity whose name is a title alone ("Dr.", "Mr"): the recognizer's error, no one.</summary>
    private bool IsTitleOnly(Mention m)
    {
        if (m.Label != EntityLabel.Person || !_names.TryGetValue(m.Id, out var name))
        {
            return false;
        }

        // memoised per person: the antecedent search asks it of every earlier mention for each pronoun
        if (!_titleOnly.TryGetValue(m.Id, out bool titleOnly))
        {
            _titleOnly[m.Id] = titleOnly = Words().Matches(name) is { Count: > 0 } ws && ws.All(w => _roles.Contains(w.Value.ToLowerInvariant()));
        }

        return titleOnly;
    }

    /// <summary>The person whose name closes the phrase ("Walid Abu Hatab" → the person named "Abu Hatab"), when one person's does.</summary>
    private string? PersonNamedBy(TextSpan phrase)
    {
        // The one named person whose name ends the phrase after a space (names of three letters or fewer only in full).
        var words = _text.AsSpan(phrase.Start, phrase.Length).TrimEnd(". ");
        string? found = null;
        foreach (var (id, name) in _names)
        {
            if ((name.Length > 3 || name.Contains(' ', StringComparison.Ordinal)) && words.Length > name.Length
                && words.EndsWith(name, StringComparison.Ordinal) && words[^(name.Length + 1)] == ' ')
            {
                if (found is not null && found != id)
                {
                    return null;
                }

                found = id;
            }
        }

        return found;
    }

    private bool IsRolePhrase(Mention m)
        => m.Label != EntityLabel.Person && Words().Matches(_text[m.Span.Start..m.Span.End]).Any(w => _roles.IsHead(w.Value.TrimEnd('.')));

    /// <summary>
    /// A mention that only qualifies the speaker: after a preposition ("a spokesperson for Trump"), possessive ("Trump's
    /// aide", "Gates' associates") or before the phrase's head noun ("One former Podesta employee", "Obama administration
    /// officials": sample 33's "three current and former Podesta employees said" was Tony Podesta).
    /// </summary>
    private bool Qualifies(TextSpan phrase, Mention m)
    {
        var left = _text[phrase.Start..m.Span.Start];
        var right = _text[m.Span.End..phrase.End];
        return Preposition().IsMatch(left) || right.StartsWith("'s", StringComparison.Ordinal) || right.StartsWith("’s", StringComparison.Ordinal)
            || ServedAfterLink(left) || HeadAfter(left, right);
    }

    /// <summary>
    /// Whether the words after a name in the speaker phrase hold its head: a plural possessive's mark (" Gates' work"),
    /// or a lower-case word that is no stop word, determiner, pronoun ("himself"), adverb ("too", "-ly"), preposition
    /// ("Smith of the party") nor past verb ("Mr. Hu delivered a statement", a phrase the cue search read too far);
    /// the phrase opens with a determiner, a number or a lower-case word before the name ("One former Podesta
    /// employee", "three current and former Podesta employees", "A Mubarak spokesman", "The Trump campaign"), not
    /// with the name or a title ("Castro can", "President Trump delivered a speech": VOA, Wikinews).
    /// </summary>
    private bool HeadAfter(string left, string right)
    {
        if (!(Determiner().IsMatch(left) || ModifierOpening().IsMatch(left)))
        {
            return false;
        }

        if (PluralPossessive().IsMatch(right))
        {
            return true;
        }

        var next = FollowingWord().Match(right);
        if (!next.Success)
        {
            return false;
        }

        var w = next.Groups["w"].Value;
        return !(QuoteLexicon.Default.Stops.Contains(w) || _lexicon.Pronouns.ContainsKey(w) || Preposition().IsMatch(w + " ") || Determiner().IsMatch(w + " ")
            || w.EndsWith("ly", StringComparison.Ordinal) || w.EndsWith("self", StringComparison.Ordinal) || w.EndsWith("selves", StringComparison.Ordinal)
            || w.EndsWith("ed", StringComparison.Ordinal) || _lexicon.HeadAdverbs.Contains(w));
    }

    /// <summary>A speaker phrase's opening before a name it modifies: a lower-case word ("former"), a number ("Three"), "Other" or "Both".</summary>
    [GeneratedRegex(@"^(?:[a-z]|(?i:other|both|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s|\d)")]
    private static partial Regex ModifierOpening();

    [GeneratedRegex(@"^['’](?=\s)")]
    private static partial Regex PluralPossessive();

    [GeneratedRegex(@"^\s+(?<w>[a-z][\w'’-]*)")]
    private static partial Regex FollowingWord();

    /// <summary>
    /// "A spokeswoman for U.S. Vice President ", "A top aide to Iraqi Prime Minister ", "An adviser to Mr. ", "Officials
    /// close to ": the phrase before a person's name opens on a common noun's link (<see cref="QuoteLexicon.IsLink"/>, its
    /// first word in lower case: not "Secretary of State Mike Pompeo") and the name follows the link or a title after it
    /// (a role word or an honorific, after capitalised or role words only; not "A spokesman for the National Electoral
    /// Commission Martinho Gusmao" nor "A military spokesman for the base Navy Commander Robert Durand", who are the
    /// spokesmen): the person is whom the speaker serves (VOA).
    /// </summary>
    private bool ServedAfterLink(string left)
    {
        // the link among the phrase's first words: a determiner and up to three modifiers before it ("A top aide to")
        var words = Words().Matches(left);
        for (int k = 0; k + 1 < words.Count && k <= 4; k++)
        {
            var (w1, w2) = (words[k].Value, words[k + 1].Value);
            if (!char.IsLower(w1[0]) || !QuoteLexicon.Default.IsLink(w1, w2, out _))
            {
                continue;
            }

            if (k + 2 == words.Count)
            {
                return true;
            }

            // the title's own words are capitalised or role words: "the base Navy Commander" names the spokesman's base
            var title = words[^1].Value.TrimEnd('.');
            bool titled = Enumerable.Range(k + 2, words.Count - k - 2).All(i => char.IsUpper(words[i].Value[0]) || _roles.Contains(words[i].Value.TrimEnd('.')));
            return titled && (_roles.IsHead(title) || _lexicon.Honorifics.ContainsKey(title.ToLowerInvariant()));
        }

        return false;
    }

    private TextSpan Head(TextSpan phrase)
    {
        var s = _text[phrase.Start..phrase.End];
        var cut = HeadEnd().Match(s);
        int end = cut.Success ? cut.Index : s.Length;
        var words = Words().Matches(s[..end]);
        if (words.Count == 0)
        {
            return phrase;
        }

        var last = words[^1];
        return new TextSpan(phrase.Start + last.Index, phrase.Start + last.Index + last.Length);
    }

    /// <summary>A person's gender, read when a pronoun first asks for it (most persons are never asked: reading it scans every mention).</summary>
    private SpeakerGender Gender(string id)
    {
        if (!_genders.TryGetValue(id, out var gender))
        {
            gender = _persons.TryGetValue(id, out var person) ? GenderOf(person) : SpeakerGender.Unknown;
            _genders[id] = gender;
        }

        return gender;
    }

    /// <summary>
    /// What the document tells of a person's gender by the words beside the mentions (an honorific, a noun for a person
    /// before or in apposition), else the given name's list; unknown when the mentions disagree ("Farrow" standing
    /// for both a mother and her son) or nothing tells.
    /// </summary>
    private SpeakerGender GenderOf(Entity e) => GenderOf(_text, e.Mentions.Concat(_mentionsById.TryGetValue(e.Id, out var spans) ? spans : []), e.Name);

    /// <summary>
    /// A person's gender from the words beside the mentions' spans, else from the given name of the name (a name of
    /// two words or more). Also read by the entity resolver to tell two bearers of a surname apart.
    /// </summary>
    internal static SpeakerGender GenderOf(string text, IEnumerable<TextSpan> mentions, string name)
    {
        var found = SpeakerGender.Unknown;
        foreach (var span in mentions)
        {
            var g = GenderBeside(text, span);
            if (g != SpeakerGender.Unknown)
            {
                if (found != SpeakerGender.Unknown && found != g)
                {
                    return SpeakerGender.Unknown;
                }

                found = g;
            }
        }

        if (found != SpeakerGender.Unknown)
        {
            return found;
        }

        // the text's own pronoun right after a mention's cue ("Li says that he is …") before the given name's list
        // ("Di" is listed female; third sample); unknown when the mentions' pronouns disagree
        foreach (var span in mentions)
        {
            var said = CuePronoun().Match(text, span.End);
            if (said.Success && QuoteLexicon.Default.Cues.Contains(said.Groups["cue"].Value.ToLowerInvariant())
                && SpeakerLexicon.Default.Pronouns.TryGetValue(said.Groups["p"].Value.ToLowerInvariant(), out var p)
                && p.Reference == PronounReference.Person && p.Gender != SpeakerGender.Unknown)
            {
                if (found != SpeakerGender.Unknown && found != p.Gender)
                {
                    return SpeakerGender.Unknown;
                }

                found = p.Gender;
            }
        }

        if (found != SpeakerGender.Unknown)
        {
            return found;
        }

        var first = Words().Match(name);
        return first.Success && name.Contains(' ', StringComparison.Ordinal) ? SpeakerLexicon.Default.FirstNames.GetValueOrDefault(first.Value.ToLowerInvariant()) : SpeakerGender.Unknown;
    }

    /// <summary>
    /// "Mrs. Clinton", "Mr Corbyn", "her daughter Soon-Yi Previn": the honorific or noun for a person before a mention,
    /// or the mention's own first word (an honorific); else the noun heading an apposition after it ("Haley, the only
    /// woman on the stage").
    /// </summary>
    internal static SpeakerGender GenderBeside(string text, TextSpan span)
    {
        int from = Math.Max(0, span.Start - 14);
        var m = HonorificAtEnd().Match(text, from, span.Start - from); // as of text[from..span.Start], without the copy
        if (m.Success && SpeakerLexicon.Default.GenderWord(m.Groups["h"].Value.ToLowerInvariant()) is var before && before != SpeakerGender.Unknown)
        {
            return before;
        }

        var own = Words().Match(text, span.Start, span.Length);
        if (own.Success && own.Length < span.Length && SpeakerLexicon.Default.Honorifics.TryGetValue(own.Value.TrimEnd('.').ToLowerInvariant(), out var g))
        {
            return g;
        }

        // after an article the noun may follow up to two modifiers ("the only woman"); without one it must come first
        // ("Smith, whose wife …" tells nothing of Smith); no possessive: "Smith, his wife and their children" is a list
        var apposition = Apposition().Match(text, span.End);
        if (apposition.Success)
        {
            var words = apposition.Groups["w"].Captures;
            int upTo = apposition.Groups["det"].Success ? words.Count : 1;
            for (int i = 0; i < upTo; i++)
            {
                // a noun only: an honorific after the comma opens another name ("the president, Mrs. Clinton …")
                if (SpeakerLexicon.Default.GenderNouns.TryGetValue(words[i].Value.ToLowerInvariant(), out var after))
                {
                    return after;
                }
            }
        }

        return SpeakerGender.Unknown;
    }

    /// <summary>An apposition's opening words after a mention: ", the only woman", ", a father of three" (a word before "'s" is no head).</summary>
    /// <summary>A cue verb right after a mention and the pronoun opening its report: " says that he", " said she".</summary>
    [GeneratedRegex(@"\G\s+(?<cue>[a-z]+)\s+(?:that\s+)?(?<p>[a-z]+)\b")]
    private static partial Regex CuePronoun();

    [GeneratedRegex(@"\G\s*(?:(?:And|But),?\s+)?(?<p>He|She)\b")]
    private static partial Regex SentenceSubject();

    [GeneratedRegex(@"\G,\s+(?:(?<det>the|a|an)\s+)?(?<w>[A-Za-z-]+)(?![\w'’])(?:\s+(?<w>[A-Za-z-]+)(?![\w'’])){0,2}", RegexOptions.IgnoreCase)]
    private static partial Regex Apposition();

    /// <summary>Between a phrase and its relative "who": a comma, after an aside in brackets or an apposition's end ("Scott (R-Fla.), who").</summary>
    [GeneratedRegex(@"^(?:\s*\([^()]{0,40}\))?\s*,\s*$")]
    private static partial Regex RelativeGap();

    [GeneratedRegex(@"(?<np>(?:(?:the|a|an)\s+)?[\w'’&.-]+(?:\s+[\w'’&.-]+){0,4})\s*,\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PhraseBeforeComma();

    [GeneratedRegex(@"[\w'’&-]+(?:\.(?=\s|$))?")]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(?<h>[A-Za-z]+)\.?\s+$")]
    private static partial Regex HonorificAtEnd();

    [GeneratedRegex(@"\b(?:for|of|at|with|from|to|in|on|by|about)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Preposition();

    [GeneratedRegex(@"\s+(?:for|of|at|with|from|to|in|on|by|who|which|that)\b|,", RegexOptions.IgnoreCase)]
    private static partial Regex HeadEnd();

    [GeneratedRegex(@"^(?:the|a|an|one|another|his|her|their|its|our|some|many|several)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Determiner();

    private sealed record Mention(TextSpan Span, string Id, EntityLabel Label);
}
