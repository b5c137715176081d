using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;
using Dateline.Language.Entities;
using Dateline.Language.Quotes.Speakers;
using Dateline.Language.Sentences;
using Dateline.Language.Tagging;
using Dateline.Language.Times;
using Dateline.Language.Tokens;
using Dateline.Language.Works;

namespace Dateline.Language.Resolution;

/// <summary>
/// Groups a document's entity mentions into entities. Persons: roles before a name are split off ("Russian Foreign
/// Minister" | "Sergey Lavrov"); shorter names join the fuller name they are part of ("Hifter" → "Khalifa Hifter");
/// descriptions with a nationality or a country's possessive and a role noun ("Russia's top diplomat", "his Libyan
/// counterpart") join the person whose role family and country agree. Other mentions group by their normalised
/// text (and acronyms by initials); demonyms link to their country; places get GeoNames coordinates when one
/// place of that name lies in a country the document mentions (or only one place has the name, or news text usually means one: <see cref="PlacePrior"/>).
/// </summary>
public sealed partial class EntityResolver(GeoGazetteer geo, PlacePrior prior, RoleWords roles, RoleFamilies families, Abbreviations abbreviations, ResolutionOptions options)
{
    private static readonly FrozenSet<string> Connectors = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "of", "to", "for", "on", "and", "the", "-");
    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "the", "a", "an", "his", "her", "its", "their", "our", "this", "that");
    private static readonly FrozenSet<string> IndefiniteArticles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "a", "an");
    private static readonly FrozenSet<string> Counterparts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "counterpart", "counterparts");

    public EntityResolver()
        : this(GeoGazetteer.Default, PlacePrior.Default, RoleWords.Default, RoleFamilies.Default, Abbreviations.Default, new ResolutionOptions())
    {
    }

    public Document Resolve(Document document, CancellationToken cancellation = default)
    {
        var text = document.Text;
        var tokenLayer = document.Layer<Token>();
        int n = tokenLayer.Length;
        var buffers = t_buffers ??= new TokenBuffers();
        buffers.EnsureCapacity(n);
        var (spans, words, covered, sentenceOf) = (buffers.Spans, buffers.Words, buffers.Covered, buffers.SentenceOf);
        for (int i = 0; i < n; i++)
        {
            spans[i] = tokenLayer[i].Span;
        }

        WordStrings.OfEach(text, spans.AsSpan(0, n), words);

        SentenceIndex(document.Layer<Sentence>(), spans, n, sentenceOf);
        var items = new List<Item>();
        covered.AsSpan(0, n).Fill(-1);
        foreach (var mention in document.Layer<EntityMention>())
        {
            cancellation.ThrowIfCancellationRequested();
            int start = TextSpans.FirstStartingAtOrAfter(spans.AsSpan(0, n), mention.Span.Start);
            int end = TextSpans.FirstStartingAtOrAfter(spans.AsSpan(0, n), mention.Span.End);
            if (start < 0 || start >= n || end <= start)
            {
                continue;
            }

            if (WidenedByCompass(text, spans, words, covered, sentenceOf, items, start, end, mention.Label))
            {
                start--;
                if (covered[start] >= 0)
                {
                    items[covered[start]].Removed = true; // "[South]GPE [Korean]NORP": one people
                }
            }

            (start, end) = NameBounds(spans, words, covered, sentenceOf, n, start, end, mention.Label);
            if (end <= start)
            {
                continue;
            }

            var item = new Item(start, end, mention.Label);
            items.Add(item);
            for (int k = start; k < end; k++)
            {
                covered[k] = items.Count - 1;
            }
        }

        var context = new Context(text, n, spans, words, sentenceOf, items, covered) { Language = document.Metadata.Language };
        SurnameParticlesBefore(context); // before the rules that read a name's words ("Du Pont", one type per name); again below
        PlaceAbbreviationOpensName(context); // before SplitRole drops "St." as a title
        DatelinePlace(context, document.Metadata.Dateline?.Place);
        if (document.Metadata.Dateline is null)
        {
            DatelineLineIsPlace(context);
        }
        JoinCountryNames(context);
        StateBeforePartyWord(context);
        PartyWordBeforeChamber(context);
        PartyWordBeforePerson(context);
        ChamberBeforeTitle(context);
        DivisionAfterPersonOf(context);
        PersonOfOrganisation(context);
        JoinFeatureWords(context);
        JoinOrganisationNames(context);
        SplitCoordinatedNames(context);
        SplitJoinedStreets(context);
        SplitCoordinatedDivisions(context);
        SplitAtSemicolons(context);
        SplitAtInnerPossessive(context);
        AddressStreets(context);
        UsStatesAfterTowns(context);
        StateAbbreviationsAlone(context);
        TownsBeforeDivisionNames(context);
        CountryBeforeAgency(context);
        RoleWordsAlone(context);
        for (int i = 0, count = items.Count; i < count; i++) // SplitNameFromRole may add a mention (the words before a role)
        {
            var item = items[i];
            item.Removed |= (item.End - item.Start == 1 && NeverNames.Contains(context.Words[item.Start])) || IsCommonNounPhrase(context, item);
            PlaceAfterIn(context, item);
            FeatureNameIsPlace(context, item);
            RegionNameIsPlace(context, item);
            AcademicInstitutionAfterAt(context, item);
            SponsorsOfPoll(context, item);
            StreetNameIsPlace(context, item);
            HeadedNameIsOrganisation(context, item);
            VenueNameIsPlace(context, item);
            SequelTitleIsWork(context, item);
            SplitNameFromRole(context, item);
        }

        TitledSurnameIsPerson(context); // after SplitNameFromRole: "[Justice Antonin Scalia]ORG" is a person named in full
        CampusOfUniversity(context); // after the per-mention rules: "… at Chapel Hill" is no feature's name
        DivisionBeforeTitle(context);
        CongressionalDistricts(context);
        CommonWordsInHeadings(context);
        OutletOfPage(context, document.Metadata); // after the per-mention rules: "The Hill" is no feature
        ArticleOfName(context); // so too "[The Hill]ORG" after "newspaper"
        VenueNamedAfterTown(context);
        CompanyNamedInFull(context);
        GroupsNamedAsStates(context);
        OrganisationsByPageEvidence(context);
        InitialismsSpeltOut(context);
        PeoplesTheRecognizerMissed(context);
        BroadcastStations(context);
        WebAddressNames(context);
        FamilyOfNamedPersons(context);
        GivenNameOpensPlace(context);
        FullNameTypedPlace(context);
        TownTypedPerson(context);
        SurnameTypedPlace(context); // after TownTypedPerson: a town it placed is no person's surname there
        FamilyByPluralSurname(context);
        OneTypePerName(context);
        PlaceBeforeNoun(context); // after OneTypePerName: "he said [Kabul]PERSON had" beside "the [Kabul]ORG government" is the ORG first, then one place
        TeamsByNicknames(context);

        MarkWorks(context, QuotedTitles.Of(document));
        var splitting = new List<Item>(items.Count);
        foreach (var item in items)
        {
            if (item.Label == EntityLabel.Person && !item.Removed)
            {
                splitting.Add(item);
            }
        }

        foreach (var item in splitting)
        {
            SplitRole(context, item);
        }

        var persons = GroupPersons(context);
        SeparateSharedSurnames(context, persons);
        AddSurnameMentions(context, persons);
        SurnameParticlesBefore(context); // the surname mentions just made persons ("[Blasio]ORG")
        ResolveDescriptions(context, persons);
        var others = GroupOthers(context);
        return Build(document, context, persons, others);
    }

    /// <summary>
    /// Whether a place or people's mention takes the compass word before it ("South" + "Korean"): only when the
    /// widened words name a country or its people (Data/compass-words.txt says why), or a continent's people ("North
    /// American", Data/continent-peoples.txt). The compass word may be untagged or a one-word place mention of its own
    /// ("[South]GPE [Korean]NORP"), which the caller drops.
    /// </summary>
    private bool WidenedByCompass(string text, TextSpan[] spans, string[] words, int[] covered, int[] sentenceOf, List<Item> items, int start, int end, EntityLabel label)
    {
        int before = start - 1;
        if (before < 0 || sentenceOf[before] != sentenceOf[start]
            || label is not (EntityLabel.Gpe or EntityLabel.Location or EntityLabel.Norp)
            || !IsCapitalised(words[before]) || !CompassWords.Contains(words[before])
            || (covered[before] >= 0 && items[covered[before]] is var compass
                && (compass.Removed || compass.Start != before || compass.End != start || compass.Label is not (EntityLabel.Gpe or EntityLabel.Location))))
        {
            return false;
        }

        var widened = text.AsSpan(spans[before].Start, spans[end - 1].End - spans[before].Start);
        return geo.CountryByName(widened) is not null || geo.CountryByDemonym(widened) is not null
            || (widened.Length > 3 && widened[^1] == 's' && geo.CountryByDemonym(widened[..^1]) is not null)
            || (label == EntityLabel.Norp && end - start == 1 && ContinentPeoples.Contains(words[start]));
    }

    private static readonly FrozenSet<string> ContinentPeoples = ResourceText.Lines("continent-peoples.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A mention's bounds at punctuation. A person's hyphenated given name that the tokenizer split as it splits
    /// "NATO-backed" ("Kim Jong-un" → "Jong" "-" "un") takes its second part when the recognizer ended the name on the
    /// hyphen after two words ("Moon Jae-", "Kim Jong-", "Lee Myung-": 12 on VOA 2,000, 4 on Wikinews); not a participle
    /// ("Bernie Sanders-backed") nor a one-word name ("Hezbollah-led"), which lose the hyphen instead. Then sentence
    /// punctuation, quote marks and dashes at either end are not the name's ("DWTS." of 'on "DWTS."', "James?",
    /// "Kurdistan Workers Party -"). Brackets stay. A lower-case "the" or "and" the recognizer took in at the start is
    /// not the name's either ("the Netherlands", "and Kurds"; the guideline writes "Netherlands").
    /// </summary>
    private static (int Start, int End) NameBounds(TextSpan[] spans, string[] words, int[] covered, int[] sentenceOf, int n, int start, int end, EntityLabel label)
    {
        if (label == EntityLabel.Person && end < n && end - start >= 3 && IsHyphen(words[end - 1])
            && spans[end - 2].End == spans[end - 1].Start && spans[end - 1].End == spans[end].Start && covered[end] < 0
            && sentenceOf[end] == sentenceOf[start] && IsLowerLetters(words[end]) && !words[end].EndsWith("ed", StringComparison.Ordinal))
        {
            end++;
        }

        while (end > start && words[end - 1].AsSpan().IndexOfAnyExcept(EdgePunctuation) < 0)
        {
            end--;
        }

        while (start < end && words[start].AsSpan().IndexOfAnyExcept(EdgePunctuation) < 0)
        {
            start++;
        }

        while (end - start > 1 && words[start] is "the" or "and")
        {
            start++; // "the Netherlands", "and Kurds": a lower-case article or conjunction opens no name
        }

        return (start, end);
    }

    /// <summary>
    /// A person's mention takes the particles that open its family name (Data/surname-particles.txt): the recognizer
    /// tagged "[Blasio]PERSON" of "de Blasio said", "De Blasio said" (sample 22, all six mentions; "Bill de Blasio"
    /// whole), so untagged particles right before a PERSON mention in its sentence are the name's ("van der Sar"). Read
    /// on the recognizer's mentions, before the rules that read a name's words ("Du Pont" then one type with the page's
    /// other "Du Pont"), and again after <see cref="AddSurnameMentions"/>, which makes "[Blasio]ORG" the person named in
    /// full. A particle the recognizer made a mention of its own, of that one word, is let go. Other types keep their
    /// words ("Le Monde").
    /// </summary>
    private static void SurnameParticlesBefore(Context c)
    {
        for (int index = 0; index < c.Items.Count; index++)
        {
            var item = c.Items[index];
            if (item.Removed || item.Label != EntityLabel.Person || item.IsDescription)
            {
                continue;
            }

            while (item.Start > 0 && c.SentenceOf[item.Start - 1] == c.SentenceOf[item.Start] && SurnameParticles.Contains(c.Words[item.Start - 1])
                   && (c.Covered[item.Start - 1] < 0 || c.Items[c.Covered[item.Start - 1]] is { Removed: false } alone && alone.Start == item.Start - 1 && alone.End == item.Start))
            {
                item.Start--;
                if (c.Covered[item.Start] >= 0)
                {
                    c.Items[c.Covered[item.Start]].Removed = true;
                }

                c.Covered[item.Start] = index;
            }
        }
    }

    private static readonly FrozenSet<string> SurnameParticles = ResourceText.Lines("surname-particles.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The hyphen characters a token may be or hold: hyphen-minus, hyphen, non-breaking hyphen.</summary>
    private static readonly SearchValues<char> Hyphens = SearchValues.Create("-‐‑");

    private static bool IsHyphen(string word) => word.Length == 1 && Hyphens.Contains(word[0]);

    private static bool IsLowerLetters(string word)
    {
        foreach (char ch in word)
        {
            if (!char.IsLower(ch))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    /// <summary>
    /// The place of the article's dateline ("CHICAGO (AP) —", "BOSTON (WHDH) -", "NEW DELHI:") is a place whatever the
    /// recognizer made of its words, all capitals and first in the text: an untagged name becomes a GPE mention and an
    /// organisation's or person's of exactly its words a GPE. The dateline's words before a comma or slash are the
    /// town ("LAWRENCEVILLE, Ga.", "Berlin/Frankfurt"); its first occurrence in the text is the dateline's.
    /// </summary>
    private static void DatelinePlace(Context c, string? place)
    {
        if (string.IsNullOrWhiteSpace(place))
        {
            return;
        }

        var town = place.AsSpan();
        int cut = town.IndexOfAny(',', '/');
        town = (cut >= 0 ? town[..cut] : town).Trim();
        int at = town.Length == 0 ? -1 : c.Text.AsSpan().IndexOf(town, StringComparison.Ordinal);
        if (at < 0)
        {
            return;
        }

        int start = TextSpans.FirstStartingAtOrAfter(c.Spans.AsSpan(0, c.Count), at);
        int end = TextSpans.FirstStartingAtOrAfter(c.Spans.AsSpan(0, c.Count), at + town.Length);
        if (start < 0 || start >= c.Count || c.Spans[start].Start != at || end <= start || c.Spans[end - 1].End != at + town.Length)
        {
            return;
        }

        int owner = c.Covered[start];
        for (int k = start; k < end; k++)
        {
            if (c.Covered[k] != owner)
            {
                return; // the words are split between mentions or partly untagged: leave the recognizer's reading
            }
        }

        if (owner < 0)
        {
            c.Items.Add(new Item(start, end, EntityLabel.Gpe) { IsDateline = true });
            c.Covered.AsSpan(start, end - start).Fill(c.Items.Count - 1);
        }
        else if (c.Items[owner] is { } item && item.Start == start && item.End == end)
        {
            item.IsDateline = true;
            if (item.Label is not (EntityLabel.Gpe or EntityLabel.Location))
            {
                item.Label = EntityLabel.Gpe;
            }
        }
    }

    /// <summary>
    /// A dateline written as a line of its own, which the extractor takes for no dateline ("Pittsburgh", then the
    /// report: the tenth unseen sample's AP page, "[Pittsburgh]ORG" beside "the Pittsburgh Penguins"): a text whose
    /// first line is one mention of a place's name (a country's, a division's, a capital's or a town the gazetteer
    /// holds), followed by more text, opens with its dateline's place, as <see cref="DatelinePlace"/> reads one.
    /// </summary>
    private void DatelineLineIsPlace(Context c)
    {
        int line = c.Text.IndexOf('\n');
        if (c.Count == 0 || line < 0 || c.Covered[0] < 0 || c.Items[c.Covered[0]] is not { Removed: false, Start: 0 } item
            || c.Spans[item.End - 1].End != c.Text.AsSpan(0, line).TrimEnd().Length || item.End >= c.Count)
        {
            return;
        }

        string name = c.MentionText(item);
        if (IsGazetteerPlace(name))
        {
            DatelinePlace(c, name);
        }
    }

    /// <summary>
    /// A person's mention opened by "St.", "Ste.", "Ft." or "Mt." (Data/place-abbreviations.txt), or right after one
    /// written in capitals ("ST. LOUIS", which the tokenizer splits as "ST" "."), whose words with it name a gazetteer
    /// place is that place: the recognizer reads a sentence's first "St. Louis" and the dateline "ST. LOUIS" as a person
    /// (issue 17's sample 37), and <see cref="SplitRole"/> would drop the abbreviation as a saint's title. A name no
    /// town bears ("St. Xavier") stays as typed.
    /// </summary>
    private void PlaceAbbreviationOpensName(Context c)
    {
        foreach (var item in c.Items)
        {
            if (item.Removed || item.Label != EntityLabel.Person)
            {
                continue;
            }

            int start = item.Start;
            if (!AbbreviatedPlaceWord(c, start) || item.End - start < 2)
            {
                // the abbreviation untagged right before the mention, one space away: "St. [Louis]PERSON", "ST. [LOUIS]PERSON"
                int before = start >= 2 && c.Words[start - 1] == "." && c.Spans[start - 2].End == c.Spans[start - 1].Start ? start - 2 : start - 1;
                if (before < 0 || c.Covered[before] >= 0 || c.Spans[start - 1].End + 1 != c.Spans[start].Start || !AbbreviatedPlaceWord(c, before))
                {
                    continue;
                }

                start = before;
            }

            int restStart = start + (c.Words[start].EndsWith('.') ? 1 : 2);
            if (restStart >= item.End)
            {
                continue; // the abbreviation and its period alone ("[ST .]"): no name follows inside the mention
            }

            var rest = c.Text[c.Spans[restStart].Start..c.Spans[item.End - 1].End];
            if (!IsGazetteerPlace(c.Text[c.Spans[start].Start..c.Spans[item.End - 1].End])
                && !IsGazetteerPlace(PlaceAbbreviations[c.Words[start].TrimEnd('.')] + " " + rest))
            {
                continue;
            }

            int index = c.Covered[item.Start];
            for (int k = start; k < item.Start; k++)
            {
                c.Covered[k] = index;
            }

            item.Start = start;
            item.Label = EntityLabel.Gpe;
        }
    }

    /// <summary>Whether the token at <paramref name="k"/> is a place's abbreviation with its period ("St.") or, in capitals, without it ("ST" before ".").</summary>
    private static bool AbbreviatedPlaceWord(Context c, int k)
        => PlaceAbbreviations.ContainsKey(c.Words[k].TrimEnd('.'))
           && (c.Words[k].EndsWith('.') || (k + 1 < c.Count && c.Words[k + 1] == "." && c.Spans[k].End == c.Spans[k + 1].Start));

    /// <summary>Data/place-abbreviations.txt: the abbreviation without its period → the word in full ("Ft" → "Fort").</summary>
    private static readonly FrozenDictionary<string, string> PlaceAbbreviations = ResourceText.Rows("place-abbreviations.txt")
        .ToFrozenDictionary(row => row[0], row => row[1], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A natural feature's word right after a place's or people's name ("Niger" + "Delta", "Korean" + "Peninsula") joins
    /// it as one LOC, whether the recognizer left the word out or made it a name of its own (Data/geo-feature-words.txt).
    /// </summary>
    private static void JoinFeatureWords(Context c)
    {
        for (int i = 0; i < c.Items.Count; i++)
        {
            var item = c.Items[i];
            int next = item.End;
            if (item.Removed || item.Label is not (EntityLabel.Gpe or EntityLabel.Location or EntityLabel.Norp) || next >= c.Count
                || c.SentenceOf[next] != c.SentenceOf[item.Start] || !IsCapitalised(c.Words[next]) || !FeatureWords.Contains(c.Words[next]))
            {
                continue;
            }

            int owner = c.Covered[next];
            if (owner >= 0)
            {
                var other = c.Items[owner];
                if (other.End - other.Start != 1)
                {
                    continue;
                }

                other.Removed = true;
            }

            item.End = next + 1;
            item.Label = EntityLabel.Location;
            c.Covered[next] = i;
        }
    }

    /// <summary>
    /// A US state's abbreviation right after a town and a comma ("Kearny, N.J.", "Stamford, Conn.", "Trenton, NJ";
    /// Data/us-state-abbreviations.txt) is the state's mention, a GPE placed at the state (<see cref="StatePlace"/>),
    /// and the town is placed in it (<see cref="FollowedByDivision"/>). The town is a place mention ending at the comma,
    /// or the recognizer's one mention of town, comma and abbreviation ("[Kearny, N.J.]LOC"), which is cut at the comma.
    /// A mention that runs on from the abbreviation over the next sentence's first words ("Randolph, [Mass. Cara]PERSON")
    /// or a list's next field ("[NC @ Coastal Credit Union Music Park]ORG") loses the abbreviation. A town written with
    /// its abbreviation as one place ("Washington, D.C.") is one GPE. Where the capitalised words before the comma name
    /// a town of the gazetteer in that state (<see cref="TownOfDivision"/>) they are the town whatever the recognizer made
    /// of them ("[Raleigh]PERSON, NC", an untagged "Charlotte, NC", "Salt [Lake City]GPE, UT"), and then a code of
    /// Data/state-codes-checked.txt (a word in capitals too, or Canada's: "Denver, CO", "Toronto, ON") is the division.
    /// </summary>
    private void UsStatesAfterTowns(Context c)
    {
        for (int i = 2; i < c.Count; i++)
        {
            if (c.Words[i - 1] != "," || c.SentenceOf[i - 2] != c.SentenceOf[i])
            {
                continue;
            }

            bool listed = StateAbbreviations.TryGetValue(c.Words[i], out var state);
            if (!listed && !CheckedStateCodes.ContainsKey(c.Words[i]))
            {
                continue;
            }

            var (country, division) = listed ? new CountryDivision(UsCode, state.State) : CheckedStateCodes[c.Words[i]];
            Item town;
            int townIndex;
            if (TownOfDivision(c, i - 1, country, division) is var townStart and >= 0)
            {
                townIndex = TakeTown(c, townStart, i - 1);
                town = c.Items[townIndex];
            }
            else
            {
                townIndex = c.Covered[i - 2];
                if (!listed || townIndex < 0)
                {
                    continue;
                }

                town = c.Items[townIndex];
                if (town.Removed || town.Start >= i - 1 || !IsCapitalised(c.Words[town.Start])
                    || !(town.End == i - 1 && town.Label is EntityLabel.Gpe or EntityLabel.Location) && town.End != i + 1)
                {
                    continue;
                }
            }

            int abbreviationIndex = c.Covered[i];
            var abbreviation = abbreviationIndex >= 0 && abbreviationIndex != townIndex ? c.Items[abbreviationIndex] : null;
            if (abbreviation is not null && (abbreviation.Removed || abbreviation.Start != i))
            {
                continue;
            }

            town.Label = EntityLabel.Gpe;
            town.End = i - 1;
            if (abbreviation is not null && abbreviation.End > i + 1)
            {
                // "Mass. Cara": the name after the abbreviation keeps its own words; "NC @ Coastal …" without the "@"
                int rest = i + 1;
                while (rest < abbreviation.End && c.Words[rest].AsSpan().IndexOfAnyExcept(ListSeparators) < 0)
                {
                    c.Covered[rest++] = -1;
                }

                (abbreviation.Start, abbreviation.Removed) = (rest, rest == abbreviation.End);
                abbreviation = null;
            }

            if (listed && state.Town is { } joined && c.MentionText(town) == joined)
            {
                town.End = i + 1;
                (town.State, town.StateTown) = (state.State, joined);
                c.Covered[i - 1] = c.Covered[i] = townIndex;
                if (abbreviation is not null)
                {
                    abbreviation.Removed = true;
                }

                continue;
            }

            c.Covered[i - 1] = -1;
            int end = listed && PeriodOfCapitalsAbbreviation(c, i) ? i + 2 : i + 1;
            if (abbreviation is not null)
            {
                (abbreviation.Label, abbreviation.State, abbreviation.StateCountry, abbreviation.End) = (EntityLabel.Gpe, division, country, end);
                c.Covered.AsSpan(i, end - i).Fill(abbreviationIndex);
                continue;
            }

            c.Items.Add(new Item(i, end, EntityLabel.Gpe) { State = division, StateCountry = country });
            c.Covered.AsSpan(i, end - i).Fill(c.Items.Count - 1);
        }
    }

    /// <summary>
    /// A US state's abbreviation in its AP form with its periods ("Mich.", "D.C."; Data/us-state-abbreviations.txt)
    /// that the recognizer made a place mention of its own, with no town before it: "Rep. Sander M. Levin (Mich.)",
    /// "the D.C.-based institute" (the thirtieth sample's, typed LOC and unplaced) name the state, a GPE placed at it
    /// (<see cref="StatePlace"/>), as after a town (<see cref="UsStatesAfterTowns"/>). Not a postal code in capitals
    /// ("MI", "DC": initials or a word of a heading) nor a mention of other words with it.
    /// </summary>
    private static void StateAbbreviationsAlone(Context c)
    {
        foreach (var item in c.Items)
        {
            if (!item.Removed && item.State is null && item.End - item.Start == 1 && item.Label is EntityLabel.Gpe or EntityLabel.Location
                && c.Words[item.Start] is var word && word.EndsWith('.') && StateAbbreviations.TryGetValue(word, out var state))
            {
                (item.Label, item.State) = (EntityLabel.Gpe, state.State);
            }
        }
    }

    /// <summary>
    /// Whether the period right after a state's code in capitals is the code's: a dateline's "INDEPENDENCE, MO. (AP)"
    /// writes the AP abbreviation ("Mo.") in capitals. Only when the capitals with a period are an AP form of
    /// Data/us-state-abbreviations.txt and the line goes on after the period with no capitalised word (not "in Fulton,
    /// MO. The next day", where it ends a sentence).
    /// </summary>
    private static bool PeriodOfCapitalsAbbreviation(Context c, int i)
    {
        var word = c.Words[i];
        return i + 2 < c.Count && AllUpper(word) && c.Words[i + 1] == "." && c.Spans[i].End == c.Spans[i + 1].Start
            && c.Covered[i + 1] < 0 && !char.IsUpper(c.Words[i + 2][0])
            && c.Text.AsSpan(c.Spans[i + 1].End, c.Spans[i + 2].Start - c.Spans[i + 1].End).IndexOf('\n') < 0
            && StateAbbreviations.ContainsKey(string.Concat(word.AsSpan(0, 1), word.AsSpan(1).ToString().ToLowerInvariant(), "."));
    }

    /// <summary>
    /// A town before a comma and a first-level division's name ("Blue Origin, [Kent]PERSON, [Washington]GPE", "SpaceX,
    /// Hawthorne, California"): as before a state's code (<see cref="UsStatesAfterTowns"/>), the capitalised words before
    /// the comma that name a town of the gazetteer in that division (<see cref="TownOfDivision"/>) are the town, a GPE,
    /// whatever the recognizer made of them. The division is a place mention of its own whose words are a division's
    /// name in some country (<see cref="GeoGazetteer.CountriesWithRegion"/>) and which closes the clause (a comma, a
    /// period, the sentence's end: not "California’s governor"). Not over an organisation's mention ("Boeing,
    /// Washington" is left as it is) nor a country's or division's name ("Jordan, Georgia", "Ohio, Michigan").
    /// </summary>
    private void TownsBeforeDivisionNames(Context c)
    {
        for (int i = 2; i < c.Count; i++)
        {
            if (c.Words[i - 1] != "," || c.SentenceOf[i - 2] != c.SentenceOf[i] || c.Covered[i] < 0)
            {
                continue;
            }

            var division = c.Items[c.Covered[i]];
            int after = division.End;
            if (division.Removed || division.Start != i || division.Label is not (EntityLabel.Gpe or EntityLabel.Location) || division.State is not null
                || (after < c.Count && c.SentenceOf[after] == c.SentenceOf[i] && c.Words[after] is not ("," or "." or ";" or ")")))
            {
                continue;
            }

            var name = c.MentionText(division);
            foreach (var country in geo.CountriesWithRegion(name))
            {
                if (TownOfDivision(c, i - 1, country, name) is var townStart and >= 0 && !OrganisationWithin(c, townStart, i - 1)
                    && c.Text[c.Spans[townStart].Start..c.Spans[i - 2].End] is var town
                    && geo.CountryByName(town) is null && geo.CountriesWithRegion(town).Count == 0)
                {
                    TakeTown(c, townStart, i - 1);
                    break;
                }
            }
        }
    }

    /// <summary>Whether an organisation's mention covers any of the words [start, end).</summary>
    private static bool OrganisationWithin(Context c, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (c.Covered[k] >= 0 && c.Items[c.Covered[k]].Label == EntityLabel.Organization)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A country's abbreviation the recognizer took into a government body's name ("[US Justice Department]ORG", "[U.S.
    /// Securities and Exchange Commission]ORG", "[US EPA]ORG") is the country's GPE mention of its own, and the body is
    /// the rest: when the rest ends in a word of Data/national-agency-heads.txt or is one abbreviation in capitals. The
    /// abbreviation is a word in capitals (periods allowed) that the gazetteer reads as a country ("U.S.", "US", "UK").
    /// </summary>
    private void CountryBeforeAgency(Context c)
    {
        int count = c.Items.Count;
        for (int i = 0; i < count; i++)
        {
            var org = c.Items[i];
            if (org.Removed || org.Label != EntityLabel.Organization || org.End - org.Start < 2 || c.Words[org.Start] is not { Length: <= 4 } first
                || !IsAllCaps(first) || !first.Any(char.IsLetter) || geo.CountryByName(first) is null)
            {
                continue;
            }

            string last = c.Words[org.End - 1];
            if (!(NationalAgencyHeads.Contains(last) && IsCapitalised(c.Words[org.Start + 1]))
                && !(org.End - org.Start == 2 && last.Length is >= 2 and <= 5 && IsAllCaps(last) && last.All(char.IsLetter) && geo.CountryByName(last) is null))
            {
                continue;
            }

            org.Start++;
            c.Items.Add(new Item(org.Start - 1, org.Start, EntityLabel.Gpe));
            c.Covered[org.Start - 1] = c.Items.Count - 1;
        }
    }

    private static readonly FrozenSet<string> NationalAgencyHeads = ResourceText.Lines("national-agency-heads.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A country's name the recognizer split at its people's word ("[Czech]NORP [Republic]GPE", an untagged "Czech"
    /// before "[Republic]GPE"): a place's or organisation's mention whose words, with the mention of a people or place
    /// right before it or the capitalised untagged word there (not an article: "The [UK]GPE"), name a country of the
    /// gazetteer is that country, one GPE mention; not a mention that names a country itself.
    /// </summary>
    private void JoinCountryNames(Context c)
    {
        int count = c.Items.Count;
        for (int x = 0; x < count; x++)
        {
            var second = c.Items[x];
            int before = second.Start - 1;
            if (second.Removed || second.Label is not (EntityLabel.Gpe or EntityLabel.Location or EntityLabel.Organization)
                || before < 0 || c.SentenceOf[before] != c.SentenceOf[second.Start])
            {
                continue;
            }

            int owner = c.Covered[before], start = before;
            if (owner >= 0)
            {
                var first = c.Items[owner];
                if (first.Removed || first.End != second.Start || first.Label is not (EntityLabel.Norp or EntityLabel.Gpe or EntityLabel.Location))
                {
                    continue;
                }

                start = first.Start;
            }
            else if (!IsCapitalised(c.Words[before]) || Determiners.Contains(c.Words[before]))
            {
                continue;
            }

            var joined = c.Text.AsSpan(c.Spans[start].Start, c.Spans[second.End - 1].End - c.Spans[start].Start);
            if (geo.CountryByName(joined) is null || geo.CountryByName(c.MentionChars(second)) is not null)
            {
                continue;
            }

            if (owner >= 0)
            {
                c.Items[owner].Removed = true;
            }

            Claim(c, x, start, second.End, EntityLabel.Gpe);
        }
    }

    /// <summary>
    /// A state's or country's name before a party's member word, taken as one mention ("a [Virginia Democrat]LOC", "an
    /// [Oklahoma Republican]ORG"): the place is a GPE of its own and the party word a NORP (Data/party-peoples.txt),
    /// as the guideline types them. The words before the party word must name a first-level division or a country.
    /// </summary>
    private void StateBeforePartyWord(Context c)
    {
        int count = c.Items.Count;
        for (int x = 0; x < count; x++)
        {
            var item = c.Items[x];
            if (item.Removed || item.Label == EntityLabel.Person || item.End - item.Start < 2 || !PartyPeoples.Contains(c.Words[item.End - 1]))
            {
                continue;
            }

            var place = string.Join(' ', c.Words, item.Start, item.End - 1 - item.Start);
            if (!IsDivisionOrCountry(place))
            {
                continue;
            }

            int party = item.End - 1;
            (item.End, item.Label) = (party, EntityLabel.Gpe);
            c.Covered[party] = -1;
            Claim(c, -1, party, party + 1, EntityLabel.Norp);
        }
    }

    /// <summary>
    /// A party's member word joined to a person's name as one mention that is no person's ("progressive [Democrat Zephyr
    /// Teachout]ORG", "over [Republican Trump]ORG" beside "Donald Trump": entity samples 18 and 21): the party word is a
    /// NORP (Data/party-peoples.txt) and the name after it the person, when that name is two or more words opened by a
    /// given name or closed by a word the page types a person alone ("Teachout is popular"), or one word that closes a
    /// person's name on the page opened by a given name (<see cref="IsNamedPersonsSurname"/>).
    /// A faith's people after the party word ("Republican Jews") is a people of its own (Data/faith-peoples.txt). A
    /// party's own name ("Republican National Committee") has neither after the word and is not read.
    /// </summary>
    private static void PartyWordBeforePerson(Context c)
    {
        int count = c.Items.Count;
        for (int x = 0; x < count; x++)
        {
            var item = c.Items[x];
            int rest = item.Start + 1;
            if (item.Removed || item.Label == EntityLabel.Person || item.End - item.Start < 2 || !PartyPeoples.Contains(c.Words[item.Start]))
            {
                continue;
            }

            EntityLabel label;
            if (item.End - rest == 1 && FaithPeoples.Contains(c.Words[rest]))
            {
                label = EntityLabel.Norp;
            }
            else if ((item.End - rest >= 2 && (IsGivenName(c.Words[rest]) || IsPersonAlone(c, c.Words[item.End - 1])) && AllCapitalised(c, rest, item.End)
                      && !OrgHeads.Contains(c.Words[item.End - 1].ToLowerInvariant()))
                     || (item.End - rest == 1 && IsNamedPersonsSurname(c, c.Words[rest], givenNameFirst: true)))
            {
                label = EntityLabel.Person;
            }
            else
            {
                continue;
            }

            (item.Start, item.Label) = (rest, label);
            c.Covered[rest - 1] = -1;
            Claim(c, -1, rest - 1, rest, EntityLabel.Norp);
        }
    }

    /// <summary>Whether the page holds a one-word person mention of this word ("Teachout is popular" beside "[Democrat Zephyr Teachout]ORG").</summary>
    private static bool IsPersonAlone(Context c, string word)
        => c.Items.Exists(p => !p.Removed && p.Label == EntityLabel.Person && p.End - p.Start == 1 && c.Words[p.Start] == word);

    /// <summary>
    /// A party's word before a legislature's chamber, taken as one mention ("every [Democratic Congress]LOC member", the
    /// thirtieth sample's): the party word is a NORP (Data/party-peoples.txt) and the chamber an ORG of its own
    /// (Data/legislative-chambers.txt), as the guideline types them. Only a mention of those two words: "Democratic
    /// Party", "Republican National Committee" and "Senate Democrats" are not read.
    /// </summary>
    private static void PartyWordBeforeChamber(Context c)
    {
        int count = c.Items.Count;
        for (int x = 0; x < count; x++)
        {
            var item = c.Items[x];
            if (item.Removed || item.Label == EntityLabel.Person || item.End - item.Start != 2
                || !PartyPeoples.Contains(c.Words[item.Start]) || !LegislativeChambers.Contains(c.Words[item.Start + 1]))
            {
                continue;
            }

            int party = item.Start;
            (item.Start, item.Label) = (party + 1, EntityLabel.Organization);
            c.Covered[party] = -1;
            Claim(c, -1, party, party + 1, EntityLabel.Norp);
        }
    }

    /// <summary>
    /// A chamber and its side's word taken as one organisation before a leader's title ("retiring [Senate Minority]ORG
    /// Leader Harry Reid", the thirty-third sample's): the organisation is the chamber (Data/legislative-chambers.txt)
    /// alone; the side's words (Data/chamber-side-words.txt) and any role words the mention took in are the person's
    /// title. Only when a role's head closes the mention or follows it: "Senate Majority PAC" stays whole.
    /// </summary>
    private void ChamberBeforeTitle(Context c)
    {
        foreach (var item in c.Items)
        {
            if (item.Removed || item.Label != EntityLabel.Organization || item.End - item.Start < 2
                || !LegislativeChambers.Contains(c.Words[item.Start]) || !ChamberSideWords.Contains(c.Words[item.Start + 1]))
            {
                continue;
            }

            int end = item.Start + 2;
            while (end < item.End && (ChamberSideWords.Contains(c.Words[end]) || roles.Contains(c.Words[end])))
            {
                end++;
            }

            bool headAfter = item.End < c.Count && c.SentenceOf[item.End] == c.SentenceOf[item.Start] && roles.IsHead(c.Words[item.End]);
            if (end != item.End || !(roles.IsHead(c.Words[end - 1]) || headAfter))
            {
                continue;
            }

            c.Covered.AsSpan(item.Start + 1, item.End - item.Start - 1).Fill(-1);
            item.End = item.Start + 1;
        }
    }

    private static readonly FrozenSet<string> ChamberSideWords = ResourceText.Lines("chamber-side-words.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A first-level division's or country's name right before a person's title and the person ("Alabama Sen. Jeff
    /// Sessions", "Ohio Gov. John Kasich", the eighteenth and nineteenth samples'): the place is a GPE mention of its own
    /// (the recognizer left it untagged, or typed it alone ORG: "[Texas]ORG Sen. Ted Cruz"). The title is a run of
    /// untagged role words (Data/role-words.txt) with a head among them, the person's mention right after it in the
    /// sentence; the place is the longest run of capitalised untagged words closing right before the title that names
    /// a division or a country ("In Ohio Gov." → "Ohio"), or one mention of another type that names one, retyped.
    /// </summary>
    private void DivisionBeforeTitle(Context c)
    {
        int count = c.Items.Count;
        for (int x = 0; x < count; x++)
        {
            var person = c.Items[x];
            if (person.Removed || person.Label != EntityLabel.Person)
            {
                continue;
            }

            int sentence = c.SentenceOf[person.Start];
            int title = person.Start;
            bool head = false;
            // the title untagged, or the last words of a mention of another type right before the person ("[Texas Sen.]ORG")
            var holder = title > 0 && c.Covered[title - 1] >= 0 && c.Items[c.Covered[title - 1]] is { Removed: false } h && h.End == title
                && h.Label is not (EntityLabel.Person or EntityLabel.Gpe) ? h : null;
            while (title > 0 && c.SentenceOf[title - 1] == sentence && roles.Contains(c.Words[title - 1])
                && (c.Covered[title - 1] < 0 || (holder is not null && c.Items[c.Covered[title - 1]] == holder && holder.Start < title - 1)))
            {
                head |= roles.IsHead(c.Words[--title]);
            }

            // not an organisation's head word opening the title: "[US] Army Sergeant Joe Roche" is the army's
            if (!head || title == 0 || c.SentenceOf[title - 1] != sentence || OrgHeads.Contains(c.Words[title].ToLowerInvariant()))
            {
                continue;
            }

            if (c.Covered[title - 1] >= 0)
            {
                var before = c.Items[c.Covered[title - 1]];
                if (!before.Removed && before.Label is not (EntityLabel.Person or EntityLabel.Gpe) && (before == holder || before.End == title)
                    && IsPlaceBeforeTitle(string.Join(' ', c.Words, before.Start, title - before.Start)))
                {
                    c.Covered.AsSpan(title, before.End - title).Fill(-1);
                    (before.End, before.Label) = (title, EntityLabel.Gpe);
                }

                continue;
            }

            int start = title;
            while (start > 0 && title - start < MaxTownWords && c.Covered[start - 1] < 0 && c.SentenceOf[start - 1] == sentence
                && IsCapitalised(c.Words[start - 1]) && c.Words[start - 1].AsSpan().IndexOfAny(EdgePunctuation) < 0)
            {
                start--;
            }

            // the run closed by the sentence's start or an uncapitalised word, not a mention ("[United States] Federal
            // District Judge") nor a glued hyphen ("then-New Jersey Governor")
            if (start > 0 && c.SentenceOf[start - 1] == sentence && (c.Covered[start - 1] >= 0 || IsCapitalised(c.Words[start - 1])
                || c.Words[start - 1].AsSpan().IndexOfAny(EdgePunctuation) > 0))
            {
                continue;
            }

            for (; start < title; start++)
            {
                if (IsPlaceBeforeTitle(string.Join(' ', c.Words, start, title - start)))
                {
                    Claim(c, -1, start, title, EntityLabel.Gpe);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A first-level division or country the recognizer typed ORG where it modifies a common noun after an article
    /// ("The [Vermont]ORG senator", "the [Illinois]ORG primary", "the [Massachusetts]ORG senator", "the [Texas]ORG
    /// senator": issue 17's samples 27, 32 and 35) is the place, GPE, as the guideline types it. The whole mention names
    /// the division or country, an article (<see cref="ArticlesBeforeModifier"/>) stands right before it and a word in
    /// lower case that may be a noun or its modifier right after it, both in its sentence; a capitalised word after it
    /// is a longer name ("the Texas Rangers"). Not a people's word ("the Saudi government": NORP), a compass word
    /// ("a [Western]ORG diplomat": some country's region too) nor an initialism that is no country's ("the GAO report").
    /// </summary>
    private void PlaceBeforeNoun(Context c)
    {
        foreach (var item in c.Items)
        {
            if (item.Removed || item.IsWork || item.Label != EntityLabel.Organization || item.Start == 0 || item.End >= c.Count)
            {
                continue;
            }

            int sentence = c.SentenceOf[item.Start];
            var name = string.Join(' ', c.Words, item.Start, item.End - item.Start);
            if (c.SentenceOf[item.Start - 1] == sentence && ArticlesBeforeModifier.Contains(c.Words[item.Start - 1])
                && c.SentenceOf[item.End] == sentence && IsLowerLetters(c.Words[item.End]) && MayBeNounOrModifier(c.Words[item.End])
                && !CompassWords.Contains(name) && IsPlaceBeforeTitle(name) && (!AllUpper(name) || geo.CountryByName(name) is not null))
            {
                item.Label = EntityLabel.Gpe;
            }
        }
    }

    /// <summary>
    /// The articles before a place that modifies a noun (<see cref="PlaceBeforeNoun"/>); not "that" or "this", which
    /// open a clause as often ("warned that [Tehran]ORG has drawn up plans": the government, as the page typed it).
    /// </summary>
    private static readonly FrozenSet<string> ArticlesBeforeModifier = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "the", "a", "an");

    /// <summary>
    /// Whether a lower-case word may be a noun or its modifier: the tagger's dictionary gives it no other tag ("has",
    /// "says" are verbs: "the [GAO]ORG says" keeps its organisation), or does not hold it (ambiguous words: "primary").
    /// </summary>
    private static bool MayBeNounOrModifier(string word)
        => !PosTagger.Default.Model.TryDictionary(word, out var tag) || tag is PartOfSpeech.NN or PartOfSpeech.NNS or PartOfSpeech.JJ or PartOfSpeech.VBG;

    /// <summary>
    /// A US congressional district named by its ordinal ("Florida’s 9th Congressional District", "Virginia's 10th
    /// Congressional district", "New York’s 19th District": samples 18, 21 and 22, typed ORG, cut to "Congressional
    /// District" or missed) is a GPE in the United States, as the guideline's electoral divisions are. The words after
    /// the ordinal are a phrase of Data/congressional-district-words.txt (any case); a phrase marked `after-state`
    /// ("District") only after a US state's possessive ("New York’s"), and then every mention of the same words on the
    /// page ("the people of the 19th District"). Mentions within the words give way; one reaching past them ("[5th
    /// District Court]ORG") or a capitalised word right after them ("District Judge") leaves them be. One pass over the
    /// page's words.
    /// </summary>
    private void CongressionalDistricts(Context c)
    {
        HashSet<string>? named = null;
        List<(int Start, int End, string Name)>? unsure = null;
        for (int o = 0; o + 1 < c.Count; o++)
        {
            if (!IsOrdinal(c.Words[o]) || DistrictPhraseAfter(c, o) is not var (end, alone))
            {
                continue;
            }

            var name = string.Join(' ', c.Words, o, end - o).ToLowerInvariant();
            if (alone || UsStatePossessiveBefore(c, o))
            {
                (named ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
                ClaimDistrict(c, o, end);
            }
            else
            {
                (unsure ??= []).Add((o, end, name));
            }
        }

        foreach (var (start, end, name) in unsure ?? [])
        {
            if (named?.Contains(name) == true)
            {
                ClaimDistrict(c, start, end);
            }
        }
    }

    /// <summary>The end of a congressional district's phrase right after the ordinal at <paramref name="o"/>, and whether it names one alone.</summary>
    private static (int End, bool Alone)? DistrictPhraseAfter(Context c, int o)
    {
        int sentence = c.SentenceOf[o];
        foreach (var (words, alone) in CongressionalDistrictPhrases)
        {
            int end = o + 1 + words.Length;
            if (end > c.Count || c.SentenceOf[end - 1] != sentence
                || (end < c.Count && c.SentenceOf[end] == sentence && IsCapitalised(c.Words[end])))
            {
                continue;
            }

            bool match = true;
            for (int k = 0; k < words.Length && match; k++)
            {
                match = c.Words[o + 1 + k].Equals(words[k], StringComparison.OrdinalIgnoreCase);
            }

            if (match)
            {
                return (end, alone);
            }
        }

        return null;
    }

    /// <summary>Whether a US state's name and a possessive stand right before word <paramref name="o"/> ("New York’s 19th").</summary>
    private bool UsStatePossessiveBefore(Context c, int o)
    {
        if (o < 2 || !IsPossessive(c.Words[o - 1]))
        {
            return false;
        }

        for (int start = o - 2; start >= 0 && o - 1 - start <= MaxTownWords && c.SentenceOf[start] == c.SentenceOf[o] && IsCapitalised(c.Words[start]); start--)
        {
            if (geo.CountriesWithRegion(string.Join(' ', c.Words, start, o - 1 - start)).Contains(UsCode))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words [start, end) as one GPE mention in the US, the mentions within them given way; none when a mention reaches past them.</summary>
    private static void ClaimDistrict(Context c, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (c.Covered[k] >= 0 && c.Items[c.Covered[k]] is { Removed: false } inside && (inside.Start < start || inside.End > end))
            {
                return;
            }
        }

        for (int k = start; k < end; k++)
        {
            if (c.Covered[k] >= 0)
            {
                c.Items[c.Covered[k]].Removed = true;
                c.Covered[k] = -1;
            }
        }

        int owner = Claim(c, -1, start, end, EntityLabel.Gpe);
        c.Items[owner].CountryCode = UsCode;
    }

    /// <summary>Data/congressional-district-words.txt: the words after the ordinal, longest first, and whether they name a district alone.</summary>
    private static readonly (string[] Words, bool Alone)[] CongressionalDistrictPhrases = [.. ResourceText.Rows("congressional-district-words.txt")
        .Select(r => (Words: r[0].Split(' '), Alone: r.Length < 2 || r[1] != "after-state"))
        .OrderByDescending(p => p.Words.Length)];

    /// <summary>A division or country named, not its people's word ("Thai Prime Minister", "Saudi King Abdullah": NORP).</summary>
    private bool IsPlaceBeforeTitle(string name) => IsDivisionOrCountry(name) && geo.CountryByDemonym(name) is null;

    private bool IsDivisionOrCountry(string name) => geo.CountriesWithRegion(name).Count > 0 || geo.CountryByName(name) is not null;

    /// <summary>
    /// A person's mention, "of" and a run of capitalised untagged words that names a first-level division or a country
    /// ("Senator Mitch McConnell of Kentucky", the twelfth sample's): the run, closed by a word not capitalised or the
    /// sentence's end, is a GPE mention. Not a town ("Jesus of Nazareth") nor an organisation ("Smith of Microsoft").
    /// The recognizer's person that took the "of" and the division into its name ("Sen. [Rand Paul of Kentucky]PERSON",
    /// the twenty-fourth sample's, beside "Chris Christie of New Jersey" read apart) is cut there the same way: the
    /// words before "of" the person, when they are no role word ("[Duchess of Cornwall]"), the division a GPE.
    /// </summary>
    private void DivisionAfterPersonOf(Context c)
    {
        for (int i = 0, count = c.Items.Count; i < count; i++)
        {
            var person = c.Items[i];
            if (person.Removed || person.Label != EntityLabel.Person || person.End - person.Start < 3)
            {
                continue;
            }

            int of = Array.IndexOf(c.Words, "of", person.Start + 1, person.End - person.Start - 2);
            if (of < 0 || !IsCapitalised(c.Words[of - 1]) || IsRoleWord(c.Words[of - 1]) || OrgHeads.Contains(c.Words[of - 1].ToLowerInvariant())
                || person.End - of - 1 > MaxTownWords
                || !IsDivisionOrCountry(string.Join(' ', c.Words, of + 1, person.End - of - 1)))
            {
                continue;
            }

            SplitAt(c, person, of, EntityLabel.Person, EntityLabel.Gpe);
        }

        for (int of = 1; of + 1 < c.Count; of++)
        {
            if (c.Words[of] != "of" || c.Covered[of - 1] < 0 || c.Items[c.Covered[of - 1]] is not { Removed: false, Label: EntityLabel.Person } person
                || person.End != of || c.SentenceOf[of - 1] != c.SentenceOf[of])
            {
                continue;
            }

            int end = of + 1;
            while (end < c.Count && c.Covered[end] < 0 && c.SentenceOf[end] == c.SentenceOf[of] && IsCapitalised(c.Words[end])
                && c.Words[end].AsSpan().IndexOfAny(EdgePunctuation) < 0)
            {
                end++;
            }

            if (end == of + 1 || end - of - 1 > MaxTownWords || (end < c.Count && c.SentenceOf[end] == c.SentenceOf[of] && c.Covered[end] >= 0))
            {
                continue;
            }

            var name = string.Join(' ', c.Words, of + 1, end - of - 1);
            if (IsDivisionOrCountry(name))
            {
                Claim(c, -1, of + 1, end, EntityLabel.Gpe);
            }
        }
    }

    /// <summary>
    /// An organisation's mention that is a person, "of" and the person's organisation: "and [Kaveh Majlesi of Lund
    /// University]ORG in Sweden" (the twenty-seventh entity sample, beside "David Dorn of the University of Zurich" read
    /// apart; "Kaveh" is on no first-names list). The words before "of" are two (<see cref="PersonWordsBeforeOf"/>)
    /// capitalised words, neither a role's word, an honorific, an initialism nor an organisation's, company's or place's
    /// word, together no place's name; the words after it two or more closed by an organisation's head word. They become a
    /// person and an organisation, "of" between them, as <see cref="DivisionAfterPersonOf"/> cuts "[Rand Paul of
    /// Kentucky]". A body's own "of" stays: "Bank of America", "Massachusetts Institute of Technology" (a head before
    /// "of"), "Duchess of Cornwall" (a role's word), "Friends of the Earth" (no head at the end).
    /// </summary>
    private void PersonOfOrganisation(Context c)
    {
        for (int i = 0, count = c.Items.Count; i < count; i++)
        {
            var item = c.Items[i];
            int of = item.Start + PersonWordsBeforeOf;
            if (item.Removed || item.Label != EntityLabel.Organization || item.End - of - 1 < 2 || c.Words[of] != "of"
                || !OrgHeads.Contains(c.Words[item.End - 1].ToLowerInvariant()) || !NoPlaceOrCompanyWord(c, item.Start, of)
                || IsPlaceName(string.Join(' ', c.Words, item.Start, of - item.Start)))
            {
                continue;
            }

            bool person = true;
            for (int j = item.Start; j < of; j++)
            {
                person &= IsCapitalised(c.Words[j]) && IsUnlistedNameWord(c.Words[j]) && !c.WrittenInLowerCase(c.Words[j]);
            }

            if (person)
            {
                SplitAt(c, item, of, EntityLabel.Person, EntityLabel.Organization);
            }
        }
    }

    /// <summary>
    /// A place's mention right after a capitalised "The" in running text (a lower-case word before it, as
    /// <see cref="ArticleOfName"/> reads an organisation's): "at [The London]" and "at The [London West Hollywood]" are a
    /// hotel named after a town, not the town: in running text only a name writes the article so. The mention takes the
    /// "The" and is a LOC (a venue's type), when its name, or its first word, is a town of the gazetteer and the name with
    /// "The" is no place or country of its own ("The Hague", "The Netherlands", "The Woodlands" stay as they are).
    /// </summary>
    private void VenueNamedAfterTown(Context c)
    {
        foreach (var item in c.Items)
        {
            int the = item.Start - 1;
            if (item.Removed || item.IsDateline || item.Label is not (EntityLabel.Gpe or EntityLabel.Location) || the < 1 || c.Words[the] != "The"
                || c.Covered[the] >= 0 || c.SentenceOf[the] != c.SentenceOf[item.Start] || c.SentenceOf[the - 1] != c.SentenceOf[the]
                || !char.IsLower(c.Words[the - 1][0]))
            {
                continue;
            }

            var name = string.Join(' ', c.Words, item.Start, item.End - item.Start);
            var withThe = "The " + name;
            if ((geo.Places(name).Count == 0 && geo.Places(c.Words[item.Start]).Count == 0)
                || IsDivisionOrCountry(name)
                || geo.Places(withThe).Count > 0 || geo.CountryByName(withThe) is not null)
            {
                continue;
            }

            c.Covered[the] = c.Covered[item.Start];
            (item.Start, item.Label) = (the, EntityLabel.Location);
        }
    }

    /// <summary>
    /// "Impacts on Travel and [Education]ORG", "Interior and [Technology]ORG", "RELATED [INFORMATION]ORG": in a heading
    /// (a line of at most <see cref="MaxHeadingWords"/> words, not closed by a sentence's punctuation, every word
    /// capitalised but the lower-case words headings keep, Data/heading-function-words.txt; no comma or list separator, which
    /// make it a list's entry: "Jeet Heer, The Nation", "GIRL – Maren Morris") capitals tell nothing, so a mention there
    /// not opened by a determiner ("The New School") whose every word is a common word (the part-of-speech tagger's dictionary lists its lower-case form,
    /// with one tag and no proper noun's) is dropped, unless the page writes the mention's first word capitalised in
    /// running text too (not at a sentence's start, nor in a heading): "Apple" of "Apple and Google" beside "said Apple".
    /// </summary>
    private static void CommonWordsInHeadings(Context c)
    {
        HashSet<string>? inRunningText = null;
        foreach (var item in c.Items)
        {
            if (item.Removed || Determiners.Contains(c.Words[item.Start]) || !AllCommonWords(c, item) || !IsHeadingLine(c, item.Start))
            {
                continue;
            }

            if (inRunningText is null)
            {
                inRunningText = new HashSet<string>(StringComparer.Ordinal);
                for (int k = 1; k < c.Count; k++)
                {
                    if (IsCapitalised(c.Words[k]) && c.SentenceOf[k - 1] == c.SentenceOf[k] && !IsHeadingLine(c, k))
                    {
                        inRunningText.Add(c.Words[k]);
                    }
                }
            }

            if (!inRunningText.Contains(c.Words[item.Start]))
            {
                item.Removed = true;
            }
        }
    }

    /// <summary>The most words a heading line holds (<see cref="CommonWordsInHeadings"/>): the samples' headings hold 2 to 5; a guess above them.</summary>
    private const int MaxHeadingWords = 8;

    private static readonly FrozenSet<string> HeadingFunctionWords = ResourceText.Lines("heading-function-words.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether token <paramref name="k"/> stands on a heading line (<see cref="CommonWordsInHeadings"/>).</summary>
    private static bool IsHeadingLine(Context c, int k)
    {
        // The line's ends are looked for only as far as the tokens the window below can reach (a line of a megabyte
        // with no break made each call a scan of it): a break beyond them changes none of its comparisons.
        int reachStart = c.Spans[Math.Max(0, k - MaxHeadingWords - 1)].Start, reachEnd = c.Spans[Math.Min(c.Count - 1, k + MaxHeadingWords + 1)].End;
        int from = Math.Max(0, c.Spans[k].Start - 1);
        int lineStart = from < reachStart ? c.Text.LastIndexOf('\n', from) + 1 : c.Text.LastIndexOf('\n', from, from - reachStart + 1) + 1;
        int lineEnd = c.Spans[k].End >= reachEnd ? -1 : c.Text.IndexOf('\n', c.Spans[k].End, reachEnd - c.Spans[k].End);
        if (lineEnd < 0)
        {
            lineEnd = c.Text.Length;
        }

        int first = k, last = k;
        while (first > 0 && c.Spans[first - 1].Start >= lineStart && last - first < MaxHeadingWords)
        {
            first--;
        }

        while (last + 1 < c.Count && c.Spans[last + 1].End <= lineEnd && last - first < MaxHeadingWords)
        {
            last++;
        }

        if (last - first + 1 > MaxHeadingWords || c.Words[last] is "." or "!" or "?" or ":" or ";" or "," || (first == 0 && last == c.Count - 1))
        {
            return false;
        }

        for (int t = first; t <= last; t++)
        {
            var word = c.Words[t];
            if ((char.IsLetter(word[0]) && !IsCapitalised(word) && !HeadingFunctionWords.Contains(word)) || word is "," || (word.Length == 1 && ListSeparators.Contains(word[0])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every word of a mention is a common word: the tagger's dictionary lists its lower-case form with a tag that is no proper noun's.</summary>
    private static bool AllCommonWords(Context c, Item item)
    {
        for (int k = item.Start; k < item.End; k++)
        {
            if (!IsCommonWord(c.Words[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A capitalised "The" right before an organisation's or a place's (LOC: a venue's) mention, after a lower-case word
    /// of its sentence ("said The We Company’s chair", "according to The Wrap"), a number ("Copyright @ 2019 The New
    /// Arab") or a list's "@" or "|" ("Houston, TX @ The Cynthia Woods Mitchell Pavilion"), is the name's: in running
    /// text only a name writes it so. At a sentence's start, after a dash (a dateline's: "CLEVELAND, Ohio – The Doobie
    /// Brothers"), an ordinal ("by March 20th The European Union", a lost period) or a capitalised word (a headline's
    /// title case), it is left out as the recognizer left it.
    /// </summary>
    private static void ArticleOfName(Context c)
    {
        foreach (var org in c.Items)
        {
            int the = org.Start - 1;
            if (org.Removed || org.Label is not (EntityLabel.Organization or EntityLabel.Location) || the < 0 || c.Words[the] != "The" || c.Covered[the] >= 0
                || c.SentenceOf[the] != c.SentenceOf[org.Start])
            {
                continue;
            }

            bool runningText = the >= 1 && c.SentenceOf[the - 1] == c.SentenceOf[the]
                && (char.IsLower(c.Words[the - 1][0]) || c.Words[the - 1].All(char.IsAsciiDigit) || c.Words[the - 1] is "@" or "|");
            if (!runningText && !NewspaperWithArticle(c, org, the))
            {
                continue;
            }

            c.Covered[the] = c.Covered[org.Start];
            org.Start = the;
        }
    }

    /// <summary>
    /// A newspaper or agency whose name news write with its article (Data/newspaper-article-words.txt: "The New York
    /// Times", "The Huffington Post", "The Times") keeps the "The" at a sentence's start or after an opening quote mark
    /// too, where <see cref="ArticleOfName"/> otherwise leaves it out (the guideline writes the name as the page does;
    /// entity samples 9, 18, 24, 30 and 34). Other names' article stays out there ("The Global Alliance for Peace met").
    /// </summary>
    private static bool NewspaperWithArticle(Context c, Item org, int the)
        => org.Label == EntityLabel.Organization && (IsSentenceFirst(c, the) || c.Words[the - 1] is "“" or "‘")
           && NewspaperArticleWords.Contains(c.Words[EndWithoutPossessive(c, org) - 1]);

    private static readonly FrozenSet<string> NewspaperArticleWords = ResourceText.Lines("newspaper-article-words.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The first token of the longest run of capitalised words ending before the comma that names a town of the
    /// gazetteer in the division ("West Palm Beach" of "June 9 – West Palm Beach, FL"), at most
    /// <see cref="MaxTownWords"/> words, in the comma's sentence, taking no part of a mention that runs past the comma
    /// or starts before the run; -1 when none does.
    /// </summary>
    private int TownOfDivision(Context c, int comma, string country, string division)
    {
        int found = -1;
        for (int s = comma - 1; s >= 0 && s >= comma - MaxTownWords && c.SentenceOf[s] == c.SentenceOf[comma] && IsCapitalised(c.Words[s]); s--)
        {
            if (c.Covered[s] is var k and >= 0 && (c.Items[k].End > comma || c.Items[k].Removed))
            {
                break;
            }

            if (c.Covered[s] is var m and >= 0 && c.Items[m].Start < s)
            {
                continue; // the run would cut a mention in two
            }

            var name = c.Text[c.Spans[s].Start..c.Spans[comma - 1].End];
            foreach (var place in geo.Places(name))
            {
                if (place.CountryCode == country && place.Region == division)
                {
                    found = s;
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>The most words a town's name before a state's code is read over ("Cuyahoga Falls", "West Palm Beach").</summary>
    private const int MaxTownWords = 4;

    /// <summary>
    /// How many words a holder after a body's role is read as when its given name is on no list (<see
    /// cref="HolderAfterBodysRole"/>): a given name and a surname, "… Committee Chairman [Reince Priebus]". Longer runs
    /// ("… Chairman Emeritus Award") are left whole: no list vouches for them.
    /// </summary>
    private const int HolderWordsAfterBodysRole = 2;

    /// <summary>
    /// How many words a person before "of" and an organisation is read as (<see cref="PersonOfOrganisation"/>): a given
    /// name and a surname, "[Kaveh Majlesi] of Lund University". Longer runs are left whole, as after a body's role.
    /// </summary>
    private const int PersonWordsBeforeOf = 2;

    /// <summary>Tokens of a list's punctuation between its fields ("@", "|", "–"), which no name opens with.</summary>
    private static readonly SearchValues<char> ListSeparators = SearchValues.Create("@|/–—-•·");

    /// <summary>
    /// The town's words [start, end) as one GPE mention: the mention that lies within them is widened to them, others
    /// within them are dropped, and with none a mention is added. Returns the mention's index.
    /// </summary>
    private static int TakeTown(Context c, int start, int end)
    {
        int kept = -1;
        for (int k = start; k < end; k++)
        {
            int index = c.Covered[k];
            if (index >= 0 && index != kept)
            {
                if (kept < 0)
                {
                    kept = index;
                }
                else
                {
                    c.Items[index].Removed = true;
                }
            }
        }

        return Claim(c, kept, start, end, EntityLabel.Gpe);
    }

    /// <summary>
    /// The words [start, end) as one mention of <paramref name="label"/>: the mention <paramref name="owner"/> widened or
    /// narrowed to them, or a new one when <paramref name="owner"/> is -1; the words are covered by it. Returns its index.
    /// </summary>
    private static int Claim(Context c, int owner, int start, int end, EntityLabel label)
    {
        if (owner < 0)
        {
            c.Items.Add(new Item(start, end, label));
            owner = c.Items.Count - 1;
        }

        var item = c.Items[owner];
        (item.Start, item.End, item.Label) = (start, end, label);
        c.Covered.AsSpan(start, end - start).Fill(owner);
        return owner;
    }

    /// <summary>The place of a cluster that names a US state by its abbreviation after a town, or a town written with it.</summary>
    private Place? StatePlace(Cluster cluster)
    {
        var item = cluster.Items.Find(i => i.State is not null);
        if (item?.State is not { } state)
        {
            return null;
        }

        if (item.StateTown is { } town)
        {
            return Single(geo.Places(town), p => p.CountryCode == UsCode && p.Region == state);
        }

        var country = item.StateCountry ?? UsCode;
        return geo.RegionCentre(country, state) is { } centre ? new Place(state, country, centre.Latitude, centre.Longitude) { Region = state } : null;
    }

    /// <summary>The country of Data/us-state-abbreviations.txt.</summary>
    private const string UsCode = "US";

    /// <summary>Data/us-state-abbreviations.txt: abbreviation as written → the state, and the town written with it as one place.</summary>
    private static readonly FrozenDictionary<string, (string State, string? Town)> StateAbbreviations = ResourceText.Rows("us-state-abbreviations.txt")
        .ToFrozenDictionary(r => r[0], r => (r[1], r.Length > 2 ? r[2] : null), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> is a US state's abbreviation as written after a town's comma ("Conn.", "N.Y.", "NJ"; Data/us-state-abbreviations.txt).</summary>
    internal static bool IsUsStateAbbreviation(ReadOnlySpan<char> word) => StateAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    /// <summary>Data/state-codes-checked.txt: a code that is a division after a town only when the town lies in it → country, division.</summary>
    private static readonly FrozenDictionary<string, CountryDivision> CheckedStateCodes = ResourceText.Rows("state-codes-checked.txt")
        .ToFrozenDictionary(r => r[0], r => new CountryDivision(r[1], r[2]), StringComparer.Ordinal);

    /// <summary>A first-level division and its country's code: a row of state-codes-checked.txt.</summary>
    private sealed record CountryDivision(string Country, string Division);

    /// <summary>
    /// A state's university named with its campus: "[University of California]ORG, [Berkeley]GPE", "[University of Texas]ORG
    /// at [Austin]GPE" are one organisation (entity samples 26 and 27, "University of California, San Diego"). An
    /// organisation's mention closed by "… University of" (Data/campus-heads.txt) and a name, then a comma or "at", then a
    /// mention of a town that lies in the first-level division the name is (a GeoNames place of that name with that
    /// region: "Chapel Hill" in North Carolina): the organisation takes the town's mention. Not "University of Southern
    /// Indiana, January" (no town), nor a town outside the state.
    /// </summary>
    private void CampusOfUniversity(Context c)
    {
        for (int i = 0; i < c.Items.Count; i++)
        {
            var org = c.Items[i];
            int link = org.End;
            if (org.Removed || org.Label != EntityLabel.Organization || link + 1 >= c.Count || c.Words[link] is not ("," or "at")
                || c.SentenceOf[link] != c.SentenceOf[org.Start] || c.Covered[link + 1] < 0)
            {
                continue;
            }

            int of = Array.LastIndexOf(c.Words, "of", org.End - 1, org.End - org.Start); // "Regents of the University of California"
            var town = c.Items[c.Covered[link + 1]];
            if (of <= org.Start || of + 1 >= org.End || !CampusHeads.Contains(c.Words[of - 1]) || town.Removed || town.Start != link + 1
                || town.Label is not (EntityLabel.Gpe or EntityLabel.Location or EntityLabel.Organization))
            {
                continue;
            }

            var state = string.Join(' ', c.Words, of + 1, org.End - of - 1);
            bool inState = false;
            foreach (var place in geo.Places(c.MentionText(town)))
            {
                inState |= string.Equals(place.Region, state, StringComparison.Ordinal);
            }

            if (!inState)
            {
                continue;
            }

            town.Removed = true;
            org.End = town.End;
            c.Covered.AsSpan(link, town.End - link).Fill(i);
        }
    }

    private static readonly FrozenSet<string> CampusHeads = ResourceText.Lines("campus-heads.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// An organisation's name the recognizer cut at an inner "of", "on" or "for": "[National Institute]ORG on [Drug
    /// Abuse]ORG", "Department of [Social Services]ORG", "Ministry of Trade, [Industry and Energy]ORG", "[Revolutionary
    /// Armed Forces]ORG of [Colombia]GPE". A capitalised head word of organisations (Data/org-heads.txt), then the
    /// connector, then a name continue one organisation: the head's organisation takes the name, or the name takes
    /// the head word when the recognizer left it out. Capitalised words the recognizer left out may stand between the
    /// connector and the name, commas too when the name closes a list ("Trade, Industry and Energy"), and a "the" right
    /// after the connector ("Office for the [Western District of New York]ORG"). After "on" only
    /// an organisation's name continues it: "the Security Council on Iran" is a topic, "Commission on Human Rights" a
    /// name. The recognizer is left as it is: GMB writes these names split ("Commission on [Human Rights]", "Council of
    /// [Europe]": 9 of 10 such pairs in its train split), so joining there would lower its scores.
    /// </summary>
    private void JoinOrganisationNames(Context c)
    {
        for (int i = 0; i < c.Items.Count; i++)
        {
            var name = c.Items[i];
            if (name.Removed || name.Label is not (EntityLabel.Organization or EntityLabel.Gpe or EntityLabel.Location))
            {
                continue;
            }

            int sentence = c.SentenceOf[name.Start];
            bool list = Array.IndexOf(c.Words, "and", name.Start, name.End - name.Start) >= 0;
            int k = name.Start - 1;
            while (k >= 0 && c.Covered[k] < 0 && c.SentenceOf[k] == sentence
                   && ((IsCapitalised(c.Words[k]) && !OrgNameConnectors.Contains(c.Words[k])) || (list && c.Words[k] == "," && k > 0 && IsCapitalised(c.Words[k - 1]))))
            {
                k--;
            }

            if (k > 0 && c.Words[k] == "the" && c.Covered[k] < 0 && OrgNameConnectors.Contains(c.Words[k - 1]))
            {
                k--; // "[U.S. Attorney’s Office]ORG for the [Western District of New York]ORG", "Ministry of the Interior"
            }

            int head = k - 1;
            if (k < 0 || head < 0 || c.Covered[k] >= 0 || !OrgNameConnectors.Contains(c.Words[k]) || c.SentenceOf[head] != sentence
                || (c.Words[k] == "on" && name.Label != EntityLabel.Organization)
                || !IsCapitalised(c.Words[head]) || !OrgHeads.Contains(c.Words[head].ToLowerInvariant()))
            {
                continue;
            }

            int owner = c.Covered[head];
            if (owner >= 0)
            {
                var org = c.Items[owner];
                if (org.Removed || org.Label != EntityLabel.Organization || org.End != head + 1)
                {
                    continue;
                }

                org.End = name.End;
                name.Removed = true;
                for (int t = head + 1; t < name.End; t++)
                {
                    c.Covered[t] = owner;
                }
            }
            else
            {
                while (head > 0 && c.Covered[head - 1] < 0 && c.SentenceOf[head - 1] == sentence && IsCapitalised(c.Words[head - 1])
                       && !Determiners.Contains(c.Words[head - 1]) && !SentenceStarters.Contains(c.Words[head - 1].ToLowerInvariant()))
                {
                    head--;
                }

                name.Start = head;
                name.Label = EntityLabel.Organization;
                for (int t = head; t < name.End; t++)
                {
                    c.Covered[t] = i;
                }
            }
        }

        for (int i = 0; i < c.Items.Count; i++)
        {
            ContinueOrganisationName(c, i);
        }
    }

    /// <summary>
    /// "[Commission]ORG on Presidential Debates", "[Zimbabwe Congress]ORG of Trade Unions": an organisation closed by a
    /// head word, then "of", "on" or "for" and capitalised words the recognizer left out ("and" between two of them:
    /// "Committee on Ways and Means"), takes those words. Not a month or weekday ("the Senate on Sunday"), a word with a
    /// digit ("on STS-1"), nor a role's head word after the first ("Ministry of Defence Spokesman"; "Department of
    /// Justice" keeps its one), where the words stop; when they run into another mention, the join above has decided.
    /// </summary>
    private void ContinueOrganisationName(Context c, int index)
    {
        var org = c.Items[index];
        int k = org.End;
        int sentence = c.SentenceOf[org.Start];
        if (org.Removed || org.Label != EntityLabel.Organization || k + 1 >= c.Count || c.Covered[k] >= 0 || c.SentenceOf[k] != sentence
            || !OrgNameConnectors.Contains(c.Words[k]) || !IsCapitalised(c.Words[k - 1]) || !OrgHeads.Contains(c.Words[k - 1].ToLowerInvariant()))
        {
            return;
        }

        bool Continues(int t) => t < c.Count && c.Covered[t] < 0 && c.SentenceOf[t] == sentence && IsCapitalised(c.Words[t])
            && !c.Words[t].Any(char.IsDigit) && !TimexLexicon.Default.Months.ContainsKey(c.Words[t])
            && !TimexLexicon.Default.Weekdays.ContainsKey(c.Words[t]) && (t == k + 1 || !roles.IsHead(c.Words[t])) && !Determiners.Contains(c.Words[t]);

        int end = k + 1;
        while (Continues(end) || (end > k + 1 && end < c.Count && c.Words[end] == "and" && c.Covered[end] < 0 && Continues(end + 1)))
        {
            end++;
        }

        if (end == k + 1 || (end < c.Count && c.Covered[end] >= 0 && c.SentenceOf[end] == sentence))
        {
            return;
        }

        org.End = end;
        for (int t = k; t < end; t++)
        {
            c.Covered[t] = index;
        }
    }

    /// <summary>Data/legislative-chambers.txt: a legislature's chambers ("House", "Senate"), which <see cref="SplitCoordinatedNames"/> splits over "and".</summary>
    private static readonly FrozenSet<string> LegislativeChambers = ResourceText.Lines("legislative-chambers.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Two names the recognizer joined over "and" into one mention ("[Intuitive Machines and Orbit Beyond]ORG", "[The
    /// Wrap and Deadline]ORG", "[Eritrea and Ethiopia]ORG") are two mentions when the page shows the sides are names of
    /// their own (<see cref="NamedMentions"/>), in either of two ways. One side is the whole text of another mention
    /// standing alone ("Orbit Beyond dropped out", "Deadline reports") and takes its type; the other takes the whole's
    /// (a GPE if a country, or a place beside a place). Each side is then capitalised words (commas, hyphens and
    /// periods inside: "Tyvak Nano-Satellite Systems, Inc."), without a connector ("Ministry of Trade, Industry and
    /// Energy" stays beside "Energy rose"). Or, for an organisation's mention, each side is a mention of its own
    /// somewhere, whatever stands beside it, and takes its type ("Woolworths and Coles said Woolworths and Coles",
    /// "Center for Biological Diversity and Center for Food Safety"; "National Air and Space Museum" has one only).
    /// The whole is no country, place or division of the gazetteer ("Bosnia and Herzegovina", "Trinidad and Tobago").
    /// Names with "and" that the page never writes apart ("Procter and Gamble", "Securities and Exchange Commission")
    /// stay one. Two chambers of a legislature, each one word of Data/legislative-chambers.txt ("Republican leaders in
    /// the [House and Senate]ORG", the twenty-fifth sample's), are two organisations whether or not the page writes them
    /// apart. Names before a plural division word ("[Orange and Riverside]ORG counties") are split by
    /// <see cref="SplitCoordinatedDivisions"/>.
    /// </summary>
    private void SplitCoordinatedNames(Context c)
    {
        Dictionary<string, (EntityLabel Label, bool Alone)>? named = null;
        int count = c.Items.Count;
        for (int i = 0; i < count; i++)
        {
            var whole = c.Items[i];
            if (whole.Removed || whole.Label == EntityLabel.Person || whole.End - whole.Start < 3)
            {
                continue;
            }

            int and = Array.IndexOf(c.Words, "and", whole.Start + 1, whole.End - whole.Start - 2);
            if (and < 0 || Array.IndexOf(c.Words, "and", and + 1, whole.End - and - 1) >= 0)
            {
                continue;
            }

            bool sides = CoordinatedSide(c, whole.Start, and) && CoordinatedSide(c, and + 1, whole.End);
            if (!sides && whole.Label != EntityLabel.Organization)
            {
                continue;
            }

            var text = c.MentionText(whole);
            string left = c.Text[c.Spans[whole.Start].Start..c.Spans[and - 1].End], right = c.Text[c.Spans[and + 1].Start..c.Spans[whole.End - 1].End];
            if (left == right || geo.CountryByName(text) is not null || geo.Places(text).Count > 0 || geo.CountriesWithRegion(text).Count > 0)
            {
                continue;
            }

            if (whole.Label == EntityLabel.Organization && LegislativeChambers.Contains(left) && LegislativeChambers.Contains(right))
            {
                SplitAt(c, whole, and, EntityLabel.Organization, EntityLabel.Organization); // "[House and Senate]ORG": two chambers
                continue;
            }

            named ??= NamedMentions(c);
            bool leftNamed = named.TryGetValue(left, out var leftName), rightNamed = named.TryGetValue(right, out var rightName);
            var (leftLabel, rightLabel) = (leftName.Label, rightName.Label);
            if (!sides || (!leftName.Alone && !rightName.Alone))
            {
                if (whole.Label == EntityLabel.Organization && leftNamed && rightNamed)
                {
                    // each side a mention of its own somewhere ("Woolworths and Coles", "Center for Biological Diversity
                    // and Center for Food Safety": connectors allowed, as both sides are names)
                    SplitAt(c, whole, and, leftLabel, rightLabel);
                }

                continue;
            }

            (leftNamed, rightNamed) = (leftName.Alone, rightName.Alone);

            // a side the page does not name alone is of the whole's type, but a place beside a place ("[West Bank]GPE and
            // Gaza Strip") or a country's name is a GPE
            EntityLabel Unnamed(string side, bool otherNamed, EntityLabel other)
                => geo.CountryByName(side) is not null || (otherNamed && other is EntityLabel.Gpe or EntityLabel.Location && IsGazetteerPlace(side)) ? EntityLabel.Gpe : whole.Label;

            SplitAt(c, whole, and, leftNamed ? leftLabel : Unnamed(left, rightNamed, rightLabel), rightNamed ? rightLabel : Unnamed(right, leftNamed, leftLabel));
        }
    }

    /// <summary>
    /// The words of the page's mentions without an "and", each with its type (the first mention's) and whether one of
    /// them stands alone in its sentence: no capitalised word but an article ("The European Union's"), "and", "&amp;" or
    /// a hyphen right before it, no capitalised word, "and" or "&amp;" right after (not "[Space Museum]" of "Evergreen
    /// Aviation &amp; Space Museum" or "Sea-Air-Space Museum", nor "[National Air]LOC and Space Museum"); the type is
    /// then the first such mention's.
    /// </summary>
    private static Dictionary<string, (EntityLabel Label, bool Alone)> NamedMentions(Context c)
    {
        var named = new Dictionary<string, (EntityLabel Label, bool Alone)>(StringComparer.Ordinal);
        foreach (var item in c.Items)
        {
            if (item.Removed || Array.IndexOf(c.Words, "and", item.Start, item.End - item.Start) >= 0)
            {
                continue;
            }

            int before = item.Start - 1, after = item.End;
            bool alone = !(before >= 0 && c.SentenceOf[before] == c.SentenceOf[item.Start] && ((IsCapitalised(c.Words[before]) && !Determiners.Contains(c.Words[before])) || c.Words[before] is "and" or "&" || IsHyphen(c.Words[before])))
                && !(after < c.Count && c.SentenceOf[after] == c.SentenceOf[item.Start] && (IsCapitalised(c.Words[after]) || c.Words[after] is "and" or "&"));
            var text = c.MentionText(item);
            if (!named.TryGetValue(text, out var known) || (alone && !known.Alone))
            {
                named[text] = (item.Label, alone);
            }
        }

        return named;
    }

    /// <summary>One side of a coordination: capitalised words, with commas, hyphens and periods between them, no connector.</summary>
    private static bool CoordinatedSide(Context c, int start, int end)
    {
        if (end <= start || !IsCapitalised(c.Words[start]) || !IsCapitalised(c.Words[end - 1]))
        {
            return false;
        }

        for (int k = start; k < end; k++)
        {
            if (!IsCapitalised(c.Words[k]) && c.Words[k] is not ("," or "." or "-" or "‐" or "‑"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A place of the gazetteer by any reading: <see cref="IsPlaceName"/> or a town's name.</summary>
    private bool IsGazetteerPlace(string name) => IsPlaceName(name) || geo.Places(name).Count > 0;

    /// <summary>"provinces", "states", "regions": a plural of Data/division-kind-words.txt.</summary>
    private static bool IsPluralDivisionWord(string word)
    {
        if (word.Length < 4 || !char.IsLower(word[0]) || word[^1] != 's')
        {
            return false;
        }

        return DivisionKindWords.Contains(word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y" : word[..^1])
            || (word.EndsWith("es", StringComparison.Ordinal) && DivisionKindWords.Contains(word[..^2]));
    }


    /// <summary>
    /// The page's own outlet named in its text is an organisation ("told Newsweek" on newsweek.com, "[FOX]ORG 2" on the
    /// site FOX 2, "via PEOPLE" on people.com, "[Hill]ORG" of "The Hill" on the site TheHill): words that spell the
    /// page's site name as written (spaces aside), or its web address's name (<see cref="HostName"/>) in capitals, become
    /// one ORG mention, whatever the recognizer made of them, when they are untagged or hold the one mention within them;
    /// a mention that runs past them is left as it is ("[UrduPoint News]ORG"). Only on English pages (or of no stated
    /// language), and not a site named by a person's name ("Bianca Zapatka": a given name first), which is the person.
    /// </summary>
    private static void OutletOfPage(Context c, ArticleMetadata metadata)
    {
        if (c.Language is { } language && !language.StartsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            return; // German writes its nouns capitalised: a site named "Hummeln" (bumblebees) is no outlet in every line
        }

        var site = metadata.SiteName is { } name && name.Any(char.IsUpper) && !IsPersonsName(name) ? Compact(name) : null;
        var host = HostName(metadata.Url);
        if (site is null && host is null)
        {
            return;
        }

        for (int i = 0; i < c.Count; i++)
        {
            if (!char.IsLetterOrDigit(c.Words[i][0]) || !IsCapitalised(c.Words[i]) && !char.IsDigit(c.Words[i][0]))
            {
                continue;
            }

            // the outlet's name starts with this word, or nothing is built from it (this runs for every capitalised word)
            if (!(site?.StartsWith(c.Words[i], StringComparison.Ordinal) ?? false) && !(host?.StartsWith(c.Words[i], StringComparison.OrdinalIgnoreCase) ?? false))
            {
                continue;
            }

            var written = string.Empty;
            for (int end = i + 1; end <= c.Count && end - i <= MaxOutletWords && c.SentenceOf[end - 1] == c.SentenceOf[i]; end++)
            {
                written += c.Words[end - 1];
                bool spelt = (site is not null && written == site)
                    || (host is not null && written.Length == host.Length && IsAllCaps(written) && written.Equals(host, StringComparison.OrdinalIgnoreCase));
                if (!spelt || (end < c.Count && c.Spans[end].Start == c.Spans[end - 1].End && char.IsLetterOrDigit(c.Words[end][0])))
                {
                    continue;
                }

                TakeOutlet(c, i, end);
                i = end - 1;
                break;
            }
        }
    }

    /// <summary>The outlet's words [start, end) as one ORG mention, unless a mention crosses their bounds or two lie within.</summary>
    private static void TakeOutlet(Context c, int start, int end)
    {
        int owner = -1;
        for (int k = start; k < end; k++)
        {
            if (c.Covered[k] is var index and >= 0)
            {
                var item = c.Items[index];
                if (item.Start < start || item.End > end || (owner >= 0 && owner != index))
                {
                    return;
                }

                owner = index;
            }
        }

        Claim(c, owner, start, end, EntityLabel.Organization);
    }

    /// <summary>A name of two or three title-case words opened by a given name ("Bianca Zapatka"; not "FOX 2").</summary>
    private static bool IsPersonsName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 2 or 3 && IsGivenName(words[0])
            && words.All(w => char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower));
    }

    /// <summary>The most words an outlet's name is read over ("The Points Guy", "NBC 5 Dallas-Fort Worth" is longer and not read).</summary>
    private const int MaxOutletWords = 4;

    /// <summary>The name without its spaces, as the tokens of the text concatenate ("FOX 2" → "FOX2").</summary>
    private static string Compact(string name) => string.Concat(name.Where(ch => !char.IsWhiteSpace(ch)));

    /// <summary>
    /// The name of a web address: the label before its suffix ("people" of people.com, "kbs" of world.kbs.co.kr, "thewest"
    /// of thewest.com.au), when of three letters or more; null when there is none.
    /// </summary>
    private static string? HostName(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var labels = uri.Host.Split('.');
        if (labels.Length < 2)
        {
            return null;
        }

        // a country's second-level suffix ("co.uk", "com.au"): a short label before a two-letter one
        int at = labels.Length >= 3 && labels[^1].Length == 2 && labels[^2].Length <= 3 ? labels.Length - 3 : labels.Length - 2;
        var label = labels[at];
        return label.Length >= 3 && label.All(char.IsLetter) ? label : null;
    }

    /// <summary>
    /// A poll named by its two sponsors joined by "/", taken as one mention ("the [Suffolk University/Boston Globe Poll]ORG"):
    /// each side is an organisation of its own and the poll's word (Data/poll-words.txt), inside the mention or right
    /// after it, no name. Every word of the sides capitalised, one "/" between them.
    /// </summary>
    private static void SponsorsOfPoll(Context c, Item item)
    {
        if (item.Removed || item.Label == EntityLabel.Person || item.End - item.Start < 3)
        {
            return;
        }

        bool pollInside = PollWords.Contains(c.Words[item.End - 1]);
        int end = pollInside ? item.End - 1 : item.End;
        if (!pollInside && !(end < c.Count && c.SentenceOf[end] == c.SentenceOf[item.Start] && PollWords.Contains(c.Words[end])))
        {
            return;
        }

        int slash = Array.IndexOf(c.Words, "/", item.Start, end - item.Start);
        if (slash <= item.Start || slash >= end - 1 || Array.IndexOf(c.Words, "/", slash + 1, end - slash - 1) >= 0)
        {
            return;
        }

        for (int k = item.Start; k < end; k++)
        {
            if (k != slash && !IsCapitalised(c.Words[k]))
            {
                return;
            }
        }

        if (pollInside)
        {
            c.Covered[end] = -1;
            item.End = end;
        }

        SplitAt(c, item, slash, EntityLabel.Organization, EntityLabel.Organization);
    }

    private static readonly FrozenSet<string> PollWords = ResourceText.Lines("poll-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A mention that is exactly a country's region's name (Data/country-region-names.txt) or a continent's, ocean's, sea's
    /// or world region's (Data/world-region-names.txt, any case but a capitalised first word: "Middle East", "Asia",
    /// "Red Sea") typed GPE or PERSON, is a LOC; not an ORG nor after a capitalised "The" (an outlet or company named
    /// after one: "told The Atlantic", the magazine, was GPE and would have become an event's place).
    /// </summary>
    private static void RegionNameIsPlace(Context c, Item item)
    {
        if (item.Removed || item.Label is not (EntityLabel.Organization or EntityLabel.Gpe or EntityLabel.Person) || item.End - item.Start > 3
            || !IsCapitalised(c.Words[item.Start]))
        {
            return;
        }

        var name = string.Join(' ', c.Words, item.Start, item.End - item.Start);
        if (CountryRegionNames.Contains(name)
            || (item.Label != EntityLabel.Organization && !(item.Start > 0 && c.Words[item.Start - 1] == "The") && WorldRegionNames.Contains(name)))
        {
            item.Label = EntityLabel.Location;
        }
    }

    private static readonly FrozenSet<string> CountryRegionNames = ResourceText.Lines("country-region-names.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> WorldRegionNames = GeoGazetteer.WorldRegionNames.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A group that names itself as a state (Data/state-named-groups.txt: "Islamic State", "ISIS", "ISIL") is an
    /// organisation: a mention that is exactly one of the names, typed a place, person or people, is retyped ORG, and an
    /// occurrence the recognizer left untagged ("the founder of ISIS", "the self-described Islamic State") is an ORG
    /// mention, the longest name first, taking in the mentions inside it ("[Iraq]GPE" of "Islamic State of Iraq and
    /// Syria"), not when a capitalised word stands right before or after it in its sentence (a longer name: "Global
    /// Coalition to Defeat ISIS"). The page's words are read once, not per mention.
    /// </summary>
    private static void GroupsNamedAsStates(Context c)
    {
        foreach (var item in c.Items)
        {
            if (!item.Removed && !item.IsWork && item.Label is EntityLabel.Location or EntityLabel.Gpe or EntityLabel.Person or EntityLabel.Norp
                && EndWithoutPossessive(c, item) - item.Start <= MaxStateNamedGroupWords && StateNamedGroups.Contains(NameWithoutPossessive(c, item)))
            {
                item.Label = EntityLabel.Organization;
            }
        }

        for (int i = 0; i < c.Count; i++)
        {
            if (c.Covered[i] >= 0 || !StateNamedGroupsByFirstWord.TryGetValue(c.Words[i], out var names))
            {
                continue;
            }

            foreach (var name in names)
            {
                int end = i + name.Length;
                if (end <= c.Count && c.SentenceOf[end - 1] == c.SentenceOf[i] && RunIs(c, i, name)
                    && !(end < c.Count && c.SentenceOf[end] == c.SentenceOf[i] && IsCapitalisedWord(c.Words[end]))
                    && !(!IsSentenceFirst(c, i) && !IsSentenceFirst(c, i - 1) && IsCapitalisedWord(c.Words[i - 1]))) // "Global Coalition to Defeat ISIS"; not "But ISIS"
                {
                    for (int k = i; k < end; k++)
                    {
                        if (c.Covered[k] >= 0)
                        {
                            c.Items[c.Covered[k]].Removed = true; // "[Iraq]GPE", "[Syria]GPE" of "Islamic State of Iraq and Syria"
                        }
                    }

                    Claim(c, -1, i, end, EntityLabel.Organization);
                    i = end - 1;
                    break;
                }
            }
        }

        static bool IsCapitalisedWord(string word) => IsCapitalised(word) && char.IsLetter(word[0]);

        // the name's words, any mention among them lying wholly inside it
        static bool RunIs(Context c, int start, string[] name)
        {
            for (int k = 0; k < name.Length; k++)
            {
                if (!string.Equals(c.Words[start + k], name[k], StringComparison.Ordinal)
                    || (c.Covered[start + k] >= 0 && c.Items[c.Covered[start + k]] is var inner
                        && (inner.Start < start || inner.End > start + name.Length)))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// A university or institute named by its short name after a scholar's word and "at" ("a trade professor at
    /// [Cornell]GPE", "an economist at [Harvard]GPE"): a place's or person's mention of one or two capitalised words
    /// right after a lower-case "at", one of whose (up to <see cref="MaxWordsFromAcademicRole"/>) lower-case words before
    /// "at" in the sentence is a scholar's or student's (Data/academic-role-words.txt), is the organisation. Not a
    /// country or first-level division ("a student at Georgia" is as often the state).
    /// </summary>
    private void AcademicInstitutionAfterAt(Context c, Item item)
    {
        int at = item.Start - 1;
        if (item.Removed || item.IsWork || item.Label is not (EntityLabel.Gpe or EntityLabel.Location or EntityLabel.Person)
            || EndWithoutPossessive(c, item) - item.Start > 2 || at < 1 || c.Words[at] != "at" || c.SentenceOf[at] != c.SentenceOf[item.Start]
            || IsDivisionOrCountry(NameWithoutPossessive(c, item)))
        {
            return;
        }

        for (int k = at - 1; k >= 0 && at - k <= MaxWordsFromAcademicRole && c.SentenceOf[k] == c.SentenceOf[at] && IsLowerLetters(c.Words[k]); k--)
        {
            if (AcademicRoleWords.Contains(c.Words[k]))
            {
                item.Label = EntityLabel.Organization;
                return;
            }
        }
    }

    /// <summary>
    /// How far before "at" a scholar's word may stand: "professor at" (1), "professor of economics at" (3), "professor of
    /// political science at" (4 words: not taken, a rare form kept out so a role word further back in the clause does not reach).
    /// </summary>
    private const int MaxWordsFromAcademicRole = 3;

    private static readonly FrozenSet<string> AcademicRoleWords = ResourceText.Lines("academic-role-words.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> StateNamedGroups = ResourceText.Lines("state-named-groups.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Data/state-named-groups.txt by first word, each name as its words, longest first.</summary>
    private static readonly FrozenDictionary<string, string[][]> StateNamedGroupsByFirstWord = StateNamedGroups
        .Select(name => name.Split(' '))
        .GroupBy(words => words[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(words => words.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>The most words of a name of Data/state-named-groups.txt ("Islamic State of Iraq and the Levant").</summary>
    private static readonly int MaxStateNamedGroupWords = StateNamedGroups.Max(name => name.Split(' ').Length);

    /// <summary>
    /// "[Mt Berghaus]ORG", "[Roberts Hill]ORG", "[Yangtze River]ORG": an organisation's name of two words opened by a
    /// mountain's word (Data/geo-feature-openers.txt), or of two or more closed by a natural feature's word
    /// (Data/geo-feature-words.txt), is the feature, a LOC. Not "Mount Sinai Hospital": a longer name a mountain's word
    /// opens is an institution named after the mountain.
    /// </summary>
    private static void FeatureNameIsPlace(Context c, Item item)
    {
        if (item.Label != EntityLabel.Organization || item.Removed || item.End - item.Start < 2)
        {
            return;
        }

        var last = c.Words[item.End - 1];
        if ((item.End - item.Start == 2 && FeatureOpeners.Contains(c.Words[item.Start])) || (IsCapitalised(last) && FeatureWords.Contains(last)))
        {
            item.Label = EntityLabel.Location;
        }
    }

    /// <summary>
    /// "[Coalpool Road]ORG", "[Goscote Lane]PERSON", "[33rd Street]PERSON": an organisation's or person's name of two or
    /// more words closed by a street's word (Data/street-words.txt) is the street, a LOC; not a person opened by a given
    /// name ("Nathan Lane"), nor a street news writes for an institution or a work ("Wall Street", "Downing Street":
    /// Data/street-names-not-places.txt).
    /// </summary>
    private static void StreetNameIsPlace(Context c, Item item)
    {
        if (item.Label is not (EntityLabel.Organization or EntityLabel.Person) || item.Removed || item.End - item.Start < 2
            || !IsCapitalised(c.Words[item.End - 1]) || !StreetWords.Contains(c.Words[item.End - 1])
            || (item.Label == EntityLabel.Person && IsGivenName(c.Words[item.Start])) || StreetNamesNotPlaces.Contains(c.MentionText(item)))
        {
            return;
        }

        item.Label = EntityLabel.Location;
    }

    /// <summary>
    /// "[Delphi Corporation]PERSON", "[Sele School]PERSON", "[Bill and Melinda Gates Foundation]PERSON": a person's name
    /// of two or more words closed by an organisation's head word (Data/org-heads.txt) or by a company's or club's
    /// closing word the resolver reads beside them (Data/organisation-closing-words.txt: "[Dick Clark Productions]PERSON",
    /// "[Tequila Works]PERSON", "[West Ham United]PERSON") is the organisation; not two words opened by a given name
    /// and closed by a head word ("Eric Church", "Margaret Court": a surname there; a closing word is no surname, so
    /// "Pearl Records" is the label, and with it gone no person's "surname" Records is added to "Vanner Records") nor
    /// a name after an honorific. A place's name (LOC) of two or more words closed by an institution's head word that
    /// closes no place's (Data/institution-heads.txt: "[National Assembly]LOC", "[Communist Party]LOC", "[New York
    /// Stock Exchange]LOC") is the organisation too. A place's or person's name closed by a newspaper's title word
    /// (Data/newspaper-title-words.txt: "[Miami Herald]LOC", "[Houston Chronicle]PERSON") is the newspaper.
    /// </summary>
    private static void HeadedNameIsOrganisation(Context c, Item item)
    {
        var last = c.Words[item.End - 1];
        var head = last.ToLowerInvariant();
        if (item.Label == EntityLabel.Location && !item.Removed && item.End - item.Start >= 2 && IsCapitalised(last)
            && (InstitutionHeads.Contains(head) || NewspaperTitleWords.Contains(head)))
        {
            item.Label = EntityLabel.Organization;
            return;
        }

        bool closing = OrganisationClosingWords.Contains(head) || NewspaperTitleWords.Contains(head); // no surname: "Houston Chronicle"
        if (item.Label != EntityLabel.Person || item.Removed || item.End - item.Start < 2 || !IsCapitalised(last)
            || !(OrgHeads.Contains(head) || closing)
            || (item.End - item.Start == 2 && IsGivenName(c.Words[item.Start]) && !closing)
            || IsHonorific(c.Words[item.Start]) || (item.Start > 0 && IsHonorific(c.Words[item.Start - 1])))
        {
            return;
        }

        item.Label = EntityLabel.Organization;
    }

    /// <summary>
    /// "[Bridgestone Arena]MISC", "[Mohegan Sun Arena]PERSON", "PNC Music [Pavilion]PERSON": a name the recognizer typed
    /// MISC or PERSON closed by a venue's word (Data/venue-words.txt) or a built structure's (Data/structure-words.txt:
    /// "[Trump Tower]PERSON"; and "[George Washington Bridge]ORG", a bridge's, tunnel's or dam's name of two or more
    /// words typed ORG) is the venue, a LOC, when it has two or more
    /// words (not two opened by a given name: "Lisa Stadium" could be a person) or when the capitalised untagged words
    /// before the venue's word, which it then takes, give it two or more (not a determiner's or a sentence starter's).
    /// </summary>
    private static void VenueNameIsPlace(Context c, Item item)
    {
        var last = c.Words[item.End - 1];
        bool structure = StructureWords.TryGetValue(last, out bool evenOrganisation);
        if (!(item.Label is EntityLabel.Misc or EntityLabel.Person || (item.Label == EntityLabel.Organization && evenOrganisation && item.End - item.Start > 1))
            || item.Removed || item.IsWork || !IsCapitalised(last) || !(VenueWords.Contains(last) || structure))
        {
            return;
        }

        int start = item.Start;
        if (item.End - item.Start == 1)
        {
            while (start > 0 && c.Covered[start - 1] < 0 && c.SentenceOf[start - 1] == c.SentenceOf[item.Start] && IsCapitalised(c.Words[start - 1])
                && c.Words[start - 1].AsSpan().IndexOfAny(EdgePunctuation) < 0 && !Determiners.Contains(c.Words[start - 1])
                && !SentenceStarters.Contains(c.Words[start - 1].ToLowerInvariant()))
            {
                start--;
            }

            if (start == item.Start)
            {
                return;
            }
        }
        else if (item.Label == EntityLabel.Person && item.End - item.Start == 2 && IsGivenName(c.Words[item.Start]))
        {
            return;
        }

        int index = c.Covered[item.Start];
        for (int k = start; k < item.Start; k++)
        {
            c.Covered[k] = index;
        }

        (item.Start, item.Label) = (start, EntityLabel.Location);
    }

    private static readonly IReadOnlySet<string> OrganisationClosingWords = ResourceText.WordSet("organisation-closing-words.txt");

    private static readonly IReadOnlySet<string> NewspaperTitleWords = ResourceText.WordSet("newspaper-title-words.txt");

    private static readonly IReadOnlySet<string> InstitutionHeads = ResourceText.WordSet("institution-heads.txt");

    private static readonly FrozenSet<string> VenueWords = ResourceText.Lines("venue-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Data/structure-words.txt: a built structure's closing word, and whether it makes a place of an ORG too.</summary>
    private static readonly FrozenDictionary<string, bool> StructureWords = ResourceText.Rows("structure-words.txt")
        .ToFrozenDictionary(r => r[0], r => r.Length > 1 && r[1] == "org", StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// An organisation's short form takes its full name's type on the page. "[Ford]PERSON's internal emission testing"
    /// beside "Ford Motor Company" (ORG): a one-word name typed PERSON that opens an organisation's name closed by a
    /// company's word (Data/company-words.txt) in the same text is the company, unless the text names a person of that
    /// surname ("Henry Ford") or the word is a role's ("General" of "General Motors"). Read on VOA, Wikinews and the dev
    /// pages: Delphi, Hadson, Toyota, Warner, Reed, Magna, Saha, Ford, Nissan, Hyatt. Then (ent-mends11, sample 16)
    /// <see cref="ShortFormsOfOrganisations"/>: the opening words of a company's name the page writes in full, typed
    /// PERSON or LOC alone ("[Diversified]LOC" beside "Diversified Investment Group Inc."), or the company's first
    /// word untagged ("Heritage would issue" beside "Heritage Media Corp.": not a country, a people, a role's word, nor a place the page names alone; not at a sentence's start,
    /// where common words are capitalised). docs/entities.md, "ent-mends11".
    /// </summary>
    private void CompanyNamedInFull(Context c)
    {
        UntaggedCompanyNames(c);
        var makers = CompanyOpeners(c);
        HashSet<string>? openings = null;
        foreach (var item in c.Items)
        {
            if (!item.IsWork && IsCompanyName(c, item))
            {
                OpeningsOf(c, item, ref openings);
            }
        }

        if (openings is not null)
        {
            ShortFormsOfOrganisations(c, openings);
        }

        if (makers.Count == 0)
        {
            return;
        }

        foreach (var item in c.Items)
        {
            if (!item.Removed && item.Label == EntityLabel.Person && item.End - item.Start >= 2)
            {
                makers.Remove(c.Words[item.End - 1]); // a person of that surname is named
            }
        }

        foreach (var item in c.Items)
        {
            if (!item.Removed && item.Label == EntityLabel.Person && item.End - item.Start == 1 && makers.Contains(c.Words[item.Start])
                && !IsRoleWord(c.Words[item.Start]) && !IsHonorific(c.Words[item.Start]))
            {
                item.Label = EntityLabel.Organization;
            }
        }

        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in c.Items)
        {
            if (!item.Removed && item.Label is (EntityLabel.Gpe or EntityLabel.Location) && item.End - item.Start == 1)
            {
                places.Add(c.Words[item.Start]);
            }
        }

        foreach (var maker in makers)
        {
            // the gazetteer's towns are not refused ("Heritage" is one in Saskatchewan), a place the page names is
            if (maker.Length < 2 || !IsCapitalised(maker) || Determiners.Contains(maker) || IsRoleWord(maker) || IsHonorific(maker)
                || places.Contains(maker) || geo.CountryByName(maker) is not null || geo.CountryByDemonym(maker) is not null)
            {
                continue;
            }

            foreach (var (start, owner) in Standalone(c, [maker]))
            {
                if (owner < 0 && !IsSentenceFirst(c, start) && !OpeningQuoteMarks.Contains(c.Words[start - 1]))
                {
                    Claim(c, owner, start, start + 1, EntityLabel.Organization); // "Heritage would issue"; not "Total sales rose.", "“We received"
                }
            }
        }
    }

    /// <summary>
    /// Capitalised words the recognizer left untagged right before a capitalised company's word (Data/company-words.txt),
    /// in their sentence, are the company's name in full, an ORG mention ("acquired by Star States Corp. for stock",
    /// sample 16; "Hewlett-Packard Co."): up to <see cref="MaxEvidenceNameWords"/> words, a hyphen written between two
    /// taken in, not a determiner nor another company's word; a capitalised "The" before them within a sentence is
    /// the name's (sample 9's "said The We Company’s").
    /// </summary>
    private static void UntaggedCompanyNames(Context c)
    {
        for (int i = 1; i < c.Count; i++)
        {
            if (c.Covered[i] >= 0 || !IsCapitalised(c.Words[i]) || !CompanyWords.Contains(c.Words[i]))
            {
                continue;
            }

            int start = i;
            int sentence = c.SentenceOf[i];
            while (start > 0 && i - start < MaxEvidenceNameWords && c.Covered[start - 1] < 0 && c.SentenceOf[start - 1] == sentence)
            {
                var word = c.Words[start - 1];
                if (IsHyphen(word) && start - 2 >= 0 && start < i && c.Spans[start - 2].End == c.Spans[start - 1].Start
                    && c.Spans[start - 1].End == c.Spans[start].Start && c.Covered[start - 2] < 0)
                {
                    start--; // "Hewlett-Packard": the word before the hyphen is read next
                    continue;
                }

                if (!char.IsLetter(word[0]) || !IsCapitalised(word) || Determiners.Contains(word) || CompanyWords.Contains(word))
                {
                    break;
                }

                start--;
            }

            if (start < i && !IsHyphen(c.Words[start]))
            {
                if (start > 0 && c.Words[start - 1] == "The" && c.Covered[start - 1] < 0 && !IsSentenceFirst(c, start - 1))
                {
                    start--; // "said The We Company’s …": the capitalised article within a sentence is the name's
                }

                Claim(c, -1, start, i + 1, EntityLabel.Organization);
            }
        }
    }

    /// <summary>
    /// The opening words of a company's name closed by a company's word ("Diversified", "Diversified Investment" of
    /// "Diversified Investment Group Inc."; "Heritage" of "Heritage Media Corp."): capitalised words, not opened by a
    /// determiner, and none after them a head word other than a company's (Data/org-heads.txt,
    /// Data/institution-heads.txt, Data/organisation-closing-words.txt): "Poughkeepsie" of "Poughkeepsie Savings Bank
    /// Corp." is the town. Any organisation mention's openings were tried first and read wrong too often: the
    /// recognizer's ORG mentions include persons and places ("Elian Gonzalez", "Khyber Pass", "Darfur Peace Agreement").
    /// </summary>
    private static void OpeningsOf(Context c, Item org, ref HashSet<string>? openings)
    {
        int end = EndWithoutPossessive(c, org);
        if (end - org.Start < 2 || Determiners.Contains(c.Words[org.Start]))
        {
            return;
        }

        for (int k = org.Start + 1; k < end; k++)
        {
            var word = c.Words[k].ToLowerInvariant();
            if (!CompanyWords.Contains(word) && (OrgHeads.Contains(word) || InstitutionHeads.Contains(word) || OrganisationClosingWords.Contains(word)))
            {
                return;
            }
        }

        for (int k = org.Start + 1; k < end && IsCapitalised(c.Words[k - 1]) && c.Words[k - 1].Length > 1; k++)
        {
            (openings ??= new HashSet<string>(StringComparer.Ordinal)).Add(string.Join(' ', c.Words, org.Start, k - org.Start));
        }
    }

    /// <summary>
    /// A mention typed PERSON or LOC whose words (a possessive aside) open a company's name on the page
    /// (<see cref="OpeningsOf"/>) is that company's short form: not a person the page gives a person's evidence
    /// (<see cref="PersonEvidence"/>: a given name, a named person's surname, an honorific or role word before it, "he"
    /// or "she" after it), not a place, country or people the gazetteer knows ("Washington" of "Washington Post"), not
    /// a place closed by a feature's, street's or venue's word ("Roberts Hill" of "Roberts Hill Project Ltd").
    /// </summary>
    private void ShortFormsOfOrganisations(Context c, HashSet<string> openings)
    {
        foreach (var item in c.Items)
        {
            if (item.Removed || item.IsWork || item.Label is not (EntityLabel.Person or EntityLabel.Location)
                || !openings.Contains(NameWithoutPossessive(c, item)) || (item.Label == EntityLabel.Person && IsRoleWord(c.Words[item.Start])))
            {
                continue;
            }

            var name = NameWithoutPossessive(c, item);
            var last = c.Words[EndWithoutPossessive(c, item) - 1];
            if (!IsPlaceLike(name) && geo.CountryByName(name) is null
                && (item.Label == EntityLabel.Person ? !PersonEvidence(c, item) : !(FeatureWords.Contains(last) || StreetWords.Contains(last) || VenueWords.Contains(last))))
            {
                item.Label = EntityLabel.Organization;
            }
        }
    }

    /// <summary>Quote marks and brackets that open a quotation, whose first word is capitalised as a sentence's is.</summary>
    private static readonly FrozenSet<string> OpeningQuoteMarks = FrozenSet.Create(StringComparer.Ordinal, "“", "\"", "‘", "'", "(", "[");

    /// <summary>Whether the token opens its sentence.</summary>
    private static bool IsSentenceFirst(Context c, int i) => i == 0 || c.SentenceOf[i - 1] != c.SentenceOf[i];

    private static readonly FrozenSet<string> CompanyWords = ResourceText.Lines("company-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Organisations the recognizer does not know, told by the page's own words around them: a noun for a kind of
    /// organisation right before the name (Data/organisation-kind-nouns.txt: "the game streaming service, Stadia,",
    /// "Taiwanese publication DigiTimes", "the journal BMJ Case Reports"), a job title before "at" the name ("chief
    /// economist at Flexport", Data/organisation-role-words.txt) or "CEO of" it, or a word only a company's name takes
    /// after it (Data/organisation-after-words.txt: "WeWork’s 12,000 employees", "Lexus engineers"). The name is an ORG
    /// there, and wherever the page writes it alone (<see cref="Standalone"/>): "Stadia" LOC ×19. Not a place or a
    /// people the gazetteer knows, a person's full name ("the company Elon Musk founded") nor a named person's surname.
    /// docs/entities.md, "Organisations by the page's evidence".
    /// </summary>
    private void OrganisationsByPageEvidence(Context c)
    {
        List<string[]>? learned = null;
        for (int i = 0; i < c.Count; i++)
        {
            var (start, end) = NameAfterKindNoun(c, i);
            if (end <= start)
            {
                (start, end) = NameAfterCompanyRole(c, i);
            }

            bool before = end > start;
            if (!before)
            {
                (start, end) = MentionBeforeCompanyWord(c, i);
            }

            if (end > start && OrganisationEvidenceTaken(c, start, end, retypeWorks: before) is { } words)
            {
                (learned ??= []).Add(words);
            }
        }

        foreach (var words in learned ?? [])
        {
            foreach (var (start, owner) in Standalone(c, words))
            {
                if (owner < 0 || c.Items[owner].Label is EntityLabel.Person or EntityLabel.Location or EntityLabel.Misc or EntityLabel.Organization)
                {
                    Claim(c, owner, start, start + words.Length, EntityLabel.Organization);
                }
            }
        }
    }

    /// <summary>The capitalised words right after a kind-of-organisation noun at <paramref name="i"/> ("publication DigiTimes"; "service, Stadia,").</summary>
    private static (int Start, int End) NameAfterKindNoun(Context c, int i)
    {
        if (!OrganisationKindNouns.Contains(c.Words[i]) || !IsLowerLetters(c.Words[i].Replace("-", string.Empty, StringComparison.Ordinal))
            || (i > 0 && c.Spans[i - 1].End == c.Spans[i].Start))
        {
            return default; // "WORKDIR /opt/app COPY": a path's word
        }

        bool apposition = i + 1 < c.Count && c.Words[i + 1] == ",";
        int start = apposition ? i + 2 : i + 1;
        int end = NameRunEnd(c, start, c.SentenceOf[i]);
        if (apposition && end > start && end < c.Count && c.Words[end] != "," && c.SentenceOf[end] == c.SentenceOf[i])
        {
            return default; // "the company, Smith said": no apposition
        }

        return (start, end);
    }

    /// <summary>The capitalised words after "at" that a job title shortly before governs ("chief economist at Flexport"), or after "CEO of".</summary>
    private (int Start, int End) NameAfterCompanyRole(Context c, int i)
    {
        if (i == 0 || c.Words[i] is not ("at" or "of"))
        {
            return default;
        }

        int reach = c.Words[i] == "of" ? 1 : options.OrganisationRoleWindow;
        for (int k = i - 1; k >= Math.Max(0, i - reach) && c.SentenceOf[k] == c.SentenceOf[i]; k--)
        {
            if (OrganisationRoleWords.Contains(c.Words[k]))
            {
                return (i + 1, NameRunEnd(c, i + 1, c.SentenceOf[i]));
            }

            if (!IsLowerLetters(c.Words[k]))
            {
                break; // a name or punctuation between: the title is another's
            }
        }

        return default;
    }

    /// <summary>The mention right before a word only a company takes after it, past its possessive and a number ("WeWork’s 12,000 employees").</summary>
    private static (int Start, int End) MentionBeforeCompanyWord(Context c, int i)
    {
        if (!OrganisationAfterWords.Contains(c.Words[i]) || !IsLowerLetters(c.Words[i]))
        {
            return default;
        }

        int k = i - 1;
        if (k >= 0 && char.IsDigit(c.Words[k][0]))
        {
            k--;
        }

        if (k >= 0 && IsPossessive(c.Words[k]))
        {
            k--;
        }

        if (k < 0 || c.Covered[k] < 0 || c.Items[c.Covered[k]] is not { Removed: false } item || item.End != k + 1
            || item.Label is not (EntityLabel.Person or EntityLabel.Location))
        {
            return default;
        }

        return (item.Start, item.End);
    }

    /// <summary>
    /// Where a name of capitalised words starting at <paramref name="start"/> ends, in its sentence: up to
    /// <see cref="MaxEvidenceNameWords"/> words, a hyphen written between two of them taken in ("Take-Two"), and "of",
    /// "for" or "to the" before more of them ("Monthly Notices of the Royal Astronomical Society", "Brothers to the Rescue").
    /// A word in lower case with an inner capital ("xCloud", "iFixit") counts as capitalised.
    /// </summary>
    private static int NameRunEnd(Context c, int start, int sentence)
    {
        int end = start;
        int words = 0;
        while (end < c.Count && c.SentenceOf[end] == sentence && words < MaxEvidenceNameWords)
        {
            var word = c.Words[end];
            if (IsHyphen(word) && end > start && end + 1 < c.Count && c.Spans[end - 1].End == c.Spans[end].Start
                && c.Spans[end].End == c.Spans[end + 1].Start && IsNameWord(c.Words[end + 1]))
            {
                end += 2;
                continue;
            }

            // "to" only before "the": "founder of Brothers to the Rescue" (TimeBank), not "sold Stadia to Google"
            if ((word is "of" or "for" || (word == "to" && end + 1 < c.Count && c.Words[end + 1] == "the")) && words > 0 && end + 1 < c.Count
                && c.SentenceOf[end + 1] == sentence)
            {
                int next = c.Words[end + 1] == "the" ? end + 2 : end + 1;
                if (next < c.Count && c.SentenceOf[next] == sentence && IsNameWord(c.Words[next]))
                {
                    end = next; // "Monthly Notices of the Royal Astronomical Society": the name goes on
                    continue;
                }
            }

            if (!IsNameWord(word) || TimexLexicon.Default.Weekdays.ContainsKey(word) || TimexLexicon.Default.Months.ContainsKey(word))
            {
                break; // "told the newspaper Friday"
            }

            end++;
            words++;
        }

        return end == start + 1 && c.Words[start].Length == 1 ? start : end; // "a website I used to run": the pronoun

        static bool IsNameWord(string word) => char.IsLetter(word[0]) && (char.IsUpper(word[0]) || word.AsSpan(1).IndexOfAnyInRange('A', 'Z') >= 0);
    }

    /// <summary>The most capitalised words read as one organisation's name after its evidence ("Monthly Notices of the Royal Astronomical Society" has 5).</summary>
    private const int MaxEvidenceNameWords = 6;

    /// <summary>
    /// The words [start, end) as one ORG mention when they can be an organisation's name: no place or people's name, no
    /// mention crossing their bounds and at most one within, which is no place, people or person's full name; a work
    /// only on a kind noun's evidence (<paramref name="retypeWorks"/>: "publication DigiTimes" MISC, but not "iPhone
    /// users"). Returns the name's words, or null.
    /// </summary>
    private string[]? OrganisationEvidenceTaken(Context c, int start, int end, bool retypeWorks)
    {
        var name = c.Text[c.Spans[start].Start..c.Spans[end - 1].End];
        if (IsPlaceLike(name) || geo.CountryByName(name) is not null || IsRoleWord(c.Words[start]) || OrganisationRoleWords.Contains(c.Words[start]))
        {
            return null; // "company CEO Andy Vesey": a title, then its holder
        }

        int owner = -1;
        for (int k = start; k < end; k++)
        {
            if (c.Covered[k] is var index and >= 0 && !c.Items[index].Removed)
            {
                var item = c.Items[index];
                if (item.Start < start || item.End > end || (owner >= 0 && owner != index))
                {
                    return null;
                }

                owner = index;
            }
        }

        if (owner >= 0 && c.Items[owner] is var inner
            && (inner.Label is EntityLabel.Gpe or EntityLabel.Norp || (inner.Label == EntityLabel.Misc && !retypeWorks) || inner.IsWork
                || (inner.Label == EntityLabel.Person && (c.Words.AsSpan(inner.Start, inner.End - inner.Start).ToArray().Any(IsGivenName) || IsNamedPersonsSurname(c, c.Words[inner.Start])))))
        {
            return null;
        }

        if (owner < 0 && IsGivenName(c.Words[start]))
        {
            return null;
        }

        Claim(c, owner, start, end, EntityLabel.Organization);
        return c.Words.AsSpan(start, end - start).ToArray();
    }

    /// <summary>Whether a person mention of two or more words on the page ends in this word ("Musk" of "Elon Musk").</summary>
    /// <param name="givenNameFirst">Only a name opened by a given name ("Donald Trump"; not "Hey Twitter", a greeting the recognizer read as a name).</param>
    private static bool IsNamedPersonsSurname(Context c, string word, bool givenNameFirst = false)
        => c.Items.Exists(p => !p.Removed && p.Label == EntityLabel.Person && p.End - p.Start >= 2 && c.Words[p.End - 1] == word
                               && (!givenNameFirst || IsGivenName(c.Words[p.Start])));

    private static readonly FrozenSet<string> OrganisationKindNouns = ResourceText.Lines("organisation-kind-nouns.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> OrganisationRoleWords = ResourceText.Lines("organisation-role-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> OrganisationAfterWords = ResourceText.Lines("organisation-after-words.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Web addresses the page writes: one written as a name ("Amazon.com", "Secunia.com": a capital first) is one ORG
    /// mention, the suffix its own (sample 2's gold "Amazon.com"); and a one-word mention the recognizer typed a person
    /// or place whose word is an address's name ("Twitter" PERSON ×4 beside "pic.twitter.com/…", sample 6) is the
    /// organisation, unless a named person bears it.
    /// </summary>
    private static void WebAddressNames(Context c)
    {
        // every address ends in ".com", ".org" or ".net" (the pattern's last label, case as written): a page without one
        // has none, and the pattern, which may open at any letter, is not run over it (12 % of this stage's time when
        // it was: bench/README.md, "perf-warm")
        if (c.Text.AsSpan().IndexOfAny(WebAddressEndings) < 0)
        {
            return;
        }

        HashSet<string>? names = null;
        foreach (var match in WebAddress().EnumerateMatches(c.Text))
        {
            var address = c.Text.AsSpan(match.Index, match.Length);
            int dot = address.LastIndexOf('.');
            int before = address[..dot].LastIndexOf('.');
            var name = address[(before + 1)..dot];
            if (name.Length < 3)
            {
                continue;
            }

            (names ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(name.ToString());
            int first = TextSpans.FirstStartingAtOrAfter(c.Spans.AsSpan(0, c.Count), match.Index);
            int end = TextSpans.FirstStartingAtOrAfter(c.Spans.AsSpan(0, c.Count), match.Index + match.Length);
            if (end < 0)
            {
                end = c.Count;
            }

            if (before < 0 && char.IsUpper(address[0]) && first >= 0 && first < end && c.Spans[first].Start == match.Index
                && c.Spans[end - 1].End == match.Index + match.Length)
            {
                TakeOutlet(c, first, end);
            }
        }

        if (names is null)
        {
            return;
        }

        foreach (var item in c.Items)
        {
            if (!item.Removed && item.End - item.Start == 1 && item.Label is EntityLabel.Person or EntityLabel.Location
                && names.Contains(c.Words[item.Start]) && !IsGivenName(c.Words[item.Start]) && !IsNamedPersonsSurname(c, c.Words[item.Start], givenNameFirst: true))
            {
                item.Label = EntityLabel.Organization;
            }
        }
    }

    /// <summary>
    /// Persons the recognizer typed as places or organisations, told by the persons the page names in full (issue 17's
    /// fourteenth sample: "[Manolo Gonzalez]LOC" and "[Elian Gonzalez]ORG" beside "Lazaro Gonzalez" and "Juan Miguel
    /// Gonzalez", then "[Elian]LOC" in all 17 mentions of the boy the story is about). A family's name is the last word
    /// of <see cref="MinFamilyMembers"/> persons named in two or more words opened by a given name, when the word is no
    /// common word (the tagger's dictionary: "West", "Faith" are not taken) and the page never writes it in lower case
    /// ("the Nemmers Prize" beside "the George Pólya Prize": "prize"). A LOC or ORG mention of two capitalised words closed by a
    /// family's name, its first word no common word either, is a person of that family; then, on any page (one naming
    /// no family too: "[Park]LOC" beside "Park Geun Hye", the twentieth sample; Wikinews' "[Valeria]LOC" beside "Valeria
    /// Gazzola"), a one-word LOC or ORG mention that is the first word of a person of two or more words opened by a given name or closed by a family's
    /// name is that person's given name used alone. Never a gazetteer place, a country, a people, a role's word or an
    /// honorific.
    /// </summary>
    private void FamilyOfNamedPersons(Context c)
    {
        var members = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var lowerCase = new Dictionary<string, bool>(StringComparer.Ordinal); // one reading of the page a family's name, not one a mention
        foreach (var item in c.Items)
        {
            var family = c.Words[EndWithoutPossessive(c, item) - 1];
            if (IsFullPersonName(c, item) && IsGivenName(c.Words[item.Start]) && !IsCommonWord(family)
                && !FamilyWrittenInLowerCase(family))
            {
                if (!members.TryGetValue(family, out var names))
                {
                    members[family] = names = new HashSet<string>(StringComparer.Ordinal);
                }

                names.Add(c.Words[EndWithoutPossessive(c, item) - 2]); // the word before the family's: "Will Rocky Linux" is "Rocky Linux"
            }
        }

        var families = members.Where(m => m.Value.Count >= MinFamilyMembers).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var item in c.Items)
        {
            int end = EndWithoutPossessive(c, item);
            if (!item.Removed && !item.IsWork && item.Label is EntityLabel.Location or EntityLabel.Organization && end - item.Start == 2
                && IsCapitalised(c.Words[item.Start]) && families.Contains(c.Words[end - 1]) && !IsCommonWord(c.Words[item.Start])
                && NotPlaceOrRole(c.Words[item.Start]) && !IsGazetteerPlace(NameWithoutPossessive(c, item)))
            {
                item.Label = EntityLabel.Person;
            }
        }

        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in c.Items)
        {
            if (IsFullPersonName(c, item) && (IsGivenName(c.Words[item.Start]) || families.Contains(c.Words[EndWithoutPossessive(c, item) - 1])))
            {
                given.Add(c.Words[item.Start]);
            }
        }

        // a given name on no list (both genders' names are left off: "Hillary", "Bill") counts for a one-word LOC mention
        // when the page names a person in full by it ("I gave the co-founder to [Hillary]LOC" beside "Hillary Clinton",
        // sample 18), unless the word also opens an organisation's name there ("Shearson Lehman Hutton" ORG beside the
        // recognizer's "[Shearson Lehman]PERSON") or is a people's ("[Sunni Arab]PERSON"). A river, a mountain or a region
        // the gazetteer knows is never taken (NotPlaceOrRole). One-word persons alone were tried as evidence too
        // ("Bill, [Hillary]PERSON, and Chelsea"): the recognizer's one-word persons turned "Islam", "Hasbro", "Nevis",
        // "Calicut" into persons on VOA, Wikinews and TimeBank.
        var named = new HashSet<string>(StringComparer.Ordinal);
        var opensOrganisation = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in c.Items)
        {
            // a "full name" closed by a place's generic word is a place the recognizer typed PERSON ("[Whangārei
            // Harbour]PERSON" beside the town "Whangārei": quote sample 16), no person's name to vouch for the word
            if (IsFullPersonName(c, item) && !GeoGazetteer.IsGenericPlaceWord(c.Words[EndWithoutPossessive(c, item) - 1]))
            {
                named.Add(c.Words[item.Start]);
            }
            else if (!item.Removed && item.Label == EntityLabel.Organization)
            {
                opensOrganisation.Add(c.Words[item.Start]);
            }
        }

        named.RemoveWhere(w => opensOrganisation.Contains(w) || PartyPeoples.Contains(w) || FaithPeoples.Contains(w) || IsPeopleWithoutCountry(w));

        foreach (var item in c.Items)
        {
            if (!item.Removed && !item.IsWork && item.Label is EntityLabel.Location or EntityLabel.Organization && EndWithoutPossessive(c, item) - item.Start == 1
                && (given.Contains(c.Words[item.Start]) || (item.Label == EntityLabel.Location && named.Contains(c.Words[item.Start])))
                && !IsCommonWord(c.Words[item.Start]) && NotPlaceOrRole(c.Words[item.Start]))
            {
                item.Label = EntityLabel.Person;
            }
        }

        GivenNamesAloneUntagged(c, named);

        bool FamilyWrittenInLowerCase(string family)
        {
            if (!lowerCase.TryGetValue(family, out bool written))
            {
                // the text, not its words: "Run" of "Super Mario Run" is written in "running", and that keeps a game's
                // word from becoming a family's (WrittenInLowerCase, which reads whole words, would let it)
                lowerCase[family] = written = c.Text.Contains(family.ToLowerInvariant(), StringComparison.Ordinal);
            }

            return written;
        }
    }

    /// <summary>
    /// A one-word person's mention (a possessive aside) whose word is a gazetteer place, where no mention of the word on
    /// the page has a person's evidence (<see cref="PersonEvidence"/>, the names lexicon aside: no named person's surname,
    /// no honorific or role word before it, no "he"/"she" after it) and no person's full name opens with it ("Hamza" of
    /// "Hamza bin Laden"), is that place (GPE) wherever the page types the word a person, when the page writes the word
    /// as a place before a division's or country's name ("In 2014, [Ferguson]PERSON had" beside "[Ferguson]GPE,
    /// Missouri", issue 17's sample 37) or one of its person mentions stands in a list of places
    /// (<see cref="ListedBesidePlace"/>: "only [Denver]PERSON and [Pueblo]GPE", sample 1; "including [Devon]PERSON,
    /// [Cornwall]PERSON, and [Hampshire]GPE", sample 2: read until no list changes). A town alone with nothing of the
    /// kind stays as typed ("[Brooklyn]PERSON was his answer"): the gazetteer's towns bear most surnames.
    /// </summary>
    private void TownTypedPerson(Context c)
    {
        Dictionary<string, List<Item>>? persons = null;
        HashSet<string>? placed = null;
        foreach (var item in c.Items)
        {
            if (item.Removed || item.IsWork)
            {
                continue;
            }

            var name = NameWithoutPossessive(c, item);
            if (item.Label is EntityLabel.Gpe or EntityLabel.Location && item.End - item.Start == 1 && InDivisionAfterComma(c, item))
            {
                (placed ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
            }
            else if (item.Label == EntityLabel.Person && EndWithoutPossessive(c, item) - item.Start == 1 && IsCapitalised(name) && !IsAllCaps(name)
                     && !CompassWords.Contains(name))
            {
                persons ??= new Dictionary<string, List<Item>>(StringComparer.Ordinal);
                if (!persons.TryGetValue(name, out var list))
                {
                    persons[name] = list = [];
                }

                list.Add(item);
            }
        }

        if (persons is null)
        {
            return;
        }

        persons = persons.Where(p => IsGazetteerPlace(p.Key) && !OpensNamedPerson(c, p.Key) && !p.Value.Exists(item => PersonEvidence(c, item, givenNameCounts: false)))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        for (bool changed = true; changed;)
        {
            changed = false;
            foreach (var (name, list) in persons)
            {
                if (list[0].Label == EntityLabel.Person && (placed?.Contains(name) == true || list.Exists(item => ListedBesidePlace(c, item))))
                {
                    list.ForEach(item => item.Label = EntityLabel.Gpe);
                    changed = true;
                }
            }
        }
    }

    /// <summary>
    /// A one-word place mention (a possessive aside) whose word closes a person's mention of two words or more on the
    /// page, and which the page types a person alone more often than a place ("in [Clinton]GPE’s State
    /// Department" beside "Hillary Clinton" and "[Clinton]PERSON" many times: issue 17's samples 18 and 21), is that
    /// person, unless the page gives the word a strong place cue anywhere: a comma and a division or country after it
    /// ("Clinton, Iowa"), a place's noun and "of" before it ("the city of Clinton"), or a list of places around it. A
    /// country's, division's or capital's name is left as typed ("Jordan" beside "Michael Jordan").
    /// </summary>
    private void SurnameTypedPlace(Context c)
    {
        Dictionary<string, List<Item>>? places = null;
        var persons = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in c.Items)
        {
            if (item.Removed || item.IsWork || EndWithoutPossessive(c, item) - item.Start != 1)
            {
                continue;
            }

            string word = c.Words[item.Start];
            if (item.Label == EntityLabel.Person)
            {
                persons[word] = persons.GetValueOrDefault(word) + 1;
            }
            else if (item.Label is EntityLabel.Gpe or EntityLabel.Location && IsNameCased(word))
            {
                places ??= new Dictionary<string, List<Item>>(StringComparer.Ordinal);
                if (!places.TryGetValue(word, out var list))
                {
                    places[word] = list = [];
                }

                list.Add(item);
            }
        }

        foreach (var (word, list) in places ?? [])
        {
            if (persons.GetValueOrDefault(word) > list.Count && IsNamedPersonsSurname(c, word) && !IsPlaceName(word)
                && !list.Exists(item => InDivisionAfterComma(c, item) || PlaceNounOfBefore(c, item) || ListedBesidePlace(c, item)))
            {
                list.ForEach(item => item.Label = EntityLabel.Person);
            }
        }
    }

    /// <summary>Whether a place's noun and "of" stand right before a mention ("the city of Clinton", "the state of Washington").</summary>
    private static bool PlaceNounOfBefore(Context c, Item item)
        => item.Start >= 2 && c.Words[item.Start - 1] is "of" && GeoGazetteer.IsGenericPlaceWord(c.Words[item.Start - 2]);

    /// <summary>Whether a place's mention is followed by a comma and a division's or country's mention ("Ferguson, Missouri").</summary>
    private bool InDivisionAfterComma(Context c, Item item)
        => MentionAfterComma(c, item) is { Label: EntityLabel.Gpe } division && IsDivisionOrCountry(c.MentionText(division));

    /// <summary>The recognizer's mention that starts right after a comma after <paramref name="item"/> ("Nice, [France]"), or null.</summary>
    private static Item? MentionAfterComma(Context c, Item item)
        => item.End + 1 < c.Count && c.Words[item.End] == "," && c.Covered[item.End + 1] >= 0
           && c.Items[c.Covered[item.End + 1]] is { Removed: false } next && next.Start == item.End + 1 ? next : null;

    /// <summary>Whether a word opens a person's mention of two words or more on the page ("Hamza" of "Hamza bin Laden").</summary>
    private static bool OpensNamedPerson(Context c, string word)
        => c.Items.Exists(p => !p.Removed && p.Label == EntityLabel.Person && p.End - p.Start >= 2 && c.Words[p.Start] == word);

    /// <summary>
    /// Whether a mention stands in a list of places: "X and Y", or "X, Y" where the list goes on past the pair ("X, Y,
    /// and", "W, X, Y"), Y a place's mention, either side, in its sentence; not before a lower-case word ("U.N. and
    /// Western diplomats", "In Qatar, Clinton is": a fronted phrase, no list), nor "X, Y, state" ("Williams, Duluth,
    /// Ga.": a firm's address), nor beside a place that modifies a name after it ("Bush, and Ohio Gov. John Kasich").
    /// </summary>
    private bool ListedBesidePlace(Context c, Item item)
    {
        int sentence = c.SentenceOf[item.Start];
        int after = EndWithoutPossessive(c, item);
        bool Word(int k, string word) => k >= 0 && k < c.Count && c.SentenceOf[k] == sentence && c.Words[k] == word;
        bool ListGoesOn(int k) => Word(k, ",") || Word(k, "and") || Word(k, ";");

        // "Williams, [Duluth]GPE, Ga., is": a firm's or street's town and state, no list
        bool TownOfDivisionAfter(Item town) => Word(town.End, ",") && town.End + 1 < c.Count && !IsDivisionOrCountry(c.MentionText(town))
            && (IsUsStateAbbreviation(c.Words[town.End + 1]) || IsDivisionOrCountry(c.Words[town.End + 1]));
        Item? PlaceAt(int k) => k >= 0 && k < c.Count && c.SentenceOf[k] == sentence && c.Covered[k] >= 0
                                && c.Items[c.Covered[k]] is { Removed: false, Label: EntityLabel.Gpe or EntityLabel.Location } place ? place : null;
        if (after < c.Count && c.SentenceOf[after] == sentence && c.Words[after].Length > 0 && char.IsLower(c.Words[after][0]) && c.Words[after] != "and")
        {
            return false;
        }

        // the place before: "Y and X", "Y, and X", or "Y, X" with the list going on after X
        int before = item.Start - 1;
        int k = Word(before, "and") ? (Word(before - 1, ",") ? before - 2 : before - 1) : Word(before, ",") && ListGoesOn(after) ? before - 1 : -1;
        if (PlaceAt(k) is { } left && left.End == k + 1)
        {
            return true;
        }

        // the place after: "X and Y", "X, and Y", or "X, Y" with the list going on after Y
        int next = Word(after, "and") ? after + 1 : Word(after, ",") && Word(after + 1, "and") ? after + 2 : -1;
        if (next < 0 && Word(after, ",") && PlaceAt(after + 1) is { } middle && ListGoesOn(middle.End) && !TownOfDivisionAfter(middle)
            && (!IsDivisionOrCountry(c.MentionText(middle)) || IsDivisionOrCountry(c.Words[item.Start])))
        {
            // not "Smith, Texas, and": a town and its state (UsStatesAfterTowns), unless both are divisions ("Alabama, Arkansas,")
            next = after + 1;
        }

        // not a place that modifies a name after it: "Christie, Bush, and [Ohio]GPE Gov. John Kasich"
        return PlaceAt(next) is { } right && right.Start == next
               && !(right.End < c.Count && c.SentenceOf[right.End] == sentence && (IsCapitalised(c.Words[right.End]) || IsRoleWord(c.Words[right.End])));
    }

    /// <summary>
    /// A person named in full that the recognizer typed a place, whose surname the page types a person alone ("ominous
    /// denunciations of [Hillary Clinton]LOC" beside "[Clinton]PERSON" ×4, issue 17's sample 34; "[Ismail Haniyeh]LOC"
    /// beside "[Haniyeh]PERSON" on VOA), is that person. A LOC or GPE mention of two words whose last is a one-word
    /// PERSON mention on the page ("[Gulf of Finland]LOC" is three); its first word written as a name is (not "[CentOS
    /// Stream]LOC" beside a stray "[Stream]PERSON", "[Royal-Dutch Shell]LOC") and no common word to the tagger, place,
    /// country, people, party's word, role word or honorific ("[Miami Gonzalez]LOC", "[Democratic Dean]LOC", "[Grand
    /// Masters]LOC"), its last no common word, the whole no gazetteer place.
    /// </summary>
    private void FullNameTypedPlace(Context c)
    {
        HashSet<string>? alone = null;
        foreach (var item in c.Items)
        {
            if (!item.Removed && item.Label == EntityLabel.Person && EndWithoutPossessive(c, item) - item.Start == 1)
            {
                (alone ??= new HashSet<string>(StringComparer.Ordinal)).Add(c.Words[item.Start]);
            }
        }

        if (alone is null)
        {
            return;
        }

        foreach (var item in c.Items)
        {
            int end = EndWithoutPossessive(c, item);
            if (!item.Removed && !item.IsWork && item.Label is EntityLabel.Location or EntityLabel.Gpe && end - item.Start == 2
                && alone.Contains(c.Words[end - 1]) && IsNameCased(c.Words[item.Start]) && !IsCommonWord(c.Words[item.Start])
                && !IsCommonWord(c.Words[end - 1]) && NotPlaceOrRole(c.Words[item.Start]) && !PartyPeoples.Contains(c.Words[item.Start])
                && !IsGazetteerPlace(NameWithoutPossessive(c, item)))
            {
                item.Label = EntityLabel.Person;
            }
        }
    }

    /// <summary>
    /// A person named in full that the recognizer typed a place where the page names the person nowhere else ("from
    /// [Marco Rubio]LOC", "from [Carly Fiorina]LOC to Rubio": issue 17's samples 27 and 22). A LOC or GPE mention of
    /// two words, each written as a name is, no common word to the tagger, country, first-level division, capital,
    /// people, role word or honorific (a town may be a name: the gazetteer holds "Marco" and "Rubio"; not "Victoria
    /// Texas", "Chad Wolf"), its first a given name on the names lexicon, its last no place's generic word ("Victoria
    /// Falls"), the whole no gazetteer place ("Santa Cruz"). Refused after "the" ("the Red Fort", "The West Indies", "the
    /// Adi Abeto prison" on VOA), after a number ("2134 Caldwell Place", sample 6), closed by a street's, a feature's or
    /// a venue's word, opened by a compass word ("West Mercia police", quote sample 16) or a word of two letters (the
    /// lexicon holds "La": "[La Raza]LOC", sample 33), and before a place's generic word ("in Sari Pul province", "West Darfur state").
    /// </summary>
    private void GivenNameOpensPlace(Context c)
    {
        foreach (var item in c.Items)
        {
            int end = EndWithoutPossessive(c, item);
            if (!item.Removed && !item.IsWork && item.Label is EntityLabel.Location or EntityLabel.Gpe && end - item.Start == 2)
            {
                string first = c.Words[item.Start], last = c.Words[end - 1];
                if (IsGivenName(first) && first.Length > 2 && IsNameCased(first) && !CompassWords.Contains(first) && IsNameCased(last) && !IsCommonWord(first) && !IsCommonWord(last)
                    && NoGreatPlaceOrRole(first) && NoGreatPlaceOrRole(last) && !GeoGazetteer.IsGenericPlaceWord(last)
                    && !PartyPeoples.Contains(first) && !IsGazetteerPlace(NameWithoutPossessive(c, item))
                    && !StreetWords.Contains(last) && !AddressStreetWords.Contains(last) && !FeatureWords.Contains(last) && !VenueWords.Contains(last)
                    && !(item.Start > 0 && (c.Words[item.Start - 1] is "the" or "The" || char.IsDigit(c.Words[item.Start - 1][0])))
                    && !(end < c.Count && c.SentenceOf[end] == c.SentenceOf[item.Start] && GeoGazetteer.IsGenericPlaceWord(c.Words[end])))
                {
                    item.Label = EntityLabel.Person;
                }
            }
        }
    }

    /// <summary>Whether a word is no country, first-level division, capital or people, and no role word or honorific (a town may be a name: "Marco", "Rubio").</summary>
    private bool NoGreatPlaceOrRole(string word)
        => !IsPlaceName(word) && geo.CountryByDemonym(word) is null && !IsRoleWord(word) && !IsHonorific(word);

    /// <summary>Whether a word is written as a given name is: a capital, then lower-case letters only (not "CentOS", "Royal-Dutch").</summary>
    private static bool IsNameCased(string word) => word.Length > 1 && char.IsUpper(word[0]) && IsLowerLetters(word[1..]);

    /// <summary>
    /// A given name the recognizer left untagged, used alone for a person the page names in full by it ("the connections
    /// that Hillary has", "With Hillary, I don't see", "I'm going to help Ted" beside "Hillary Clinton", "Ted Cruz":
    /// issue 17's samples 31, 33 and 35), is a PERSON mention. <paramref name="named"/> holds the first words of the
    /// page's persons named in full, as <see cref="FamilyOfNamedPersons"/> vouches for them (not a word that opens an
    /// organisation's name there, nor a people's). The word stands alone: no capitalised word right after it in its
    /// sentence nor right before it but the sentence's first ("With Hillary"); no common word to the tagger ("Will",
    /// "Mark"), place, country, people, role word or honorific; no lower-case letter in it ("SAG-AFTRA"); not a name
    /// closed by a role's word ("SAG-AFTRA President"); not a word the page types alone as another kind of name; not all a
    /// quotation holds (the film “Judy.” beside "Judy Garland").
    /// </summary>
    private void GivenNamesAloneUntagged(Context c, HashSet<string> named)
    {
        if (named.Count == 0)
        {
            return;
        }

        // the first words of persons named in full and closed by no role's word ("[SAG-AFTRA President]PERSON", quote
        // sample 1), less a word the page types alone as no person ("[Facebook]MISC" beside "[Facebook CEO]PERSON", sample 12)
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in c.Items)
        {
            if (IsFullPersonName(c, item) && named.Contains(c.Words[item.Start]) && !IsRoleWord(c.Words[EndWithoutPossessive(c, item) - 1]))
            {
                given.Add(c.Words[item.Start]);
            }
        }

        foreach (var item in c.Items)
        {
            if (!item.Removed && item.Label != EntityLabel.Person && EndWithoutPossessive(c, item) - item.Start == 1)
            {
                given.Remove(c.Words[item.Start]);
            }
        }

        for (int k = 0; k < c.Count; k++)
        {
            var word = c.Words[k];
            if (c.Covered[k] < 0 && given.Contains(word) && IsCapitalised(word) && word.Any(char.IsLower) && !IsQuotedAlone(c, k)
                && !(k + 1 < c.Count && c.SentenceOf[k + 1] == c.SentenceOf[k] && IsCapitalised(c.Words[k + 1]))
                && !(!IsSentenceFirst(c, k) && !IsSentenceFirst(c, k - 1) && IsCapitalised(c.Words[k - 1]))
                && !IsCommonWord(word) && NotPlaceOrRole(word))
            {
                Claim(c, -1, k, k + 1, EntityLabel.Person);
            }
        }
    }

    /// <summary>Whether the word is all a quotation holds, a title's way (the film “Judy.”): an opening mark before it, a closing one after it or after one punctuation mark.</summary>
    private static bool IsQuotedAlone(Context c, int k)
    {
        if (k == 0 || c.Words[k - 1] is not ("“" or "\"" or "‘"))
        {
            return false;
        }

        int after = k + 1 < c.Count && c.Words[k + 1] is "." or "," or "!" or "?" ? k + 2 : k + 1;
        return after < c.Count && c.Words[after] is "”" or "\"" or "’";
    }

    /// <summary>
    /// Persons named in full who share a family's name before <see cref="FamilyOfNamedPersons"/> reads it as one, told
    /// apart by the word before it: two ("Lazaro Gonzalez", "Juan Miguel Gonzalez"; "Will Rocky Linux" is "Rocky
    /// Linux"). With one, a product or a prize the recognizer typed PERSON lent its
    /// last word ("Rocky Linux" made "CentOS Linux" ×13 a person on Wikinews).
    /// </summary>
    private const int MinFamilyMembers = 2;

    /// <summary>
    /// A family named by its surname in the plural ("The Clintons have turned", "the Graysons became": samples 22 and
    /// 21, where "Hillary Clinton" and "Alan Grayson" are named in full) is a PERSON mention, as the guideline types it:
    /// an untagged capitalised word, not beside another capitalised word of its sentence but a determiner ("The
    /// Clintons"; not "Sioux Tribes" on Wikinews, where a "Crow Tribe" was typed a person), that is "s" after the last word
    /// of a person the page names in two or more capitalised words (not only after a given name of the lexicon, which
    /// leaves out "Hillary", a name of both genders), the surname no common word (the tagger's dictionary: "Images" on
    /// Wikinews, where photo credits "Kamala Harris Image" were typed persons), and is itself no such last word,
    /// place, country, people, role word or honorific. It stays an entity of its own (the family is not the person).
    /// </summary>
    private void FamilyByPluralSurname(Context c)
    {
        HashSet<string>? surnames = null;
        foreach (var item in c.Items)
        {
            if (IsFullPersonName(c, item) && !GeoGazetteer.IsGenericPlaceWord(c.Words[EndWithoutPossessive(c, item) - 1]))
            {
                (surnames ??= new HashSet<string>(StringComparer.Ordinal)).Add(c.Words[EndWithoutPossessive(c, item) - 1]);
            }
        }

        if (surnames is null)
        {
            return;
        }

        for (int k = 0; k < c.Count; k++)
        {
            var word = c.Words[k];
            if (c.Covered[k] < 0 && word.Length > 3 && word[^1] == 's' && IsCapitalised(word) && !AllUpper(word)
                && surnames.Contains(word[..^1]) && !surnames.Contains(word) && !IsCommonWord(word[..^1]) && NotPlaceOrRole(word) && geo.CountryByName(word) is null
                && !(k + 1 < c.Count && c.SentenceOf[k + 1] == c.SentenceOf[k] && IsCapitalised(c.Words[k + 1]))
                && !(k > 0 && c.SentenceOf[k - 1] == c.SentenceOf[k] && IsCapitalised(c.Words[k - 1]) && !Determiners.Contains(c.Words[k - 1])))
            {
                Claim(c, -1, k, k + 1, EntityLabel.Person);
            }
        }
    }

    /// <summary>A person mention of two or more capitalised words (<see cref="FamilyOfNamedPersons"/>).</summary>
    private static bool IsFullPersonName(Context c, Item item)
        => !item.Removed && item.Label == EntityLabel.Person && EndWithoutPossessive(c, item) - item.Start >= 2
            && IsCapitalised(c.Words[item.Start]) && IsCapitalised(c.Words[EndWithoutPossessive(c, item) - 1]);

    /// <summary>Whether the tagger's dictionary lists a word's lower-case form with a tag that is no proper noun's.</summary>
    private static bool IsCommonWord(string word)
        => PosTagger.Default.Model.TryDictionary(word.ToLowerInvariant(), out var tag) && tag is not (PartOfSpeech.NNP or PartOfSpeech.NNPS);

    /// <summary>Whether a word is no gazetteer place, country or people, and no role's word or honorific (<see cref="FamilyOfNamedPersons"/>).</summary>
    private bool NotPlaceOrRole(string word)
        => word.Length > 1 && !IsGazetteerPlace(word) && geo.CountryByDemonym(word) is null && !IsRoleWord(word) && !IsHonorific(word);

    /// <summary>
    /// A name the page types an organisation in some mentions and a person in others ("WeWork" ORG ×2 and PERSON ×2,
    /// "Ceres Robotics" ORG ×1 and PERSON ×2: issue 17's ninth sample) is the organisation throughout, unless the page
    /// gives the name a person's evidence somewhere: a given name in it or before it (a person named in full whose last
    /// word it is: "Ford" beside "Gerald Ford"), an honorific or a role word right before a person mention of it ("CEO
    /// Neumann"), or "he"/"she" within <see cref="PersonPronounWindow"/> words after one, in its sentence. Exact words,
    /// a possessive after them aside. A place is not refused: a capital the page types ORG stands for its government
    /// there, and so where the recognizer read it as a person ("he said Kabul had ensured", sample 7's gold ORG). docs/entities.md, "One type per name on a page".
    /// </summary>
    private void OneTypePerName(Context c)
    {
        HashSet<string>? organisations = null;
        foreach (var item in c.Items)
        {
            if (!item.Removed && !item.IsWork && item.Label == EntityLabel.Organization)
            {
                (organisations ??= new HashSet<string>(StringComparer.Ordinal)).Add(NameWithoutPossessive(c, item));
            }
        }

        if (organisations is null)
        {
            return;
        }

        Dictionary<string, List<Item>>? persons = null;
        foreach (var item in c.Items)
        {
            if (!item.Removed && item.Label == EntityLabel.Person && NameWithoutPossessive(c, item) is var name && organisations.Contains(name))
            {
                persons ??= new Dictionary<string, List<Item>>(StringComparer.Ordinal);
                if (!persons.TryGetValue(name, out var list))
                {
                    persons[name] = list = [];
                }

                list.Add(item);
            }
        }

        foreach (var (_, list) in persons ?? [])
        {
            if (!list.Exists(p => PersonEvidence(c, p)))
            {
                list.ForEach(p => p.Label = EntityLabel.Organization);
            }
        }
    }

    /// <summary>Words within which "he" or "she" after a one-word person mention makes it a person's (<see cref="OneTypePerName"/>): "Neumann, who founded it, said he"; a guess, no sample's page needed more.</summary>
    private const int PersonPronounWindow = 6;

    /// <summary>Whether the page gives a person mention's name a person's evidence (<see cref="OneTypePerName"/>).</summary>
    /// <param name="givenNameCounts">False where the word is a place's too: the names lexicon holds "Ferguson" and "Florence".</param>
    private bool PersonEvidence(Context c, Item p, bool givenNameCounts = true)
    {
        int end = EndWithoutPossessive(c, p);
        int sentence = c.SentenceOf[p.Start];
        if ((givenNameCounts && c.Words.AsSpan(p.Start, end - p.Start).ToArray().Any(IsGivenName)) || (end - p.Start == 1 && IsNamedPersonsSurname(c, c.Words[end - 1]))
            || (p.Start > 0 && c.SentenceOf[p.Start - 1] == sentence && (IsHonorific(c.Words[p.Start - 1]) || IsRoleWord(c.Words[p.Start - 1]))
                && !ModifiesRoleAfter(c, p.Start - 1, end)))
        {
            return true;
        }

        for (int k = end; k < Math.Min(c.Count, end + PersonPronounWindow) && c.SentenceOf[k] == sentence; k++)
        {
            if (c.Words[k] is "he" or "she" or "He" or "She")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word at <paramref name="before"/> only modifies a role (a "mod" word of Data/role-words.txt: "former",
    /// "deputy") and a role's head follows the name in lower case at <paramref name="end"/>: "Former [Breitbart] reporter
    /// Michelle Fields" (the thirtieth sample's) is the outlet's former reporter, the modifier the role's, not the name's.
    /// </summary>
    private bool ModifiesRoleAfter(Context c, int before, int end)
        => !roles.IsHead(c.Words[before]) && roles.Contains(c.Words[before]) && end < c.Count && c.SentenceOf[end] == c.SentenceOf[before]
           && c.Words[end].Length > 0 && char.IsLower(c.Words[end][0]) && roles.IsHead(c.Words[end]);

    /// <summary>A mention's words, a possessive after them aside ("WeWork’s" → "WeWork").</summary>
    private static string NameWithoutPossessive(Context c, Item item) => string.Join(' ', c.Words, item.Start, EndWithoutPossessive(c, item) - item.Start);

    /// <summary>The end of a mention's words before a possessive after them.</summary>
    private static int EndWithoutPossessive(Context c, Item item) => item.End > item.Start + 1 && IsPossessive(c.Words[item.End - 1]) ? item.End - 1 : item.End;

    /// <summary>A web address's host as written in text: labels of letters, digits and hyphens, the last "com", "org" or "net", not inside a word.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w.@/])(?:[A-Za-z0-9-]+\.)+(?:com|org|net)\b(?!\.\w)")]
    private static partial System.Text.RegularExpressions.Regex WebAddress();

    /// <summary>What every <see cref="WebAddress"/> match holds: a dot and its last label.</summary>
    private static readonly SearchValues<string> WebAddressEndings = SearchValues.Create([".com", ".org", ".net"], StringComparison.Ordinal);

    /// <summary>
    /// A people's word the recognizer left untagged is a NORP mention: a party's members (Data/party-peoples.txt:
    /// "avoid Democratic criticism", "Democrat incumbent Joe Biden", samples 3 and 9), a faith's people
    /// (Data/faith-peoples.txt: "hates radical Muslims", sample 8), a nationality the gazetteer knows ("Brits are
    /// being advised", sample 2; "Saudi radical", which the curated demonyms give though the countries lexicon spells
    /// Saudi Arabia so too), a continent's people (Data/continent-peoples.txt: "European economic correspondent",
    /// samples 12 and 13), a dissolved state's (Data/dissolved-states.txt: "anti-Soviet", sample 13) or a people that
    /// names no country (<see cref="IsPeopleWithoutCountry"/>: "like Hispanics", "among African-Americans", samples 19
    /// and 22), on English pages. Only a word standing alone: no capitalised word or hyphen right after it ("Democratic
    /// Party", "Republican-led") nor a capitalised word before it other than the sentence's first or a determiner.
    /// </summary>
    private void PeoplesTheRecognizerMissed(Context c)
    {
        if (c.Language is { } language && !language.StartsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            return; // a Portuguese table's "Poles" (pole positions)
        }

        for (int i = 0; i < c.Count; i++)
        {
            var word = c.Words[i];
            if (c.Covered[i] >= 0 || !IsCapitalised(word) || word.Length < 3 || AllUpper(word)
                || !(PartyPeoples.Contains(word) || FaithPeoples.Contains(word) || geo.CountryByDemonym(word) is not null
                     || ContinentPeoples.Contains(word) || GeoGazetteer.IsDissolvedStatesPeople(word) || IsPeopleWithoutCountry(word))
                || (geo.CountryByName(word) is not null && !geo.IsCuratedDemonym(word)))
            {
                continue; // "The Vatican said", "Bermuda's industrial sector": a place, though its people's word too; not "Saudi radical"
            }

            bool nameAfter = i + 1 < c.Count && c.SentenceOf[i + 1] == c.SentenceOf[i] && (IsCapitalised(c.Words[i + 1]) || IsHyphen(c.Words[i + 1]));
            bool nameBefore = i > 0 && c.SentenceOf[i - 1] == c.SentenceOf[i] && IsCapitalised(c.Words[i - 1])
                && !Determiners.Contains(c.Words[i - 1]) && !(i == 1 || c.SentenceOf[i - 2] != c.SentenceOf[i]);
            if (!nameAfter && !nameBefore)
            {
                Claim(c, -1, i, i + 1, EntityLabel.Norp);
            }
        }
    }

    /// <summary>
    /// A broadcast station named by its call letters or its network with the channel or frequency glued on ("WFTV9",
    /// "FOX13", "WOR710": samples 21 and 22), or by its network and the channel as a word of its own ("NBC 5 has edited
    /// the video": sample 7), is an organisation (Data/broadcast-station-words.txt). The recognizer left them untagged:
    /// an untagged word of three or four capitals that are a call sign (first letter K or W) or a network's name, and
    /// one to four figures, is an ORG mention; a network's name untagged or an ORG mention of its own, then an untagged
    /// number of one or two figures in its sentence, is one ORG mention with it. One pass over the page's words.
    /// </summary>
    private static void BroadcastStations(Context c)
    {
        for (int i = 0; i < c.Count; i++)
        {
            var word = c.Words[i];
            int digits = word.AsSpan().IndexOfAnyInRange('0', '9');
            if (c.Covered[i] < 0 && digits > 0 && word.Length - digits <= MaxStationNumberDigits
                && word.AsSpan(digits).IndexOfAnyExceptInRange('0', '9') < 0 && IsStationLetters(word[..digits]))
            {
                Claim(c, -1, i, i + 1, EntityLabel.Organization); // "WFTV9", "FOX13"
                continue;
            }

            if (!StationNetworks.Contains(word) || i + 1 >= c.Count || c.SentenceOf[i + 1] != c.SentenceOf[i] || c.Covered[i + 1] >= 0
                || c.Words[i + 1].Length > MaxChannelDigits || c.Words[i + 1].AsSpan().IndexOfAnyExceptInRange('0', '9') >= 0)
            {
                continue;
            }

            int owner = c.Covered[i];
            if (owner < 0 || c.Items[owner] is { Removed: false, Label: EntityLabel.Organization } network && network.Start == i && network.End == i + 1)
            {
                Claim(c, owner, i, i + 2, EntityLabel.Organization); // "NBC 5"
            }
        }

        for (int i = 0; i < c.Count; i++)
        {
            if (StationByBand(c, i) is var (start, end))
            {
                Claim(c, -1, start, end, EntityLabel.Organization);
                i = end - 1;
            }
        }
    }

    /// <summary>
    /// A radio station named by its band and frequency with its brand's capitalised words (sample 31: "New York’s
    /// [AM 970 The Answer] and [NewsTalk 990 AM]", both missed): an untagged band word of Data/broadcast-station-words.txt
    /// ("AM", "FM") beside an untagged number in that band's range is a station, with up to
    /// <see cref="MaxStationBrandWords"/> untagged capitalised words of its sentence after the frequency ("AM 970 The
    /// Answer") or before it ("NewsTalk 990 AM"; not the sentence's first word, which may be capitalised as such; no
    /// weekday or month: "on FM 101.1 Monday"). The
    /// frequency and band alone after the number ("990 AM") is no station: "at 1030 AM" may be a time. Null when none.
    /// </summary>
    private static (int Start, int End)? StationByBand(Context c, int i)
    {
        if (c.Covered[i] >= 0 || !StationBands.TryGetValue(c.Words[i], out var band))
        {
            return null;
        }

        bool Untagged(int k) => k >= 0 && k < c.Count && c.Covered[k] < 0 && c.SentenceOf[k] == c.SentenceOf[i];
        bool Frequency(int k) => Untagged(k) && double.TryParse(c.Words[k], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var f)
                                 && f >= band.Low && f <= band.High;
        bool Brand(int k) => Untagged(k) && IsCapitalised(c.Words[k]) && c.Words[k].AsSpan().IndexOfAnyInRange('0', '9') < 0
                             && !TimexLexicon.Default.Weekdays.ContainsKey(c.Words[k]) && !TimexLexicon.Default.Months.ContainsKey(c.Words[k]);

        if (Frequency(i + 1))
        {
            int end = i + 2;
            while (end - (i + 2) < MaxStationBrandWords && Brand(end))
            {
                end++;
            }

            return (i, end);
        }

        if (!Frequency(i - 1))
        {
            return null;
        }

        int start = i - 1;
        while (i - 1 - start < MaxStationBrandWords && Brand(start - 1) && start - 1 > 0 && c.SentenceOf[start - 2] == c.SentenceOf[i])
        {
            start--;
        }

        return start < i - 1 ? (start, i + 1) : null;
    }

    /// <summary>The most capitalised words of a station's brand beside its band and frequency ("The Answer", "NewsTalk"); sample 31 needed two.</summary>
    private const int MaxStationBrandWords = 3;

    /// <summary>The radio bands and their frequencies' range (Data/broadcast-station-words.txt, "band" rows: AM in kHz, FM in MHz).</summary>
    private static readonly FrozenDictionary<string, (double Low, double High)> StationBands = ResourceText.Rows("broadcast-station-words.txt")
        .Where(r => r[0] == "band")
        .ToFrozenDictionary(r => r[1], r => (double.Parse(r[2], CultureInfo.InvariantCulture), double.Parse(r[3], CultureInfo.InvariantCulture)), StringComparer.Ordinal);

    /// <summary>Whether the capitals are a network's name or a US station's call sign (<see cref="BroadcastStations"/>).</summary>
    private static bool IsStationLetters(string letters)
        => StationNetworks.Contains(letters)
           || (letters.Length is 3 or 4 && AllUpper(letters) && CallSignLetters.Contains(letters[..1]));

    /// <summary>The most figures of a frequency or channel glued to a station's letters ("WOR710", "KRON4"); a guess, no sample needed more.</summary>
    private const int MaxStationNumberDigits = 4;

    /// <summary>The most figures of a channel number written apart after a network's name ("NBC 5", "FOX 13").</summary>
    private const int MaxChannelDigits = 2;

    private static readonly FrozenSet<string> StationNetworks = ResourceText.Rows("broadcast-station-words.txt")
        .Where(r => r[0] == "network").Select(r => r[1]).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CallSignLetters = ResourceText.Rows("broadcast-station-words.txt")
        .Where(r => r[0] == "call-sign").Select(r => r[1]).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PartyPeoples = ResourceText.Lines("party-peoples.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A people's word that names no country: an ethnic group's (Data/ethnic-peoples.txt: "Hispanics", samples 7, 19
    /// and 22) or a country's or continent's people joined by a hyphen to a continent's people, as one token
    /// ("African-Americans", "Mexican-American": the singular of sample 22 found, the plural in none of its 20 mentions),
    /// or a US state's residents (Data/state-peoples.txt: "Iowans", sample 23).
    /// </summary>
    private bool IsPeopleWithoutCountry(string word)
    {
        if (EthnicPeoples.Contains(word) || StatePeoples.Contains(word))
        {
            return true;
        }

        int hyphen = word.AsSpan().IndexOfAny(Hyphens);
        if (hyphen <= 0 || hyphen == word.Length - 1 || word.AsSpan(hyphen + 1).IndexOfAny(Hyphens) >= 0)
        {
            return false;
        }

        string left = word[..hyphen], right = word[(hyphen + 1)..];
        return ContinentPeoples.Contains(right) && (ContinentPeoples.Contains(left) || EthnicPeoples.Contains(left) || geo.CountryByDemonym(left) is not null);
    }

    private static readonly FrozenSet<string> EthnicPeoples = ResourceText.Lines("ethnic-peoples.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> StatePeoples = ResourceText.Lines("state-peoples.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// An initialism in capitals that the page spells out in lower-case words near one of its uses is a common noun's
    /// short form, not a name: "hypersensitivity pneumonitis, or HP" (two pages of the sixth and tenth samples, "HP" ORG
    /// ×5 on each). Every one-word mention of it on the page is dropped. The spelt-out words lie within
    /// <see cref="ResolutionOptions.InitialismSpeltOutWindow"/> tokens, each of three letters or more, their first
    /// letters the initialism's in order (a hyphen's parts each count: "non-governmental organization", NGO).
    /// </summary>
    private void InitialismsSpeltOut(Context c)
    {
        HashSet<string>? common = null;
        foreach (var item in c.Items)
        {
            var word = c.Words[item.Start];
            if (!item.Removed && item.End - item.Start == 1 && word.Length is >= 2 and <= 6 && AllUpper(word) && word.All(char.IsLetter)
                && !(common?.Contains(word) ?? false) && !IsPlaceLike(word) && SpeltOutNear(c, item.Start, word))
            {
                (common ??= new HashSet<string>(StringComparer.Ordinal)).Add(word);
            }
        }

        if (common is null)
        {
            return;
        }

        foreach (var item in c.Items)
        {
            item.Removed |= item.End - item.Start == 1 && common.Contains(c.Words[item.Start]);
        }
    }

    /// <summary>Whether lower-case words whose first letters spell <paramref name="initialism"/> start within the window around token <paramref name="at"/>.</summary>
    private bool SpeltOutNear(Context c, int at, string initialism)
    {
        int window = options.InitialismSpeltOutWindow;
        for (int k = Math.Max(0, at - window - initialism.Length * 2); k < Math.Min(c.Count, at + window); k++)
        {
            if (k == at)
            {
                continue;
            }

            int letter = 0;
            int j = k;
            while (j < c.Count && letter < initialism.Length)
            {
                if (IsHyphen(c.Words[j]) && letter > 0)
                {
                    j++;
                    continue;
                }

                if (c.Words[j].Length < 3 || !IsLowerLetters(c.Words[j]) || char.ToUpperInvariant(c.Words[j][0]) != initialism[letter])
                {
                    break;
                }

                letter++;
                j++;
            }

            // the words close a phrase ("pneumonitis," "pneumonitis (HP)"): not the opening of a longer one ("under new rules")
            if (letter == initialism.Length && (j <= at ? at - j : k - at - 1) <= window
                && (j == c.Count || c.SentenceOf[j] != c.SentenceOf[j - 1] || c.Words[j] is "," or "." or "(" or ";" or ":"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Sports teams named by their nicknames ("Panthers", "Lightning", "Red Wings"), learned from the page itself, not
    /// from a list of teams: a name the page writes after a place in an organisation's (or place's) mention ("the
    /// Oklahoma City Thunder", "Tampa Bay Lightning": the gazetteer knows the place) and also alone after "the" ("the
    /// Thunder"; not "Zoo officials" beside "Oakland Zoo"), or a name that opens
    /// a score line ("Panthers 5, Flyers 2:", not a place: "Minnesota 4, Buffalo 1" are cities standing for their
    /// clubs), is that team's ORG wherever it stands alone on the page. On a page that names such a team, a capitalised
    /// plural after "the" in a sentence with a game word (Data/team-game-words.txt: "an upset win over the Clippers")
    /// is a team too. docs/entities.md, "Teams by their nicknames".
    /// </summary>
    private void TeamsByNicknames(Context c)
    {
        var nicknames = new List<string[]>();
        foreach (var item in c.Items)
        {
            if (!item.Removed && item.Label is EntityLabel.Organization or EntityLabel.Location && NicknameAfterPlace(c, item) is { } tail
                && SportNamed(c, item, tail))
            {
                item.Label = EntityLabel.Organization;
                nicknames.Add(tail);
            }
        }

        nicknames.AddRange(ScoreLineNames(c));
        if (nicknames.Count == 0)
        {
            return;
        }

        nicknames.AddRange(PluralsInGames(c));
        foreach (var nickname in nicknames)
        {
            foreach (var (start, owner) in Standalone(c, nickname))
            {
                if (owner < 0 || c.Items[owner].Label is EntityLabel.Organization or EntityLabel.Location or EntityLabel.Gpe)
                {
                    Claim(c, owner, start, start + nickname.Length, EntityLabel.Organization);
                }
            }
        }
    }

    /// <summary>The last one or two words of a mention after a place's name ("Oklahoma City" + "Thunder"), when they can be a team's nickname.</summary>
    private string[]? NicknameAfterPlace(Context c, Item item)
    {
        var words = c.NameSpan(item);
        if (IsPlaceLike(string.Join(' ', words.ToArray())) || CompassWords.Contains(words[0]))
        {
            return null;
        }

        for (int tail = 1; tail <= 2 && tail < words.Length; tail++)
        {
            var nickname = words[^tail..].ToArray();
            string place = string.Join(' ', words[..^tail].ToArray());
            if (AllCapitalised(nickname) && Array.TrueForAll(nickname, w => !NotNicknameWord(w)) && !IsPlaceLike(string.Join(' ', nickname))
                && IsGazetteerPlace(place) && geo.CountryByDemonym(place) is null)
            {
                return nickname;
            }
        }

        return null;
    }

    /// <summary>A place's or a people's name ("Australia", "Buffalo", "Americans"): no team's nickname, whatever the page does with it.</summary>
    private bool IsPlaceLike(string name)
        => IsGazetteerPlace(name) || geo.CountryByDemonym(name) is not null
           || (name.EndsWith('s') && geo.CountryByDemonym(name[..^1]) is not null);

    /// <summary>
    /// Whether the page speaks of sport around a name after a place: a game word (Data/team-game-words.txt) in the
    /// sentence of the full name or of one of its uses alone after "the" ("the Thunder"; not "the Zoo officials").
    /// </summary>
    private static bool SportNamed(Context c, Item item, string[] nickname)
        => GameWordIn(c, c.SentenceOf[item.Start], item.Start)
           && Standalone(c, nickname).Exists(s => s.Start > 0 && c.Words[s.Start - 1] is "the" or "The")
           || Standalone(c, nickname).Exists(s => s.Start > 0 && c.Words[s.Start - 1] is "the" or "The" && GameWordIn(c, c.SentenceOf[s.Start], s.Start));

    private static bool AllCapitalised(string[] words) => Array.TrueForAll(words, w => IsCapitalised(w) && w.Length > 1 && !AllUpper(w));

    /// <summary>A word that heads or closes other names than a team's: "University", "Airport", "Street", "River", "Inc".</summary>
    private static bool NotNicknameWord(string word)
        => OrgHeads.Contains(word.ToLowerInvariant()) || CompanyWords.Contains(word) || FeatureWords.Contains(word) || StreetWords.Contains(word)
           || VenueWords.Contains(word) || DivisionKindWords.Contains(word) || CompassWords.Contains(word) || NotNicknames.Contains(word);

    /// <summary>Names of sporting events and other capitalised words after a place that are no team's (Data/team-not-nicknames.txt).</summary>
    private static readonly FrozenSet<string> NotNicknames = ResourceText.Lines("team-not-nicknames.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The names of the page's score lines: a sentence that opens with a name, its score, a comma, another name and
    /// its score, then a colon or the sentence's end ("Wild 4, Sabres 1: Zach Parise scored twice"). A name that is a
    /// place (a city standing for its club) or that the recognizer typed PERSON is left.
    /// </summary>
    private List<string[]> ScoreLineNames(Context c)
    {
        var names = new List<string[]>();
        for (int i = 0; i < c.Count; i++)
        {
            if (i > 0 && c.SentenceOf[i] == c.SentenceOf[i - 1])
            {
                continue;
            }

            int firstScore = ScoreAfterName(c, i);
            if (firstScore < 0 || firstScore + 2 >= c.Count || c.Words[firstScore + 1] != ",")
            {
                continue;
            }

            int secondScore = ScoreAfterName(c, firstScore + 2);
            int after = secondScore + 1;
            if (secondScore < 0 || (after < c.Count && c.Words[after] != ":" && c.SentenceOf[after] == c.SentenceOf[i]))
            {
                continue;
            }

            foreach (var (start, end) in new[] { (i, firstScore), (firstScore + 2, secondScore) })
            {
                string name = string.Join(' ', c.Words, start, end - start);
                bool person = false;
                for (int k = start; k < end; k++)
                {
                    person |= c.Covered[k] >= 0 && c.Items[c.Covered[k]].Label == EntityLabel.Person;
                }

                if (!person && !IsPlaceLike(name) && !Array.Exists(c.Words[start..end], NotNicknameWord))
                {
                    names.Add(c.Words[start..end]);
                }
            }
        }

        return names;
    }

    /// <summary>The index of a score (one to three digits) after one to three capitalised words from <paramref name="start"/>, or -1.</summary>
    private static int ScoreAfterName(Context c, int start)
    {
        int k = start;
        while (k < c.Count && k - start < 3 && AllCapitalised(c.Words[k..(k + 1)]) && c.SentenceOf[k] == c.SentenceOf[start])
        {
            k++;
        }

        return k > start && k < c.Count && c.Words[k].Length <= 3 && IsHouseNumber(c.Words[k]) ? k : -1;
    }

    /// <summary>"the Clippers" in a sentence with a game word: a capitalised plural, untagged, no place or people.</summary>
    private List<string[]> PluralsInGames(Context c)
    {
        var names = new List<string[]>();
        for (int i = 1; i + 1 < c.Count; i++)
        {
            string word = c.Words[i];
            if (c.Words[i - 1] is "the" && c.Covered[i] < 0 && word.Length > 3 && word[^1] == 's' && word[^2] != 's' && AllCapitalised([word])
                && !IsCapitalised(c.Words[i + 1]) && !OrgNameConnectors.Contains(c.Words[i + 1]) && !NotNicknameWord(word) && !IsPlaceLike(word)
                && GameWordIn(c, c.SentenceOf[i], i))
            {
                names.Add([word]);
            }
        }

        return names;
    }

    private static bool GameWordIn(Context c, int sentence, int at)
    {
        for (int k = at; k >= 0 && c.SentenceOf[k] == sentence; k--)
        {
            if (TeamGameWords.Contains(c.Words[k]))
            {
                return true;
            }
        }

        for (int k = at + 1; k < c.Count && c.SentenceOf[k] == sentence; k++)
        {
            if (TeamGameWords.Contains(c.Words[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> TeamGameWords = ResourceText.Lines("team-game-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Where the words of <paramref name="nickname"/> stand alone: not inside a longer capitalised run nor before "of" or a hyphen ("the City of London", "the Republican-led Senate"; the words
    /// before are lower case, a determiner or the sentence's start; the word after is not capitalised), untagged or
    /// exactly one mention (a possessive after it allowed). Each with the mention's index, or -1.
    /// </summary>
    private static List<(int Start, int Owner)> Standalone(Context c, string[] nickname)
    {
        var found = new List<(int, int)>();
        int len = nickname.Length;
        // only where the nickname's first word stands (an empty one, at every start)
        foreach (var i in len == 0 ? Enumerable.Range(0, c.Count + 1) : c.PositionsOf(nickname[0]))
        {
            if (i + len > c.Count || !c.Words.AsSpan(i, len).SequenceEqual(nickname)
                || (i > 0 && c.SentenceOf[i - 1] == c.SentenceOf[i] && IsCapitalised(c.Words[i - 1]) && !Determiners.Contains(c.Words[i - 1]))
                || (i + len < c.Count && c.SentenceOf[i + len] == c.SentenceOf[i] && (IsCapitalised(c.Words[i + len]) || c.Words[i + len] is "of" || IsHyphen(c.Words[i + len]))))
            {
                continue;
            }

            int owner = c.Covered[i];
            bool whole = true;
            for (int k = i; k < i + len; k++)
            {
                whole &= c.Covered[k] == owner;
            }

            if (!whole)
            {
                continue;
            }

            if (owner < 0)
            {
                found.Add((i, -1));
            }
            else if (!c.Items[owner].Removed && c.Items[owner].Start == i
                     && (c.Items[owner].End == i + len || (c.Items[owner].End == i + len + 1 && IsPossessive(c.Words[i + len]))))
            {
                found.Add((i, owner));
            }
        }

        return found;
    }

    /// <summary>
    /// "[Destiny]PERSON 2 on Stadia": a one-word person's name right before a sequel's number (2 to 9 or II to IX,
    /// untagged, not opening a score, a range or a figure: "Federer 6-3", "2.5") is the title of a work numbered as
    /// games and films are, a MISC of subtype work with its number. No person is named by one word and a figure
    /// ("Hollman 31, of Hope" is an age, two figures).
    /// </summary>
    private static void SequelTitleIsWork(Context c, Item item)
    {
        int next = item.End;
        if (item.Label != EntityLabel.Person || item.Removed || item.End - item.Start != 1 || next >= c.Count || c.Covered[next] >= 0
            || c.SentenceOf[next] != c.SentenceOf[item.Start] || !SequelNumbers.Contains(c.Words[next])
            || (next + 1 < c.Count && c.SentenceOf[next + 1] == c.SentenceOf[next] && c.Spans[next + 1].Start == c.Spans[next].End))
        {
            return;
        }

        (item.End, item.Label, item.IsWork) = (next + 1, EntityLabel.Misc, true);
        c.Covered[next] = c.Items.IndexOf(item);
    }

    /// <summary>The numbers of a work's sequels: "Destiny 2", "Rocky IV".</summary>
    private static readonly FrozenSet<string> SequelNumbers = FrozenSet.Create(StringComparer.Ordinal, "2", "3", "4", "5", "6", "7", "8", "9", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX");

    /// <summary>
    /// "near [Seventh Street and Central Avenue]ORG": a name of two streets joined by "and", each closed by a street's
    /// word (Data/street-words.txt), is the two streets, each a LOC.
    /// </summary>
    private static void SplitJoinedStreets(Context c)
    {
        for (int i = 0, count = c.Items.Count; i < count; i++)
        {
            var item = c.Items[i];
            if (item.Removed || item.End - item.Start < 5 || !ClosesStreet(c, item.End - 1, afterNumber: false))
            {
                continue;
            }

            for (int and = item.Start + 2; and < item.End - 2; and++)
            {
                if (c.Words[and] == "and" && ClosesStreet(c, and - 1, afterNumber: false) && AllStreetNameWords(c, item.Start, and)
                    && AllStreetNameWords(c, and + 1, item.End))
                {
                    SplitAt(c, item, and, EntityLabel.Location, EntityLabel.Location);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "an area of [Orange and Riverside]ORG counties": title-case names joined by "and" (and commas) right before a
    /// county word's plural (Data/county-words.txt, second column) are that many counties, each a GPE of its own
    /// whatever the recognizer made of them (eighth entity sample), located as "Orange County" is
    /// (<see cref="CountyOfPlace"/>). Before a first-level division's plural ("provinces", "states":
    /// <see cref="IsPluralDivisionWord"/>) each name must be a place of the gazetteer (<see cref="IsGazetteerPlace"/>).
    /// Each name is at most <see cref="MaxCoordinatedNameWords"/> words; a mention that runs past the list leaves it as
    /// it is.
    /// </summary>
    private void SplitCoordinatedDivisions(Context c)
    {
        for (int k = 2; k < c.Count; k++)
        {
            bool isCounty = CountyPlurals.TryGetValue(c.Words[k], out var county);
            if (!isCounty && !IsPluralDivisionWord(c.Words[k]))
            {
                continue;
            }

            var names = new List<(int Start, int End)>();
            for (int end = k; ;)
            {
                int start = end;
                while (start > 0 && end - start < MaxCoordinatedNameWords && IsCapitalised(c.Words[start - 1]) && char.IsLetter(c.Words[start - 1][0])
                    && c.SentenceOf[start - 1] == c.SentenceOf[k] && !SentenceStarters.Contains(c.Words[start - 1].ToLowerInvariant())
                    && !Determiners.Contains(c.Words[start - 1]))
                {
                    start--;
                }

                if (start == end)
                {
                    break;
                }

                names.Add((start, end));
                int separator = start - 1; // "and" (", and") before the last name, a comma before the others
                if (separator < 1 || c.Words[separator] != (names.Count == 1 ? "and" : ","))
                {
                    break;
                }

                end = names.Count == 1 && c.Words[separator - 1] == "," ? separator - 1 : separator;
            }

            if (names.Count < 2 || !SpansOnlyMentionsWithin(c, names[^1].Start, k)
                || (!isCounty && !names.TrueForAll(name => IsGazetteerPlace(string.Join(' ', c.Words, name.Start, name.End - name.Start)))))
            {
                continue;
            }

            for (int t = names[^1].Start; t < k; t++)
            {
                if (c.Covered[t] >= 0)
                {
                    c.Items[c.Covered[t]].Removed = true;
                    c.Covered[t] = -1;
                }
            }

            foreach (var (start, nameEnd) in names)
            {
                c.Items.Add(new Item(start, nameEnd, EntityLabel.Gpe) { CountyWord = county });
                c.Covered.AsSpan(start, nameEnd - start).Fill(c.Items.Count - 1);
            }
        }
    }

    /// <summary>
    /// No name runs across a semicolon: a mention the recognizer took over one ("in [Arizona; Missouri]LOC Secretary of
    /// State Jason Kander", the thirty-third sample's; "[University of Geneva; Queloz]ORG" on Wikinews) is one mention
    /// per side. A side takes the type of another mention of the same words on the page ("Queloz" PERSON there); else a
    /// side of a place's mention (LOC or GPE) that the gazetteer holds is a GPE, to be placed ("[Brazil; Sydney]LOC");
    /// else the mention's type.
    /// </summary>
    private void SplitAtSemicolons(Context c)
    {
        int count = c.Items.Count;
        for (int x = 0; x < count; x++)
        {
            var item = c.Items[x];
            int gap = item.Removed ? -1 : Array.IndexOf(c.Words, ";", item.Start, item.End - item.Start);
            if (gap <= item.Start || gap >= item.End - 1)
            {
                continue;
            }

            var label = item.Label;
            var sides = new List<Item> { item };
            while (gap > item.Start && gap < item.End - 1)
            {
                SplitAt(c, item, gap, label, label);
                item = c.Items[^1];
                sides.Add(item);
                gap = Array.IndexOf(c.Words, ";", item.Start, item.End - item.Start);
            }

            foreach (var side in sides)
            {
                side.Label = SideLabel(c, side, sides, label);
            }
        }
    }

    private EntityLabel SideLabel(Context c, Item side, List<Item> sides, EntityLabel label)
    {
        int length = side.End - side.Start;
        foreach (var other in c.Items)
        {
            if (!other.Removed && !sides.Contains(other) && other.End - other.Start == length
                && c.Words.AsSpan(other.Start, length).SequenceEqual(c.Words.AsSpan(side.Start, length)))
            {
                return other.Label;
            }
        }

        return label is EntityLabel.Location or EntityLabel.Gpe && IsGazetteerPlace(string.Join(' ', c.Words, side.Start, length))
            ? EntityLabel.Gpe : label;
    }

    /// <summary>The most words one name of a coordinated plural is read over ("San Luis Obispo").</summary>
    private const int MaxCoordinatedNameWords = 3;

    /// <summary>Whether every mention over the words [start, end) lies within them.</summary>
    private static bool SpansOnlyMentionsWithin(Context c, int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            if (c.Covered[t] is var index and >= 0 && (c.Items[index].Start < start || c.Items[index].End > end))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "[International Energy Agency’s Photovoltaic Power Systems Program]ORG", "[California’s 4th District Court of
    /// Appeal]ORG", "[Pakistan's Interior Ministry]ORG": an organisation's mention joined over an inner possessive is two
    /// names when the words before it are a place (a country, a first-level division, a capital, or a place the page
    /// names as a mention of its own: a GPE) or an organisation (two or more words closed by a head word of
    /// Data/org-heads.txt, or one upper-case initialism: an ORG, which a country's initials turn to a GPE later). The
    /// words after it keep the mention's type, unless a role's head word closes them ("Sudan's [Justice Minister]": no
    /// name; "Council" and "Party" are organisations' heads too). Names whose possessive is their own ("Lord's Resistance Army", "Pakistan People's Party", "Macy's
    /// Thanksgiving Parade", "Alachua Sheriff's Office") have neither before it and stay whole (samples 2, 5 and 8).
    /// </summary>
    private void SplitAtInnerPossessive(Context c)
    {
        HashSet<string>? placesNamed = null;
        for (int i = 0, count = c.Items.Count; i < count; i++)
        {
            var item = c.Items[i];
            if (item.Removed || item.Label != EntityLabel.Organization || item.End - item.Start < 3)
            {
                continue;
            }

            for (int p = item.Start + 1; p < item.End - 1; p++)
            {
                if (c.Words[p] is not ("'s" or "’s") || !char.IsUpper(c.Words[p + 1][0]) && !char.IsDigit(c.Words[p + 1][0]))
                {
                    continue;
                }

                var label = LabelOfNameBefore(c, item.Start, p, ref placesNamed) ?? (PersonNamedBefore(c, item, p) ? EntityLabel.Person : null);
                if (label is null)
                {
                    break; // the possessive is the name's own
                }

                var last = c.Words[item.End - 1];
                var after = string.Join(' ', c.Words, p + 1, item.End - p - 1);
                var state = label == EntityLabel.Person && p + 2 == item.End && StateAbbreviations.TryGetValue(after, out var code) ? code.State : null;
                var second = label == EntityLabel.Person && (IsPlaceName(after) || state is not null) ? EntityLabel.Gpe : item.Label;
                SplitAt(c, item, p, label.Value, second, dropSecond: roles.IsHead(last) && !OrgHeads.Contains(last.ToLowerInvariant()));
                c.Items[^1].State ??= state; // "Trump’s [AZ]": the state the code names, as StateAbbreviationsAlone gives a dotted one
                break;
            }
        }
    }

    /// <summary>
    /// Whether the words of an organisation's mention before its inner possessive at <paramref name="p"/> are a person
    /// the page names: one word that closes a person's name opened by a given name ("[Trump’s AZ]ORG" beside "Donald
    /// Trump", entity sample 36), or two or more words another person mention holds ("Du Pont's Conoco Inc."). One word
    /// another person mention holds is too weak: the recognizer types companies named after founders PERSON on one
    /// mention ("Sotheby's Holdings Inc." beside "[Sotheby]PERSON", TimeBank).
    /// </summary>
    private static bool PersonNamedBefore(Context c, Item item, int p)
    {
        if (p - item.Start == 1)
        {
            return IsNamedPersonsSurname(c, c.Words[item.Start], givenNameFirst: true);
        }

        return c.Items.Exists(o => !o.Removed && o != item && o.Label == EntityLabel.Person && o.End - o.Start == p - item.Start
                                   && c.Words.AsSpan(o.Start, o.End - o.Start).SequenceEqual(c.Words.AsSpan(item.Start, p - item.Start)));
    }

    /// <summary>A country's name, a first-level division's or a capital's: a place whatever the page says of it.</summary>
    private bool IsPlaceName(string name)
        => IsDivisionOrCountry(name) || geo.Capitals(name).Count > 0;

    /// <summary>The words of the page's GPE mentions.</summary>
    private static HashSet<string> PlacesNamed(Context c)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in c.Items)
        {
            if (!item.Removed && item.Label == EntityLabel.Gpe)
            {
                named.Add(string.Join(' ', c.Words, item.Start, item.End - item.Start));
            }
        }

        return named;
    }

    /// <summary>
    /// Splits a mention at the word <paramref name="gap"/> ("and", "’s"), which neither half keeps: the mention keeps
    /// the words before it, typed <paramref name="first"/>; a new mention takes the words after it, typed
    /// <paramref name="second"/>, or is dropped with its words left uncovered when <paramref name="dropSecond"/>.
    /// </summary>
    private static void SplitAt(Context c, Item item, int gap, EntityLabel first, EntityLabel second, bool dropSecond = false)
    {
        var rest = new Item(gap + 1, item.End, second) { Removed = dropSecond };
        (item.End, item.Label) = (gap, first);
        c.Items.Add(rest);
        c.Covered[gap] = -1;
        c.Covered.AsSpan(rest.Start, rest.End - rest.Start).Fill(dropSecond ? -1 : c.Items.Count - 1);
    }

    /// <summary>
    /// Streets of addresses and numbered streets, whatever the recognizer made of them: the capitalised words after a
    /// house number up to a street's word ("of 1119 [Eighth St.]", "of 1909 [Jolinda Drive]", "of 3170 [W. County Road
    /// 600S]", "behind 2134 [Caldwell Place]"), the words of Data/street-words-after-number.txt counting there too, with a
    /// route's number after the word; and an ordinal right before a street's word anywhere ("near [17th Street]",
    /// "[Seventh Street]"). The street becomes a LOC: a mention of its own where the words were untagged, the mention's
    /// type and bounds where one mention lay within the address (a MISC "Eighth St.", an ORG "3170 W. County Road 600S"
    /// that took the house number). A number after a determiner is no house number ("a 2012 Supreme Court ruling"). A
    /// mention that runs past the address is left as it is, and so is a street news
    /// writes for an institution ("10 Downing Street": Data/street-names-not-places.txt).
    /// </summary>
    private static void AddressStreets(Context c)
    {
        for (int i = 0; i < c.Count - 1; i++)
        {
            bool number = IsHouseNumber(c.Words[i]) && c.SentenceOf[i + 1] == c.SentenceOf[i] && (i == 0 || !Determiners.Contains(c.Words[i - 1]));
            int first = number ? i + 1 : i;
            int end = number ? AddressStreetEnd(c, first) : NumberedStreet(c, i) ? i + 2 : -1;
            if (end < 0)
            {
                continue;
            }

            MarkStreet(c, i, first, end);
            i = end - 1;
        }
    }

    /// <summary>
    /// An ordinal and a street's word that end a name ("17th Street" before "and"); not "[First Street] Foundation",
    /// where the street names something else.
    /// </summary>
    private static bool NumberedStreet(Context c, int i)
        => IsOrdinal(c.Words[i]) && ClosesStreet(c, i + 1, afterNumber: false) && c.SentenceOf[i + 1] == c.SentenceOf[i]
           && (i + 2 >= c.Count || c.SentenceOf[i + 2] != c.SentenceOf[i] || !IsCapitalised(c.Words[i + 2]));

    private static bool AllStreetNameWords(Context c, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (!IsCapitalised(c.Words[k]) && !IsOrdinal(c.Words[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The end of a street's name that opens at <paramref name="first"/> after a house number, or -1.</summary>
    private static int AddressStreetEnd(Context c, int first)
    {
        for (int k = first; k < Math.Min(c.Count, first + MaxStreetWords) && c.SentenceOf[k] == c.SentenceOf[first]; k++)
        {
            if (!IsCapitalised(c.Words[k]) && !IsOrdinal(c.Words[k]))
            {
                return -1;
            }

            if (k > first && ClosesStreet(c, k, afterNumber: true))
            {
                bool route = k + 1 < c.Count && c.SentenceOf[k + 1] == c.SentenceOf[k] && char.IsDigit(c.Words[k + 1][0])
                    && c.Words[k + 1].AsSpan().IndexOfAnyExcept(RouteNumberChars) < 0;
                return route ? k + 2 : k + 1;
            }
        }

        return -1;
    }

    /// <summary>A street's name: a few words before its street word ("W. County Road", "Martin Luther King Jr. Boulevard").</summary>
    private const int MaxStreetWords = 6;

    private static readonly SearchValues<char> RouteNumberChars = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static void MarkStreet(Context c, int from, int first, int end)
    {
        if (StreetNamesNotPlaces.Contains(c.Text[c.Spans[first].Start..c.Spans[end - 1].End]))
        {
            return; // "a spokesman for 10 Downing Street": the office, not the street
        }

        Item? only = null;
        for (int k = from; k < end; k++)
        {
            if (c.Covered[k] < 0)
            {
                continue;
            }

            var owner = c.Items[c.Covered[k]];
            if (owner.Start < from || owner.End > end || (only is not null && owner != only))
            {
                return; // a mention that runs past the address, or two mentions in it: not this rule's
            }

            only = owner;
        }

        if (only is not null && (only.Removed || (only.Start == first && only.End == end && only.Label == EntityLabel.Location)))
        {
            return;
        }

        for (int k = from; k < first; k++)
        {
            c.Covered[k] = -1;
        }

        if (only is null)
        {
            c.Items.Add(new Item(first, end, EntityLabel.Location));
            c.Covered.AsSpan(first, end - first).Fill(c.Items.Count - 1);
            return;
        }

        (only.Start, only.End, only.Label) = (first, end, EntityLabel.Location);
        c.Covered.AsSpan(first, end - first).Fill(c.Items.IndexOf(only));
    }

    /// <summary>Whether the word at <paramref name="k"/> is a capitalised street's word; after a house number, those of addresses too.</summary>
    private static bool ClosesStreet(Context c, int k, bool afterNumber)
        => k < c.Count && IsCapitalised(c.Words[k]) && (StreetWords.Contains(c.Words[k]) || (afterNumber && AddressStreetWords.Contains(c.Words[k])));

    /// <summary>A house number: one to five figures, nothing else ("1119", "3170").</summary>
    private static bool IsHouseNumber(string word) => word.Length is >= 1 and <= 5 && word.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>An ordinal in figures ("17th", "33rd") or words ("Seventh": Data/ordinal-words.txt).</summary>
    private static bool IsOrdinal(string word)
        => OrdinalWords.Contains(word)
           || (word.Length > 2 && char.IsDigit(word[0]) && word.AsSpan(0, word.Length - 2).IndexOfAnyExceptInRange('0', '9') < 0
               && word[^2..] is "st" or "nd" or "rd" or "th");

    /// <summary>
    /// "arrived in [Tel Aviv]ORG", "In [Sao Paulo]PERSON, …": a name right after "in" that the gazetteer knows as a
    /// country or place is the place. Only after "in": "Tehran says" and "Washington warned" (the government) stay.
    /// </summary>
    private void PlaceAfterIn(Context c, Item item)
    {
        if (item.Label is not (EntityLabel.Organization or EntityLabel.Person) || item.Start == 0
            || !c.Words[item.Start - 1].Equals("in", StringComparison.OrdinalIgnoreCase) || c.SentenceOf[item.Start - 1] != c.SentenceOf[item.Start])
        {
            return;
        }

        // "in Congress", "in NATO", "in the Council" are bodies, whatever towns share the name.
        var name = c.MentionText(item);
        if (IsAllCaps(name) || OrgHeads.Contains(c.Words[item.End - 1].ToLowerInvariant()))
        {
            return;
        }

        if (geo.CountryByName(name) is not null || geo.Places(name).Count > 0)
        {
            item.Label = EntityLabel.Gpe;
        }
    }

    /// <summary>
    /// The recognizer took a role's words into the name: "[House Speaker Nancy Pelosi]PERSON", "Secretary of
    /// [State Antony Blinken]ORG", "Minister of [Foreign Affairs Sergei Lavrov]ORG", "[FBI Director Louis Freeh]ORG",
    /// "[U.S. Attorney Mary Jo White]ORG". The person is the given name (Quotes/Data/speaker-first-names.txt) and the
    /// capitalised words after it, when a role head stands right before the given name, or (in an organisation's span)
    /// the span completes "role of (the) …", and the span ends in no organisation's head word nor a word the text writes
    /// in lower case; the words before it are left to the role (<see cref="SplitRole"/>). In an organisation's span
    /// without "role of" the person's words also hold no company's, place's or venue's word ("Mayor Tom Bradley Park"),
    /// and the words before the role's words stay a mention of their own when they name a place or an organisation
    /// (<see cref="LabelOfNameBefore"/>: "FBI", "U.S."), as the recognizer writes "[FBI]ORG Director [Louis Freeh]PERSON".
    /// </summary>
    private void SplitNameFromRole(Context c, Item item)
    {
        if (item.End - item.Start < 3 || item.Label is not (EntityLabel.Person or EntityLabel.Organization))
        {
            return;
        }

        bool complement = item.Label == EntityLabel.Organization && RoleOfBefore(c, item.Start);
        bool titled = item.Label == EntityLabel.Organization && !complement;
        for (int k = item.Start + 1; k <= item.End - 2; k++)
        {
            // not after "the": "president of the [International Committee of the Red Cross]ORG" ("Red" is also a given name)
            if ((complement || roles.IsHead(c.Words[k - 1])) && c.Words[k - 1] != "the" && (IsGivenName(c.Words[k]) || (titled && HolderAfterBodysRole(c, item, k)))
                && AllCapitalised(c, k, item.End)
                && !OrgHeads.Contains(c.Words[item.End - 1].ToLowerInvariant()) && (!titled || NoPlaceOrCompanyWord(c, k, item.End))
                && !c.WrittenInLowerCase(c.Words[item.End - 1]))
            {
                int index = c.Covered[item.Start];
                int roleStart = k - 1;
                while (titled && roleStart > item.Start && IsRoleWord(c.Words[roleStart - 1]))
                {
                    roleStart--;
                }

                var placesNamed = c.RolePlacesNamed;
                EntityLabel? before = titled && roleStart > item.Start ? LabelOfNameBefore(c, item.Start, roleStart, ref placesNamed) : null;
                c.RolePlacesNamed = placesNamed;
                for (int j = before is null ? item.Start : roleStart; j < k; j++)
                {
                    c.Covered[j] = -1;
                }

                if (before is { } label)
                {
                    c.Items.Add(new Item(item.Start, roleStart, label));
                    c.Covered.AsSpan(item.Start, roleStart - item.Start).Fill(c.Items.Count - 1);
                }

                item.Start = k;
                item.Label = EntityLabel.Person;
                c.Covered[k] = index;
                return;
            }
        }
    }

    /// <summary>
    /// The holder after a body's role in an organisation's span, when the given name is on no list: "[Republican National
    /// Committee Chairman Reince Priebus]ORG" (the twenty-ninth entity sample; "Reince" is in neither first-names list).
    /// The words from <paramref name="k"/> are two capitalised words, neither a role's word nor an honorific nor an
    /// initialism, right after a role head whose role words follow two or more words closed by an organisation's head
    /// word ("Committee", "Board"): the body, its title and its holder, as "[FBI]ORG Director [Louis Freeh]PERSON".
    /// </summary>
    private bool HolderAfterBodysRole(Context c, Item item, int k)
    {
        if (item.End - k != HolderWordsAfterBodysRole || !roles.IsHead(c.Words[k - 1]))
        {
            return false;
        }

        for (int j = k; j < item.End; j++)
        {
            if (!IsUnlistedNameWord(c.Words[j]))
            {
                return false;
            }
        }

        int roleStart = k - 1;
        while (roleStart > item.Start && IsRoleWord(c.Words[roleStart - 1]))
        {
            roleStart--;
        }

        return roleStart - item.Start >= 2 && OrgHeads.Contains(c.Words[roleStart - 1].ToLowerInvariant());
    }

    /// <summary>
    /// A word that may be a person's given name or surname where no list vouches for it (<see cref="HolderAfterBodysRole"/>,
    /// <see cref="PersonOfOrganisation"/>): no role's word, honorific or initialism, no period, ending in a letter.
    /// </summary>
    private bool IsUnlistedNameWord(string word) =>
        !IsRoleWord(word) && !IsHonorific(word) && !word.Contains('.') && !IsAllCaps(word) && char.IsLetter(word[^1]);

    /// <summary>
    /// A person's mention whose every word (a possessive aside) is a role's or an honorific ("[Mr.]PERSON [Ahmadinejad]",
    /// "Ethiopian [Prime]PERSON Minister Meles Zenawi", "spoke to [Dr.]PERSON Owen John Dempsey", "[Sheriff]PERSON's
    /// deputies") names no one: it is dropped and its words left uncovered, so the role
    /// reader takes them into the next person's role (<see cref="SplitRole"/>). Not a surname the page gives a person
    /// named in full ("King" beside "Stephen King").
    /// </summary>
    private void RoleWordsAlone(Context c)
    {
        HashSet<string>? surnames = null;
        foreach (var item in c.Items)
        {
            if (item.Removed || item.Label != EntityLabel.Person)
            {
                continue;
            }

            var words = c.NameSpan(item);
            bool roleOnly = true;
            foreach (var word in words)
            {
                roleOnly &= IsRoleWord(word) || IsHonorific(word);
            }

            if (!roleOnly || (words.Length == 1 && (surnames ??= NamedPersonsSurnames(c)).Contains(words[0])))
            {
                continue;
            }

            item.Removed = true;
            for (int k = item.Start; k < item.End; k++)
            {
                c.Covered[k] = -1;
            }
        }
    }

    /// <summary>The last words of the page's person mentions of two or more words ("Musk" of "Elon Musk"), read once.</summary>
    private static HashSet<string> NamedPersonsSurnames(Context c)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in c.Items)
        {
            if (!p.Removed && p.Label == EntityLabel.Person && p.End - p.Start >= 2)
            {
                surnames.Add(c.Words[p.End - 1]);
                if (p.End - p.Start >= 3 && NameSuffixes.Contains(c.Words[p.End - 1]))
                {
                    surnames.Add(c.Words[p.End - 2]); // "John G. Roberts Jr."
                }
            }
        }

        return surnames;
    }

    /// <summary>
    /// An organisation's mention that is a person's title and the surname of a person the page names in full is that
    /// person's: "[Justice Scalia]ORG" beside "Antonin Scalia", "[Chief Justice Roberts]ORG" beside "John G. Roberts Jr."
    /// (the twenty-sixth entity sample: 33 mentions of nine justices, "Justice" read as the department's short form). The
    /// mention's first words are role words (Data/role-words.txt) with a head among them, the rest capitalised words of
    /// no organisation's, company's or place's word (<see cref="NoPlaceOrCompanyWord"/>) whose last one is the last word
    /// of a person's mention of two words or more (<see cref="NamedPersonsSurnames"/>, a name suffix aside). The mention
    /// becomes a person's and <see cref="SplitRole"/> takes the title off it. "[Justice Department]ORG" stays (a body's
    /// head word), and so does a titled surname no one on the page is named in full by.
    /// </summary>
    private void TitledSurnameIsPerson(Context c)
    {
        HashSet<string>? surnames = null;
        foreach (var item in c.Items)
        {
            if (item.Removed || item.Label != EntityLabel.Organization || item.End - item.Start < 2)
            {
                continue;
            }

            int k = item.Start;
            bool head = false;
            while (k < item.End - 1 && IsRoleWord(c.Words[k]))
            {
                head |= roles.IsHead(c.Words[k]);
                k++;
            }

            if (head && !IsRoleWord(c.Words[item.End - 1]) && AllCapitalised(c, k, item.End) && NoPlaceOrCompanyWord(c, k, item.End)
                && (surnames ??= NamedPersonsSurnames(c)).Contains(c.Words[item.End - 1]))
            {
                item.Label = EntityLabel.Person;
            }
        }
    }

    /// <summary>No word of [start, end) is a company's, a place's or a venue's word ("Park", "City", "Corp.", "Center", "Arena").</summary>
    private static bool NoPlaceOrCompanyWord(Context c, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            var word = c.Words[k];
            if (OrgHeads.Contains(word.ToLowerInvariant()) || CompanyWords.Contains(word) || FeatureWords.Contains(word) || VenueWords.Contains(word)
                || DivisionKindWords.Contains(word) || GeoGazetteer.IsGenericPlaceWord(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The type of the words [start, end) before a role or a possessive inside a longer mention, when they name
    /// something of their own: a GPE when they are a country's, division's or capital's name or one of the page's GPE
    /// mentions ("U.S.", "Nigeria"); an ORG when they are two or more words closed by an organisation's head word or one
    /// upper-case initialism ("FBI"); otherwise null (no name of its own).
    /// </summary>
    /// <param name="placesNamed">The page's GPE mentions' words, read once by the caller's pass (<see cref="PlacesNamed"/>).</param>
    private EntityLabel? LabelOfNameBefore(Context c, int start, int end, ref HashSet<string>? placesNamed)
    {
        var before = string.Join(' ', c.Words, start, end - start);
        if (IsPlaceName(before) || (placesNamed ??= PlacesNamed(c)).Contains(before))
        {
            return EntityLabel.Gpe;
        }

        if ((end - start >= 2 && OrgHeads.Contains(c.Words[end - 1].ToLowerInvariant()))
            || (end - start == 1 && c.Words[start].Length >= 2 && IsAllCaps(c.Words[start].Replace(".", string.Empty))))
        {
            return EntityLabel.Organization;
        }

        return null;
    }

    /// <summary>The capitalised complement of "role of (the) …" ends at the word: "Secretary of the Treasury", "Minister of Health and Welfare".</summary>
    private bool ComplementOfRoleEndsAt(Context c, int first, int last)
    {
        int k = last;
        while (k > first && (IsCapitalised(c.Words[k]) || c.Words[k] is "and" or "the"))
        {
            k--;
        }

        return k > first && k < last && c.Words[k] == "of" && roles.IsHead(c.Words[k - 1]);
    }

    /// <summary>"Secretary of" or "Minister of the" right before the position.</summary>
    private bool RoleOfBefore(Context c, int start)
    {
        int k = start - 1;
        if (k >= 0 && c.Words[k].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            k--;
        }

        return k >= 1 && c.Words[k] == "of" && c.SentenceOf[k - 1] == c.SentenceOf[start] && roles.IsHead(c.Words[k - 1]);
    }

    private static bool IsGivenName(string word) => word.Length > 1 && char.IsUpper(word[0]) && SpeakerLexicon.Default.FirstNames.ContainsKey(word.ToLowerInvariant());

    private static bool AllCapitalised(Context c, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (!IsCapitalised(c.Words[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words that head organisation names (Data/org-heads.txt): "director of the Oxford Martin School" names no Martin.</summary>
    private static readonly IReadOnlySet<string> OrgHeads = ResourceText.WordSet("org-heads.txt");

    /// <summary>The words inside an organisation's name between its head and what it is of ("Ministry of Defence").</summary>
    private static readonly IReadOnlySet<string> SentenceStarters = ResourceText.WordSet("sentence-starters.txt");

    private static readonly FrozenSet<string> OrgNameConnectors = FrozenSet.Create(StringComparer.Ordinal, "of", "on", "for");

    /// <summary>
    /// The English names of cities as datelines in other languages write them, by language and lower-cased name
    /// (Data/dateline-exonyms.txt): a French page's "LONDRES" is London. Dictionaries of strings, not one keyed by a
    /// (language, name) tuple, whose frozen form the JIT compiled at every start (issue 20).
    /// </summary>
    internal static readonly Dictionary<string, Dictionary<string, string>> DatelineExonyms = ExonymsByLanguage(ResourceText.Rows("dateline-exonyms.txt"));

    private static Dictionary<string, Dictionary<string, string>> ExonymsByLanguage(IEnumerable<string[]> rows)
    {
        var byLanguage = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            if (!byLanguage.TryGetValue(r[0], out var names))
            {
                byLanguage[r[0]] = names = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            names.Add(r[1].ToLowerInvariant(), r[2]);
        }

        return byLanguage;
    }

    /// <summary>Data/common-noun-phrases.txt: a kind of thing the page writes capitalised ("super PAC"), each phrase's words.</summary>
    private static readonly string[][] CommonNounPhrases = [.. ResourceText.Lines("common-noun-phrases.txt").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    /// <summary>
    /// Whether the mention is a common-noun phrase (Data/common-noun-phrases.txt, any case) or its last words right after
    /// its first ones: "a [Super PAC]ORG aimed at", "an anti-Trump super [PAC]ORG". Not a longer name closed by it
    /// ("Our Principles PAC"). A possessive "'s" is left aside ("the super PAC's ad").
    /// </summary>
    private static bool IsCommonNounPhrase(Context c, Item item)
    {
        int end = EndWithoutPossessive(c, item);
        foreach (var phrase in CommonNounPhrases)
        {
            int start = end - phrase.Length;
            if (end - item.Start > phrase.Length || start < 0)
            {
                continue;
            }

            bool same = true;
            for (int k = 0; k < phrase.Length && same; k++)
            {
                same = c.Words[start + k].Equals(phrase[k], StringComparison.OrdinalIgnoreCase);
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that are never a name by themselves (Data/never-names.txt): a one-word mention of one is dropped.</summary>
    private static readonly FrozenSet<string> NeverNames = ResourceText.Lines("never-names.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Punctuation that ends a sentence or clause, quote marks and dashes: never the first or last token of a name.</summary>
    private static readonly SearchValues<char> EdgePunctuation = SearchValues.Create(".,;:?!\"“”'‘’-‐‑–—…");

    private static readonly FrozenSet<string> FeatureWords = ResourceText.Lines("geo-feature-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> DivisionKindWords = ResourceText.Rows("division-kind-words.txt").Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The words of Data/division-kind-words.txt that make a place written with them a GPE (not "region").</summary>
    private static readonly FrozenSet<string> GpeDivisionKindWords = ResourceText.Rows("division-kind-words.txt").Where(r => r.Length == 1)
        .Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a mention is written as a division: it ends in a capitalised word of <see cref="GpeDivisionKindWords"/>
    /// ("Gangwon Province") or the word follows it in lower case in its sentence ("Albay province"), but not before "of"
    /// (VOA's "the [Gulf Coast]LOC state of Louisiana", "the [Midwestern]LOC state of Michigan": the state is the next name).
    /// </summary>
    private static bool NamedAsDivision(Context c, Item item)
    {
        var last = c.Words[item.End - 1];
        if (item.End - item.Start > 1 && char.IsUpper(last[0]) && GpeDivisionKindWords.Contains(last))
        {
            return true;
        }

        return item.End < c.Count && c.SentenceOf[item.End] == c.SentenceOf[item.Start] && char.IsLower(c.Words[item.End][0])
            && GpeDivisionKindWords.Contains(c.Words[item.End]) && !(item.End + 1 < c.Count && c.Words[item.End + 1] == "of");
    }

    private static readonly FrozenSet<string> FeatureOpeners = ResourceText.Lines("geo-feature-openers.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> StreetWords = ResourceText.Lines("street-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> AddressStreetWords = ResourceText.Lines("street-words-after-number.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> OrdinalWords = ResourceText.Lines("ordinal-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> StreetNamesNotPlaces = ResourceText.Lines("street-names-not-places.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> CompassWords = ResourceText.Lines("compass-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A title in quote marks next to a word for a kind of work ("the film “Parasite”", "“1917,” a war drama") is one
    /// entity, MISC of subtype work; the names the recognizer saw inside it ("Parasite" as a person) are the title's.
    /// Without such a word a quoted title may be a slogan or an operation's name, and is left as the recognizer said.
    /// </summary>
    private void MarkWorks(Context c, IReadOnlyList<TextSpan> titles)
    {
        var bounds = new (int First, int End)[titles.Count];
        var isWork = new bool[titles.Count];
        for (int t = 0; t < titles.Count; t++)
        {
            int first = TextSpans.FirstStartingAtOrAfter(c.Spans.AsSpan(0, c.Count), titles[t].Start);
            int end = TextSpans.FirstStartingAtOrAfter(c.Spans.AsSpan(0, c.Count), titles[t].End);
            while (end > first && c.Words[end - 1] is "," or ".")
            {
                end--; // the comma or period American style puts inside the marks ("on “DWTS.”") is not the title's
            }

            bounds[t] = (first, end);
            isWork[t] = end > first && (WorkNounNear(c, first, end) || MakerNounAfter(c, end) || AppearanceBefore(c, first));
        }

        // titles listed together are works of one kind: "appear on “The View” and “The Late Show …”"
        for (int t = 1; t < titles.Count; t++)
        {
            if (isWork[t] != isWork[t - 1] && bounds[t].End > bounds[t].First && bounds[t - 1].End > bounds[t - 1].First
                && ListedTogether(c, bounds[t - 1].End, bounds[t].First))
            {
                isWork[t] = isWork[t - 1] = true;
                for (int back = t - 1; back > 0 && !isWork[back - 1] && bounds[back - 1].End > bounds[back - 1].First
                     && ListedTogether(c, bounds[back - 1].End, bounds[back].First); back--)
                {
                    isWork[back - 1] = true;
                }
            }
        }

        for (int t = 0; t < titles.Count; t++)
        {
            var (first, end) = bounds[t];
            if (!isWork[t])
            {
                continue;
            }

            // a name that runs past a quote mark: the marks are not a title's
            bool straddled = false;
            for (int k = first; k < end && !straddled; k++)
            {
                straddled = c.Covered[k] >= 0 && c.Items[c.Covered[k]] is var owner && (owner.Start < first || owner.End > end);
            }

            if (straddled)
            {
                continue;
            }

            for (int k = first; k < end; k++)
            {
                if (c.Covered[k] >= 0)
                {
                    c.Items[c.Covered[k]].Removed = true;
                }
            }

            var work = new Item(first, end, EntityLabel.Misc) { IsWork = true };
            c.Items.Add(work);
            for (int k = first; k < end; k++)
            {
                c.Covered[k] = c.Items.Count - 1;
            }
        }
    }

    /// <summary>
    /// Whether a word for appearing on a programme (Data/work-appearance-words.txt: "appear", "appearance", "guest") and
    /// "on" stand right before the title's opening quote mark: "is scheduled to appear on “The View”" (sample 31).
    /// </summary>
    private static bool AppearanceBefore(Context c, int first)
    {
        int k = first - 1;
        if (k >= 0 && c.Words[k] is "“" or "\"" or "‘" or "'")
        {
            k--;
        }

        return k >= 1 && k < first - 1 && c.Words[k] == "on" && c.SentenceOf[k - 1] == c.SentenceOf[first]
            && WorkAppearanceWords.Contains(c.Words[k - 1]);
    }

    private static readonly FrozenSet<string> WorkAppearanceWords = ResourceText.Lines("work-appearance-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether only quote marks and one "and", "or" or comma stand between one quoted title's end and the next's start
    /// (two titles listed together: "“The View” and “The Late Show With Stephen Colbert”").
    /// </summary>
    private static bool ListedTogether(Context c, int end, int first)
    {
        int joiners = 0;
        for (int k = end; k < first; k++)
        {
            switch (c.Words[k])
            {
                case "“" or "”" or "\"" or "‘" or "’" or "'":
                    break;
                case "and" or "or" or ",":
                    joiners++;
                    break;
                default:
                    return false;
            }
        }

        return joiners is 1 or 2; // ", and" of a list's last title counts as one joining
    }

    /// <summary>A word for a kind of work (Data/work-nouns.txt) within <see cref="ResolutionOptions.WorkNounWindow"/> tokens of the title, in its sentence.</summary>
    private bool WorkNounNear(Context c, int first, int end)
    {
        int sentence = c.SentenceOf[first];
        for (int k = Math.Max(0, first - options.WorkNounWindow); k < Math.Min(c.Count, end + options.WorkNounWindow); k++)
        {
            if ((k < first || k >= end) && c.SentenceOf[k] == sentence && WorkNouns.Contains(c.Words[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> WorkNouns = ResourceText.Lines("work-nouns.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a noun for a work's makers or players (Data/work-maker-nouns.txt) follows the title right after its closing
    /// quote mark (and a comma or period American style puts inside it): "the “Pose” actor", "“Dawson’s Creek” star".
    /// </summary>
    private static bool MakerNounAfter(Context c, int end)
    {
        int k = end;
        while (k < c.Count && c.Words[k] is "," or ".")
        {
            k++;
        }

        if (k >= c.Count || c.Words[k] is not ("”" or "\"" or "’" or "'"))
        {
            return false;
        }

        return k + 1 < c.Count && c.SentenceOf[k + 1] == c.SentenceOf[end - 1] && WorkMakerNouns.Contains(c.Words[k + 1]) && !IsCapitalised(c.Words[k + 1]);
    }

    private static readonly FrozenSet<string> WorkMakerNouns = ResourceText.Lines("work-maker-nouns.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Each of the first <paramref name="n"/> tokens' sentence, into <paramref name="index"/>.</summary>
    private static void SentenceIndex(ImmutableArray<Sentence> sentences, TextSpan[] spans, int n, int[] index)
    {
        int s = 0;
        for (int i = 0; i < n; i++)
        {
            while (s + 1 < sentences.Length && spans[i].Start >= sentences[s + 1].Span.Start)
            {
                s++;
            }

            index[i] = s;
        }
    }

    private bool IsRoleWord(string word) => roles.Contains(word) || (word.EndsWith('.') && abbreviations.IsTitle(word.AsSpan(0, word.Length - 1)));

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static bool IsPossessive(string word) => word is "'s" or "’s" or "'" or "’";

    /// <summary>Moves title words inside a person span into its role, then takes the role phrase right before the name.</summary>
    private void SplitRole(Context c, Item item)
    {
        int roleEnd = item.Start;
        while (item.End - item.Start > 1 && IsRoleWord(c.Words[item.Start]))
        {
            item.Start++;
        }

        int k = roleEnd - 1;
        int sentence = c.SentenceOf[item.Start];
        int first = roleEnd;
        while (k >= 0 && c.SentenceOf[k] == sentence && roleEnd - k <= options.MaxRoleWords)
        {
            var w = c.Words[k];
            int owner = c.Covered[k];
            if (owner >= 0 && c.Items[owner] != item && c.Items[owner].Label == EntityLabel.Person)
            {
                break;
            }

            bool allowed = IsRoleWord(w) || IsCapitalised(w) || Connectors.Contains(w) || owner >= 0
                || (IsPossessive(w) && k > 0 && IsCapitalised(c.Words[k - 1]));
            if (!allowed)
            {
                break;
            }

            first = k;
            k--;
        }

        // Leading connectors, determiners and capitalised words that are neither roles nor entities go.
        while (first < item.Start && (Connectors.Contains(c.Words[first]) || Determiners.Contains(c.Words[first]) || IsPossessive(c.Words[first])
            || (IsCapitalised(c.Words[first]) && !IsRoleWord(c.Words[first]) && c.Covered[first] < 0 && geo.CountryByDemonym(c.Words[first]) is null)))
        {
            first++;
        }

        int head = -1;
        for (int j = first; j < item.Start; j++)
        {
            if (roles.IsHead(c.Words[j]))
            {
                head = j;
                break;
            }
        }

        // A capitalised word right before the name that is neither a role nor another entity may be part of the name.
        int last = item.Start - 1;
        bool adjacentOk = last >= first && (IsRoleWord(c.Words[last]) || (c.Covered[last] >= 0 && c.Items[c.Covered[last]] != item)
            || ComplementOfRoleEndsAt(c, first, last));
        if (head < 0 || first >= item.Start || !adjacentOk)
        {
            return;
        }

        item.Role = c.Text[c.Spans[first].Start..c.Spans[item.Start - 1].End];
        TrimRoleWordsFromMentions(c, item, first);
        item.RoleStart = first;
        item.Family = families.FamilyOf(item.Role) ?? LastHead(c.Words, first, item.Start)?.ToLowerInvariant();
        for (int j = first; j < head; j++)
        {
            // A people's word or place of several words is read whole first ("North Korean leader", "New Jersey Gov."
            // by the one country with that division); a people's word then by word ("Bosnian Serb leader"), a place not
            // ("New Mexico governor" names no Mexico).
            int owner = c.Covered[j];
            var label = owner >= 0 && c.Items[owner] != item ? c.Items[owner].Label : EntityLabel.Misc;
            var country = label is EntityLabel.Norp or EntityLabel.Gpe ? CountryNamedBy(c.MentionText(c.Items[owner])) : null;
            if (country is null && label == EntityLabel.Gpe && geo.CountriesWithRegion(c.MentionText(c.Items[owner])) is [var code])
            {
                country = geo.CountryByCode(code);
            }

            if (country is null && label != EntityLabel.Gpe && CountryNamedBy(c.Words[j]) is { } named)
            {
                // "Wales" of "New South Wales Rural Fire Service": a division named with the country's word is read whole.
                country = DivisionEndingAt(c, first, j) is { } division ? (geo.CountriesWithRegion(division) is [var only] ? geo.CountryByCode(only) : null) : named;
            }

            if (country is not null)
            {
                item.CountryCode = country.Code;
                break;
            }
        }
    }

    /// <summary>The first-level division of two or three words that ends at word j ("New South Wales"), if any.</summary>
    private string? DivisionEndingAt(Context c, int first, int j)
    {
        for (int from = Math.Max(first, j - 2); from < j; from++)
        {
            var words = c.Text[c.Spans[from].Start..c.Spans[j].End];
            if (geo.CountriesWithRegion(words).Count > 0)
            {
                return words;
            }
        }

        return null;
    }

    private Country? CountryNamedBy(string word) => geo.CountryByDemonym(word) ?? (IsCapitalised(word) ? geo.CountryByName(word) : null);

    /// <summary>
    /// "[U.N. Special Envoy]ORG to Libya Jan Kubis": role words inside another mention of the role phrase are the role's,
    /// not the organisation's; not those of an organisation closed by its head word, which keeps its first word ("State"
    /// of "[State Department]ORG spokesman") and its last ("Party" of "former [Libertarian Party]ORG Vice Chairman").
    /// </summary>
    private void TrimRoleWordsFromMentions(Context c, Item person, int first)
    {
        for (int k = first; k < person.Start; k++)
        {
            int owner = c.Covered[k];
            if (owner < 0 || c.Items[owner] == person)
            {
                continue;
            }

            var other = c.Items[owner];
            bool headed = other.Label == EntityLabel.Organization && other.End - other.Start > 1 && OrgHeads.Contains(c.Words[other.End - 1].ToLowerInvariant());
            while (!headed && other.End > other.Start && IsRoleWord(c.Words[other.End - 1]))
            {
                c.Covered[other.End - 1] = -1;
                other.End--;
            }

            // not "State" of "[State Department]ORG spokesman": an organisation closed by its head keeps its first word
            while (other.End > other.Start && IsRoleWord(c.Words[other.Start])
                   && !(other.Label == EntityLabel.Organization && other.End - other.Start > 1 && OrgHeads.Contains(c.Words[other.End - 1].ToLowerInvariant())))
            {
                c.Covered[other.Start] = -1;
                other.Start++;
            }

            other.Removed = other.End <= other.Start;
        }
    }

    private string? LastHead(string[] words, int start, int end)
    {
        string? last = null;
        for (int j = start; j < end; j++)
        {
            if (roles.IsHead(words[j]))
            {
                last = words[j];
            }
        }

        return last;
    }

    /// <summary>Longest names first; a name joins an earlier, fuller one whose words contain it in order.</summary>
    private static List<Cluster> GroupPersons(Context c)
    {
        var clusters = new List<Cluster>();
        var persons = new List<Item>();
        foreach (var item in c.Items)
        {
            if (item.Label == EntityLabel.Person && !item.Removed)
            {
                persons.Add(item);
            }
        }

        // Longest first, then by start, equal ones kept in their order (as OrderByDescending/ThenBy).
        StableSortBy(persons, LongestThenStart);

        // the clusters whose name holds each word (case aside), in the clusters' order: a name can join only a cluster
        // holding its first word, and asking every cluster was quadratic on a page of many people (bench/README.md,
        // "Hostile inputs, perf-hostile")
        var byWord = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in persons)
        {
            var name = c.NameSpan(item);
            item.OneNameTitle = OneNameTitleOf(c, item);
            Cluster? best = null;
            var candidates = name.Length == 0 ? null : byWord.GetValueOrDefault(name[0]);
            for (int k = 0; k < (name.Length == 0 ? clusters.Count : candidates?.Count ?? 0); k++)
            {
                var cluster = clusters[candidates is null ? k : candidates[k]];
                if (ContainsInOrder(cluster.NameWords, name) && !OwnNameAsFamilyName(cluster, name, item.OneNameTitle)
                    && (best is null || Distance(cluster, item) < Distance(best, item)))
                {
                    best = cluster;
                }
            }

            if (best is null)
            {
                best = new Cluster(EntityLabel.Person, name.ToArray());
                foreach (var word in best.NameWords)
                {
                    if (!byWord.TryGetValue(word, out var holding))
                    {
                        byWord[word] = holding = [];
                    }

                    if (holding.Count == 0 || holding[^1] != clusters.Count)
                    {
                        holding.Add(clusters.Count);
                    }
                }

                clusters.Add(best);
            }

            best.Add(item);
        }

        return clusters;
    }

    /// <summary>Titles a monarch, prince or pope bears with one name of his own (Data/one-name-titles.txt).</summary>
    private static readonly FrozenSet<string> OneNameTitles = ResourceText.Lines("one-name-titles.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The title right before the name when it is one a person bears with his own name ("King" of "King Hussein"; Data/one-name-titles.txt), in lower case.</summary>
    private static string? OneNameTitleOf(Context c, Item item)
        => item.RoleStart >= 0 && item.RoleStart < item.Start && OneNameTitles.Contains(c.Words[item.Start - 1]) ? c.Words[item.Start - 1].ToLowerInvariant() : null;

    /// <summary>
    /// Whether a titled name ("King Hussein", "Prince Charles") would join a person named in full by his family name:
    /// the name is the full name's last words, not its first ("Prince Mohammed" is Mohammed bin Salman), and no mention
    /// of that person carries the title ("King Hussein bin Talal"). Such a name is the bearer's own, so "King Hussein"
    /// is not Saddam Hussein (the twenty-first quote sample).
    /// </summary>
    private static bool OwnNameAsFamilyName(Cluster cluster, ReadOnlySpan<string> name, string? title)
    {
        if (title is null || cluster.NameWords.Length <= name.Length || cluster.Titles?.Contains(title) == true)
        {
            return false;
        }

        for (int k = 0; k < name.Length; k++)
        {
            if (!string.Equals(cluster.NameWords[k], name[k], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int Distance(Cluster cluster, Item item)
    {
        int nearest = int.MaxValue;
        foreach (var i in cluster.Items)
        {
            nearest = Math.Min(nearest, Math.Abs(i.Start - item.Start));
        }

        return nearest;
    }

    private static bool ContainsInOrder(string[] full, ReadOnlySpan<string> part)
    {
        if (part.Length > full.Length)
        {
            return false;
        }

        for (int s = 0; s + part.Length <= full.Length; s++)
        {
            bool all = true;
            for (int k = 0; k < part.Length && all; k++)
            {
                all = string.Equals(full[s + k], part[k], StringComparison.OrdinalIgnoreCase);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Two or more people of the document bearing one surname (Joe and Hunter Biden): each full name stays its own
    /// entity, and a bare surname ("Biden", "Mr. Biden") is the bearer the text named in full first, of those named
    /// before it whose gender agrees (honorifics and nouns for a person beside the mentions, else the given name: the
    /// speaker resolver's reading); where none is, the mention is an entity of its own, joined to neither. News calls
    /// its subject by the surname and a relative named later by the full or first name ("Biden's son Hunter Biden …
    /// Biden defended his son"; docs/entities.md has the counts that chose the first over the most recent). Bearers are
    /// told apart by first name, so "Robert Mugabe" and "Robert Gabriel Mugabe" are one bearer and grouping stays.
    /// A full name used as a modifier of a noun ("Former Bill Clinton pollster Douglas Schoen", "the Bill Clinton
    /// administration": <see cref="IsModifierUse"/>) does not introduce its bearer while another bearer was introduced
    /// by name before the bare surname; where none was, it does, as before.
    /// </summary>
    private void SeparateSharedSurnames(Context c, List<Cluster> persons)
    {
        Dictionary<string, List<Cluster>>? bySurname = null;
        foreach (var cluster in persons)
        {
            var words = cluster.NameWords;
            if ((words.Length >= 2 && !IsHonorific(words[0]) || cluster.IsTitledOneName) && IsCapitalised(words[^1]))
            {
                bySurname ??= new Dictionary<string, List<Cluster>>(StringComparer.Ordinal);
                if (!bySurname.TryGetValue(words[^1], out var bearers))
                {
                    bySurname[words[^1]] = bearers = [];
                }

                bearers.Add(cluster);
            }
        }

        if (bySurname is null)
        {
            return;
        }

        // the bare surnames' mentions by surname, in the clusters' order: an item is the bare mention of one surname at
        // most, so moving another surname's items leaves these as they are; reading every item again for each surname
        // was quadratic on a page of many people (bench/README.md, "Hostile inputs, perf-hostile")
        var bareBySurname = new Dictionary<string, List<Item>>(StringComparer.Ordinal);
        foreach (var cluster in persons)
        {
            foreach (var item in cluster.Items)
            {
                if (item.OneNameTitle is null && BareSurname(c, item) is { } itsSurname && bySurname.ContainsKey(itsSurname))
                {
                    if (!bareBySurname.TryGetValue(itsSurname, out var items))
                    {
                        bareBySurname[itsSurname] = items = [];
                    }

                    items.Add(item);
                }
            }
        }

        foreach (var (surname, bearers) in bySurname)
        {
            if (!OfTwoPeople(bearers))
            {
                continue;
            }

            bool titled = bearers.Exists(bearer => bearer.IsTitledOneName);

            var bare = bareBySurname.GetValueOrDefault(surname) ?? [];

            var genders = new SpeakerGender[bearers.Count];
            var introduced = new int[bearers.Count];
            var named = new int[bearers.Count];
            var byOwnName = new int[bearers.Count];
            var ownNamed = new int[bearers.Count];
            for (int b = 0; b < bearers.Count; b++)
            {
                var full = FullNameItems(c, bearers[b]).ToList();
                genders[b] = SpeakerResolver.GenderOf(c.Text, full.Select(c.MentionSpan), string.Join(' ', bearers[b].NameWords));
                named[b] = full.Min(item => item.Start);
                introduced[b] = full.Where(item => !IsModifierUse(c, item)).Select(item => item.Start).DefaultIfEmpty(int.MaxValue).Min();
                (byOwnName[b], ownNamed[b]) = CalledByGivenName(c, bearers[b]) ? (int.MaxValue, int.MaxValue) : (introduced[b], named[b]);
            }

            foreach (var item in bare)
            {
                item.Cluster!.Remove(item);
                var told = SpeakerResolver.GenderBeside(c.Text, c.MentionSpan(item));
                var chosen = (titled ? FirstNamedBefore(bearers, genders, byOwnName, told, item.Start) ?? FirstNamedBefore(bearers, genders, ownNamed, told, item.Start) : null)
                    ?? FirstNamedBefore(bearers, genders, introduced, told, item.Start)
                    ?? FirstNamedBefore(bearers, genders, named, told, item.Start);
                if (chosen is null)
                {
                    chosen = new Cluster(EntityLabel.Person, c.NameWords(item));
                    persons.Add(chosen);
                }

                chosen.Add(item);
            }
        }

        persons.RemoveAll(cluster => cluster.Items.Count == 0);
    }

    /// <summary>The bearer named first before <paramref name="before"/>, by <paramref name="introduced"/>, whose gender agrees with <paramref name="told"/>.</summary>
    private static Cluster? FirstNamedBefore(List<Cluster> bearers, SpeakerGender[] genders, int[] introduced, SpeakerGender told, int before)
    {
        Cluster? chosen = null;
        int earliest = int.MaxValue;
        for (int b = 0; b < bearers.Count; b++)
        {
            if ((told == SpeakerGender.Unknown || genders[b] == SpeakerGender.Unknown || genders[b] == told)
                && introduced[b] < before && introduced[b] < earliest)
            {
                (chosen, earliest) = (bearers[b], introduced[b]);
            }
        }

        return chosen;
    }

    /// <summary>
    /// A full name modifying the noun after it ("Former Bill Clinton pollster", "the Bill Clinton administration", "a
    /// Donald Trump supporter"): the next word of its sentence is in lower case and a role word or one of
    /// Data/name-modifier-heads.txt, and the word before it opens its sentence or a quotation or clause, or is one of
    /// Data/name-modifier-openers.txt (a determiner, adjective or preposition, not a verb: "elected Joe Biden
    /// president"). Not a possessive ("Bill Clinton's aides" is about him).
    /// </summary>
    private bool IsModifierUse(Context c, Item item)
    {
        int next = item.End;
        if (next >= c.Count || c.SentenceOf[next] != c.SentenceOf[item.Start] || IsPossessive(c.Words[next - 1])
            || c.Words[next].Length == 0 || !char.IsLower(c.Words[next][0])
            || !(roles.IsHead(c.Words[next]) || NameModifierHeads.Contains(c.Words[next])))
        {
            return false;
        }

        int before = item.Start - 1;
        return before < 0 || c.SentenceOf[before] != c.SentenceOf[item.Start]
            || NameModifierOpeners.Contains(c.Words[before]) || c.Words[before] is "“" or "\"" or "‘" or "(" or "," or "—" or "–" or ":";
    }

    /// <summary>Nouns a person's full name modifies (Data/name-modifier-heads.txt), beside the role words.</summary>
    private static readonly FrozenSet<string> NameModifierHeads = ResourceText.Lines("name-modifier-heads.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before a full name used as a modifier (Data/name-modifier-openers.txt).</summary>
    private static readonly FrozenSet<string> NameModifierOpeners = ResourceText.Lines("name-modifier-openers.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Bearers of one surname that are two people: two first names ("Mia", "Ronan"), not one name written with and without a middle.</summary>
    private static bool OfTwoPeople(List<Cluster> bearers)
    {
        for (int b = 1; b < bearers.Count; b++)
        {
            if (!string.Equals(bearers[b].NameWords[0], bearers[0].NameWords[0], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The surname a mention is alone, or after an honorific ("Biden", "Mr. Biden"), else null.</summary>
    private static string? BareSurname(Context c, Item item)
    {
        var name = c.NameSpan(item);
        return name.Length == 1 || (name.Length == 2 && IsHonorific(name[0])) ? name[^1] : null;
    }

    /// <summary>The mentions that name the person in full (two words or more, not opened by an honorific; a title and one name: "King Hussein").</summary>
    private static IEnumerable<Item> FullNameItems(Context c, Cluster cluster)
        => cluster.Items.Where(item => (cluster.IsTitledOneName && item.OneNameTitle is not null) || (c.NameSpan(item) is { Length: >= 2 } name && !IsHonorific(name[0])));

    /// <summary>
    /// Whether the text calls a person named in full by the first word of his name alone ("Saddam" of "Saddam
    /// Hussein", as news writes Arab names): beside a person of one titled name ("King Hussein"), the bare "Hussein" is
    /// then the titled one's own name, not this person's family name.
    /// </summary>
    private static bool CalledByGivenName(Context c, Cluster cluster)
    {
        if (cluster.NameWords.Length < 2)
        {
            return false;
        }

        foreach (var item in cluster.Items)
        {
            if (c.NameSpan(item) is [var word] && string.Equals(word, cluster.NameWords[0], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> NameSuffixes = ResourceText.Lines("name-suffixes.txt").ToFrozenSet(StringComparer.Ordinal);

    private static bool IsHonorific(string word) => SpeakerLexicon.Default.Honorifics.ContainsKey(word.TrimEnd('.').ToLowerInvariant());

    /// <summary>
    /// A capitalised word that is the surname of a person named in full elsewhere is that person, even where the
    /// recognizer missed it or gave it another type. The surname is the last word before a generational suffix
    /// (Data/name-suffixes.txt: "Patrick W. Carlineo Jr." and "[Carlineo]ORG", the eighth entity sample).
    /// </summary>
    private static void AddSurnameMentions(Context c, List<Cluster> persons)
    {
        var surnames = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        foreach (var cluster in persons)
        {
            if (cluster.NameWords.Length < 2 && !cluster.IsTitledOneName)
            {
                continue;
            }

            var surname = cluster.NameWords[^1];
            if (NameSuffixes.Contains(surname))
            {
                if (cluster.NameWords.Length < 3)
                {
                    continue;
                }

                surname = cluster.NameWords[^2];
            }

            if (IsCapitalised(surname) && !surnames.TryAdd(surname, cluster) && surnames[surname] != cluster)
            {
                surnames[surname] = null!;
            }
        }

        for (int k = 0; k < c.Count; k++)
        {
            if (!surnames.TryGetValue(c.Words[k], out var cluster) || cluster is null)
            {
                continue;
            }

            int owner = c.Covered[k];
            if (owner >= 0)
            {
                var existing = c.Items[owner];
                if (existing.Label != EntityLabel.Person && existing.Start == k && existing.End == k + 1)
                {
                    existing.Label = EntityLabel.Person;
                    cluster.Add(existing);
                }

                continue;
            }

            var item = new Item(k, k + 1, EntityLabel.Person);
            c.Items.Add(item);
            c.Covered[k] = c.Items.Count - 1;
            cluster.Add(item);
        }
    }

    /// <summary>Finds "[the|his|Russia's] [Libyan] [top|foreign] minister|diplomat|counterpart" and joins it to a person.</summary>
    private void ResolveDescriptions(Context c, List<Cluster> persons)
    {
        if (persons.Count == 0)
        {
            return;
        }

        int n = c.Count;
        var referents = new List<Item>();

        // A person's own role ("Israeli military spokesperson Rear Admiral Daniel Hagari") describes nobody else.
        var inRole = new bool[n];
        foreach (var item in c.Items)
        {
            if (!item.Removed && item.Label == EntityLabel.Person && item.RoleStart >= 0)
            {
                inRole.AsSpan(item.RoleStart, Math.Max(0, item.Start - item.RoleStart)).Fill(true);
            }
        }

        for (int k = 0; k < n; k++)
        {
            if (c.Covered[k] >= 0 || inRole[k] || !roles.Contains(c.Words[k]) || IsCapitalised(c.Words[k]) && k > 0 && c.SentenceOf[k - 1] == c.SentenceOf[k] && !IsDescriptionCase(c.Words, k))
            {
                continue;
            }

            int runStart = k;
            int runEnd = k;
            while (runEnd < n && c.Covered[runEnd] < 0 && roles.Contains(c.Words[runEnd]) && c.SentenceOf[runEnd] == c.SentenceOf[k])
            {
                runEnd++;
            }

            k = runEnd - 1;
            var headWord = c.Words[runEnd - 1];
            // a role word right before a name is that name's modifier: a person's role, or an adjective of another name
            // ("Egypt's official Middle East News Agency": no official of Egypt)
            if (!roles.IsHead(headWord) || (runEnd < n && c.Covered[runEnd] >= 0 && c.Items[c.Covered[runEnd]] is var next
                && (next.Label == EntityLabel.Person || (!next.Removed && next.Start == runEnd && c.SentenceOf[runEnd] == c.SentenceOf[k]))))
            {
                continue;
            }

            // Premodifiers: a nationality, a country's possessive, a determiner.
            int start = runStart;
            string? country = null;
            int j = runStart - 1;
            if (j >= 0 && c.SentenceOf[j] == c.SentenceOf[k] && geo.CountryByDemonym(c.Words[j]) is { } nationality)
            {
                country = nationality.Code;
                start = j;
                j--;
            }

            if (country is null && j >= 1 && IsPossessive(c.Words[j]) && c.SentenceOf[j - 1] == c.SentenceOf[k] && geo.CountryByName(c.Words[j - 1]) is { } owner)
            {
                country = owner.Code;
                start = j - 1;
                j -= 2;
            }

            if (country is null)
            {
                if (DefiniteDescriptionOf(c, persons, runStart, runEnd) is ({ } named, { } definite))
                {
                    Join(c, named, definite, referents);
                }

                continue;
            }

            if (j >= 0 && c.SentenceOf[j] == c.SentenceOf[k] && Determiners.Contains(c.Words[j]))
            {
                start = j;
            }

            var description = new Item(start, runEnd, EntityLabel.Person) { IsDescription = true, CountryCode = country };
            string? family = RoleFamilyOf(c, runStart, runEnd);
            Cluster? excluded = null;
            if (Counterparts.Contains(headWord))
            {
                // "his Libyan counterpart": the same office as the person the sentence is about, in another country.
                Item? subject = null;
                for (int r = referents.Count - 1; r >= 0 && subject is null; r--)
                {
                    if (c.SentenceOf[referents[r].Start] == c.SentenceOf[start] && referents[r].Cluster is not null)
                    {
                        subject = referents[r];
                    }
                }

                excluded = subject?.Cluster;
                family = excluded?.Family;
            }

            description.Family = family;
            // "The Iraqi ambassador to Greece said …": a description that goes on with its office's complement introduces a
            // person of its own, so it names a name apposed to it ("Georgia's ambassador to Turkey, Grigol Mgalobishvili",
            // "John Luk Jok, the South Sudanese minister for East African Affairs") or a person whose own role is of its
            // family ("Ambassador Hussein Haridy"), not any person named near (TimeBank's AP900815-0044: Saddam Hussein,
            // of no role once "King Hussein" was no longer his)
            bool complemented = runEnd + 1 < n && c.SentenceOf[runEnd + 1] == c.SentenceOf[k] && c.Words[runEnd] is "to" or "of" or "for"
                && IsCapitalised(c.Words[runEnd + 1]);
            var chosen = complemented
                ? ApposedPerson(c, start, runEnd) ?? Choose(c, persons, description, excluded, Counterparts.Contains(headWord), familyNeeded: true)
                : Choose(c, persons, description, excluded, Counterparts.Contains(headWord));
            if (chosen is null)
            {
                continue;
            }

            chosen.CountryCode ??= description.CountryCode;
            chosen.Family ??= description.Family;
            Join(c, chosen, description, referents);
        }
    }

    /// <summary>
    /// "the president", "the senator": a definite description without a country names the one person of the
    /// document with a role of that family who was named in the sentences just before. Ambiguous ones ("the
    /// minister" with two ministers about) and ones that go on ("the president of the club") name nobody.
    /// </summary>
    private (Cluster Person, Item Description)? DefiniteDescriptionOf(Context c, List<Cluster> persons, int runStart, int runEnd)
    {
        int the = runStart - 1;
        if (the < 0 || c.SentenceOf[the] != c.SentenceOf[runStart] || !c.Words[the].Equals("the", StringComparison.OrdinalIgnoreCase)
            || (runEnd < c.Count && c.Words[runEnd] is "of" or "for") || Counterparts.Contains(c.Words[runEnd - 1]))
        {
            return null;
        }

        var family = RoleFamilyOf(c, runStart, runEnd);
        int sentence = c.SentenceOf[runStart];
        Cluster? named = null;
        foreach (var p in persons)
        {
            if (p.Family != family || !NamedRecently(c, p, runStart, sentence))
            {
                continue;
            }

            if (named is not null)
            {
                return null;
            }

            named = p;
        }

        return named is not null
            ? (named, new Item(the, runEnd, EntityLabel.Person) { IsDescription = true, Family = family })
            : null;
    }

    /// <summary>A named mention of the person before the token, at most <see cref="ResolutionOptions.DescriptionWindowSentences"/> sentences back.</summary>
    private bool NamedRecently(Context c, Cluster person, int runStart, int sentence)
    {
        foreach (var i in person.Items)
        {
            if (!i.IsDescription && i.Start < runStart && sentence - c.SentenceOf[i.Start] <= options.DescriptionWindowSentences)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A named mention of the person within <see cref="ResolutionOptions.CountryDescriptionReachSentences"/> sentences of
    /// the description, before or after it (news names the person right after "Russia's foreign minister").
    /// </summary>
    private bool NamedNear(Context c, Cluster person, int sentence)
    {
        foreach (var i in person.Items)
        {
            if (!i.IsDescription && Math.Abs(c.SentenceOf[i.Start] - sentence) <= options.CountryDescriptionReachSentences)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The role family of the role words [runStart, runEnd), or else their head word.</summary>
    private string RoleFamilyOf(Context c, int runStart, int runEnd)
        => families.FamilyOf(c.Text[c.Spans[runStart].Start..c.Spans[runEnd - 1].End]) ?? c.Words[runEnd - 1].ToLowerInvariant();

    /// <summary>A description becomes a mention of the person it names.</summary>
    private static void Join(Context c, Cluster person, Item description, List<Item> referents)
    {
        person.Add(description);
        c.Items.Add(description);
        referents.Add(description);
    }

    /// <summary>Capitalised role words can start a description at a sentence start ("The Libyan foreign minister").</summary>
    private static bool IsDescriptionCase(string[] words, int k) => k > 0 && Determiners.Contains(words[k - 1]);

    /// <param name="familyNeeded">Only a person whose role family is known and agrees (a description with a complement: <see cref="ResolveDescriptions"/>).</param>
    private Cluster? Choose(Context c, List<Cluster> persons, Item description, Cluster? excluded, bool counterpart, bool familyNeeded = false)
    {
        Cluster? best = null;
        int bestScore = int.MinValue;
        int apposed = AppositionStart(c, description);
        foreach (var person in persons)
        {
            bool countryKnown = person.CountryCode is not null && description.CountryCode is not null;
            bool familyKnown = person.Family is not null && description.Family is not null;
            if (person == excluded || (countryKnown && person.CountryCode != description.CountryCode))
            {
                continue;
            }

            // the name in apposition is the one described, whatever else agrees or not ("Iran's defense minister,
            // Brigadier General Ahmad Vahidi" after an Iranian named before; a minister who is a general)
            if (HasNameAt(person, apposed))
            {
                return person;
            }

            if (person.NameWords.Length < 2 && (counterpart || !AfterHonorific(c, person)))
            {
                continue;
            }

            if ((familyKnown && person.Family != description.Family) || (familyNeeded && !familyKnown))
            {
                continue;
            }

            // "the Chinese ambassador" in a report about Nikki Haley (a former ambassador, country unstated): a
            // description's country names a person only when the person's own mentions say it too, but for "his
            // Libyan counterpart", which tells the country of someone the text has not placed.
            if (!counterpart && description.CountryCode is not null && person.CountryCode is null
                && !NamedNear(c, person, c.SentenceOf[description.Start]))
            {
                continue;
            }

            // Agreement on both counts first; then nearness, the person named before the description first.
            int agreement = (countryKnown ? 2 : 0) + (familyKnown ? 2 : 0);
            int nearestBefore = int.MaxValue, nearestAfter = int.MaxValue;
            foreach (var i in person.Items)
            {
                if (i.IsDescription)
                {
                    continue;
                }

                if (i.Start < description.Start)
                {
                    nearestBefore = Math.Min(nearestBefore, description.Start - i.Start);
                }
                else if (i.Start > description.Start)
                {
                    nearestAfter = Math.Min(nearestAfter, i.Start - description.Start);
                }
            }

            // "a senior Chinese official says … Mr. Tung's term", "a call from a Rwandan official": an indefinite
            // description brings in someone new, named after it if at all ("A Russian general says … Popovkin said")
            bool indefinite = IndefiniteArticles.Contains(c.Words[description.Start]);
            bool recent = !indefinite && nearestBefore != int.MaxValue && c.SentenceOf[description.Start] - c.SentenceOf[Math.Max(0, description.Start - nearestBefore)] <= options.DescriptionWindowSentences;
            int nearness = recent ? 1_000_000 - nearestBefore : (nearestAfter != int.MaxValue ? 500_000 - Math.Min(nearestAfter, 499_999) : 0);
            if (indefinite && nearness == 0)
            {
                continue;
            }

            int score = (agreement * 10_000_000) + nearness;
            if (score > bestScore)
            {
                bestScore = score;
                best = person;
            }
        }

        return best;
    }

    /// <summary>
    /// Where a name in apposition to the description starts: right after it, past a comma and role words ("meeting with
    /// Ukraine's defense minister, Anatoliy Hrytsenko"; "Iran's defense minister, Brigadier General Ahmad Vahidi"). The
    /// apposition names the one described, over anyone named before.
    /// </summary>
    private int AppositionStart(Context c, Item description)
    {
        int next = description.End < c.Count && c.Words[description.End] == "," ? description.End + 1 : description.End;
        while (next < c.Count && c.Covered[next] < 0 && IsRoleWord(c.Words[next]))
        {
            next++;
        }

        return next;
    }

    /// <summary>
    /// The person named in apposition to a description that goes on with a complement: the name right before its comma
    /// ("John Luk Jok, the South Sudanese minister for …": up to three determiners or capitalised words between), or the name right after the comma that closes the complement, within
    /// <see cref="ResolutionOptions.MaxRoleWords"/> words ("Georgia's ambassador to Turkey, Grigol Mgalobishvili").
    /// </summary>
    private Cluster? ApposedPerson(Context c, int start, int runEnd)
    {
        int comma = start - 1; // back over the words the description left out before it ("the South" of "the South Sudanese minister")
        while (comma > 0 && start - comma <= 3 && (Determiners.Contains(c.Words[comma]) || IsCapitalised(c.Words[comma]))
            && (c.Covered[comma] < 0 || c.Items[c.Covered[comma]].Label != EntityLabel.Person))
        {
            comma--;
        }

        if (comma >= 1 && c.Words[comma] == "," && c.SentenceOf[comma] == c.SentenceOf[start] && c.Covered[comma - 1] >= 0
            && c.Items[c.Covered[comma - 1]] is { Label: EntityLabel.Person, IsDescription: false } before && before.End == comma && before.Cluster is { } named)
        {
            return named;
        }

        for (int j = runEnd; j < c.Count - 1 && j - runEnd <= options.MaxRoleWords && c.SentenceOf[j] == c.SentenceOf[runEnd]; j++)
        {
            if (c.Words[j] == ",")
            {
                return c.Covered[j + 1] >= 0 && c.Items[c.Covered[j + 1]] is { Label: EntityLabel.Person, IsDescription: false } after
                    && after.Start == j + 1 && after.Cluster is { } apposed ? apposed : null;
            }
        }

        return null;
    }

    /// <summary>Whether one of the person's named mentions (not a description) starts at the token.</summary>
    private static bool HasNameAt(Cluster person, int token)
    {
        foreach (var item in person.Items)
        {
            if (!item.IsDescription && item.Start == token)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a mention of the person follows an honorific ("Mr. Gilani's visit … The Pakistani leader"): a one-word
    /// name so written is a person the text has introduced, which a description may name (not "his Russian counterpart":
    /// the one-word subject the counterpart is set against is not excluded reliably, "Bush … his Russian counterpart").
    /// </summary>
    private static bool AfterHonorific(Context c, Cluster person)
    {
        foreach (var item in person.Items)
        {
            int before = item.Start - 1;
            if (before >= 0 && !item.IsDescription && c.SentenceOf[before] == c.SentenceOf[item.Start]
                && IsHonorific(c.Words[before]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Non-person mentions: one entity per normalised name; an acronym joins the name it abbreviates.</summary>
    private static List<Cluster> GroupOthers(Context c)
    {
        var byKey = new Dictionary<string, Cluster>(StringComparer.OrdinalIgnoreCase);
        var clusters = new List<Cluster>();
        var others = new List<Item>(c.Items.Count);
        foreach (var item in c.Items)
        {
            if (item.Label != EntityLabel.Person && !item.Removed)
            {
                others.Add(item);
            }
        }

        StableSortBy(others, ByStart);
        foreach (var item in others)
        {
            var key = NormalisedKey(c, item);
            if (!byKey.TryGetValue(key, out var cluster))
            {
                cluster = new Cluster(item.Label, c.NameWords(item));
                byKey[key] = cluster;
                clusters.Add(cluster);
            }

            cluster.Add(item);
        }

        // "U.N." / "UN" joins "United Nations".
        var acronyms = new List<Cluster>();
        foreach (var k in clusters)
        {
            if (k.NameWords.Length == 1)
            {
                acronyms.Add(k);
            }
        }

        foreach (var acronym in acronyms)
        {
            var letters = acronym.NameWords[0].Replace(".", string.Empty, StringComparison.Ordinal);
            if (letters.Length < 2 || !AllUpper(letters))
            {
                continue;
            }

            Cluster? full = null;
            foreach (var k in clusters)
            {
                if (k != acronym && k.NameWords.Length >= 2 && InitialsAre(k.NameWords, letters))
                {
                    full = k;
                    break;
                }
            }

            if (full is not null)
            {
                foreach (var item in acronym.Items)
                {
                    full.Add(item);
                }

                clusters.Remove(acronym);
            }
        }

        return clusters;
    }

    /// <summary>The first letters of the capitalised words that are not determiners or connectors spell <paramref name="letters"/>.</summary>
    private static bool InitialsAre(string[] words, string letters)
    {
        int n = 0;
        foreach (var w in words)
        {
            if (IsCapitalised(w) && !Determiners.Contains(w) && !Connectors.Contains(w))
            {
                if (n >= letters.Length || w[0] != letters[n])
                {
                    return false;
                }

                n++;
            }
        }

        return n == letters.Length;
    }

    private static bool AllUpper(string text)
    {
        foreach (char ch in text)
        {
            if (!char.IsUpper(ch))
            {
                return false;
            }
        }

        return true;
    }

    private static string NormalisedKey(Context c, Item item)
    {
        var name = string.Join(' ', c.NameSpan(item));
        return name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
    }

    private Document Build(Document document, Context c, List<Cluster> persons, List<Cluster> others)
    {
        var all = new List<Cluster>(persons.Count + others.Count);
        AddNonEmpty(all, persons);
        AddNonEmpty(all, others);
        StableSortBy(all, ByFirstStart);
        var contextCountries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cluster in all)
        {
            var name = c.MentionChars(cluster.Items[0]);
            if (geo.CountryByName(name) is { } named)
            {
                // "Georgia" beside Atlanta is a US state: the article speaks of the US, not of Georgia the country
                contextCountries.Add(RegionNamedByOthers(c.MentionText(cluster.Items[0]), named.Code, cluster, all, c)?.CountryCode ?? named.Code);
            }
            else if (geo.CountryByDemonym(name) is { } people)
            {
                contextCountries.Add(people.Code);
            }
        }

        HashSet<string>? companyOpeners = null;
        var entities = ImmutableArray.CreateBuilder<Entity>(all.Count);
        var mentions = new List<EntityMention>();
        for (int e = 0; e < all.Count; e++)
        {
            var cluster = all[e];
            var id = $"e{e + 1}";
            var label = MajorityLabel(cluster);
            if (label != EntityLabel.Person && AnyNamesCountry(c, cluster) && !(label == EntityLabel.Norp && AnyNamesCountry(c, cluster, demonym: true)))
            {
                // A country's name is a GPE whatever the recognizer said ("Qatar" as ORG, "Azerbaijan" as a nationality;
                // not "Thai", which the countries lexicon also gives as Thailand's name).
                label = EntityLabel.Gpe;
            }

            var canonical = c.MentionText(CanonicalItem(c, cluster));
            if (FaithPeoples.Contains(canonical) || IsPeopleWithoutCountry(canonical)
                || (label is EntityLabel.Organization or EntityLabel.Location && geo.CountryByDemonym(canonical) is not null
                    && !(companyOpeners ??= CompanyOpeners(c)).Contains(canonical)))
            {
                // "[Muslim]ORG", "[Sunni]LOC", "15.36 percent [Hispanic]LOC": a faith's or an ethnic group's people, as a
                // nationality is (Data/faith-peoples.txt, IsPeopleWithoutCountry); and a nationality's word the
                // recognizer typed an organisation or a place ("[Philippine]ORG immigrants", the twenty-fifth sample's,
                // ×5), not a country's name (a GPE above) nor a company's short form the page writes in full ("[American]ORG
                // plans" beside "American Airlines", the first sample's); a language typed MISC stays ("English")
                label = EntityLabel.Norp;
            }

            bool dissolved = label is not (EntityLabel.Person or EntityLabel.Norp) && GeoGazetteer.IsDissolvedState(canonical);
            if (dissolved)
            {
                // "[Soviet Union]LOC", "[Yugoslavia]LOC": a state that no longer exists is a GPE of no country of today
                label = EntityLabel.Gpe;
            }
            else if (label == EntityLabel.Location && geo.IsHyphenatedSpelling(canonical))
            {
                label = EntityLabel.Gpe; // "[Dar-es-Salaam]LOC": a town the gazetteer writes with spaces
            }
            else if (label == EntityLabel.Location && cluster.Items.Exists(item => !item.IsDescription && NamedAsDivision(c, item)))
            {
                label = EntityLabel.Gpe; // "[Gangwon Province]LOC", "[Albay]LOC province": a division (NamedAsDivision)
            }
            else if (label == EntityLabel.Location && IsCountyName(canonical))
            {
                label = EntityLabel.Gpe; // "[Nassau County]LOC": a second-level division, placed or not (CountyOfPlace below)
            }

            var roleList = new List<string>();
            foreach (var item in cluster.Items)
            {
                if (item.Role is { } role && !ContainsIgnoreCase(roleList, role))
                {
                    roleList.Add(role);
                }
            }

            string? countryName = null;
            bool isCountry = false;
            double? lat = null, lon = null;
            if (cluster.Items.Find(item => item.CountyWord is not null) is { } ofPlural)
            {
                canonical = $"{canonical} {ofPlural.CountyWord}"; // "Riverside" of "Orange and Riverside counties" is Riverside County
            }

            if (label is EntityLabel.Organization or EntityLabel.Gpe or EntityLabel.Location
                && CountyOfPlace(canonical, new PlaceEvidence(c, cluster, contextCountries)) is { } county)
            {
                // "[Napa County]ORG", "[San Diego County]GPE" with no country: a county named after a place the
                // article locates is a GPE of that place's country, without coordinates (the town's are not the county's)
                label = EntityLabel.Gpe;
                countryName = geo.CountryByCode(county)?.Name;
            }
            else if (label == EntityLabel.Norp)
            {
                countryName = geo.CountryByDemonym(canonical)?.Name;
            }
            else if (label is EntityLabel.Gpe or EntityLabel.Location && !dissolved)
            {
                if (StatePlace(cluster) is { } state)
                {
                    // "[Grand Rapids], [Mich.]" beside a lone "Mich." the recognizer typed LOC: the state is a GPE
                    label = EntityLabel.Gpe;
                    countryName = geo.CountryByCode(state.CountryCode)?.Name;
                    (lat, lon) = (state.Latitude, state.Longitude);
                }
                else if (geo.CountryByName(canonical) is { } country)
                {
                    if (RegionNamedByOthers(canonical, country.Code, cluster, all, c) is { } region)
                    {
                        // "Atlanta, Georgia": a country's name that is a division of another country, whose place the article names.
                        countryName = geo.CountryByCode(region.CountryCode)?.Name;
                        (lat, lon) = (region.Latitude, region.Longitude);
                    }
                    else
                    {
                        // The one place a name is read as the country itself: the contract says so (subtype country).
                        countryName = country.Name;
                        isCountry = true;
                    }
                }
                else if (Locate(canonical, new PlaceEvidence(c, cluster, contextCountries)) is { } place)
                {
                    countryName = geo.CountryByCode(place.CountryCode)?.Name;
                    lat = place.Latitude;
                    lon = place.Longitude;
                }
                else if (CountryOfDivisionSuffix(canonical) is { } division)
                {
                    // "[Hertfordshire]LOC": a county the gazetteer (first-level divisions only) does not hold
                    label = EntityLabel.Gpe;
                    countryName = geo.CountryByCode(division)?.Name;
                }
                else if (cluster.CountryCode is { } code)
                {
                    countryName = geo.CountryByCode(code)?.Name; // "[9th Congressional District]GPE" (CongressionalDistricts)
                }
            }
            else if (label == EntityLabel.Person && cluster.CountryCode is not null)
            {
                countryName = geo.CountryByCode(cluster.CountryCode)?.Name;
            }

            var ordered = cluster.Items.ToArray();
            StableSortBy(ordered, ByStart);
            bool isWork = false;
            var spans = new List<TextSpan>(ordered.Length);
            foreach (var item in ordered)
            {
                isWork |= item.IsWork;
                var span = c.MentionSpan(item);
                spans.Add(span);
                mentions.Add(new EntityMention(span, label) { EntityId = id });
            }

            entities.Add(new Entity(id, canonical, label)
            {
                Subtype = isWork ? EntitySubtype.Work : isCountry ? EntitySubtype.Country : null,
                Roles = roleList,
                Country = countryName,
                Latitude = lat,
                Longitude = lon,
                Mentions = spans,
            });
        }

        PlaceByNeighbours(c, entities);
        DivisionAmongPlacesOfOneCountry(entities);
        var spoken = SpokenCountries(entities, contextCountries);
        CountryOfAgreeingReadings(c, entities, spoken);
        CountryOfPlaceNamedIn(entities, spoken);
        StreetInArticlesCountry(entities);
        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        return document.WithLayer(mentions.ToImmutableArray()).WithLayer(entities.ToImmutable());
    }

    /// <summary>
    /// The country whose second-level divisions a one-word name's ending marks ("Hertfordshire", "Aberdeenshire": the
    /// United Kingdom's counties and council areas; Data/division-suffixes.txt), or null.
    /// </summary>
    private static string? CountryOfDivisionSuffix(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]) || name.AsSpan().IndexOfAny(' ', '-') >= 0)
        {
            return null;
        }

        foreach (var (suffix, country) in DivisionSuffixes)
        {
            if (name.Length > suffix.Length + 2 && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return country;
            }
        }

        return null;
    }

    /// <summary>
    /// The country of a second-level division written as a place's name and a word for its kind ("Napa County",
    /// "San Diego County", "Orleans Parish"; Data/county-words.txt): the country of the place the words before it
    /// name, located as any place mention of the article is, or else the country of the division written after it
    /// ("Burke County, Georgia": <see cref="DivisionAfterCounty"/>), or null. Only title-case words before it ("the
    /// County" and "Winnebago County Auditor" are not such names).
    /// </summary>
    private string? CountyOfPlace(string name, PlaceEvidence evidence)
    {
        if (!IsCountyName(name))
        {
            return null;
        }

        var stem = name[..name.LastIndexOf(' ')];
        if (geo.CountryByName(stem) is not null)
        {
            return null;
        }

        if (Locate(stem, evidence)?.CountryCode is { } located)
        {
            return located;
        }

        foreach (var item in evidence.Cluster.Items)
        {
            if (DivisionAfterCounty(evidence.Context, item.End) is { } written)
            {
                return written.Country; // "Burke County, Georgia": no place called Burke, the state written after it
            }
        }

        return null;
    }

    /// <summary>
    /// The first-level division written after a county's name and a comma ("Burke County, Georgia", "Orleans Parish,
    /// La."), and its country: <paramref name="comma"/> is the comma's index, the words before it a capitalised word and
    /// a word of Data/county-words.txt, and right after it the recognizer's mention of a division of one country only
    /// (a country of the same name aside: the country Georgia has no counties), or a US state's abbreviation
    /// (Data/us-state-abbreviations.txt). Null otherwise.
    /// </summary>
    private (string Division, string Country)? DivisionAfterCounty(Context c, int comma)
    {
        if (comma < 2 || comma + 1 >= c.Count || c.Words[comma] != "," || !CountyWords.Contains(c.Words[comma - 1])
            || !IsCapitalised(c.Words[comma - 2]) || c.SentenceOf[comma + 1] != c.SentenceOf[comma - 1])
        {
            return null;
        }

        if (StateAbbreviations.TryGetValue(c.Words[comma + 1], out var state))
        {
            return (state.State, UsCode);
        }

        if (c.Covered[comma + 1] is not (>= 0 and var index) || c.Items[index] is not { Removed: false, Label: not EntityLabel.Person } next
            || next.Start != comma + 1)
        {
            return null;
        }

        var name = c.MentionText(next);
        var namesake = geo.CountryByName(name)?.Code;
        var countries = geo.CountriesWithRegion(name).Where(code => code != namesake).ToList();
        return countries.Count == 1 ? (name, countries[0]) : null;
    }

    /// <summary>Title-case words and a word of Data/county-words.txt after them ("Marin County"; not "the County").</summary>
    private static bool IsCountyName(string name)
    {
        int space = name.LastIndexOf(' ');
        return space > 0 && CountyWords.Contains(name[(space + 1)..])
            && name[..space].Split(' ').All(w => w.Length > 0 && char.IsUpper(w[0]));
    }

    private static readonly FrozenSet<string> FaithPeoples = ResourceText.Lines("faith-peoples.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CountyWords = ResourceText.Rows("county-words.txt").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The plural of each county word, as written after coordinated names ("counties" → "County").</summary>
    private static readonly FrozenDictionary<string, string> CountyPlurals = ResourceText.Rows("county-words.txt").Where(r => r.Length > 1)
        .ToFrozenDictionary(r => r[1], r => r[0], StringComparer.Ordinal);

    private static readonly DivisionSuffix[] DivisionSuffixes = [.. ResourceText.Rows("division-suffixes.txt").Select(r => new DivisionSuffix(r[0], r[1]))];

    /// <summary>An ending of the names of one country's divisions and that country's code ("shire", GB): a row of division-suffixes.txt.</summary>
    private sealed record DivisionSuffix(string Suffix, string Country);

    /// <summary>
    /// The first-level division called <paramref name="name"/> of a country other than the one of that name, when the
    /// article's other places say that is meant ("Atlanta … Georgia", or "Virginia, Georgia, Arkansas"): a place all
    /// of whose readings lie in that country and one in the division (a name with readings elsewhere, as Washington,
    /// is no evidence), or two other entities that are themselves divisions of that country, or a county's name written
    /// right before it ("Burke County, Georgia": <see cref="DivisionAfterCounty"/>). Only when the evidence
    /// points at one country; none when the article names no such place, so "Azerbaijan, Cyprus, Georgia" and an
    /// article about the country that mentions the US keep the country.
    /// </summary>
    private Place? RegionNamedByOthers(string name, string countryCode, Cluster self, List<Cluster> all, Context c)
    {
        var divisions = geo.CountriesWithRegion(name).Where(code => code != countryCode).ToList();
        if (divisions.Count == 0)
        {
            return null;
        }

        var evidence = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in self.Items)
        {
            if (DivisionAfterCounty(c, item.Start - 1) is { } written && string.Equals(written.Division, name, StringComparison.OrdinalIgnoreCase))
            {
                evidence.Add(written.Country); // "Burke County, Georgia": a county's state, not the country
            }
        }

        var siblings = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var other in all)
        {
            if (ReferenceEquals(other, self) || MajorityLabel(other) is not (EntityLabel.Gpe or EntityLabel.Location))
            {
                continue;
            }

            var otherName = c.Text[c.Spans[other.Items[0].Start].Start..c.Spans[other.Items[0].End - 1].End];
            var places = geo.Places(otherName);
            if (places.Count > 0 && places.Select(p => p.CountryCode).Distinct().Count() == 1
                && places.Any(p => string.Equals(p.Region, name, StringComparison.OrdinalIgnoreCase)) && divisions.Contains(places[0].CountryCode))
            {
                evidence.Add(places[0].CountryCode);
            }

            foreach (var code in geo.CountriesWithRegion(otherName).Where(divisions.Contains))
            {
                siblings[code] = siblings.GetValueOrDefault(code) + 1;
            }
        }

        evidence.UnionWith(siblings.Where(s => s.Value >= options.SiblingDivisions).Select(s => s.Key));
        if (evidence.Count != 1)
        {
            return null;
        }

        var country = evidence.First();
        var centre = geo.RegionCentre(country, name);
        return centre is null ? null : new Place(name, country, centre.Value.Latitude, centre.Value.Longitude) { Region = name };
    }

    /// <summary>What an article says about where a place is: the countries it names (or their peoples) and the place's mentions.</summary>
    private readonly record struct PlaceEvidence(Context Context, Cluster Cluster, HashSet<string> Countries);

    /// <summary>
    /// The place a name stands for, by what the article says, strongest first. GeoNames' list here carries no
    /// populations, so a town's prominence is known only when it is a capital; where the evidence does not single out
    /// one reading, the place stays without coordinates rather than take a guess.
    /// 1. The reading in the division written right after the name ("London, Ontario"; "Paris, Texas").
    ///    A mention the text calls a division ("the state of Washington", "Washington state") is the division.
    ///    The dateline's place is a town: a division's name there is the city named after it ("NEW YORK (AP) —").
    ///    Likewise the one reading in the country written right after the name ("Nice, France" beside "an American
    ///    witness"), unless the name is a division of that country ("Florida, US" keeps the division rules).
    /// 2. The capital of a country the article names ("Cairo" beside Egypt or Egyptians; "Washington" in US news).
    /// 3. A first-level division of a country the article names ("California", "Florida" in US news: the states, not
    ///    the towns called so), or the one town of the name inside it.
    /// 4. The one reading in a country the article names — but a world capital over a lone namesake town there
    ///    ("Brussels" in US news), unless the article names the town's division or a sentence of the place its country.
    /// 5. The reading news usually means (<see cref="PlacePrior"/>, learned from news text: "London" in US news is
    ///    the British capital; "Mosul", a name of one reading, beside other countries), when the evidence above picks none.
    /// 6. A capital, when no reading lies in a country the article names ("Ankara" in US news; "London" beside France).
    /// 7. The only place of the name, when the article names no country.
    /// 8. The only first-level division of the name in the world, when no town has the name ("Hawaii" in Australian
    ///    news; not "Grad", a Slovenian town and division, in German text).
    /// 9. Once the article's other places are located, the one reading near one of them (<see cref="PlaceByNeighbours"/>).
    /// A town that shares a big city's name in a state the article names elsewhere ("Dallas" and Georgia, "Oakland" and
    /// Florida) is no evidence: read that way, ten readings on htmldate's news pages were wrong (docs/entities.md).
    /// </summary>
    private Place? Locate(string name, PlaceEvidence evidence)
    {
        var places = geo.Places(name);
        var countries = evidence.Countries;
        if (Single(places, p => p.Region is { } r && FollowedByDivision(evidence, r, p.CountryCode)) is { } written)
        {
            return written;
        }

        if (CountryWrittenAfter(evidence) is { } writtenCountry && !geo.CountriesWithRegion(name).Contains(writtenCountry)
            && Single(places, p => p.CountryCode == writtenCountry) is { } inWrittenCountry)
        {
            // "Nice, France" beside "an American witness": the reading in the country written after it. A division of
            // that country keeps the division rules ("Florida, US" is the state, not the village of Florida, New York).
            return inWrittenCountry;
        }

        bool dateline = evidence.Cluster.Items.Exists(item => item.IsDateline);
        if (dateline && evidence.Context.Language is { } language && language != "en"
            && DatelineExonyms.TryGetValue(language, out var exonyms) && exonyms.TryGetValue(name.ToLowerInvariant(), out var english))
        {
            return Locate(english, evidence);
        }

        if (dateline && DivisionsCity(name) is { } city)
        {
            return city;
        }

        var divisionCountries = geo.CountriesWithRegion(name);
        if (places.Count == 0 && divisionCountries.Count == 0 && DivisionWrittenWithKind(name, countries) is { } kindWritten)
        {
            return kindWritten;
        }

        var divisionsInContext = divisionCountries.Where(countries.Contains).ToList();
        if (CalledDivision(evidence) && LocateRegion(name, [], divisionsInContext.Count > 0 ? divisionsInContext : divisionCountries) is { } called)
        {
            return called;
        }

        var capitals = geo.Capitals(name);
        if (Single(capitals, p => countries.Contains(p.CountryCode)) is { } capitalInContext)
        {
            return capitalInContext;
        }

        if (LocateRegion(name, places, divisionsInContext) is { } region)
        {
            return region;
        }

        var inContext = places.Where(p => countries.Contains(p.CountryCode)).ToList();
        if (inContext.Count == 1 && capitals.Count == 1 && !countries.Contains(capitals[0].CountryCode)
            && !(inContext[0].Region is { } division && NamesDivision(evidence.Context, division))
            && !NamesCountryBeside(evidence, inContext[0].CountryCode))
        {
            // A world capital over the one namesake town of a named country ("Brussels" in US news is not Brussels,
            // Wisconsin), unless the article names the town's division or a sentence of the name names its country
            // ("the northwestern Lebanese coastal city of Tripoli").
            return capitals[0];
        }

        if (inContext.Count == 1)
        {
            return inContext[0];
        }

        if (UsualReading(name, places, capitals) is { } usual)
        {
            return usual;
        }

        if (inContext.Count > 0)
        {
            return null;
        }

        if (capitals.Count == 1)
        {
            return capitals[0];
        }

        if (places.Count == 1 && countries.Count == 0)
        {
            return places[0];
        }

        return places.Count == 0 ? LocateRegion(name, places, divisionCountries) : null;
    }

    /// <summary>
    /// The last step of <see cref="Locate"/>, once every other place of the article is located: a town name the
    /// evidence left unplaced (several readings, or one in a country the article does not name) takes its reading near a
    /// place the article located, when every other reading lies
    /// several times farther off ("Brooklyn" beside New York City, "Berkeley" beside Oakland, "Pana" beside Taylorville).
    /// Names of first-level divisions keep the division rules ("Nevada" beside a town in Iowa is the state); a name with
    /// another reading in a division the article names is left as it is ("Jacksonville" near Arkansas's centre in a
    /// text that names Florida).
    /// </summary>
    private void PlaceByNeighbours(Context c, ImmutableArray<Entity>.Builder entities)
    {
        var located = new List<Place>();
        foreach (var entity in entities)
        {
            if (entity is { Label: EntityLabel.Gpe or EntityLabel.Location, Latitude: { } lat, Longitude: { } lon })
            {
                located.Add(new Place(entity.Name, string.Empty, lat, lon));
            }
        }

        if (located.Count == 0)
        {
            return;
        }

        for (int e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            if (!Unplaced(entity)
                || geo.CountriesWithRegion(entity.Name).Count > 0 || geo.Places(entity.Name) is not { Count: > 0 } places)
            {
                continue;
            }

            // the nearest reading, and whether every other one lies several times farther off
            Place? near = null;
            double nearest = double.MaxValue, second = double.MaxValue;
            foreach (var place in places)
            {
                double distance = NearestKilometres(place, located);
                if (distance < nearest)
                {
                    (second, nearest, near) = (nearest, distance, place);
                }
                else
                {
                    second = Math.Min(second, distance);
                }
            }

            bool single = nearest <= options.NeighbourPlaceKilometres && second > Math.Max(options.NeighbourPlaceKilometres, options.FarPlaceFactor * nearest);
            if (single && near is { } found && !OtherReadingInNamedDivision(c, places, found))
            {
                entities[e] = entity with { Country = geo.CountryByCode(found.CountryCode)?.Name, Latitude = found.Latitude, Longitude = found.Longitude };
            }
        }
    }

    /// <summary>
    /// After the other steps: a name of a first-level division that no rule placed (the article names no country, and
    /// the name has towns elsewhere: "California" in a Californian page) is the division of the one country in which
    /// at least <see cref="ResolutionOptions.SiblingDivisions"/> other places of the article are placed: its divisions
    /// ("Ohio", "Texas": US news that never writes "U.S." names its states beside each other) or its towns ("San
    /// Ysidro", "El Paso": the fourth unseen sample). A country's own entity is no such place.
    /// </summary>
    private void DivisionAmongPlacesOfOneCountry(ImmutableArray<Entity>.Builder entities)
    {
        var placedIn = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (entity is { Label: EntityLabel.Gpe or EntityLabel.Location, Country: { } country, Latitude: not null }
                && geo.CountryByName(entity.Name) is null)
            {
                placedIn[country] = placedIn.GetValueOrDefault(country) + 1;
            }
        }

        for (int e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            if (!Unplaced(entity))
            {
                continue;
            }

            var countries = geo.CountriesWithRegion(entity.Name)
                .Where(code => geo.CountryByCode(code) is { } country && placedIn.GetValueOrDefault(country.Name) >= options.SiblingDivisions).ToList();
            if (LocateRegion(entity.Name, [], countries) is { } division)
            {
                entities[e] = entity with { Country = geo.CountryByCode(division.CountryCode)?.Name, Latitude = division.Latitude, Longitude = division.Longitude };
            }
        }
    }

    /// <summary>
    /// A place the evidence left without a reading still has a country when every reading of its name, town or
    /// first-level division, lies in one country that the article names or has located another place in ("Gwangju"
    /// beside Seoul and Daejeon: the city and the Gyeonggi town, both South Korean; "Atlanta" in US news): the country,
    /// not coordinates, which would be a guess. A lone namesake town in a country the article does not speak of is no
    /// evidence ("Jenin" is also a Polish village; "Bush" an Egyptian town). Runs after <see cref="PlaceByNeighbours"/>,
    /// which reads only places with neither.
    /// </summary>
    private void CountryOfAgreeingReadings(Context c, ImmutableArray<Entity>.Builder entities, HashSet<string> spoken)
    {
        var located = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (entity is { Label: EntityLabel.Gpe or EntityLabel.Location, Country: { } country, Latitude: not null } && geo.CountryByName(entity.Name) is null)
            {
                located.Add(country);
            }
        }

        for (int e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            if (!Unplaced(entity))
            {
                continue;
            }

            if ((AgreeingCountry(entity.Name, spoken) ?? ReadingsInNamedDivision(c, entity.Name, spoken, located)) is { } country)
            {
                entities[e] = entity with { Country = country };
            }
        }
    }

    /// <summary>The names of the countries the article names (or their peoples) or has located a place in.</summary>
    private HashSet<string> SpokenCountries(ImmutableArray<Entity>.Builder entities, HashSet<string> contextCountries)
    {
        var spoken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in contextCountries)
        {
            if (geo.CountryByCode(code) is { } named)
            {
                spoken.Add(named.Name);
            }
        }

        foreach (var entity in entities)
        {
            if (entity is { Label: EntityLabel.Gpe or EntityLabel.Location, Country: { } country, Latitude: not null })
            {
                spoken.Add(country);
            }
        }

        return spoken;
    }

    /// <summary>
    /// "north of Sacramento" beside California and Los Angeles, "San Diego" beside California (samples 2, 4 and 8: the
    /// names have readings in Brazil, Mexico, the Philippines too, and San Diego a second in Texas; the article names
    /// no country, so <see cref="Locate"/> read none): in an article that speaks of one country only (names it, or
    /// has located its places there), a town name with a reading in a first-level division of it the article names
    /// has that country; beside other countries likewise, when every reading lies in a country the article speaks of
    /// and no other reading in one it has located a place in. The country only:
    /// a namesake in a named division is no evidence for coordinates ("Dallas" and Georgia, <see cref="Locate"/>).
    /// Not a capital's name ("Moscow", "Lima" have US namesakes) nor a division's; a text that names no division of
    /// them learns nothing ("Springfield" beside the United States).
    /// </summary>
    private string? ReadingsInNamedDivision(Context c, string name, HashSet<string> spoken, HashSet<string> located)
    {
        if (geo.Capitals(name).Count > 0 || geo.CountriesWithRegion(name).Count > 0)
        {
            return null;
        }

        // Beside other countries only those the article has located a place in count against it: "Huntsville" beside
        // Alabama and Courtland (placed), and Canada named (an Ontario reading), is American. There every reading must
        // lie in a country the article speaks of: "Mecca and Medina" beside Saudi Arabia and Ohio has readings in
        // Australia, Brazil, Mexico … and none in Saudi Arabia (the gazetteer lacks the reading meant).
        var places = geo.Places(name);
        if (spoken.Count != 1 && !places.All(p => geo.CountryByCode(p.CountryCode) is { } of && spoken.Contains(of.Name)))
        {
            return null;
        }

        var rivals = spoken.Count == 1 ? spoken : located;
        string? only = null;
        bool inNamedDivision = false;
        foreach (var place in places)
        {
            if (geo.CountryByCode(place.CountryCode) is { } country && (rivals.Contains(country.Name) || spoken.Contains(country.Name) && place.Region is { } named && NamesDivision(c, named)))
            {
                if (only is not null && only != country.Name)
                {
                    return null;
                }

                only = country.Name;
                inNamedDivision |= place.Region is { } division && NamesDivision(c, division);
            }
        }

        return inNamedDivision ? only : null;
    }

    /// <summary>The one country every reading of the name (town or first-level division) lies in, when it is <paramref name="spoken"/>.</summary>
    private string? AgreeingCountry(string name, HashSet<string> spoken)
    {
        string? only = null;
        bool agree = true;
        foreach (var code in geo.Places(name).Select(p => p.CountryCode).Concat(geo.CountriesWithRegion(name)))
        {
            agree &= only is null || only == code;
            only = code;
        }

        return agree && only is not null && geo.CountryByCode(only) is { } country && spoken.Contains(country.Name) ? country.Name : null;
    }

    /// <summary>
    /// A place the gazetteer has no reading of, named after a place: "London Heathrow", "Shanghai Pudong", "Penarth
    /// Beach" (the longest first words that name a place, at least the last word left over) or "South Wales", "western
    /// Baghdad" (the words after a compass word). It lies in that place's country: the country of the article's place
    /// of those words, or of the reading news usually means by them (<see cref="PlacePrior"/>: "London"); after a
    /// compass word also the one country whose division the words name, or all of whose readings lie in a country the
    /// article speaks of (<see cref="AgreeingCountry"/>). First words are not read that way: their readings are often
    /// a lone namesake town ("Heathrow Airport" was put in the US by Heathrow, Florida; "Green Zone" by Green). A
    /// country's name is no such evidence ("Niger Delta", "Congo Basin", "South America" reach beyond it), nor a name
    /// closed by an organisation's head word ("Melbourne City Council"). The country only: coordinates would be a guess.
    /// </summary>
    /// <summary>A place the resolver has not placed, which the passes after <see cref="Build"/> may place: not a dissolved state (no country of today).</summary>
    private static bool Unplaced(Entity entity)
        => entity is { Label: EntityLabel.Gpe or EntityLabel.Location, Country: null, Latitude: null } && !GeoGazetteer.IsDissolvedState(entity.Name);

    private void CountryOfPlaceNamedIn(ImmutableArray<Entity>.Builder entities, HashSet<string> spoken)
    {
        for (int e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            if (!Unplaced(entity)
                || geo.Places(entity.Name).Count > 0 || geo.CountriesWithRegion(entity.Name).Count > 0)
            {
                continue;
            }

            var words = entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (OrgHeads.Contains(words[^1].ToLowerInvariant()))
            {
                continue; // "Melbourne City Council", "London Stock Exchange": an organisation the recognizer called a place
            }

            string? country = null;
            for (int k = words.Length - 1; k >= 1 && country is null; k--)
            {
                country = CountryOfPlaceNamed(string.Join(' ', words, 0, k), entities, spoken, agreeing: false);
            }

            if (country is null && words.Length >= 2 && CompassWords.Contains(words[0]))
            {
                var rest = string.Join(' ', words, 1, words.Length - 1);
                country = geo.CountriesWithRegion(rest) is [var division] ? geo.CountryByCode(division)?.Name : CountryOfPlaceNamed(rest, entities, spoken);
            }

            if (country is not null)
            {
                entities[e] = entity with { Country = country };
            }
        }
    }

    /// <summary>
    /// A street no other rule placed ("Goscote Lane", "33rd Street": <see cref="StreetNameIsPlace"/>) or a county
    /// whose name <see cref="CountyOfPlace"/> did not locate ("San Diego County": San Diego has readings in several
    /// countries, and two in the US; "Marin County") lies in the country of the article's places when they all lie in
    /// one: a local report names the streets of its town and the counties of its state. The country only.
    /// </summary>
    private static void StreetInArticlesCountry(ImmutableArray<Entity>.Builder entities)
    {
        string? only = null;
        foreach (var entity in entities)
        {
            if (entity is { Label: EntityLabel.Gpe or EntityLabel.Location, Country: { } country })
            {
                if (only is not null && only != country)
                {
                    return;
                }

                only = country;
            }
        }

        for (int e = 0; only is not null && e < entities.Count; e++)
        {
            var entity = entities[e];
            int space = entity.Name.LastIndexOf(' ');
            if (space > 0 && (entity is { Label: EntityLabel.Location, Country: null } && StreetWords.Contains(entity.Name[(space + 1)..])
                || entity is { Label: EntityLabel.Gpe or EntityLabel.Location, Country: null } && IsCountyName(entity.Name)))
            {
                entities[e] = entity with { Country = only };
            }
        }
    }

    /// <summary>The country of the place the words name (<see cref="CountryOfPlaceNamedIn"/>), or null.</summary>
    private string? CountryOfPlaceNamed(string words, ImmutableArray<Entity>.Builder entities, HashSet<string> spoken, bool agreeing = true)
    {
        if (geo.CountryByName(words) is not null)
        {
            return null;
        }

        foreach (var other in entities)
        {
            if (other is { Label: EntityLabel.Gpe or EntityLabel.Location, Country: { } country } && other.Name.Equals(words, StringComparison.OrdinalIgnoreCase))
            {
                return country;
            }
        }

        return (agreeing ? AgreeingCountry(words, spoken) : null) ?? (prior.Reading(words) is { } usual ? geo.CountryByCode(usual.CountryCode)?.Name : null);
    }

    /// <summary>Whether a reading other than <paramref name="chosen"/> lies in a division the article names.</summary>
    private static bool OtherReadingInNamedDivision(Context c, IReadOnlyList<Place> places, Place chosen)
    {
        foreach (var place in places)
        {
            if (place != chosen && place.Region is { } division && division != chosen.Region && NamesDivision(c, division))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Great-circle distance in kilometres from a place to the nearest of others.</summary>
    private static double NearestKilometres(Place place, List<Place> others)
    {
        const double EarthRadiusKilometres = 6371.0;
        double nearest = double.MaxValue;
        double lat1 = double.DegreesToRadians(place.Latitude), lon1 = double.DegreesToRadians(place.Longitude);
        foreach (var other in others)
        {
            double lat2 = double.DegreesToRadians(other.Latitude), lon2 = double.DegreesToRadians(other.Longitude);
            double h = Math.Pow(Math.Sin((lat2 - lat1) / 2), 2) + Math.Cos(lat1) * Math.Cos(lat2) * Math.Pow(Math.Sin((lon2 - lon1) / 2), 2);
            nearest = Math.Min(nearest, 2 * EarthRadiusKilometres * Math.Asin(Math.Sqrt(h)));
        }

        return nearest;
    }

    /// <summary>
    /// The city a division is named after, as a dateline means it ("NEW YORK (AP) —" is New York City, "OKLAHOMA CITY"
    /// needs nothing): the one town called "<paramref name="name"/> City" inside the division of that name.
    /// </summary>
    private Place? DivisionsCity(string name) => geo.CountriesWithRegion(name).Count == 0 ? null
        : Single(geo.Places(name + " City"), p => string.Equals(p.Region, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The place of the name's usual reading (<see cref="PlacePrior"/>), when the prior has one and it is among the name's places.</summary>
    private Place? UsualReading(string name, IReadOnlyList<Place> places, IReadOnlyList<Place> capitals) => prior.Reading(name) switch
    {
        null => null,
        { Kind: PlaceReadingKind.Capital } usual => Single(capitals, p => p.CountryCode == usual.CountryCode),
        { Kind: PlaceReadingKind.Division } usual => LocateRegion(name, places, [usual.CountryCode]),
        var usual => Single(places, p => p.CountryCode == usual.CountryCode && (p.Region ?? string.Empty) == usual.Division),
    };

    /// <summary>
    /// The centre of the first-level division <paramref name="name"/> when it lies in one of <paramref name="countries"/>
    /// only, or the one town of that name inside it.
    /// </summary>
    private Place? LocateRegion(string name, IReadOnlyList<Place> places, IReadOnlyList<string> countries)
    {
        if (countries.Count != 1)
        {
            return null;
        }

        if (Single(places, p => p.CountryCode == countries[0] && string.Equals(p.Region, name, StringComparison.OrdinalIgnoreCase)) is { } town)
        {
            return town;
        }

        return geo.RegionCentre(countries[0], name) is { } centre ? new Place(name, countries[0], centre.Latitude, centre.Longitude) { Region = name } : null;
    }

    /// <summary>Whether a sentence that holds a mention of the place names the country (by name or people's word).</summary>
    private bool NamesCountryBeside(PlaceEvidence evidence, string countryCode)
    {
        var c = evidence.Context;
        foreach (var own in evidence.Cluster.Items)
        {
            int sentence = c.SentenceOf[own.Start];
            foreach (var item in c.Items)
            {
                if (!item.Removed && item != own && c.SentenceOf[item.Start] == sentence && item.Label is EntityLabel.Gpe or EntityLabel.Norp
                    && c.MentionText(item) is var mentioned && (geo.CountryByName(mentioned) ?? geo.CountryByDemonym(mentioned))?.Code == countryCode)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a place mention of the article is the division's name.</summary>
    private static bool NamesDivision(Context c, string division)
    {
        foreach (var item in c.Items)
        {
            if (!item.Removed && item.Label is EntityLabel.Gpe or EntityLabel.Location
                && c.Text.AsSpan(c.Spans[item.Start].Start, c.Spans[item.End - 1].End - c.Spans[item.Start].Start).Equals(division, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text calls a mention of the place a division: "the state of X", "X state", "the province of X".</summary>
    private static bool CalledDivision(PlaceEvidence evidence)
    {
        var text = evidence.Context.Text.AsSpan();
        foreach (var item in evidence.Cluster.Items)
        {
            var span = evidence.Context.MentionSpan(item);
            var before = text[..span.Start].TrimEnd(' ');
            var after = text[span.End..];
            if (before.EndsWith("state of", StringComparison.OrdinalIgnoreCase) || before.EndsWith("province of", StringComparison.OrdinalIgnoreCase)
                || (after.StartsWith(" state", StringComparison.OrdinalIgnoreCase) && (after.Length == 6 || !char.IsLetter(after[6]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Hubei Province", "Puebla State", "New York State", "Gangwon Province": a name of no place that ends in a word
    /// for a division's kind (Data/division-kind-words.txt) is the division of the words before it, in the one country
    /// that has such a division (or the one the article names). Korean provinces are "-do" in GeoNames' list
    /// ("Gangwon-do"), so that form is tried too.
    /// </summary>
    private Place? DivisionWrittenWithKind(string name, HashSet<string> countries)
    {
        int space = name.LastIndexOf(' ');
        if (space <= 0 || !DivisionKindWords.Contains(name[(space + 1)..]) || !char.IsUpper(name[space + 1]))
        {
            return null;
        }

        var stem = name[..space];
        foreach (var form in new[] { stem, stem + "-do" })
        {
            var codes = geo.CountriesWithRegion(form);
            var inContext = codes.Where(countries.Contains).ToList();
            if (LocateRegion(form, [], inContext.Count > 0 ? inContext : codes) is { } division)
            {
                return division;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a mention of the place is followed by the division's name ("London, Ontario", "Miami, Florida") or, in
    /// the US, by the state's abbreviation ("Kearny, N.J."; <see cref="StateAbbreviations"/>), or by a code of
    /// <see cref="CheckedStateCodes"/> ("Denver, CO", "Toronto, ON").
    /// </summary>
    private static bool FollowedByDivision(PlaceEvidence evidence, string division, string countryCode)
    {
        var text = evidence.Context.Text.AsSpan();
        foreach (var item in evidence.Cluster.Items)
        {
            var rest = text[evidence.Context.MentionSpan(item).End..];
            if (!rest.StartsWith(","))
            {
                continue;
            }

            var after = rest[1..].TrimStart(' ');

            if (after.StartsWith(division, StringComparison.OrdinalIgnoreCase) && (after.Length == division.Length || !char.IsLetter(after[division.Length])))
            {
                return true;
            }

            int end = after.IndexOfAnyExcept(AbbreviationChars);
            var written = end < 0 ? after : after[..end];
            var abbreviations = StateAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
            if (countryCode == UsCode && (abbreviations.TryGetValue(written, out var state) || (written.EndsWith('.') && abbreviations.TryGetValue(written[..^1], out state)))
                && state.State == division)
            {
                return true; // "Rochester, NY." at a sentence's end: the period is the sentence's
            }

            if (CheckedStateCodes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(written.TrimEnd('.'), out var checkedCode)
                && checkedCode.Country == countryCode && checkedCode.Division == division)
            {
                return true; // "Toronto, ON", "Denver, CO"
            }
        }

        return false;
    }

    /// <summary>
    /// The code of the country a mention of the place is written with, after a comma ("Nice, France", "Avignon, France"):
    /// the page says which country's reading it means, as "Paris, Texas" says which division's (<see cref="FollowedByDivision"/>).
    /// The country's mention must be the recognizer's, starting right after the comma.
    /// </summary>
    private string? CountryWrittenAfter(PlaceEvidence evidence)
    {
        var c = evidence.Context;
        foreach (var own in evidence.Cluster.Items)
        {
            if (MentionAfterComma(c, own) is { Label: not EntityLabel.Person } next && geo.CountryByName(c.MentionText(next)) is { } country)
            {
                return country.Code;
            }
        }

        return null;
    }

    private static readonly SearchValues<char> AbbreviationChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.");

    /// <summary>The one place that satisfies the test, or null when none or several do.</summary>
    private static Place? Single(IReadOnlyList<Place> places, Func<Place, bool> test)
    {
        Place? found = null;
        foreach (var place in places)
        {
            if (test(place))
            {
                if (found is not null)
                {
                    return null;
                }

                found = place;
            }
        }

        return found;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> text)
    {
        bool letter = false;
        foreach (char ch in text)
        {
            if (char.IsLower(ch))
            {
                return false;
            }

            letter |= char.IsLetter(ch);
        }

        return letter;
    }

    /// <summary>
    /// The label most of the cluster's named mentions carry (all its mentions are descriptions: its first one's); a
    /// tie goes to the label seen earliest in the text, then to the label met first in the cluster.
    /// </summary>
    private static EntityLabel MajorityLabel(Cluster cluster)
    {
        var items = cluster.Items;
        bool anyNamed = false;
        foreach (var item in items)
        {
            anyNamed |= !item.IsDescription;
        }

        if (!anyNamed)
        {
            return items[0].Label;
        }

        // The labels in the order first met; for each, its count and its earliest start.
        EntityLabel best = default;
        int bestCount = 0, bestStart = int.MaxValue;
        for (int g = 0; g < items.Count; g++)
        {
            if (items[g].IsDescription || !FirstWithLabel(items, g))
            {
                continue;
            }

            var label = items[g].Label;
            int count = 0, start = int.MaxValue;
            for (int k = g; k < items.Count; k++)
            {
                if (!items[k].IsDescription && items[k].Label == label)
                {
                    count++;
                    start = Math.Min(start, items[k].Start);
                }
            }

            if (count > bestCount || (count == bestCount && start < bestStart))
            {
                (best, bestCount, bestStart) = (label, count, start);
            }
        }

        return best;
    }

    /// <summary>No named mention before <paramref name="g"/> has its label.</summary>
    private static bool FirstWithLabel(List<Item> items, int g)
    {
        for (int k = 0; k < g; k++)
        {
            if (!items[k].IsDescription && items[k].Label == items[g].Label)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The mention that names the entity: among the named mentions (or all, when every one is a description) the one
    /// with the most words, then not in capitals, then the longest text, then the first; ties to the earliest in the list.
    /// </summary>
    private static Item CanonicalItem(Context c, Cluster cluster)
    {
        bool anyNamed = false;
        foreach (var item in cluster.Items)
        {
            anyNamed |= !item.IsDescription;
        }

        Item? best = null;
        int bestWords = 0, bestCaps = 0, bestLength = 0;
        foreach (var item in cluster.Items)
        {
            if (anyNamed && item.IsDescription)
            {
                continue;
            }

            int words = c.NameSpan(item).Length; // "Sweden’s" of "Sweden’s attorney general" is "Sweden", not a longer name
            var text = c.MentionChars(item);
            int caps = IsAllCaps(text) ? 1 : 0;
            int length = words == item.End - item.Start ? text.Length : c.Spans[item.Start + words - 1].End - c.Spans[item.Start].Start;
            if (best is null || words > bestWords
                || (words == bestWords && (caps < bestCaps
                    || (caps == bestCaps && (length > bestLength || (length == bestLength && item.Start < best.Start))))))
            {
                (best, bestWords, bestCaps, bestLength) = (item, words, caps, length);
            }
        }

        return best!;
    }

    /// <summary>The first words of the page's companies' names (<see cref="IsCompanyName"/>: "American" of "American Airlines").</summary>
    private static HashSet<string> CompanyOpeners(Context c)
    {
        var openers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in c.Items)
        {
            if (IsCompanyName(c, item))
            {
                openers.Add(c.Words[item.Start]);
            }
        }

        return openers;
    }

    /// <summary>Whether a mention is an organisation's of two or more words closed by a company's word (Data/company-words.txt: "American Airlines").</summary>
    private static bool IsCompanyName(Context c, Item item)
        => !item.Removed && item.Label == EntityLabel.Organization && item.End - item.Start >= 2 && CompanyWords.Contains(c.Words[item.End - 1]);

    /// <summary>Whether a mention of the cluster (not a description) is a country's name, or with <paramref name="demonym"/> its people's word.</summary>
    private bool AnyNamesCountry(Context c, Cluster cluster, bool demonym = false)
    {
        foreach (var item in cluster.Items)
        {
            var text = c.MentionChars(item);
            if (!item.IsDescription && (demonym ? geo.CountryByDemonym(text) : geo.CountryByName(text)) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsIgnoreCase(List<string> list, string value)
    {
        foreach (var s in list)
        {
            if (string.Equals(s, value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddNonEmpty(List<Cluster> all, List<Cluster> clusters)
    {
        foreach (var cluster in clusters)
        {
            if (cluster.Items.Count > 0)
            {
                all.Add(cluster);
            }
        }
    }

    private static int FirstStart(Cluster cluster)
    {
        int first = int.MaxValue;
        foreach (var item in cluster.Items)
        {
            first = Math.Min(first, item.Start);
        }

        return first;
    }

    /// <summary>
    /// Sorts by a key, equal ones kept in their order (as <c>OrderBy</c>), each key computed once: O(n log n), since a
    /// hostile page can hold tens of thousands of mentions (an insertion sort was quadratic in them).
    /// </summary>
    private static void StableSortBy<T>(IList<T> items, Func<T, long> key)
    {
        if (items.Count < 2)
        {
            return;
        }

        var order = new (long Key, int Index)[items.Count];
        var copy = new T[items.Count];
        for (int i = 0; i < order.Length; i++)
        {
            copy[i] = items[i];
            order[i] = (key(copy[i]), i);
        }

        Array.Sort(order); // by key, then by index: the original order among equal keys
        for (int i = 0; i < order.Length; i++)
        {
            items[i] = copy[order[i].Index];
        }
    }

    private static readonly Func<Item, long> ByStart = item => item.Start;

    private static readonly Func<Cluster, long> ByFirstStart = cluster => FirstStart(cluster);

    /// <summary>The longer mention first, then the earlier, as one key (length and start are non-negative ints).</summary>
    private static readonly Func<Item, long> LongestThenStart = item => ((long)(int.MaxValue - (item.End - item.Start)) << 32) | (uint)item.Start;

    private sealed class Item(int start, int end, EntityLabel label)
    {
        public int Start { get; set; } = start;

        public int End { get; set; } = end;

        /// <summary>Dropped: the whole mention was a role word ("Envoy") taken into a person's role.</summary>
        public bool Removed { get; set; }

        public EntityLabel Label { get; set; } = label;

        public bool IsDescription { get; init; }

        /// <summary>A title of a work in quote marks (<see cref="MarkWorks"/>).</summary>
        public bool IsWork { get; set; }

        /// <summary>The place of the article's dateline (<see cref="DatelinePlace"/>).</summary>
        public bool IsDateline { get; set; }

        /// <summary>The county word ("County") of a name in a coordinated plural (<see cref="SplitCoordinatedDivisions"/>).</summary>
        public string? CountyWord { get; set; }

        /// <summary>The US state this mention names by its abbreviation after a town (<see cref="UsStatesAfterTowns"/>).</summary>
        public string? State { get; set; }

        /// <summary>The country of <see cref="State"/> when not the US ("Toronto, ON").</summary>
        public string? StateCountry { get; set; }

        /// <summary>The town a mention of town and state abbreviation as one place names ("Washington, D.C.").</summary>
        public string? StateTown { get; set; }

        public string? Role { get; set; }

        public int RoleStart { get; set; } = -1;

        public string? Family { get; set; }

        public string? CountryCode { get; set; }

        /// <summary>The title of one name it bears ("king" of "King Hussein": <see cref="OneNameTitleOf"/>), set when persons are grouped.</summary>
        public string? OneNameTitle { get; set; }

        public Cluster? Cluster { get; set; }
    }

    private sealed class Cluster(EntityLabel label, string[] nameWords)
    {
        public EntityLabel Label { get; } = label;

        public string[] NameWords { get; } = nameWords;

        public List<Item> Items { get; } = [];

        public string? Family { get; set; }

        public string? CountryCode { get; set; }

        /// <summary>The one-name titles its mentions bear ("king"), null while none does.</summary>
        public HashSet<string>? Titles { get; private set; }

        /// <summary>A person named by a title and one name of his own ("King Hussein"), not by a given and a family name.</summary>
        public bool IsTitledOneName => NameWords.Length == 1 && Titles is not null;

        public void Add(Item item)
        {
            Items.Add(item);
            item.Cluster = this;
            if (item.OneNameTitle is { } title)
            {
                (Titles ??= new HashSet<string>(StringComparer.Ordinal)).Add(title);
            }

            Family ??= item.Family;
            CountryCode ??= item.CountryCode;
        }

        /// <summary>Takes the mention out; the family and country are read again from the mentions left.</summary>
        public void Remove(Item item)
        {
            Items.Remove(item);
            item.Cluster = null;
            (Family, CountryCode) = (null, null);
            foreach (var left in Items)
            {
                Family ??= left.Family;
                CountryCode ??= left.CountryCode;
            }
        }
    }

    [ThreadStatic]
    private static TokenBuffers? t_buffers;

    /// <summary>
    /// The per-token arrays of a document, reused by the thread's next document (one document at a time per thread):
    /// longer than the document, so only their first <see cref="Context.Count"/> entries are read.
    /// </summary>
    private sealed class TokenBuffers
    {
        public TextSpan[] Spans { get; private set; } = [];

        public string[] Words { get; private set; } = [];

        public int[] Covered { get; private set; } = [];

        public int[] SentenceOf { get; private set; } = [];

        public void EnsureCapacity(int n)
        {
            if (Spans.Length >= n)
            {
                return;
            }

            int size = Math.Max(n, Spans.Length * 2);
            (Spans, Words, Covered, SentenceOf) = (new TextSpan[size], new string[size], new int[size], new int[size]);
        }
    }

    /// <summary>A document's tokens (the first <paramref name="Count"/> entries of the arrays), sentences and mentions.</summary>
    private sealed record Context(string Text, int Count, TextSpan[] Spans, string[] Words, int[] SentenceOf, List<Item> Items, int[] Covered)
    {
        /// <summary>The document's language (its metadata's), which tells how its dateline writes a city.</summary>
        public string? Language { get; init; }

        /// <summary>The page's GPE mentions' words as <see cref="SplitNameFromRole"/> first read them (once per page).</summary>
        public HashSet<string>? RolePlacesNamed { get; set; }

        private HashSet<string>? lowerCaseWords;

        /// <summary>Whether the text writes the word in lower case somewhere: a common noun ("school"), not a surname. The words are read once per page.</summary>
        public bool WrittenInLowerCase(string word)
        {
            if (lowerCaseWords is null)
            {
                lowerCaseWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                for (int k = 0; k < Count; k++)
                {
                    if (Words[k].Length > 0 && char.IsLower(Words[k][0]))
                    {
                        lowerCaseWords.Add(Words[k]);
                    }
                }
            }

            return lowerCaseWords.Contains(word);
        }

        public string[] NameWords(Item item) => NameSpan(item).ToArray();

        private Dictionary<string, List<int>>? _positions;

        /// <summary>Where each word stands, in text order (built on first use): a team's nickname looked for by reading
        /// every word for each candidate was quadratic on a page of many (bench/README.md, "Hostile inputs, perf-hostile").</summary>
        public IReadOnlyList<int> PositionsOf(string word)
        {
            if (_positions is null)
            {
                _positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
                for (int i = 0; i < Count; i++)
                {
                    if (!_positions.TryGetValue(Words[i], out var at))
                    {
                        _positions[Words[i]] = at = [];
                    }

                    at.Add(i);
                }
            }

            return _positions.TryGetValue(word, out var found) ? found : [];
        }

        /// <summary>The mention's words without a possessive inside the span ("Hifter’s"): it is not part of the name.</summary>
        public ReadOnlySpan<string> NameSpan(Item item)
        {
            int end = item.End;
            while (end - 1 > item.Start && IsPossessive(Words[end - 1]))
            {
                end--;
            }

            return Words.AsSpan(item.Start, end - item.Start);
        }

        public TextSpan MentionSpan(Item item) => new(Spans[item.Start].Start, Spans[item.End - 1].End);

        public string MentionText(Item item) => Text[Spans[item.Start].Start..Spans[item.End - 1].End];

        public ReadOnlySpan<char> MentionChars(Item item) => Text.AsSpan(Spans[item.Start].Start, Spans[item.End - 1].End - Spans[item.Start].Start);
    }
}
