using System.Collections.Immutable;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Entities;
using Dateline.Language.Resolution;
using Dateline.Language.Sentences;
using Dateline.Language.Tokens;

namespace Dateline.Language.Tests.Resolution;

public class EntityResolverTests
{
    [Fact]
    public void Splits_roles_groups_names_and_joins_descriptions()
    {
        var doc = Resolve(
            "Germany's top diplomat met his French counterpart on Monday.\n\nGerman Foreign Minister Anna Weber said after talks in Paris with Paul Martin that progress was made. Weber called it useful.\n\nThe French foreign minister said Weber's plan was welcome.",
            ("Germany", "GPE"), ("French", "NORP"), ("German", "NORP"), ("Anna Weber", "PERSON"), ("Paris", "GPE"), ("Paul Martin", "PERSON"), ("Weber", "PERSON"), ("French", "NORP"));
        var weber = Single(doc, "Anna Weber");
        Assert.Equal(EntityLabel.Person, weber.Label);
        Assert.Contains("German Foreign Minister", weber.Roles);
        var weberMentions = Mentions(doc, weber);
        Assert.Contains("Weber", weberMentions);
        Assert.Contains("Germany's top diplomat", weberMentions);

        var martin = Single(doc, "Paul Martin");
        var martinMentions = Mentions(doc, martin);
        Assert.Contains("his French counterpart", martinMentions);
        Assert.Contains("The French foreign minister", martinMentions);
        Assert.Equal("France", martin.Country);

        var french = Single(doc, "French");
        Assert.Equal(EntityLabel.Norp, french.Label);
        Assert.Equal("France", french.Country);

        var paris = Single(doc, "Paris");
        Assert.Equal("France", paris.Country);
        Assert.NotNull(paris.Latitude);
    }

    [Fact]
    public void Takes_lower_case_roles_and_organisation_roles()
    {
        var doc = Resolve(
            "Forces loyal to commander Omar Farouk attacked. Last month, U.N. Special Envoy to Sudan Karl Berg said the talks failed. Farouk denied it.",
            ("Omar Farouk", "PERSON"), ("U.N.", "ORG"), ("Sudan", "GPE"), ("Karl Berg", "PERSON"), ("Farouk", "PERSON"));
        Assert.Contains("commander", Single(doc, "Omar Farouk").Roles);
        Assert.Contains("U.N. Special Envoy to Sudan", Single(doc, "Karl Berg").Roles);
        Assert.Equal(2, Single(doc, "Omar Farouk").Mentions.Count);
        Assert.Equal(EntityLabel.Organization, Single(doc, "U.N.").Label);
    }

    [Fact]
    public void Surnames_the_recognizer_missed_join_the_person_and_countries_are_gpe()
    {
        var doc = Resolve(
            "Maria Lopez visited Qatar. Lopez said Qatar was ready. Officials welcomed Lopez.",
            ("Maria Lopez", "PERSON"), ("Qatar", "ORG"), ("Qatar", "GPE"));
        var lopez = Single(doc, "Maria Lopez");
        Assert.Equal(3, lopez.Mentions.Count);
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Qatar").Label);
    }

    [Fact]
    public void A_surname_two_people_bear_is_the_one_named_first_that_agrees()
    {
        const string text = "Farrow family feud deepens. Mia Farrow spoke first. Farrow said she was tired. "
            + "Ronan Farrow, a son of the actress, spoke next. Farrow said he agreed. Mr. Farrow later left, and Ms. Farrow stayed.";
        var doc = Resolve(text, ("Farrow", "PERSON"), ("Mia Farrow", "PERSON"), ("Farrow", "PERSON"), ("Ronan Farrow", "PERSON"),
            ("Farrow", "PERSON"), ("Farrow", "PERSON"), ("Farrow", "PERSON"));
        int Bare(string before) => text.IndexOf(before + "Farrow", StringComparison.Ordinal) + before.Length;
        List<int> Starts(Entity e) => e.Mentions.Select(m => m.Start).Order().ToList();

        // the mother, named first, keeps the surname after her son is named; "Mr." passes over her for the son
        Assert.Equal([text.IndexOf("Mia Farrow", StringComparison.Ordinal), Bare("first. "), Bare("next. "), Bare("and Ms. ")], Starts(Single(doc, "Mia Farrow")));
        Assert.Equal([text.IndexOf("Ronan Farrow", StringComparison.Ordinal), Bare("Mr. ")], Starts(Single(doc, "Ronan Farrow")));

        // before either is named the surname is neither: a mention of its own
        Assert.Equal([0], Starts(Single(doc, "Farrow")));
    }

    [Fact]
    public void A_monarchs_title_and_one_name_is_his_own_name_not_a_family_name()
    {
        // AP, 1990-08-16 (the twenty-first quote sample): the king is not of Saddam Hussein's family; the text calls
        // Saddam by his first name, so the bare "Hussein" is the king
        const string text = "Iraq's Saddam Hussein called Bush a liar. Bush met King Hussein of Jordan. Saddam said war could come. "
            + "``It is our only outlet,'' Hussein said.";
        var doc = Resolve(text, ("Saddam Hussein", "PERSON"), ("Bush", "PERSON"), ("Bush", "PERSON"), ("Hussein", "PERSON"),
            ("Saddam", "PERSON"), ("Hussein", "PERSON"));
        var king = Assert.Single(doc.Entities, e => e.Roles.Contains("King"));
        Assert.Equal([text.IndexOf("Hussein of", StringComparison.Ordinal), text.LastIndexOf("Hussein", StringComparison.Ordinal)],
            king.Mentions.Select(m => m.Start).Order().ToList());
        Assert.Equal(2, Single(doc, "Saddam Hussein").Mentions.Count);

        // a title the full name carries too, and a title before the given name, join as before
        var abdullah = Resolve("King Abdullah Hussein spoke. Later King Hussein left.", ("Abdullah Hussein", "PERSON"), ("Hussein", "PERSON"));
        Assert.Equal(2, Single(abdullah, "Abdullah Hussein").Mentions.Count);
        var prince = Resolve("Mohammed bin Salman spoke. Later Prince Mohammed left.", ("Mohammed bin Salman", "PERSON"), ("Mohammed", "PERSON"));
        Assert.Equal(2, Single(prince, "Mohammed bin Salman").Mentions.Count);

        // a cleric named by his family name is not one of these titles
        var cleric = Resolve("Ali Khamenei spoke. Later Ayatollah Khamenei left.", ("Ali Khamenei", "PERSON"), ("Khamenei", "PERSON"));
        Assert.Equal(2, Single(cleric, "Ali Khamenei").Mentions.Count);
    }

    [Fact]
    public void A_description_with_its_offices_complement_names_an_apposed_name_not_a_person_named_near()
    {
        // TimeBank's AP900815-0044: Saddam Hussein, of no role, is no ambassador
        var near = Resolve("The outlook darkened when Saddam Hussein sent his forces. The Iraqi ambassador to Greece said the Americans could leave.",
            ("Saddam Hussein", "PERSON"));
        Assert.Equal(["Saddam Hussein"], Mentions(near, Single(near, "Saddam Hussein")));

        // an apposed name, after the complement or before the description, is the one described
        var after = Resolve("Reports say Georgia's ambassador to Turkey, Grigol Mgalobishvili, will replace him.", ("Grigol Mgalobishvili", "PERSON"));
        Assert.Contains("Georgia's ambassador", Mentions(after, Single(after, "Grigol Mgalobishvili")));
        var before = Resolve("John Luk Jok, the South Sudanese minister for East African Affairs, died yesterday.", ("John Luk Jok", "PERSON"));
        Assert.Equal(2, Single(before, "John Luk Jok").Mentions.Count);

        // a role word right before another name modifies it: "Egypt's official Middle East News Agency" is no official
        var agency = Resolve("Egypt's official Middle East News Agency said that Saddam Hussein was the target.",
            ("Egypt", "GPE"), ("Middle East News Agency", "ORG"), ("Saddam Hussein", "PERSON"));
        Assert.Single(Single(agency, "Saddam Hussein").Mentions);
    }

    [Fact]
    public void A_full_name_modifying_a_noun_does_not_introduce_the_bearer_a_later_surname_joins()
    {
        // West Journal, 2016-06-04: the pollster's former employer is named first, the article is about Hillary
        const string text = "Former Bill Clinton pollster Douglas Schoen was a guest. Hillary Clinton is facing a primary. "
            + "Clinton trails in the polls. The pollster said Clinton could be replaced.";
        var doc = Resolve(text, ("Bill Clinton", "PERSON"), ("Douglas Schoen", "PERSON"), ("Hillary Clinton", "PERSON"),
            ("Clinton", "PERSON"), ("Clinton", "PERSON"));
        Assert.Equal(3, Single(doc, "Hillary Clinton").Mentions.Count);
        Assert.Single(Single(doc, "Bill Clinton").Mentions);

        // "the Joe Biden campaign" and "a Joe Biden supporter" are about his campaign; the son named in full is the bearer
        const string campaign = "The Joe Biden campaign hired a Joe Biden supporter. Hunter Biden spoke next. Biden said he agreed.";
        var sons = Resolve(campaign, ("Joe Biden", "PERSON"), ("Joe Biden", "PERSON"), ("Hunter Biden", "PERSON"), ("Biden", "PERSON"));
        Assert.Equal(2, Single(sons, "Hunter Biden").Mentions.Count);

        // a name after a verb is the person ("elected Joe Biden president"), and so is a possessive
        const string elected = "Voters elected Joe Biden president. Hunter Biden spoke next. Biden said he agreed.";
        var president = Resolve(elected, ("Joe Biden", "PERSON"), ("Hunter Biden", "PERSON"), ("Biden", "PERSON"));
        Assert.Equal(2, Single(president, "Joe Biden").Mentions.Count);
        const string possessive = "Joe Biden's aides met. Hunter Biden spoke next. Biden said he agreed.";
        var aides = Resolve(possessive, ("Joe Biden", "PERSON"), ("Hunter Biden", "PERSON"), ("Biden", "PERSON"));
        Assert.Equal(2, Single(aides, "Joe Biden").Mentions.Count);

        // where no other bearer was named before the surname, the modifier's bearer still takes it
        const string before = "The Bill Clinton administration ended. Clinton left office. Hillary Clinton ran later.";
        var early = Resolve(before, ("Bill Clinton", "PERSON"), ("Clinton", "PERSON"), ("Hillary Clinton", "PERSON"));
        Assert.Equal(2, Single(early, "Bill Clinton").Mentions.Count);
    }

    [Fact]
    public void A_surname_one_person_bears_joins_that_person_wherever_it_stands()
    {
        const string text = "Farrow arrived late. Mia Farrow spoke. Farrow said she was tired. Mr. Farrow, her brother, was not there.";
        var doc = Resolve(text, ("Farrow", "PERSON"), ("Mia Farrow", "PERSON"), ("Farrow", "PERSON"), ("Farrow", "PERSON"));
        Assert.Equal(4, Single(doc, "Mia Farrow").Mentions.Count);
    }

    [Fact]
    public void Ambiguous_places_get_coordinates_only_in_context()
    {
        var withContext = Resolve("Fighting near Tripoli worried Libya.", ("Tripoli", "GPE"), ("Libya", "GPE"));
        var tripoli = Single(withContext, "Tripoli");
        Assert.Equal("Libya", tripoli.Country);
        Assert.InRange(tripoli.Longitude!.Value, 12.0, 14.0);

        var lebanon = Single(Resolve("Fighting near Tripoli worried Lebanon.", ("Tripoli", "GPE"), ("Lebanon", "GPE")), "Tripoli");
        Assert.Equal("Lebanon", lebanon.Country);

        // without context a capital is the capital; a town with namesakes and no capital among them stays unplaced
        Assert.Equal("Libya", Single(Resolve("Fighting near Tripoli worried many.", ("Tripoli", "GPE")), "Tripoli").Country);
        Assert.Null(Single(Resolve("Fighting near Springfield worried many.", ("Springfield", "GPE")), "Springfield").Latitude);
    }

    [Fact]
    public void A_country_name_that_is_a_division_of_another_country_is_the_division_when_the_article_names_a_place_in_it()
    {
        var state = Single(Resolve("Storms hit Atlanta and Savannah in Georgia on Monday.", ("Atlanta", "GPE"), ("Savannah", "GPE"), ("Georgia", "GPE")), "Georgia");
        Assert.Equal("United States", state.Country);
        Assert.InRange(state.Latitude!.Value, 30.0, 35.5);
        Assert.InRange(state.Longitude!.Value, -86.0, -80.0);

        var country = Single(Resolve("Thousands rallied in Tbilisi, Georgia, as the US watched.", ("Tbilisi", "GPE"), ("Georgia", "GPE"), ("US", "GPE")), "Georgia");
        Assert.Equal("Georgia", country.Country);
        Assert.Null(country.Latitude);

        var named = Single(Resolve("The United States condemned the attack on Georgia.", ("United States", "GPE"), ("Georgia", "GPE")), "Georgia");
        Assert.Equal("Georgia", named.Country);

        // States listed together are states; countries listed together (with Washington, whose readings are not all in one country) are countries.
        var listed = Single(Resolve("Clinton won Virginia, Georgia and Arkansas.", ("Virginia", "GPE"), ("Georgia", "GPE"), ("Arkansas", "GPE")), "Georgia");
        Assert.Equal("United States", listed.Country);
        var countries = Single(Resolve("Lobbyists in Washington worked for Azerbaijan, Cyprus, Georgia and Kenya.", ("Washington", "GPE"), ("Azerbaijan", "GPE"), ("Cyprus", "GPE"), ("Georgia", "GPE"), ("Kenya", "GPE")), "Georgia");
        Assert.Equal("Georgia", countries.Country);
    }

    [Fact]
    public void Only_a_name_read_as_the_country_itself_has_the_country_subtype()
    {
        // issue 22: a county or a town the resolver places in a country without coordinates is not the country.
        var doc = Resolve("America and Britain met in Napa County, California, as the United States watched Georgia.",
            ("America", "LOC"), ("Britain", "GPE"), ("Napa County", "ORG"), ("California", "GPE"), ("United States", "GPE"), ("Georgia", "GPE"));
        foreach (var name in new[] { "America", "Britain", "United States", "Georgia" })
        {
            Assert.Equal(EntitySubtype.Country, Single(doc, name).Subtype);
        }

        Assert.Equal(EntitySubtype.Country, Single(Resolve("The U.S. said on Monday it would act.", ("U.S.", "GPE")), "U.S.").Subtype);

        Assert.Equal("United States", Single(doc, "Napa County").Country);
        Assert.Null(Single(doc, "Napa County").Subtype);
        Assert.Null(Single(doc, "California").Subtype);

        // "Georgia" beside Atlanta is the US state, read as a division, not as the country.
        var state = Single(Resolve("Storms hit Atlanta and Savannah in Georgia on Monday.", ("Atlanta", "GPE"), ("Savannah", "GPE"), ("Georgia", "GPE")), "Georgia");
        Assert.Null(state.Subtype);
    }

    [Fact]
    public void Country_abbreviations_and_demonyms_map_to_the_country_not_its_territories()
    {
        // issue 17: "U.S. President" gave the US Virgin Islands ("Virgin Islands, U.S."), "Americans" the Northern
        // Mariana Islands (the lexicon's demonym column); the curated aliases win.
        var doc = Resolve(
            "U.S. President Tom Baker met Americans in Ohio.",
            ("U.S.", "GPE"), ("Tom Baker", "PERSON"), ("Americans", "NORP"), ("Ohio", "GPE"));
        Assert.Equal("United States", Single(doc, "Tom Baker").Country);
        Assert.Equal("United States", Single(doc, "Americans").Country);
        Assert.Equal("United States", Single(doc, "U.S.").Country);
    }

    [Fact]
    public void Words_for_a_kind_of_place_or_a_direction_get_no_country_and_no_coordinates()
    {
        // "Island" is Iceland's own name in the countries lexicon and West a town in Texas.
        var doc = Resolve(
            "Bodies were buried on Hart's Island, and the West warned Russia.",
            ("Island", "GPE"), ("West", "GPE"), ("Russia", "GPE"));
        Assert.Null(Single(doc, "Island").Country);
        Assert.Null(Single(doc, "West").Country);
        Assert.Null(Single(doc, "West").Latitude);
        Assert.Equal("Russia", Single(doc, "Russia").Country);
    }

    [Fact]
    public void A_capital_is_read_where_no_reading_lies_in_a_country_the_article_names()
    {
        // Read on htmldate's news pages: "Ankara", "Moscow", "WASHINGTON" had no coordinates (towns of the same name
        // elsewhere); a capital beside its country is that capital even where other readings lie in named countries.
        var doc = Resolve("WASHINGTON - Officials in Ankara and Moscow disagreed.", ("WASHINGTON", "GPE"), ("Ankara", "GPE"), ("Moscow", "GPE"));
        Assert.Equal("Türkiye", Single(doc, "Ankara").Country);
        Assert.Equal("Russia", Single(doc, "Moscow").Country);
        var washington = Single(doc, "WASHINGTON");
        Assert.Equal("United States", washington.Country);
        Assert.InRange(washington.Latitude!.Value, 38.5, 39.2);

        var cairo = Single(Resolve("Egyptian officials met in Cairo, the U.S. said.", ("Egyptian", "NORP"), ("Cairo", "GPE"), ("U.S.", "GPE")), "Cairo");
        Assert.Equal("Egypt", cairo.Country);

    }

    [Fact]
    public void The_usual_reading_places_a_name_the_article_leaves_open_and_never_overrides_it()
    {
        // London has four readings in the US: in US news the article picks none, and news text means the British capital.
        var london = Single(Resolve("He flew to London, U.S. officials said.", ("London", "GPE"), ("U.S.", "GPE")), "London");
        Assert.Equal("United Kingdom", london.Country);
        Assert.InRange(london.Latitude!.Value, 51.3, 51.7);
        Assert.Null(Single(Resolve(PlacePrior.Empty, "He flew to London, U.S. officials said.", ("London", "GPE"), ("U.S.", "GPE")), "London").Latitude);

        // the article's own evidence comes first: the one reading in a country it names, the division written after it
        var prior = new PlacePrior([new PriorReading("London", "GB", "England", PlaceReadingKind.Capital), new PriorReading("Miami", "US", "Florida", PlaceReadingKind.Town)]);
        Assert.Equal("Canada", Single(Resolve(prior, "Canadian students in London protested.", ("Canadian", "NORP"), ("London", "GPE")), "London").Country);
        Assert.Equal("Canada", Single(Resolve(prior, "A campus in London, Ontario closed.", ("London", "GPE"), ("Ontario", "GPE")), "London").Country);
        var miami = Single(Resolve(prior, "Fans in Miami, Oklahoma cheered.", ("Miami", "GPE"), ("Oklahoma", "GPE")), "Miami");
        Assert.InRange(miami.Longitude!.Value, -95.5, -94.5);

        // a usual reading the gazetteer cannot place is no reading
        var unknown = new PlacePrior([new PriorReading("London", "US", "Texas", PlaceReadingKind.Town)]);
        Assert.Null(Single(Resolve(unknown, "He flew to London, U.S. officials said.", ("London", "GPE"), ("U.S.", "GPE")), "London").Latitude);
    }

    [Fact]
    public void A_name_of_one_reading_beside_other_countries_takes_its_usual_reading()
    {
        // Mosul has one reading, in Iraq, which this article does not name: the only-place rule keeps off once the
        // article names a country, and the prior (news beside "Mosul" names Iraq far above its base rate) places it.
        const string Text = "U.S. troops patrolled Mosul on Friday.";
        var mosul = Single(Resolve(Text, ("U.S.", "GPE"), ("Mosul", "GPE")), "Mosul");
        Assert.Equal("Iraq", mosul.Country);
        Assert.InRange(mosul.Latitude!.Value, 36.0, 36.6);
        Assert.Null(Single(Resolve(PlacePrior.Empty, Text, ("U.S.", "GPE"), ("Mosul", "GPE")), "Mosul").Latitude);

        // a US city beside another country: news names its state far above the state's base rate
        var orleans = Single(Resolve("Nepal sent aid to New Orleans.", ("Nepal", "GPE"), ("New Orleans", "GPE")), "New Orleans");
        Assert.Equal("United States", orleans.Country);
    }

    [Fact]
    public void A_state_of_a_country_the_article_names_wins_over_towns_called_after_it()
    {
        // "Florida" was Florida, New York (a village) and "California" had no coordinates: towns carry those names too.
        var doc = Resolve("Voters in Florida and California backed him, U.S. officials said.", ("Florida", "GPE"), ("California", "GPE"), ("U.S.", "GPE"));
        Assert.InRange(Single(doc, "Florida").Latitude!.Value, 24.5, 31.0);
        Assert.InRange(Single(doc, "California").Longitude!.Value, -124.5, -114.0);

        // the state of Washington is the state, not the capital
        var state = Single(Resolve("The state of Washington sued, U.S. officials said.", ("Washington", "GPE"), ("U.S.", "GPE")), "Washington");
        Assert.InRange(state.Latitude!.Value, 45.5, 49.0);
    }

    [Fact]
    public void The_country_written_after_a_place_picks_its_reading_among_named_countries()
    {
        // Nice has readings in France and California; "American" names the US too, so rule 4 found two and chose none
        var nice = Single(Resolve("An American witness saw the attack in Nice, France, on Thursday.", ("American", "NORP"), ("Nice", "GPE"), ("France", "GPE")), "Nice");
        Assert.Equal("France", nice.Country);
        Assert.InRange(nice.Longitude!.Value, 7.0, 7.5);

        // a division of the written country stays the division: "Florida, US" is the state, not the village in New York
        var florida = Single(Resolve("The rocket rose from Florida, US, on Saturday.", ("Florida", "GPE"), ("US", "GPE")), "Florida");
        Assert.InRange(florida.Latitude!.Value, 24.5, 31.0);

        // without the written country the two named countries leave it open
        Assert.Null(Single(Resolve("An American witness saw the attack in Nice on Thursday, France said.", ("American", "NORP"), ("Nice", "GPE"), ("France", "GPE")), "Nice").Latitude);
    }

    [Fact]
    public void A_reading_in_a_named_division_gives_the_country_beside_countries_without_placed_places()
    {
        // Huntsville has an Ontario reading and Canada is named, but only the US has a place located (Montgomery)
        var doc = Resolve("Plants in Huntsville and Montgomery, Alabama, closed while Canada and Mexico gained U.S. jobs.",
            ("Huntsville", "GPE"), ("Montgomery", "GPE"), ("Alabama", "GPE"), ("Canada", "GPE"), ("Mexico", "GPE"), ("U.S.", "GPE"));
        Assert.Equal("United States", Single(doc, "Huntsville").Country);

        // a name with readings in countries the article never speaks of stays open: the gazetteer lacks Saudi Medina
        var medina = Resolve("Saudi Arabia closed Mecca and Medina, while Ohio and Canada reopened, Dayton officials said.",
            ("Saudi Arabia", "GPE"), ("Mecca", "GPE"), ("Medina", "GPE"), ("Ohio", "GPE"), ("Canada", "GPE"), ("Dayton", "GPE"));
        Assert.Null(Single(medina, "Medina").Country);
    }

    [Fact]
    public void The_division_written_after_a_place_and_a_lone_division_place_it()
    {
        Assert.Equal("United States", Single(Resolve("She was born in Paris, Texas.", ("Paris", "GPE"), ("Texas", "GPE")), "Paris").Country);
        Assert.Equal("Canada", Single(Resolve("A campus in London, Ontario closed.", ("London", "GPE"), ("Ontario", "GPE")), "London").Country);

        // no town is called Hawaii, and only the US has a division of that name, whatever countries the article names
        var hawaii = Single(Resolve("Australians were angry that Morrison went to Hawaii.", ("Australians", "NORP"), ("Morrison", "PERSON"), ("Hawaii", "GPE")), "Hawaii");
        Assert.Equal("United States", hawaii.Country);

        // a world region is no town: "Middle East" is a neighbourhood of Baltimore in GeoNames
        Assert.Null(Single(Resolve("Blinken left Washington for the Middle East, U.S. officials said.", ("Washington", "GPE"), ("Middle East", "GPE"), ("U.S.", "GPE")), "Middle East").Latitude);

        // a direction in another language is no Haitian département ("il Sud" of Italy)
        Assert.Null(Single(Resolve("Il maltempo colpira il Sud.", ("Sud", "GPE")), "Sud").Latitude);
    }

    [Fact]
    public void A_country_name_the_recognizer_called_a_nationality_is_a_gpe_but_a_people_stays_one()
    {
        var doc = Resolve("Azerbaijan thanked Thai workers.", ("Azerbaijan", "NORP"), ("Thai", "NORP"));
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Azerbaijan").Label);
        Assert.Equal(EntityLabel.Norp, Single(doc, "Thai").Label);
    }

    [Fact]
    public void A_persons_own_role_describes_nobody_else()
    {
        // Irish Times, read by hand: the Emirati minister took Israel from the next sentence's "Israeli military
        // spokesperson Rear Admiral Daniel Hagari", which is Hagari's own role.
        var doc = Resolve(
            "Noura Kaabi, a minister of state, spoke in Abu Dhabi. Israeli military spokesperson Rear Admiral Daniel Hagari told reporters.",
            ("Noura Kaabi", "PERSON"), ("Abu Dhabi", "GPE"), ("Israeli", "NORP"), ("Daniel Hagari", "PERSON"));
        Assert.Null(Single(doc, "Noura Kaabi").Country);
        Assert.Equal("Israel", Single(doc, "Daniel Hagari").Country);
    }

    [Fact]
    public void A_division_no_town_is_named_after_gets_its_centre()
    {
        var doc = Resolve("Storms hit New York, officials in the United States said.", ("New York", "GPE"), ("United States", "GPE"));
        var state = Single(doc, "New York");
        Assert.Equal("United States", state.Country);
        Assert.InRange(state.Latitude!.Value, 40, 45);
    }

    [Fact]
    public void A_quoted_title_beside_a_word_for_a_work_is_a_work_and_not_a_person()
    {
        // issue 17: “Parasite” was tagged a person; a slogan in quote marks without such a word stays as it was.
        var doc = Resolve(
            "The film \u201CParasite\u201D won, and \u201CFriday Night Lights\u201D, a drama series, returned. Crowds chanted \u201CBlack Lives Matter\u201D.",
            ("Parasite", "PERSON"), ("Friday Night Lights", "MISC"), ("Black Lives Matter", "ORG"));
        var parasite = Single(doc, "Parasite");
        Assert.Equal(EntityLabel.Misc, parasite.Label);
        Assert.Equal(EntitySubtype.Work, parasite.Subtype);
        Assert.Equal(EntitySubtype.Work, Single(doc, "Friday Night Lights").Subtype);

        // a broadcast's show before "program" (sample 18's "CNBC’s “Squawk Box” program", typed PERSON)
        var show = Resolve("He spoke on CNBC’s “Squawk Box” program.", ("CNBC", "ORG"), ("Squawk Box", "PERSON"));
        Assert.Equal(EntitySubtype.Work, Single(show, "Squawk Box").Subtype);
        var slogan = Single(doc, "Black Lives Matter");
        Assert.Equal(EntityLabel.Organization, slogan.Label);
        Assert.Null(slogan.Subtype);
    }

    [Fact]
    public void A_quoted_title_right_before_a_noun_for_its_makers_or_players_is_a_work()
    {
        // issue 17's samples 5 and 8: the former “Dawson’s Creek” star, the “Pose” actor, the “Bad Blood” songstress
        var doc = Resolve(
            "The former \u201CDawson\u2019s Creek\u201D star was voted off. The \u201CPose\u201D actor spoke. The \u201CBad Blood\u201D songstress did not call back.",
            ("Dawson", "PERSON"), ("Bad Blood", "PERSON"));
        Assert.Equal(EntitySubtype.Work, Single(doc, "Dawson\u2019s Creek").Subtype);
        Assert.Equal(EntitySubtype.Work, Single(doc, "Pose").Subtype);
        Assert.Equal(EntityLabel.Misc, Single(doc, "Bad Blood").Label);
        Assert.DoesNotContain(doc.Entities, e => e.Label == EntityLabel.Person);

        // the noun elsewhere in the sentence, or a capitalised word after the marks: as the recognizer said
        var kept = Resolve("Crowds chanted \u201CBlack Lives Matter\u201D as the star arrived. They sang \u201CBad Blood\u201D Star Wars.", ("Black Lives Matter", "ORG"));
        Assert.Null(Single(kept, "Black Lives Matter").Subtype);
        Assert.DoesNotContain(kept.Entities, e => e.Subtype == EntitySubtype.Work);
    }

    [Fact]
    public void A_quoted_title_after_appearing_on_and_the_titles_listed_with_it_are_works()
    {
        // issue 17's sample 31: "appear on "The View" and "The Late Show With Stephen Colbert"" gave "The View" nothing
        // and the second show its host, PERSON
        var doc = Resolve("Sanders is scheduled to appear on \"The View\" and \"The Late Show With Stephen Colbert,\" among others.",
            ("Sanders", "PERSON"), ("Stephen Colbert", "PERSON"));
        Assert.Equal(EntitySubtype.Work, Single(doc, "The View").Subtype);
        Assert.Equal(EntityLabel.Misc, Single(doc, "The Late Show With Stephen Colbert").Label);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Stephen Colbert");

        // "on" without a word for appearing, or a title apart from the listed ones: as the recognizer said
        var kept = Resolve("They voted on \"Brexit Day\" and chanted \"Black Lives Matter\". He appeared at \"Trump Tower\" with \"Lock Her Up\" signs.",
            ("Black Lives Matter", "ORG"), ("Trump Tower", "LOC"));
        Assert.DoesNotContain(kept.Entities, e => e.Subtype == EntitySubtype.Work);
    }

    [Fact]
    public void A_description_with_a_country_names_an_unplaced_person_only_nearby()
    {
        // Named right after: the news lead's "Iran's president …" then the name.
        var near = Resolve(
            "Iran's president urged talks on Monday. President Hassan Rahimi spoke in Tehran.",
            ("Iran", "GPE"), ("Hassan Rahimi", "PERSON"), ("Tehran", "GPE"));
        Assert.Contains("Iran's president", Mentions(near, Single(near, "Hassan Rahimi")));
        Assert.Equal("Iran", Single(near, "Hassan Rahimi").Country);

        // Far off, the description is someone else ("Zambia's president" in a report naming a former US president).
        var far = Resolve(
            "Former President Tom Barker opened a clinic on Monday. Barker praised the nurses. The clinic has forty beds. It cost two million dollars. "
            + "Doctors will train there. Zambia's president also attended the opening.",
            ("Tom Barker", "PERSON"), ("Barker", "PERSON"), ("Zambia", "GPE"));
        var barker = Single(far, "Tom Barker");
        Assert.DoesNotContain("Zambia's president", Mentions(far, barker));
        Assert.Null(barker.Country);
    }

    [Fact]
    public void A_place_whose_readings_all_lie_in_a_country_the_article_speaks_of_has_that_country_without_coordinates()
    {
        // Gwangju: the city and a town of Gyeonggi-do, both South Korean; the evidence picks neither reading, Seoul is located.
        var gwangju = Single(Resolve("Temperatures in Seoul and Gwangju fell below zero.", ("Seoul", "GPE"), ("Gwangju", "GPE")), "Gwangju");
        Assert.Equal("South Korea", gwangju.Country);
        Assert.Null(gwangju.Latitude);

        // an article that speaks of no place in South Korea learns nothing from the name alone
        Assert.Null(Single(Resolve("Temperatures in Gwangju fell below zero.", ("Gwangju", "GPE")), "Gwangju").Country);

        // Springfield has readings in the US and Australia: no country, though the article names the US.
        Assert.Null(Single(Resolve("Fighting near Springfield worried the United States.", ("Springfield", "GPE"), ("United States", "GPE")), "Springfield").Country);
    }

    [Fact]
    public void The_planet_a_sea_region_and_a_split_republic_are_no_towns()
    {
        // Earth, Texas; Republic, Missouri: the only places of those names, yet "Earth" in news is the planet and a lone
        // "Republic" the tail of "Czech Republic" the recognizer split, which is now joined to its country (ent-mends8).
        Assert.Null(Single(Resolve("The capsule returned to Earth on Sunday.", ("Earth", "GPE")), "Earth").Latitude);
        var czech = Resolve("Seattle firms met officials of the Czech Republic.", ("Seattle", "GPE"), ("Republic", "GPE"));
        Assert.Equal("Czechia", Single(czech, "Czech Republic").Country);
        Assert.DoesNotContain(czech.Entities, e => e.Name == "Republic");
        Assert.Null(Single(Resolve("Baltic tribes settled the coast.", ("Baltic", "GPE")), "Baltic").Latitude);
    }

    [Fact]
    public void An_organisation_named_as_a_natural_feature_is_a_location()
    {
        var doc = Resolve("Drilling began at Mt Berghaus and Roberts Hill, near the Yangtze River, said Mount Sinai Hospital.",
            ("Mt Berghaus", "ORG"), ("Roberts Hill", "ORG"), ("Yangtze River", "ORG"), ("Mount Sinai Hospital", "ORG"));
        Assert.Equal(EntityLabel.Location, Single(doc, "Mt Berghaus").Label);
        Assert.Equal(EntityLabel.Location, Single(doc, "Roberts Hill").Label);
        Assert.Equal(EntityLabel.Location, Single(doc, "Yangtze River").Label);
        Assert.Equal(EntityLabel.Organization, Single(doc, "Mount Sinai Hospital").Label);
    }

    [Fact]
    public void A_division_written_with_its_kind_is_the_division()
    {
        var hubei = Single(Resolve("Flooding hit Hubei Province on Monday.", ("Hubei Province", "GPE")), "Hubei Province");
        Assert.Equal("China", hubei.Country);
        Assert.NotNull(hubei.Latitude);
        Assert.Equal("South Korea", Single(Resolve("Snow fell in Gangwon Province.", ("Gangwon Province", "LOC")), "Gangwon Province").Country);

        // a kind's word after words that name no division is nothing
        Assert.Null(Single(Resolve("Fighters of the Islamic State fled.", ("Islamic State", "GPE")), "Islamic State").Country);
    }

    // A name joins the fuller name that holds its words in order wherever they stand, case aside, and the nearer of two
    // such names; the clusters are looked up by word (perf-hostile), so a middle word must find its name too.
    [Fact]
    public void A_name_joins_the_fuller_name_holding_it_by_any_word()
    {
        var doc = Resolve(
            "Maria Lopez Garcia spoke first. Pedro Garcia spoke next. Later LOPEZ GARCIA thanked them, and Garcia left.",
            ("Maria Lopez Garcia", "PERSON"), ("Pedro Garcia", "PERSON"), ("LOPEZ GARCIA", "PERSON"));
        Assert.Contains("LOPEZ GARCIA", Mentions(doc, Single(doc, "Maria Lopez Garcia")));
        Assert.DoesNotContain(doc.Entities, e => e.Name == "LOPEZ GARCIA");
    }

    private static Entity Single(Document doc, string name) => Assert.Single(doc.Entities, e => e.Name == name);
    [Fact]
    public void A_definite_description_names_the_one_person_of_that_role()
    {
        var doc = Resolve(
            "President Ana Silva signed the law on Monday. The president said it was overdue.",
            ("Ana Silva", "PERSON"));
        Assert.Contains("The president", Mentions(doc, Single(doc, "Ana Silva")));

        // Two presidents: "the president" could be either, so it names neither.
        var two = Resolve(
            "President Ana Silva met President Carl Berg on Monday. The president said talks went well.",
            ("Ana Silva", "PERSON"), ("Carl Berg", "PERSON"));
        Assert.DoesNotContain(two.Entities.SelectMany(e => Mentions(two, e)), m => m.Contains("president", StringComparison.Ordinal));

        // "the president of the club" is someone else.
        var club = Resolve(
            "President Ana Silva opened the stadium. The president of the club said little.",
            ("Ana Silva", "PERSON"));
        Assert.DoesNotContain("The president", Mentions(club, Single(club, "Ana Silva")));
    }

    [Fact]
    public void A_compass_word_before_a_peoples_word_is_part_of_it_and_a_role_is_read_by_whole_names()
    {
        // The recognizer, trained on GMB, cuts "South" and "North" off: the two Koreas must stay two.
        var doc = Resolve(
            "South Korean President Lee Jae-myung met North Korean envoys. Former New Jersey Gov. Chris Christie and New Mexico Governor Ana Ruiz spoke.",
            ("Korean", "NORP"), ("Lee Jae-myung", "PERSON"), ("Korean", "NORP"), ("New Jersey", "GPE"), ("Chris Christie", "PERSON"), ("New Mexico", "GPE"), ("Ana Ruiz", "PERSON"));
        Assert.Equal("South Korea", Single(doc, "South Korean").Country);
        Assert.Equal("North Korea", Single(doc, "North Korean").Country);
        Assert.Equal("South Korea", Single(doc, "Lee Jae-myung").Country);
        Assert.Equal("United States", Single(doc, "Chris Christie").Country);
        Assert.Equal("United States", Single(doc, "Ana Ruiz").Country);

        // Irish and police offices are roles; a division named with a country's word is read whole.
        var roles = Resolve(
            "Taoiseach Leo Varadkar spoke. New South Wales Rural Fire Service commissioner Shane Fitzsimmons agreed. Party nominee Earl Dodge left.",
            ("Taoiseach Leo Varadkar", "PERSON"), ("New South Wales Rural Fire Service", "ORG"), ("Shane Fitzsimmons", "PERSON"), ("Earl Dodge", "PERSON"));
        Assert.Contains("Taoiseach", Single(roles, "Leo Varadkar").Roles);
        Assert.Equal("Australia", Single(roles, "Shane Fitzsimmons").Country);
        Assert.Single(roles.Entities, e => e.Name == "Earl Dodge");

        // A natural feature's word after a place's or people's name joins it, whether left out or tagged apart.
        var delta = Resolve("Militants in the Niger Delta attacked near the Korean Peninsula coast.", ("Niger", "GPE"), ("Delta", "ORG"), ("Korean", "NORP"));
        Assert.Equal(EntityLabel.Location, Single(delta, "Niger Delta").Label);
        Assert.Equal(EntityLabel.Location, Single(delta, "Korean Peninsula").Label);
        Assert.Equal(2, delta.Entities.Length);

        // A compass word that makes no country's name stays out ("Western Ghanaians" is no country's people), but a
        // continent's people takes it ("West African": Data/continent-peoples.txt).
        var west = Resolve("West African leaders met Western Ghanaians in Accra.", ("African", "NORP"), ("Ghanaians", "NORP"), ("Accra", "GPE"));
        Assert.Single(west.Entities, e => e.Name == "West African");
        Assert.Single(west.Entities, e => e.Name == "Ghanaians");
    }

    [Fact]
    public void A_role_the_recognizer_took_into_a_name_is_split_off()
    {
        var doc = Resolve(
            "Secretary of State Antony Blinken met House Speaker Nancy Pelosi and Secretary of the Treasury Janet Yellen. Blinken left. The director of the Oxford Martin School said the school would help.",
            ("State Antony Blinken", "ORG"), ("House Speaker Nancy Pelosi", "PERSON"), ("Treasury Janet Yellen", "ORG"), ("Blinken", "PERSON"), ("Oxford Martin School", "ORG"));
        var blinken = Single(doc, "Antony Blinken");
        Assert.Equal(EntityLabel.Person, blinken.Label);
        Assert.Contains("Secretary of State", blinken.Roles);
        Assert.Equal(2, blinken.Mentions.Count);
        Assert.Contains("Speaker", Single(doc, "Nancy Pelosi").Roles);
        Assert.Contains("Secretary of the Treasury", Single(doc, "Janet Yellen").Roles);

        // An organisation's name that holds a given name stays whole when its last word is a common noun.
        Assert.Equal(EntityLabel.Organization, Single(doc, "Oxford Martin School").Label);
    }


    [Fact]
    public void A_states_university_takes_its_campus_after_a_comma_or_at()
    {
        // Samples 26 and 27 (PolNeAR): "University of California, Berkeley", "University of Texas at Austin" one ORG each.
        var doc = Resolve(
            "Amy Lee of the University of California, Berkeley, and Bo Li of the University of Texas at Austin spoke. The University of Texas, Tokyo wrote.",
            ("Amy Lee", "PERSON"), ("University of California", "ORG"), ("Berkeley", "GPE"), ("Bo Li", "PERSON"), ("University of Texas", "ORG"),
            ("Austin", "GPE"), ("University of Texas", "ORG"), ("Tokyo", "GPE"));
        Assert.Equal(EntityLabel.Organization, Single(doc, "University of California, Berkeley").Label);
        Assert.Equal(EntityLabel.Organization, Single(doc, "University of Texas at Austin").Label);
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Berkeley" or "Austin");

        // The campus's feature word ("Hill") does not make the whole a place.
        var unc = Resolve("She studied at the University of North Carolina at Chapel Hill in 2010.",
            ("University of North Carolina", "ORG"), ("Chapel Hill", "GPE"));
        Assert.Equal(EntityLabel.Organization, Single(unc, "University of North Carolina at Chapel Hill").Label);

        // A town outside the state the name closes with stays apart.
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Tokyo").Label);
        Assert.Equal(EntityLabel.Organization, Single(doc, "University of Texas").Label);
    }

    [Fact]
    public void A_title_and_a_surname_of_a_person_named_in_full_typed_an_organisation_are_the_person()
    {
        // Sample 26 (PolNeAR): "[Justice Scalia]ORG", "[Chief Justice Roberts]ORG", the title taken for the department.
        var doc = Resolve(
            "Antonin Scalia died. Justice Scalia wrote often. Chief Justice Roberts, or John G. Roberts Jr., agreed with Justice Kennedy. The Justice Department and Justice Ministry sued.",
            ("Antonin Scalia", "PERSON"), ("Justice Scalia", "ORG"), ("Chief Justice Roberts", "ORG"), ("John G. Roberts Jr.", "PERSON"),
            ("Justice Kennedy", "ORG"), ("Justice Department", "ORG"), ("Justice Ministry", "ORG"));
        var scalia = Single(doc, "Antonin Scalia");
        Assert.Equal(EntityLabel.Person, scalia.Label);
        Assert.Equal(2, scalia.Mentions.Count);
        Assert.Contains(doc.Entities, e => e.Label == EntityLabel.Person && Mentions(doc, e).Contains("Roberts"));
        Assert.DoesNotContain(doc.Entities, e => e.Label == EntityLabel.Person && Mentions(doc, e).Any(m => m.Contains("Justice", StringComparison.Ordinal)));

        // No one named Kennedy in full on the page, and a body's head word: both stay as the recognizer typed them.
        Assert.Equal(EntityLabel.Organization, Single(doc, "Justice Kennedy").Label);

        // The person named in full inside a titled organisation's span the resolver splits first.
        var alito = Resolve("Justice Samuel Alito wrote. Justice Alito agreed.", ("Justice Samuel Alito", "ORG"), ("Justice Alito", "ORG"));
        var person = Assert.Single(alito.Entities);
        Assert.Equal(EntityLabel.Person, person.Label);
        Assert.Equal(["Samuel Alito", "Alito"], Mentions(alito, person));
        Assert.Equal(EntityLabel.Organization, Single(doc, "Justice Department").Label);
        Assert.Equal(EntityLabel.Organization, Single(doc, "Justice Ministry").Label);
    }

    [Fact]
    public void A_title_and_its_holder_typed_an_organisation_are_the_body_and_the_person()
    {
        // Samples 13 and 15 (TimeBank/AQUAINT): "[FBI Director Louis Freeh]ORG", "[U.S. Attorney Mary Jo White]ORG".
        var doc = Resolve(
            "FBI Director Louis Freeh said the list was ready. U.S. Attorney Mary Jo White agreed. Freeh left. General Motors Corp. said nothing.",
            ("FBI Director Louis Freeh", "ORG"), ("U.S. Attorney Mary Jo White", "ORG"), ("Freeh", "PERSON"), ("General Motors Corp.", "ORG"));
        var freeh = Single(doc, "Louis Freeh");
        Assert.Equal(EntityLabel.Person, freeh.Label);
        Assert.Equal(2, freeh.Mentions.Count);
        Assert.Contains("Director", freeh.Roles.Single());
        Assert.Equal(EntityLabel.Organization, Single(doc, "FBI").Label);
        Assert.Equal(EntityLabel.Person, Single(doc, "Mary Jo White").Label);
        Assert.Equal(EntityLabel.Gpe, Single(doc, "U.S.").Label);

        // No given name after the role's word: the company stays whole.
        Assert.Equal(EntityLabel.Organization, Single(doc, "General Motors Corp.").Label);

        // A place's or a company's word among the holder's words: a name of its own ("… Park", "… Airport").
        var park = Resolve("They met at Mayor Tom Bradley Park on Sunday.", ("Mayor Tom Bradley Park", "ORG"));
        Assert.Equal(EntityLabel.Organization, Assert.Single(park.Entities).Label);
        var airport = Resolve("The plane left Princess Juliana International Airport late.", ("Princess Juliana International Airport", "ORG"));
        Assert.Equal(EntityLabel.Organization, Assert.Single(airport.Entities).Label);
    }

    [Fact]
    public void A_body_its_title_and_a_holder_of_no_listed_given_name_are_the_body_and_the_person()
    {
        // Sample 29 (PolNeAR): "[Republican National Committee Chairman Reince Priebus]ORG"; "Reince" is on no first-names list.
        var doc = Resolve(
            "Trump and Republican National Committee Chairman Reince Priebus will meet.",
            ("Trump", "PERSON"), ("Republican National Committee Chairman Reince Priebus", "ORG"));
        Assert.Equal(EntityLabel.Person, Single(doc, "Reince Priebus").Label);
        Assert.Contains("Chairman", Single(doc, "Reince Priebus").Roles.Single());
        Assert.Equal(EntityLabel.Organization, Single(doc, "Republican National Committee").Label);

        // No body's head word before the title, or more than two words after it: left whole.
        var award = Resolve("He won the Kennedy Center Chairman Emeritus Medal Award.", ("Kennedy Center Chairman Emeritus Medal Award", "ORG"));
        Assert.Equal(EntityLabel.Organization, Assert.Single(award.Entities).Label);
        var prize = Resolve("He won the Lasker President Nkrumah Prize.", ("Lasker President Nkrumah Prize", "ORG"));
        Assert.Equal("Lasker President Nkrumah Prize", Assert.Single(prize.Entities).Name);
    }

    [Fact]
    public void A_person_of_an_organisation_typed_one_organisation_is_the_person_and_the_organisation()
    {
        // Sample 27 (PolNeAR): "and [Kaveh Majlesi of Lund University]ORG in Sweden"; "Kaveh" is on no first-names list.
        var doc = Resolve(
            "The paper is by Kaveh Majlesi of Lund University in Sweden. He works at the Bank of America and the Massachusetts Institute of Technology.",
            ("Kaveh Majlesi of Lund University", "ORG"), ("Sweden", "GPE"), ("Bank of America", "ORG"), ("Massachusetts Institute of Technology", "ORG"));
        Assert.Equal(EntityLabel.Person, Single(doc, "Kaveh Majlesi").Label);
        Assert.Equal(EntityLabel.Organization, Single(doc, "Lund University").Label);

        // A body's own "of": one word before it, or a head word before it.
        Assert.Equal(EntityLabel.Organization, Single(doc, "Bank of America").Label);
        Assert.Equal(EntityLabel.Organization, Single(doc, "Massachusetts Institute of Technology").Label);
        var friends = Resolve("Young Friends of the Earth said so.", ("Young Friends of the Earth", "ORG"));
        Assert.Equal("Young Friends of the Earth", Assert.Single(friends.Entities).Name);
    }

    [Fact]
    public void A_persons_mention_of_role_words_alone_names_no_one()
    {
        // VOA ("[Mr.]PERSON [Ahmadinejad]PERSON", "Ethiopian [Prime]PERSON Minister [Meles Zenawi]PERSON"), samples 4 and 12
        // ("[Dr.]PERSON [Owen John Dempsey]", "[Sheriff]PERSON's deputies").
        var doc = Resolve(
            "Khatami called on Mr. Ahmadinejad to stay. Ethiopian Prime Minister Meles Zenawi warned. Sheriff's deputies came. Stephen King wrote. King said so.",
            ("Mr.", "PERSON"), ("Ahmadinejad", "PERSON"), ("Ethiopian", "NORP"), ("Prime", "PERSON"), ("Meles Zenawi", "PERSON"), ("Sheriff", "PERSON"),
            ("Stephen King", "PERSON"), ("King", "PERSON"));
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Mr." or "Prime" or "Sheriff");
        Assert.Contains("Prime Minister", Single(doc, "Meles Zenawi").Roles.Single());
        Assert.Single(doc.Entities, e => e.Name == "Ahmadinejad");

        // A role's word that is the surname of a person the page names in full stays that person.
        Assert.Equal(2, Single(doc, "Stephen King").Mentions.Count);

        // The role reader then reaches past the lone role word to an organisation closed by its head word, which keeps
        // its last word though it is also a role's ("party leader"): Wikinews.
        var party = Resolve("Candidates include former Libertarian Party Vice Chairman Arvin Vohra.",
            ("Libertarian Party", "ORG"), ("Vice", "PERSON"), ("Arvin Vohra", "PERSON"));
        Assert.Equal(EntityLabel.Organization, Single(party, "Libertarian Party").Label);
        Assert.Contains("Libertarian Party Vice Chairman", Single(party, "Arvin Vohra").Roles.Single());
    }
    [Fact]
    public void A_name_after_in_that_the_gazetteer_knows_is_a_place_but_a_body_is_not()
    {
        var doc = Resolve(
            "Blinken arrived in Tel Aviv on Tuesday. In Sao Paulo, the vote passed in Congress and in NATO.",
            ("Blinken", "PERSON"), ("Tel Aviv", "ORG"), ("Sao Paulo", "PERSON"), ("Congress", "ORG"), ("NATO", "ORG"));
        var telAviv = Single(doc, "Tel Aviv");
        Assert.Equal(EntityLabel.Gpe, telAviv.Label);
        Assert.Equal("Israel", telAviv.Country);
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Sao Paulo").Label);
        Assert.Equal(EntityLabel.Organization, Single(doc, "Congress").Label);
        Assert.Equal(EntityLabel.Organization, Single(doc, "NATO").Label);
    }

    [Fact]
    public void A_world_capital_wins_over_the_one_namesake_town_of_a_named_country_unless_its_sentence_names_that_country()
    {
        var brussels = Resolve("U.S. officials praised the plan. Talks in Brussels ended on Monday.", ("U.S.", "GPE"), ("Brussels", "GPE"));
        Assert.Equal("Belgium", Single(brussels, "Brussels").Country);

        var tripoli = Resolve(
            "He fled to Lebanon. German prosecutors say he surrendered in the Lebanese coastal city of Tripoli.",
            ("Lebanon", "GPE"), ("German", "NORP"), ("Lebanese", "NORP"), ("Tripoli", "GPE"));
        Assert.Equal("Lebanon", Single(tripoli, "Tripoli").Country);
    }

    [Fact]
    public void A_town_name_left_unplaced_takes_the_reading_near_the_articles_located_places()
    {
        // Brooklyn has readings in Australia, New Zealand and seven US states: New York City singles out New York's
        var brooklyn = Resolve("Officials in New York City said police in Brooklyn arrested two men.", ("New York City", "GPE"), ("Brooklyn", "GPE"));
        var place = Single(brooklyn, "Brooklyn");
        Assert.Equal("United States", place.Country);
        Assert.InRange(place.Latitude!.Value, 40.5, 40.8);

        // with no located place, or with another reading's state named, the name stays unplaced
        Assert.Null(Single(Resolve("Police in Brooklyn arrested two men.", ("Brooklyn", "GPE")), "Brooklyn").Latitude);
        var named = Resolve(
            "Officials in New York City said police in Brooklyn and in Iowa arrested two men.",
            ("New York City", "GPE"), ("Brooklyn", "GPE"), ("Iowa", "GPE"));
        Assert.Null(Single(named, "Brooklyn").Latitude);

        // a name with one reading is placed by its neighbour too where the article names other countries (rule 7 needs none)
        var plant = Resolve(
            "France and Italy watched as the plant in Grünheide near Berlin opened.",
            ("France", "GPE"), ("Italy", "GPE"), ("Grünheide", "GPE"), ("Berlin", "GPE"));
        Assert.Equal("Germany", Single(plant, "Grünheide").Country);

        // a first-level division's name keeps the division rules ("Nevada" beside a town of Iowa is the state)
        var nevada = Resolve("Steyer campaigned in Iowa and then in Nevada.", ("Iowa", "GPE"), ("Nevada", "GPE"));
        Assert.NotEqual(42.0, Math.Round(Single(nevada, "Nevada").Latitude ?? 0));
    }

    [Fact]
    public void A_division_unplaced_beside_two_placed_divisions_of_one_country_is_that_countrys()
    {
        // "California" has towns in several countries and the article names no country: Ohio and Texas, placed in the
        // US, single out the state (the second unseen sample's California Globe page)
        var beside = Resolve("A court in California ruled on Thursday. Lawyers in Ohio and Texas were surprised.",
            ("California", "GPE"), ("Ohio", "GPE"), ("Texas", "GPE"));
        var california = Single(beside, "California");
        Assert.Equal("United States", california.Country);
        Assert.InRange(california.Latitude!.Value, 32.5, 42.0);
        Assert.InRange(california.Longitude!.Value, -124.5, -114.0);

        // one placed division is not enough; nor are divisions of another country than the name's
        Assert.Null(Single(Resolve("A court in California ruled. Lawyers in Ohio were surprised.",
            ("California", "GPE"), ("Ohio", "GPE")), "California").Country);
        Assert.Null(Single(Resolve("A court in California ruled. Lawyers in Ontario and Quebec were surprised.",
            ("California", "GPE"), ("Ontario", "GPE"), ("Quebec", "GPE")), "California").Country);
    }

    [Fact]
    public void A_division_unplaced_beside_two_placed_towns_of_one_country_is_that_countrys()
    {
        // as the fourth unseen sample's NBC page: "California" beside towns placed in the US (San Ysidro, El Paso), no state named
        var beside = Resolve("Doctors offered flu shots to detainees in California. Cells in Houston and Dallas were full.",
            ("California", "GPE"), ("Houston", "GPE"), ("Dallas", "GPE"));
        var california = Single(beside, "California");
        Assert.Equal("United States", california.Country);
        Assert.InRange(california.Latitude!.Value, 32.5, 42.0);

        // one placed town is not enough
        Assert.Null(Single(Resolve("Doctors offered flu shots in California. Cells in Dallas were full.",
            ("California", "GPE"), ("Dallas", "GPE")), "California").Country);
    }

    [Fact]
    public void A_street_read_as_an_organisation_or_a_person_is_a_place()
    {
        // the second and third unseen samples' streets
        var doc = Resolve("Police patrolled Coalpool Road and Goscote Lane, and the concourse by 33rd Street closed.",
            ("Coalpool Road", "ORG"), ("Goscote Lane", "PERSON"), ("33rd Street", "PERSON"));
        Assert.Equal(EntityLabel.Location, Single(doc, "Coalpool Road").Label);
        Assert.Equal(EntityLabel.Location, Single(doc, "Goscote Lane").Label);
        Assert.Equal(EntityLabel.Location, Single(doc, "33rd Street").Label);

        // a street lies in the country of the article's places when they all lie in one; not beside two countries
        Assert.Equal("United Kingdom", Single(Resolve("Police closed Goscote Lane in Walsall, England.",
            ("Goscote Lane", "PERSON"), ("Walsall", "GPE"), ("England", "GPE")), "Goscote Lane").Country);
        Assert.Null(Single(Resolve("Police closed Goscote Lane. Officers from England and France met.",
            ("Goscote Lane", "PERSON"), ("England", "GPE"), ("France", "GPE")), "Goscote Lane").Country);

        // a person opened by a given name, and streets news writes for an institution, keep the recognizer's reading
        var kept = Resolve("Nathan Lane joined Wall Street and Downing Street critics.",
            ("Nathan Lane", "PERSON"), ("Wall Street", "ORG"), ("Downing Street", "ORG"));
        Assert.Equal(EntityLabel.Person, Single(kept, "Nathan Lane").Label);
        Assert.Equal(EntityLabel.Organization, Single(kept, "Wall Street").Label);
        Assert.Equal(EntityLabel.Organization, Single(kept, "Downing Street").Label);
    }

    [Fact]
    public void The_streets_of_addresses_and_numbered_streets_are_places()
    {
        // the sixth unseen sample's kinds: a street after a house number whatever the recognizer made of it (an
        // abbreviation typed MISC, a "Place" typed PERSON, a county road with its route number that took the house
        // number into an ORG, an untagged "Drive"), an ordinal street untagged, two streets joined by "and"
        var doc = Resolve("Police arrested a man of 412 Ninth St., a woman of 88 Marlow Drive and a man of 5120 E. County Road 300N "
            + "behind 77 Ashgrove Place, near 21st Street and near Third Street and Maple Avenue.",
            ("Ninth St.", "MISC"), ("5120 E. County Road 300N", "ORG"), ("Ashgrove Place", "PERSON"), ("Third Street and Maple Avenue", "ORG"));
        foreach (var street in new[] { "Ninth St.", "Marlow Drive", "E. County Road 300N", "Ashgrove Place", "21st Street", "Third Street", "Maple Avenue" })
        {
            Assert.Equal(EntityLabel.Location, Single(doc, street).Label);
        }

        Assert.Equal(7, doc.Entities.Length);

        // without a house number an address's word closes no street; a year after a determiner is no house number; a
        // street named for an institution stays as it is; an ordinal street that opens a longer name is not the street
        var kept = Resolve("Ashgrove Place won. A 2012 Supreme Court Drive ruling came, a spokesman for 10 Downing Street said, "
            + "and First Street Foundation staff agreed.", ("Ashgrove Place", "PERSON"));
        Assert.Equal(EntityLabel.Person, Single(kept, "Ashgrove Place").Label);
        Assert.Single(kept.Entities);
    }

    [Fact]
    public void A_persons_name_closed_by_an_organisations_head_word_is_the_organisation()
    {
        // the second unseen sample's "Sele School" and VOA's "Delphi Corporation", both typed PERSON by the recognizer;
        // a company's or club's closing word too (the samples' "Dick Clark Productions", "Tequila Works", "West Ham United",
        // "Harry S. Truman Library", "Edison Research")
        var doc = Resolve("Pupils of Marlow Vale School met staff of Orrin Steel Corporation and the Hal Pemberton Foundation. "
            + "Orrin Vale Productions sued Kestrel Works, and Marlow Heath United fans cheered. The Hal S. Pemberton Library "
            + "and Edison Research polled voters.",
            ("Marlow Vale School", "PERSON"), ("Orrin Steel Corporation", "PERSON"), ("Hal Pemberton Foundation", "PERSON"),
            ("Orrin Vale Productions", "PERSON"), ("Kestrel Works", "PERSON"), ("Marlow Heath United", "PERSON"),
            ("Hal S. Pemberton Library", "PERSON"), ("Edison Research", "PERSON"));
        Assert.All(doc.Entities, e => Assert.Equal(EntityLabel.Organization, e.Label));
        Assert.Equal(8, doc.Entities.Length);

        // a given name and a surname that is a head word, and a name after an honorific, stay persons
        // (a closing word is no surname: "Anna Records" is the label)
        var kept = Resolve("Eric Church sang, and Mr. Kresz Union spoke. Anna Records signed him.", ("Eric Church", "PERSON"), ("Kresz Union", "PERSON"), ("Anna Records", "PERSON"));
        Assert.Equal(["Eric Church", "Kresz Union"], kept.Entities.Where(e => e.Label == EntityLabel.Person).Select(e => e.Name));
        Assert.Equal(EntityLabel.Organization, Single(kept, "Anna Records").Label);
    }

    [Fact]
    public void A_party_members_word_joined_to_a_persons_name_is_the_people_and_the_person()
    {
        // the eighteenth and twenty-first unseen samples' "progressive [Democrat Zephyr Teachout]ORG", "over [Republican
        // Trump]ORG" beside "Donald Trump": the party word is a NORP, the name after it the person
        var doc = Resolve("Anna Quarrtez met Democrat Eric Vollan, and voters chose Republican Quarrtez over Democrat Zeffo Tillak. Tillak lost.",
            ("Anna Quarrtez", "PERSON"), ("Democrat Eric Vollan", "ORG"), ("Republican Quarrtez", "ORG"), ("Democrat Zeffo Tillak", "ORG"), ("Tillak", "PERSON"));
        Assert.Equal(EntityLabel.Person, Single(doc, "Eric Vollan").Label);
        Assert.Equal(EntityLabel.Person, Single(doc, "Zeffo Tillak").Label);
        Assert.Equal(EntityLabel.Norp, Single(doc, "Democrat").Label);
        Assert.Equal(EntityLabel.Norp, Single(doc, "Republican").Label);
        Assert.Equal(EntityLabel.Person, Single(doc, "Anna Quarrtez").Label);
        Assert.Equal(5, doc.Entities.Length);

        // a faith's people after the party word is a people of its own; a party's own name stays as it is
        var kept = Resolve("The Republican National Committee met Democratic Muslims.", ("Republican National Committee", "ORG"), ("Democratic Muslims", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(kept, "Republican National Committee").Label);
        Assert.Equal(EntityLabel.Norp, Single(kept, "Muslims").Label);
        Assert.Equal(EntityLabel.Norp, Single(kept, "Democratic").Label);
    }

    [Fact]
    public void A_given_name_then_an_institutions_head_word_that_is_no_surname_is_the_organisation()
    {
        // the thirty-sixth unseen sample's "Rand Corporation" typed PERSON: a given name, then a head word no surname is
        var doc = Resolve("Staff of the Eric Corporation, the Anna Foundation and the Mark Institute agreed.",
            ("Eric Corporation", "PERSON"), ("Anna Foundation", "PERSON"), ("Mark Institute", "PERSON"));
        Assert.All(doc.Entities, e => Assert.Equal(EntityLabel.Organization, e.Label));
        Assert.Equal(3, doc.Entities.Length);

        // a head word that is a surname too stays the person's
        var kept = Resolve("Eric Church and Margaret Court met.", ("Eric Church", "PERSON"), ("Margaret Court", "PERSON"));
        Assert.All(kept.Entities, e => Assert.Equal(EntityLabel.Person, e.Label));
    }

    [Fact]
    public void A_places_name_closed_by_an_institutions_head_word_is_the_organisation()
    {
        // the fourteenth unseen sample's "National Assembly", "Communist Party", "New York Stock Exchange", typed LOC
        var doc = Resolve("The Kestrel National Assembly met. The Orrin Party and the Marlow Stock Exchange agreed.",
            ("Kestrel National Assembly", "LOC"), ("Orrin Party", "LOC"), ("Marlow Stock Exchange", "LOC"));
        Assert.All(doc.Entities, e => Assert.Equal(EntityLabel.Organization, e.Label));
        Assert.Equal(3, doc.Entities.Length);

        // a newspaper's title word, after a place's or a person's name (samples 13 and 20: "Cape Argus", "Miami Herald" LOC)
        var papers = Resolve("It was first reported by the Kestrel Herald. The Orrin Argus and the Houston Chronicle followed.",
            ("Kestrel Herald", "LOC"), ("Orrin Argus", "LOC"), ("Houston Chronicle", "PERSON"));
        Assert.All(papers.Entities, e => Assert.Equal(EntityLabel.Organization, e.Label));
        Assert.Equal(3, papers.Entities.Length);

        // a head word that also closes places ("West Bank", "Kennedy Center") and a one-word mention stay places
        var kept = Resolve("The Kestrel Bank and the Orrin Center lie near Party.", ("Kestrel Bank", "LOC"), ("Orrin Center", "LOC"), ("Party", "LOC"));
        Assert.All(kept.Entities, e => Assert.Equal(EntityLabel.Location, e.Label));
    }

    [Fact]
    public void A_family_named_by_two_persons_makes_its_members_and_a_given_name_alone_persons()
    {
        // the fourteenth unseen sample's "Manolo Gonzalez" LOC and "Elian Gonzalez" ORG beside "Lazaro Gonzalez" and
        // "Juan Miguel Gonzalez", then "Elian" LOC alone (invented names)
        var doc = Resolve("John Quarrtez and Mary Ann Quarrtez met Oyelo Quarrtez and Tabbo Quarrtez. Oyelo stayed. Tabbo left.",
            ("John Quarrtez", "PERSON"), ("Mary Ann Quarrtez", "PERSON"), ("Oyelo Quarrtez", "LOC"), ("Tabbo Quarrtez", "ORG"),
            ("Oyelo", "LOC"), ("Tabbo", "ORG"));
        Assert.All(doc.Entities, e => Assert.Equal(EntityLabel.Person, e.Label));

        // one person of the family is not enough ("Rocky Linux" typed PERSON), nor a word the page writes in lower case
        var kept = Resolve("John Quarrtez met Oyelo Quarrtez. Will Prize and Anna Prize won the Nemmers Prize, a prize.",
            ("John Quarrtez", "PERSON"), ("Oyelo Quarrtez", "LOC"), ("Will Prize", "PERSON"), ("Anna Prize", "PERSON"), ("Nemmers Prize", "ORG"));
        Assert.Equal(EntityLabel.Location, Single(kept, "Oyelo Quarrtez").Label);
        Assert.Equal(EntityLabel.Organization, Single(kept, "Nemmers Prize").Label);
    }

    [Fact]
    public void A_given_name_alone_typed_a_place_is_the_person_named_in_full_without_a_family()
    {
        // the twentieth unseen sample's "Park" LOC beside "Park Geun Hye"; Wikinews' "Valeria" LOC ×3 beside "Valeria
        // Gazzola": the page names no family of two persons
        var doc = Resolve("Valeria Gazzola studies rats. The problem, like Valeria was saying, is pain.",
            ("Valeria Gazzola", "PERSON"), ("Valeria", "LOC"));
        Assert.Equal(EntityLabel.Person, Assert.Single(doc.Entities).Label);

        // not a place the gazetteer knows
        var kept = Resolve("Paris Hilton flew home. Paris was cold.", ("Paris Hilton", "PERSON"), ("Paris", "LOC"));
        Assert.NotEqual(EntityLabel.Person, Single(kept, "Paris").Label);

        // a given name on no list (one of both genders) opening a person's full name (sample 18: "I gave the co-founder
        // to [Hillary]LOC" beside "Hillary Clinton"); not when the word opens an organisation's name too
        var full = Resolve("Hillary Clinton spoke. I gave it to Hillary.", ("Hillary Clinton", "PERSON"), ("Hillary", "LOC"));
        Assert.All(full.Layer<EntityMention>(), m => Assert.Equal(EntityLabel.Person, m.Label));
        var firm = Resolve("Shearson Lehman Hutton said Shearson Lehman sold. Stocks rose at Shearson.",
            ("Shearson Lehman Hutton", "ORG"), ("Shearson Lehman", "PERSON"), ("Shearson", "LOC"));
        Assert.Equal(EntityLabel.Location, Single(firm, "Shearson").Label);

        // nor when the "full name" is a place the recognizer typed PERSON, closed by a generic place word (quote sample 16)
        var harbour = Resolve("They met at Wharemoa Harbour. He returned to Wharemoa.", ("Wharemoa Harbour", "PERSON"), ("Wharemoa", "LOC"));
        Assert.Equal(EntityLabel.Location, Single(harbour, "Wharemoa").Label);
    }

    [Fact]
    public void A_full_name_typed_a_place_whose_surname_the_page_types_a_person_is_the_person()
    {
        // issue 17's sample 34: "ominous denunciations of [Hillary Clinton]LOC" beside "[Clinton]PERSON"
        var doc = Resolve("They made ominous denunciations of Hillary Clinton. Clinton answered them.",
            ("Hillary Clinton", "LOC"), ("Clinton", "PERSON"));
        Assert.All(doc.Layer<EntityMention>(), m => Assert.Equal(EntityLabel.Person, m.Label));

        // three words, a first word not written as a name is, a place or a party's word before the surname: as typed
        var kept = Resolve("Jets flew over the Gulf of Finland. Finland spoke. He moved to CentOS Stream. Stream said so. "
            + "The Democratic Dean won. Dean spoke. Crowds in Miami Gonzalez rallied. Gonzalez came.",
            ("Gulf of Finland", "LOC"), ("Finland", "PERSON"), ("CentOS Stream", "LOC"), ("Stream", "PERSON"),
            ("Democratic Dean", "LOC"), ("Dean", "PERSON"), ("Miami Gonzalez", "LOC"), ("Gonzalez", "PERSON"));
        Assert.All(new[] { "Gulf of Finland", "CentOS Stream", "Democratic Dean", "Miami Gonzalez" },
            name => Assert.Contains(kept.Layer<EntityMention>(), m => kept.TextOf(m.Span) == name && m.Label != EntityLabel.Person));
    }

    [Fact]
    public void A_full_name_opened_by_a_given_name_typed_a_place_is_the_person()
    {
        // issue 17's samples 27 and 22: "[Marco Rubio]LOC", "[Carly Fiorina]LOC", no other mention of them on the page
        var doc = Resolve("Voters turned from Marco Rubio. His allegiance has shifted from Carly Fiorina.",
            ("Marco Rubio", "LOC"), ("Carly Fiorina", "LOC"));
        Assert.All(doc.Layer<EntityMention>(), m => Assert.Equal(EntityLabel.Person, m.Label));

        // a place's generic word, a place or a common word after the given name, or a gazetteer place: as typed
        var kept = Resolve("They flew to Victoria Falls. They drove to Victoria Texas. They sailed to Santa Cruz. "
            + "They saw the Red Fort. A man died in Sari Pul province. He lives at 2134 Caldwell Place. West Mercia police came. He backed La Raza.",
            ("Victoria Falls", "LOC"), ("Victoria Texas", "GPE"), ("Santa Cruz", "GPE"), ("Red Fort", "LOC"), ("Sari Pul", "GPE"),
            ("Caldwell Place", "LOC"), ("West Mercia", "LOC"), ("La Raza", "LOC"));
        Assert.DoesNotContain(kept.Layer<EntityMention>(), m => m.Label == EntityLabel.Person);
    }

    [Fact]
    public void A_place_opened_by_saint_fort_or_mount_read_as_a_title_is_the_place()
    {
        // issue 17's sample 37: the dateline "ST. LOUIS" → "[LOUIS]PERSON", sentence-first "[St. Louis]PERSON" → "Louis"
        var doc = Resolve("ST. LOUIS — Officials met.\n\nSt. Louis, the city's neighbor, was No. 19. Ft. Worth police came.",
            ("LOUIS", "PERSON"), ("Louis", "PERSON"), ("Ft. Worth", "PERSON"));
        Assert.Equal(["ST. LOUIS", "St. Louis", "Ft. Worth"], doc.Layer<EntityMention>().Select(m => doc.TextOf(m.Span)).ToList());
        Assert.All(doc.Layer<EntityMention>(), m => Assert.Equal(EntityLabel.Gpe, m.Label));

        // a saint's name that no town bears, or "Mt." before no name: as typed
        var kept = Resolve("St. Xerxesqua said so. He met Mt. Qzzvbar.", ("St. Xerxesqua", "PERSON"), ("Qzzvbar", "PERSON"));
        Assert.All(kept.Layer<EntityMention>(), m => Assert.Equal(EntityLabel.Person, m.Label));
    }

    [Fact]
    public void A_town_typed_a_person_with_no_persons_evidence_beside_places_or_typed_a_place_elsewhere_is_the_place()
    {
        // issue 17's samples 37, 1 and 2: "[Ferguson]PERSON had" beside "[Ferguson]GPE, Missouri"; "only [Denver]PERSON
        // and [Pueblo]GPE"; "including [Devon]PERSON, [Cornwall]PERSON, and [Hampshire]GPE"
        var doc = Resolve("Ferguson, Missouri, is small. In 2014, Ferguson had 115 crimes. Only Denver and Pueblo grew. "
            + "Schools shut in Devon, Cornwall, and Hampshire. Members came from Alabama, Arkansas, California and Maine.",
            ("Ferguson", "GPE"), ("Missouri", "GPE"), ("Ferguson", "PERSON"), ("Denver", "PERSON"), ("Pueblo", "GPE"),
            ("Devon", "PERSON"), ("Cornwall", "PERSON"), ("Hampshire", "GPE"), ("Alabama", "PERSON"), ("Arkansas", "GPE"), ("California", "GPE"), ("Maine", "GPE"));
        Assert.Empty(doc.Layer<EntityMention>().Where(m => m.Label != EntityLabel.Gpe).Select(m => doc.TextOf(m.Span)));

        // a person's evidence on the page (a named person's surname, "he" after it, an honorific), or no place beside it: as typed
        // a fronted phrase ("In Qatar, Clinton is"), a modifier ("U.N. and Western diplomats"), or a full name opened by it
        var kept = Resolve("Alex Ferguson spoke in Glasgow. Ferguson and Glasgow agreed. Denver, he said, and Pueblo. "
            + "Mr. Cornwall, Hampshire and Dorset met. Brooklyn was his answer. In Qatar, Clinton is to speak. "
            + "Hamza bin Laden was named. Hamza and Kabul were cited. Williams, Duluth, Ga., is an insurer. Christie, Bush, and Ohio Gov. John Kasich ran.",
            ("Alex Ferguson", "PERSON"), ("Glasgow", "GPE"), ("Ferguson", "PERSON"), ("Glasgow", "GPE"), ("Denver", "PERSON"), ("Pueblo", "GPE"),
            ("Cornwall", "PERSON"), ("Hampshire", "GPE"), ("Dorset", "GPE"), ("Brooklyn", "PERSON"), ("Qatar", "GPE"), ("Clinton", "PERSON"),
            ("Hamza bin Laden", "PERSON"), ("Hamza", "PERSON"), ("Kabul", "GPE"), ("Williams", "PERSON"), ("Duluth", "GPE"), ("Ga.", "GPE"),
            ("Christie", "PERSON"), ("Bush", "PERSON"), ("Ohio", "GPE"), ("John Kasich", "PERSON"));
        Assert.Equal(["Alex Ferguson", "Ferguson", "Denver", "Cornwall", "Brooklyn", "Clinton", "Hamza bin Laden", "Hamza", "Williams", "Christie", "Bush", "John Kasich"],
            kept.Layer<EntityMention>().Where(m => m.Label == EntityLabel.Person).Select(m => kept.TextOf(m.Span)).ToList());
    }

    [Fact]
    public void A_named_persons_surname_typed_a_place_where_the_page_types_it_a_person_more_is_the_person()
    {
        // issue 17's samples 18 and 21: "in [Clinton]GPE’s State Department" beside "Hillary Clinton" and "[Clinton]PERSON" ×2;
        // two bearers of the surname, so no one bearer takes its mentions (AddSurnameMentions)
        var doc = Resolve("Bill Clinton and Hillary Clinton spoke. Clinton said no. Clinton left. He served in Clinton’s State Department.",
            ("Bill Clinton", "PERSON"), ("Hillary Clinton", "PERSON"), ("Clinton", "PERSON"), ("Clinton", "PERSON"), ("Clinton", "GPE"));
        Assert.DoesNotContain(doc.Layer<EntityMention>(), m => doc.TextOf(m.Span) == "Clinton" && m.Label != EntityLabel.Person);

        // a strong place cue anywhere (a comma and a state, "the city of", a list of places), a country's name, no full
        // name opened by a given name, or the word typed a place as often as a person: as typed
        string[] kept =
        [
            "Bill Clinton and Hillary Clinton spoke. Clinton said no. Clinton left. He flew to Clinton, Iowa.",
            "Bill Clinton and Hillary Clinton spoke. Clinton said no. Clinton left. He flew to the city of Clinton.",
            "Bill Clinton and Hillary Clinton spoke. Clinton said no. Clinton left. He flew to Clinton and Dubuque.",
            "Michael Jordan and Eddie Jordan spoke. Jordan said no. Jordan left. He flew to Jordan.",
        ];
        foreach (var text in kept)
        {
            string surname = text.Contains("Jordan", StringComparison.Ordinal) ? "Jordan" : "Clinton";
            var spans = new List<(string, string)> { (surname == "Jordan" ? "Michael Jordan" : "Bill Clinton", "PERSON"), (surname == "Jordan" ? "Eddie Jordan" : "Hillary Clinton", "PERSON"), (surname, "PERSON"), (surname, "PERSON"), (surname, "GPE") };
            if (text.Contains("Iowa", StringComparison.Ordinal))
            {
                spans.Add(("Iowa", "GPE"));
            }

            if (text.Contains("Dubuque", StringComparison.Ordinal))
            {
                spans.Add(("Dubuque", "GPE"));
            }

            var resolved = Resolve(text, [.. spans]);
            Assert.Contains(resolved.Layer<EntityMention>(), m => resolved.TextOf(m.Span) == surname && m.Label == EntityLabel.Gpe);
        }

        var even = Resolve("Bill Clinton and Hillary Clinton spoke. Clinton left. He flew to Clinton. Clinton is a small town.",
            ("Bill Clinton", "PERSON"), ("Hillary Clinton", "PERSON"), ("Clinton", "PERSON"), ("Clinton", "GPE"), ("Clinton", "GPE"));
        Assert.Equal(2, even.Layer<EntityMention>().Count(m => even.TextOf(m.Span) == "Clinton" && m.Label == EntityLabel.Gpe));
    }

    [Fact]
    public void A_given_name_left_untagged_alone_is_the_person_named_in_full_by_it()
    {
        // issue 17's samples 31, 33 and 35: "the connections that Hillary has", "With Hillary, I don't" beside "Hillary
        // Clinton", untagged
        var doc = Resolve("Hillary Clinton spoke. He lacks the connections that Hillary has. With Hillary, I see no fight.",
            ("Hillary Clinton", "PERSON"));
        Assert.Equal(3, doc.Layer<EntityMention>().Count(m => m.Label == EntityLabel.Person && doc.TextOf(m.Span).StartsWith("Hillary", StringComparison.Ordinal)));
        Assert.Equal(EntityLabel.Person, Assert.Single(doc.Entities).Label);

        // a common word, a place, a word beside another capitalised one, or one opening an organisation's name: untagged
        var kept = Resolve("Will Smith came. Will it rain? Paris Hilton flew. Paris was cold. Hillary Clinton spoke of Hillary Rodham. "
            + "Goldman Sachs hired Goldman Smith. Goldman fell.",
            ("Will Smith", "PERSON"), ("Paris Hilton", "PERSON"), ("Hillary Clinton", "PERSON"),
            ("Goldman Sachs", "ORG"), ("Goldman Smith", "PERSON"));
        Assert.DoesNotContain(kept.Layer<EntityMention>(), m => kept.TextOf(m.Span) is "Will" or "Paris" or "Goldman" or "Hillary");

        // nor a word the page types alone as another kind of name (sample 12: "[Facebook CEO]PERSON", "[Facebook]MISC")
        var firm = Resolve("The Facebook CEO spoke. A key Facebook approach won. He sued Oculus and Facebook today.",
            ("Facebook CEO", "PERSON"), ("Facebook", "MISC"), ("Oculus", "ORG"));
        Assert.DoesNotContain(firm.Layer<EntityMention>(), m => firm.TextOf(m.Span) == "Facebook" && m.Label == EntityLabel.Person);

        // nor the first word of a "name" closed by a role's word, nor a quotation's only word (a film's title); quote sample 1 and 2
        var titled = Resolve("SAG-AFTRA President Fran Drescher spoke. SAG-AFTRA members won. Judy Garland died. Renée Zellweger won for “Judy.”",
            ("SAG-AFTRA President", "PERSON"), ("Fran Drescher", "PERSON"), ("Judy Garland", "PERSON"));
        Assert.DoesNotContain(titled.Layer<EntityMention>(), m => titled.TextOf(m.Span) is "SAG-AFTRA" or "Judy" && m.Label == EntityLabel.Person);
    }

    [Fact]
    public void Common_words_in_a_title_case_heading_are_no_names()
    {
        // the unseen samples' headings "Impacts on Travel and Education", "Interior and Technology", "RELATED INFORMATION"
        var doc = Resolve("Storm warning\n\nImpacts on Travel and Education\n\nSchools closed on Monday.\n\nRELATED INFORMATION\n\nShare this.",
            ("Education", "ORG"), ("INFORMATION", "ORG"));
        Assert.Empty(doc.Entities);

        // not a name the tagger does not list as a common word, nor one the page writes capitalised in running text,
        // nor a mention in a line of running text
        var kept = Resolve("Kestrel and Education\n\nFunds went to Education and to Kestrel.\n\nThe Education board met.",
            ("Kestrel", "ORG"), ("Education", "ORG"), ("Education", "ORG"), ("Kestrel", "ORG"), ("Education", "ORG"));
        Assert.Equal(5, kept.Entities.SelectMany(e => Mentions(kept, e)).Count());
    }

    [Fact]
    public void A_one_word_person_that_opens_a_company_named_in_full_is_the_company()
    {
        // Wikinews' "Ford" beside "Ford Motor Company", typed PERSON by the recognizer
        var doc = Resolve("Kestrel Motor Company recalled cars. Regulators said Kestrel's tests failed.",
            ("Kestrel Motor Company", "ORG"), ("Kestrel", "PERSON"));
        Assert.Equal([EntityLabel.Organization, EntityLabel.Organization], doc.Entities.Select(e => e.Label));

        // not when the text names a person of that surname, nor a role's word ("General" of "General Motors")
        var kept = Resolve("Kestrel Motor Company grew under Anna Kestrel. Kestrel said so. General Motors hired a General.",
            ("Kestrel Motor Company", "ORG"), ("Anna Kestrel", "PERSON"), ("Kestrel", "PERSON"), ("General Motors", "ORG"), ("General", "PERSON"));
        Assert.Equal(2, Single(kept, "Anna Kestrel").Mentions.Count);
        Assert.DoesNotContain(kept.Entities, e => e.Name == "General"); // a role's word alone names no one (RoleWordsAlone)
    }

    [Fact]
    public void A_short_form_of_an_organisation_the_page_names_in_full_is_that_organisation()
    {
        // the sixteenth unseen sample's "Diversified" LOC beside "Diversified Investment Group Inc.", "Heritage"
        // untagged beside "Heritage Media Corp." (invented names but Heritage, a town in Saskatchewan too)
        var doc = Resolve("Ana Ruiz works at Shearvell Varsk Brelley Inc. Shearvell Varsk, however, trades. Brokers such as Shearvell do so.",
            ("Ana Ruiz", "PERSON"), ("Shearvell Varsk Brelley Inc.", "ORG"), ("Shearvell Varsk", "PERSON"), ("Shearvell", "LOC"));
        var orgs = MentionsLabelled(doc, EntityLabel.Organization);
        Assert.Equal(["Shearvell", "Shearvell Varsk", "Shearvell Varsk Brelley Inc."], orgs.Order());
        var company = Resolve("Heritage Media Corp. offered to buy the shares. Analysts said Heritage would issue stock, a Heritage spokesman said.",
            ("Heritage Media Corp.", "ORG"));
        Assert.Equal(3, MentionsLabelled(company, EntityLabel.Organization).Count);

        // a company's name in full the recognizer left untagged, then its short form typed LOC ("Star States Corp.")
        var untagged = Resolve("The deal gives Star Tirell the option, Dorvan Savings said. It agreed to be acquired by Star Tirell Corp. for stock. “Star is ours,” said The Ko Company, “and We are glad.”", ("Star Tirell", "LOC"), ("Dorvan Savings", "ORG"));
        Assert.Contains(untagged.Entities, e => e.Name == "The Ko Company" && e.Label == EntityLabel.Organization);
        Assert.DoesNotContain(untagged.Entities, e => e.Name is "Star" or "Ko" or "We");
        Assert.Equal(["Star Tirell", "Star Tirell Corp."], untagged.Entities.Where(e => e.Label == EntityLabel.Organization && e.Name.StartsWith("Star", StringComparison.Ordinal)).SelectMany(e => Mentions(untagged, e)).Order());

        // not a person the page gives a person's evidence, nor one an institution is named after, nor a known place or
        // a feature's name, nor an organisation's name not closed by a company's word, nor a word opening a sentence
        var kept = Resolve("The Shearvell Varsk Foundation Inc. gave money. Shearvell Varsk said so. Tirel Marsh Tobin Ltd. trades. Tirel Marsh said he would sell. Denver Tobin Corp. rose. Denver grew. Total Tobin Corp. fell. Total sales rose. Brelley Hill Project Ltd. digs at Brelley Hill. Varsk Ueno Hutton trades. Varsk Ueno sells.",
            ("Shearvell Varsk Foundation Inc.", "ORG"), ("Shearvell Varsk", "PERSON"), ("Tirel Marsh Tobin Ltd.", "ORG"), ("Tirel Marsh", "PERSON"), ("Denver Tobin Corp.", "ORG"),
            ("Denver", "LOC"), ("Total Tobin Corp.", "ORG"), ("Brelley Hill Project Ltd.", "ORG"), ("Brelley Hill", "LOC"), ("Varsk Ueno Hutton", "ORG"), ("Varsk Ueno", "PERSON"));
        Assert.Equal(3, kept.Entities.Count(e => e.Label == EntityLabel.Person));
        Assert.Equal(EntityLabel.Location, Single(kept, "Brelley Hill").Label);
        Assert.NotEqual(EntityLabel.Organization, Single(kept, "Denver").Label);
        Assert.DoesNotContain(kept.Entities, e => e.Name == "Total");
    }

    [Fact]
    public void A_nickname_the_page_writes_after_a_place_is_the_teams_wherever_it_stands_alone()
    {
        // the eighth unseen sample's "Thunder" beside "the Oklahoma City Thunder" (invented names: no list of teams)
        var doc = Resolve("The Denver Comets beat the Kestrels 98-90 on Tuesday. The Comets have won five straight games.\n\nComets: Host the Kestrels on Friday.",
            ("Denver Comets", "LOC"));
        var orgs = MentionsLabelled(doc, EntityLabel.Organization);
        Assert.Contains("Denver Comets", orgs);
        Assert.Equal(2, orgs.Count(m => m == "Comets"));
        Assert.Equal(2, orgs.Count(m => m == "Kestrels")); // a capitalised plural after "the" beside a game word, on a team's page

        // no game word near the name: a zoo's officials are no team; a city's own "City" is no nickname
        var kept = Resolve("Officials at the Oakland Zoo said the animal died. Zoo officials will watch the others. Melbourne City plans to change the City administration.",
            ("Oakland Zoo", "ORG"), ("Melbourne City", "LOC"));
        Assert.DoesNotContain(kept.Entities, e => e.Name is "Zoo" or "City");
    }

    [Fact]
    public void Names_that_open_a_score_line_are_teams_and_places_there_stay_places()
    {
        // the tenth unseen sample's "Panthers 5, Flyers 2:" (invented names)
        var doc = Resolve("Comets 4, Red Hornbills 1: Ana Ruiz scored twice. The Red Hornbills lost again.\n\nDenver 3, Boston 2: Omar Farouk scored.",
            ("Ana Ruiz", "PERSON"), ("Denver", "GPE"), ("Boston", "GPE"), ("Omar Farouk", "PERSON"));
        var orgs = MentionsLabelled(doc, EntityLabel.Organization);
        Assert.Equal(["Comets", "Red Hornbills", "Red Hornbills"], orgs.Order());
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Denver").Label);

        // no score line: a name before a figure and a comma in running text, a person's points
        var kept = Resolve("Figures show Comets 4, then Hornbills 1 in the table. Ruiz 12, Farouk 10: the scorers.",
            ("Ruiz", "PERSON"), ("Farouk", "PERSON"));
        Assert.DoesNotContain(kept.Entities, e => e.Label == EntityLabel.Organization);
    }

    [Fact]
    public void A_first_line_that_is_only_a_places_name_is_the_dateline()
    {
        // the tenth unseen sample's AP page: "Pittsburgh" on a line of its own, typed ORG beside "the Pittsburgh Penguins"
        var doc = Resolve("Pittsburgh\n\nThe Islanders beat the Pittsburgh Penguins on Tuesday.", ("Pittsburgh", "ORG"), ("Islanders", "ORG"), ("Pittsburgh Penguins", "ORG"));
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Pittsburgh").Label);

        // a first line that goes on after the name, or a name that is no place, is left as typed
        var kept = Resolve("Kestrel Motor\n\nPittsburgh Penguins won.", ("Kestrel Motor", "ORG"), ("Pittsburgh Penguins", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(kept, "Kestrel Motor").Label);
        var goesOn = Resolve("Pittsburgh won again\n\nThe Penguins beat Boston.", ("Pittsburgh", "ORG"), ("Penguins", "ORG"), ("Boston", "GPE"));
        Assert.Equal(EntityLabel.Organization, Single(goesOn, "Pittsburgh").Label);
    }

    [Fact]
    public void A_one_word_person_before_a_sequels_number_is_a_work()
    {
        // the sixth unseen sample's "Destiny 2" (the recognizer's "Destiny" PERSON)
        var doc = Resolve("Fans said Halcyon 2 runs at 1080p, and Mara Quill 3 was cut.", ("Halcyon", "PERSON"), ("Mara Quill", "PERSON"));
        var work = Single(doc, "Halcyon 2");
        Assert.Equal(EntityLabel.Misc, work.Label);
        Assert.Equal(EntitySubtype.Work, work.Subtype);

        // a full name, an age of two figures and a score keep the person
        var kept = Resolve("Mara Quill 3 left. Hollman 31, of Hope, and Federer 6-3 won.", ("Mara Quill", "PERSON"), ("Hollman", "PERSON"), ("Federer", "PERSON"));
        Assert.All(kept.Entities, e => Assert.Equal(EntityLabel.Person, e.Label));
        Assert.Equal(3, kept.Entities.Length);
    }

    [Fact]
    public void A_place_of_no_reading_named_after_a_place_lies_in_that_places_country()
    {
        // the unseen samples' airports, a beach and a region: no reading, named after a place of the article or one
        // whose readings lie in a country it speaks of
        var beach = Resolve("A body was found on Penarth Beach. Police in Penarth and Cardiff, Wales, said on Thursday.",
            ("Penarth Beach", "LOC"), ("Penarth", "GPE"), ("Cardiff", "GPE"), ("Wales", "GPE"));
        Assert.Equal("United Kingdom", Single(beach, "Penarth").Country);
        var named = Single(beach, "Penarth Beach");
        Assert.Equal("United Kingdom", named.Country);
        Assert.Null(named.Latitude);
        var airport = Resolve("Flights from London Heathrow to Seattle resume, the British airline said.",
            ("London Heathrow", "LOC"), ("Seattle", "GPE"), ("British", "NORP"));
        Assert.Equal("United Kingdom", Single(airport, "London Heathrow").Country);
        var compass = Resolve("Storms hit South Wales and Cornwall in the United Kingdom.",
            ("South Wales", "LOC"), ("Cornwall", "GPE"), ("United Kingdom", "GPE"));
        Assert.Equal("United Kingdom", Single(compass, "South Wales").Country);

        // a country's name is no evidence ("Niger Delta" lies in Nigeria), nor a place the article does not speak of
        Assert.Null(Single(Resolve("Oil spilled in the Niger Delta, Nigeria's government said.",
            ("Niger Delta", "LOC"), ("Nigeria", "GPE")), "Niger Delta").Country);
        Assert.Null(Single(Resolve("Fans filled Penarth Arena on Sunday.", ("Penarth Arena", "LOC")), "Penarth Arena").Country);

        // first words are read by the article's places and the usual reading only, not by their namesake towns
        // (Heathrow, Florida), and a name closed by an organisation's head word is no place
        Assert.Null(Single(Resolve("Flights left Heathrow Airport for Chicago, the U.S. airline said.",
            ("Heathrow Airport", "LOC"), ("Chicago", "GPE"), ("U.S.", "GPE")), "Heathrow Airport").Country);
        Assert.Null(Single(Resolve("The London Stock Exchange fell.", ("London Stock Exchange", "LOC")), "London Stock Exchange").Country);
    }

    [Fact]
    public void The_datelines_place_is_a_place_and_a_divisions_name_there_is_its_city()
    {
        // untagged: a GPE mention is added; tagged as an organisation: it becomes a GPE
        var chicago = Resolve(null, "CHICAGO", "CHICAGO (AP) — False claims spread on Monday.");
        var place = Single(chicago, "CHICAGO");
        Assert.Equal(EntityLabel.Gpe, place.Label);
        Assert.Equal("United States", place.Country);
        var boston = Resolve(null, "BOSTON", "BOSTON (WHDH) - Two juveniles were stabbed.", ("BOSTON", "ORG"));
        Assert.Equal(EntityLabel.Gpe, Single(boston, "BOSTON").Label);

        // "NEW YORK" in a dateline is New York City, not the state's centre; elsewhere it keeps the division's reading
        var city = Single(Resolve(null, "NEW YORK", "NEW YORK (Reuters) - Stocks fell.", ("NEW YORK", "GPE")), "NEW YORK");
        Assert.InRange(city.Latitude!.Value, 40.6, 40.8);
        var state = Single(Resolve("Stocks fell in NEW YORK on Monday.", ("NEW YORK", "GPE")), "NEW YORK");
        Assert.False(state.Latitude is > 40.6 and < 40.8);

        // words the recognizer split between mentions are left as they are
        var split = Resolve(null, "NEW YORK", "NEW YORK (Reuters) - Stocks fell.", ("NEW", "ORG"), ("YORK", "GPE"));
        Assert.DoesNotContain(split.Entities, e => e.Name == "NEW YORK");
    }

    [Fact]
    public void A_dateline_in_another_language_names_the_city_its_language_means()
    {
        // "LONDRES" on a French page is London, not the town of that name in Argentina; "ROMA" on an Italian page Rome
        var london = Single(Resolve(new ArticleMetadata { Language = "fr", Dateline = new DatelineInfo("LONDRES", null) }, null, "LONDRES (AFP) - Le gouvernement a annoncé lundi."), "LONDRES");
        Assert.Equal("United Kingdom", london.Country);
        var rome = Single(Resolve(new ArticleMetadata { Language = "it", Dateline = new DatelineInfo("ROMA", "ANSA") }, null, "ROMA (ANSA) - Il governo ha deciso."), "ROMA");
        Assert.Equal("Italy", rome.Country);

        // the table is read for the page's own language only
        var english = Single(Resolve(new ArticleMetadata { Language = "en", Dateline = new DatelineInfo("LONDRES", null) }, null, "LONDRES (AP) - The town council met on Monday."), "LONDRES");
        Assert.NotEqual("United Kingdom", english.Country);
    }

    [Fact]
    public void Every_dateline_exonym_names_a_place_the_gazetteer_knows_by_another_name()
    {
        var unknown = EntityResolver.DatelineExonyms
            .SelectMany(language => language.Value.Select(e => (Language: language.Key, Name: e.Key, English: e.Value)))
            .Where(e => e.Name == e.English.ToLowerInvariant() || (GeoGazetteer.Default.Places(e.English).Count == 0 && GeoGazetteer.Default.Capitals(e.English).Count == 0))
            .Select(e => $"{e.Language} {e.Name} → {e.English}");
        Assert.True(!unknown.Any(), string.Join("; ", unknown));
    }

    [Fact]
    public void A_question_word_is_never_a_name_but_the_WHO_stays()
    {
        var doc = Resolve("((WN)): How have the restrictions changed your campaign? The WHO said so.", ("How", "PERSON"), ("WHO", "ORG"));
        Assert.DoesNotContain(doc.Entities, e => e.Name == "How");
        Assert.Equal(EntityLabel.Organization, Single(doc, "WHO").Label);

        // "AI" is a technology, never a person; the surname "Ai" is written otherwise and stays
        var ai = Resolve("AI will change newsrooms, the artist Ai Weiwei said.", ("AI", "PERSON"), ("Ai Weiwei", "PERSON"));
        Assert.DoesNotContain(ai.Entities, e => e.Name == "AI");
        Assert.Equal(EntityLabel.Person, Single(ai, "Ai Weiwei").Label);
    }

    [Fact]
    public void A_name_ends_neither_on_punctuation_nor_inside_a_hyphenated_given_name()
    {
        // issue 17's fifth unseen sample: the recognizer's spans "Moon Jae-", "James?" and "DWTS." (of 'on "DWTS."')
        const string text = "President Moon Jae-in spoke. “Can I give it to James?” she asked on \"DWTS.\" The NATO-backed force left.";
        (TextSpan, string) At(string words, string label)
        {
            int at = text.IndexOf(words, StringComparison.Ordinal);
            return (new TextSpan(at, at + words.Length), label);
        }

        var doc = ResolveAt(new ArticleMetadata(), null, text,
            At("Moon Jae-", "PERSON"), At("James?", "PERSON"), At("DWTS.", "MISC"), At("NATO", "ORG"));
        Assert.Equal(["Moon Jae-in", "James", "DWTS", "NATO"], doc.Layer<EntityMention>().OrderBy(m => m.Span.Start).Select(m => text[m.Span.Start..m.Span.End]));

        // a quoted title beside a word for a work: the period inside the closing mark is not the title's
        var work = Resolve("She said on the show “Good Bones.” that she would return.", ("Bones", "PERSON"));
        Assert.Equal(EntityLabel.Misc, Single(work, "Good Bones").Label);
    }

    [Fact]
    public void A_newspaper_named_with_its_article_keeps_it_at_a_sentences_start()
    {
        // the ninth, eighteenth, twenty-fourth and thirtieth unseen samples' "The New York Times", "The Huffington Post",
        // "The Times" as written at a paragraph's start (Data/newspaper-article-words.txt)
        var doc = Resolve("The Kestrel Times reported it. The Orrin Post agreed.\n\nThe Times said so. The Marlow Herald and the Global Alliance disagreed.",
            ("Kestrel Times", "ORG"), ("Orrin Post", "ORG"), ("Times", "ORG"), ("Marlow Herald", "ORG"), ("Global Alliance", "ORG"));
        foreach (var name in new[] { "The Kestrel Times", "The Orrin Post", "The Times", "Marlow Herald", "Global Alliance" })
        {
            Assert.Equal(EntityLabel.Organization, Single(doc, name).Label);
        }
    }

    [Fact]
    public void An_organisations_name_cut_at_an_inner_of_on_or_for_is_one_name()
    {
        // issue 17's unseen samples: the recognizer's "National Institute" + "Drug Abuse", "Social Services" of
        // "Department of Social Services", "Industry and Energy" of "Ministry of Trade, Industry and Energy"
        var doc = Resolve(
            "The National Institute on Drug Abuse and the Department of Social Services met officials of the Ministry of Trade, Industry and Energy and the Revolutionary Armed Forces of Colombia.",
            ("National Institute", "ORG"), ("Drug Abuse", "ORG"), ("Social Services", "ORG"), ("Industry and Energy", "ORG"),
            ("Revolutionary Armed Forces", "ORG"), ("Colombia", "GPE"));
        Assert.All(new[] { "National Institute on Drug Abuse", "Department of Social Services", "Ministry of Trade, Industry and Energy", "Revolutionary Armed Forces of Colombia" },
            name => Assert.Equal(EntityLabel.Organization, Single(doc, name).Label));
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Drug Abuse" or "Social Services" or "Colombia");

        // the capitalised words before a head the recognizer left out; "The" after a lower-case word is the name's too
        // (ArticleOfName), at a sentence's start it is not
        var global = Resolve("They invest in The Global Alliance for Vaccines and Immunization. The Global Alliance for Peace met.",
            ("Vaccines and Immunization", "ORG"), ("Peace", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(global, "The Global Alliance for Vaccines and Immunization").Label);
        Assert.Equal(EntityLabel.Organization, Single(global, "Global Alliance for Peace").Label);

        // capitalised words the recognizer left out after the head's connector, up to a weekday, a digit or a role word
        var debates = Resolve("The Commission on Presidential Debates met. The Senate on Sunday voted, the Ministry of Defence Spokesman said. The Department of Justice agreed.",
            ("Commission", "ORG"), ("Senate", "ORG"), ("Ministry", "ORG"), ("Department", "ORG"));
        Assert.All(new[] { "Commission on Presidential Debates", "Senate", "Ministry of Defence", "Department of Justice" },
            name => Assert.Equal(EntityLabel.Organization, Single(debates, name).Label));

        // a "the" after the connector (issue 17's eighth sample, both AP pages)
        var office = Resolve("The U.S. Attorney’s Office for the Western District of New York announced it.",
            ("U.S. Attorney’s Office", "ORG"), ("Western District of New York", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(office, "U.S. Attorney’s Office for the Western District of New York").Label);
        var cross = Resolve("The president of the International Committee of the Red Cross spoke.", ("International Committee", "ORG"), ("Red Cross", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(cross, "International Committee of the Red Cross").Label);

        // after "on" a place is a topic, not the name's; a head word in lower case heads no name
        var topic = Resolve("The Security Council on Iran met. The council of Europe spoke.", ("Security Council", "ORG"), ("Iran", "GPE"), ("Europe", "LOC"));
        Assert.Equal(EntityLabel.Gpe, Single(topic, "Iran").Label);
        Assert.Equal(EntityLabel.Location, Single(topic, "Europe").Label);
    }

    [Fact]
    public void A_US_states_abbreviation_after_a_town_is_the_state_and_places_the_town()
    {
        // issue 17: VOA's "[Kearny, N.J.]LOC", "Stamford, [Conn.]LOC", "Randolph, [Mass. Cara]PERSON"; the fourth
        // sample's "Washington, D.C." is one GPE
        var doc = Resolve("Officials in Kearny, N.J. and Stamford, Conn. met. He lives in Randolph, Mass. Cara Smith said so in Washington, D.C. and Trenton, NJ.",
            ("Kearny, N.J.", "LOC"), ("Stamford", "GPE"), ("Conn.", "LOC"), ("Randolph", "GPE"), ("Mass. Cara Smith", "PERSON"),
            ("Washington", "GPE"), ("D.C.", "LOC"), ("Trenton", "GPE"), ("NJ", "PERSON"));
        foreach (var (state, lat, lon) in new[] { ("N.J.", 40.35, -74.48), ("Conn.", 41.55, -72.73), ("Mass.", 42.23, -71.40) })
        {
            var entity = Single(doc, state);
            Assert.Equal(EntityLabel.Gpe, entity.Label);
            Assert.Equal("United States", entity.Country);
            Assert.InRange(entity.Latitude!.Value, lat - 0.5, lat + 0.5);
            Assert.InRange(entity.Longitude!.Value, lon - 0.5, lon + 0.5);
        }

        Assert.Equal(EntityLabel.Gpe, Single(doc, "NJ").Label);
        Assert.Equal(EntityLabel.Person, Single(doc, "Cara Smith").Label);
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Washington, D.C.").Label);
        Assert.InRange(Single(doc, "Washington, D.C.").Latitude!.Value, 38.8, 39.0);
        Assert.DoesNotContain(doc.Entities, e => e.Name is "D.C." or "Kearny, N.J." or "Mass. Cara Smith");

        // the town is the one of its name in that state ("Kearny" is also a town in Arizona)
        Assert.InRange(Single(doc, "Kearny").Latitude!.Value, 40.5, 41.0);
        Assert.InRange(Single(doc, "Randolph").Longitude!.Value, -71.5, -70.5);

        // no town before the comma, or a town of another kind: no town is read ("Mass." the recognizer typed a place
        // is the state all the same: StateAbbreviationsAlone)
        var other = Resolve("The Acme Corp., Pa. based, and said Smith, Mass. officials agreed.", ("Acme Corp.", "ORG"), ("Smith", "PERSON"), ("Mass.", "LOC"));
        Assert.Equal(EntityLabel.Person, Single(other, "Smith").Label);
        Assert.Equal(EntityLabel.Gpe, Single(other, "Mass.").Label);
        Assert.DoesNotContain(other.Entities, e => e.Name == "Pa.");
    }

    [Fact]
    public void A_town_of_the_gazetteer_before_a_states_code_is_the_town_whatever_the_recognizer_made_of_it()
    {
        // issue 17's seventh sample: a tour-date list's "Town, ST @ Venue" lines, towns typed PERSON or untagged, codes
        // that read as words (PA, MA, CO) left out, "Salt Lake City" cut to "Lake City", "Toronto, ON" placed in the US
        var doc = Resolve("June 19 – Charlotte, NC @ PNC Music Pavilion\n\nJune 20 – Raleigh, NC @ Coastal Credit Union Music Park\n\n"
            + "June 26 – Allentown, PA @ PPL Center\n\nJuly 3 – Mansfield, MA @ Xfinity Center\n\nJuly 19 – Toronto, ON @ Budweiser Stage\n\n"
            + "September 2 – Salt Lake City, UT @ USANA Amphitheatre",
            ("Raleigh", "PERSON"), ("NC @ Coastal Credit Union Music Park", "ORG"), ("PA", "ORG"), ("Mansfield", "PERSON"), ("MA", "PERSON"),
            ("Toronto", "GPE"), ("Lake City", "GPE"), ("UT", "GPE"));
        foreach (var (town, state) in new[] { ("Charlotte", "NC"), ("Raleigh", "NC"), ("Allentown", "PA"), ("Mansfield", "MA"), ("Salt Lake City", "UT") })
        {
            Assert.Equal(EntityLabel.Gpe, Single(doc, town).Label);
            Assert.Equal("United States", Single(doc, town).Country);
            Assert.Equal(EntityLabel.Gpe, Single(doc, state).Label);
            Assert.Equal("United States", Single(doc, state).Country);
        }

        Assert.InRange(Single(doc, "Mansfield").Latitude!.Value, 41.9, 42.2); // Massachusetts' Mansfield, not Ohio's
        Assert.Equal("Canada", Single(doc, "Toronto").Country);
        Assert.Equal("Canada", Single(doc, "ON").Country);
        Assert.Equal(EntityLabel.Organization, Single(doc, "Coastal Credit Union Music Park").Label);
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Lake City" or "NC @ Coastal Credit Union Music Park" or "@ Coastal Credit Union Music Park");

        // a person before a code of the checked list, or words that name no town of that state: left as they were
        var other = Resolve("The plan, said Smith, MA officials, and Initech, PA staff agreed.", ("Smith", "PERSON"), ("MA", "ORG"), ("Initech", "ORG"));
        Assert.Equal(EntityLabel.Person, Single(other, "Smith").Label);
        Assert.Equal(EntityLabel.Organization, Single(other, "MA").Label);
        Assert.DoesNotContain(other.Entities, e => e.Name == "PA");
    }

    [Fact]
    public void A_name_closed_by_a_venues_word_the_recognizer_typed_a_work_or_a_person_is_the_venue()
    {
        // issue 17's seventh sample: "[Bridgestone Arena]MISC", "[Mohegan Sun Arena]PERSON", "PNC Music [Pavilion]PERSON"
        var doc = Resolve("They play Bridgestone Arena, then Mohegan Sun Arena and PNC Music Pavilion. Lisa Stadium sang, and the Pew Research Center said so.",
            ("Bridgestone Arena", "MISC"), ("Mohegan Sun Arena", "PERSON"), ("Pavilion", "PERSON"), ("Lisa Stadium", "PERSON"), ("Pew Research Center", "MISC"));
        var expected = new[]
        {
            ("Bridgestone Arena", EntityLabel.Location), ("Mohegan Sun Arena", EntityLabel.Location), ("PNC Music Pavilion", EntityLabel.Location),
            ("Lisa Stadium", EntityLabel.Person), ("Pew Research Center", EntityLabel.Misc), // a given name and a venue's word; an institution's head
        };
        Assert.Equal(expected, expected.Select(e => (e.Item1, Single(doc, e.Item1).Label)));
    }

    [Fact]
    public void A_compass_word_before_a_continents_people_or_a_one_word_place_before_a_people_is_one_name()
    {
        // issue 17's sixth and seventh samples' "North [American]NORP", the fifth's "[South]GPE [Korean]NORP"
        var doc = Resolve("The band plans a North American tour. The South Korean industry grew, and American fans cheered.",
            ("American", "NORP"), ("South", "GPE"), ("Korean", "NORP"), ("American", "NORP"));
        Assert.Equal(EntityLabel.Norp, Single(doc, "North American").Label);
        Assert.Null(Single(doc, "North American").Country);
        Assert.Equal("South Korea", Single(doc, "South Korean").Country);
        Assert.Equal("United States", Single(doc, "American").Country);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "South");
    }

    [Fact]
    public void The_pages_own_outlet_named_in_its_text_is_an_organisation()
    {
        // issue 17's samples: "told Newsweek" untagged on newsweek.com, "[FOX]ORG 2" on the site FOX 2, "via PEOPLE" on
        // people.com, "The [Hill]ORG" on the site TheHill (a hill's word closes it: still no feature)
        var newsweek = Resolve(new ArticleMetadata { SiteName = "Newsweek", Url = "https://www.newsweek.com/cannabis-1" }, null,
            "A professor told Newsweek: the study is small. Newsweek's readers wrote in.", ("Newsweek", "PERSON"));
        Assert.Equal(EntityLabel.Organization, Single(newsweek, "Newsweek").Label);
        Assert.Equal(2, Single(newsweek, "Newsweek").Mentions.Count);

        var fox = Resolve(new ArticleMetadata { SiteName = "FOX 2", Url = "https://fox2now.com/news/hawley" }, null,
            "Hawley told FOX 2 that he did not track it.", ("Hawley", "PERSON"), ("FOX", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(fox, "FOX 2").Label);

        var people = Resolve(new ArticleMetadata { SiteName = "Peoplemag", Url = "https://people.com/home/tribute" }, null,
            "People say she opened up via PEOPLE in 2020.");
        Assert.Equal(EntityLabel.Organization, Assert.Single(people.Entities).Label);
        Assert.Equal(["PEOPLE"], Mentions(people, Assert.Single(people.Entities)));

        var hill = Resolve(new ArticleMetadata { SiteName = "TheHill", Url = "https://thehill.com/x" }, null,
            "The office did not respond to The Hill's request.", ("Hill", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(hill, "The Hill").Label);

        // without the page's metadata, or inside a longer name, nothing changes
        var plain = Resolve("A professor told Newsweek: the study is small. He spoke to UrduPoint News.", ("UrduPoint News", "ORG"));
        Assert.Single(plain.Entities, e => e.Name == "UrduPoint News");
        Assert.DoesNotContain(plain.Entities, e => e.Name == "Newsweek");
    }

    [Fact]
    public void An_organisation_the_page_names_by_its_kind_a_job_title_at_it_or_its_employees_is_an_organisation()
    {
        // issue 17's samples 6, 9 and 10: "the game streaming service, Stadia," (LOC ×19), "publication DigiTimes" (MISC),
        // "chief economist at Flexport" (LOC), "CEO of Take-Two" (missed), "Lexus engineers" (PERSON)
        var stadia = Resolve("The tech giant's game streaming service, Stadia, launched Tuesday. Stadia has been built for the cloud, says Jack Buser.",
            ("Stadia", "LOC"), ("Stadia", "LOC"), ("Jack Buser", "PERSON"));
        Assert.Equal(EntityLabel.Organization, Single(stadia, "Stadia").Label);
        Assert.Equal(2, Single(stadia, "Stadia").Mentions.Count);

        var digitimes = Resolve("Industry sources were cited by Taiwanese publication DigiTimes on Monday.", ("Taiwanese", "NORP"), ("DigiTimes", "MISC"));
        Assert.Equal(EntityLabel.Organization, Single(digitimes, "DigiTimes").Label);

        var flexport = Resolve("Phil Levy, the chief economist at Flexport, said it. Strauss Zelnick, CEO of Take-Two, adds more.",
            ("Phil Levy", "PERSON"), ("Flexport", "LOC"), ("Strauss Zelnick", "PERSON"));
        Assert.Equal(EntityLabel.Organization, Single(flexport, "Flexport").Label);
        Assert.Equal(EntityLabel.Organization, Single(flexport, "Take-Two").Label);

        // "founder of" (sample 31: "the founder of [Amazon]LOC"; TimeBank's "founder of Brothers to the Rescue" untagged)
        var founder = Resolve("Jeff Bezos, who is also the founder of Amazon and a donor, spoke. Jose Basulto, founder of Brothers to the Rescue, flew.",
            ("Jeff Bezos", "PERSON"), ("Amazon", "LOC"), ("Jose Basulto", "PERSON"));
        Assert.Equal(EntityLabel.Organization, Single(founder, "Amazon").Label);
        Assert.Equal(EntityLabel.Organization, Single(founder, "Brothers to the Rescue").Label);

        var lexus = Resolve("Lexus engineers have hidden the frame. Lexus called it a concept.", ("Lexus", "PERSON"), ("Lexus", "PERSON"));
        Assert.Equal(EntityLabel.Organization, Single(lexus, "Lexus").Label);

        var journal = Resolve("It appears in the journal Monthly Notices of the Royal Astronomical Society.", ("Royal Astronomical Society", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(journal, "Monthly Notices of the Royal Astronomical Society").Label);

        // a title and its holder, a person the company is named after, a place: as the recognizer said
        // (a scholar's short-named university is A_universitys_short_name_after_a_scholar_and_at_is_the_organisation's)
        var kept = Resolve("The company Musk founded grew, said company CEO Andy Vesey. Elon Musk spoke. Jones, a lawyer at Dayton, agreed.",
            ("Musk", "PERSON"), ("Andy Vesey", "PERSON"), ("Elon Musk", "PERSON"), ("Jones", "PERSON"), ("Dayton", "GPE"));
        Assert.Equal(EntityLabel.Person, Single(kept, "Elon Musk").Label);
        Assert.Equal(EntityLabel.Person, Single(kept, "Andy Vesey").Label);
        Assert.Equal(EntityLabel.Gpe, Single(kept, "Dayton").Label);
        Assert.DoesNotContain(kept.Entities, e => e.Label == EntityLabel.Organization);
    }

    [Fact]
    public void An_initialism_the_page_spells_out_in_lower_case_words_is_no_name()
    {
        // issue 17's samples 6 and 10: "HP" ORG ×5 on two pages, the lung disease
        var before = Resolve("Lab tests confirmed hypersensitivity pneumonitis, or HP. The man had a form of HP that strikes bird keepers.",
            ("HP", "ORG"), ("HP", "ORG"));
        Assert.DoesNotContain(before.Entities, e => e.Name == "HP");

        var after = Resolve("The findings fit a condition called HP. No, not the computer manufacturer but hypersensitivity pneumonitis.", ("HP", "ORG"));
        Assert.DoesNotContain(after.Entities, e => e.Name == "HP");

        // lower-case words that open a longer phrase spell out nothing; a place's initials stay
        var kept = Resolve("The UN said under new rules the US would pay.", ("UN", "ORG"), ("US", "GPE"));
        Assert.Equal(EntityLabel.Organization, Single(kept, "UN").Label);
        Assert.Equal(EntityLabel.Gpe, Single(kept, "US").Label);
    }

    [Fact]
    public void A_peoples_word_the_recognizer_left_untagged_is_a_norp_when_it_stands_alone()
    {
        // issue 17's samples 2, 3, 8 and 9: "avoid Democratic criticism", "Democrat incumbent Joe Biden", "radical
        // Muslims", "Brits are being advised" were missed
        var doc = Resolve("It lets him avoid Democratic criticism. Democrat incumbent Joe Biden will run. He hates radical Muslims. Brits are being advised to stay home.",
            ("Joe Biden", "PERSON"));
        Assert.Equal(EntityLabel.Norp, Single(doc, "Democratic").Label);
        Assert.Equal(EntityLabel.Norp, Single(doc, "Democrat").Label);
        Assert.Equal(EntityLabel.Norp, Single(doc, "Muslims").Label);
        Assert.Equal("United Kingdom", Single(doc, "Brits").Country);

        // part of a longer name, or a country's own name: not a people
        var kept = Resolve("The Democratic Party met. The Vatican said Thursday the Republican-led Senate would vote.");
        Assert.DoesNotContain(kept.Entities, e => e.Label == EntityLabel.Norp);
    }

    [Fact]
    public void A_curated_demonym_a_continents_people_and_a_dissolved_states_people_standing_alone_are_norps()
    {
        // issue 17's samples 12 and 13: "Saudi radical" (the countries lexicon also spells Saudi Arabia "Saudi"),
        // "European economic correspondent", "anti-Soviet" and "Former Soviet leader" were missed
        var doc = Resolve("The rest remained fugitives, including Saudi radical Osama bin Laden. He served as European economic correspondent. "
            + "He worked with the anti-Soviet underground. Former Soviet leader Mikhail Gorbachev spoke.",
            ("Osama bin Laden", "PERSON"), ("Mikhail Gorbachev", "PERSON"));
        Assert.Equal(EntityLabel.Norp, Single(doc, "Saudi").Label);
        Assert.Equal("Saudi Arabia", Single(doc, "Saudi").Country);
        Assert.Equal(EntityLabel.Norp, Single(doc, "European").Label);
        Assert.Null(Single(doc, "European").Country);
        Assert.Equal(EntityLabel.Norp, Single(doc, "Soviet").Label);
        Assert.Null(Single(doc, "Soviet").Country);

        // before a capitalised word: part of a longer name, as before
        var kept = Resolve("The European Union met. The Vatican said so.");
        Assert.DoesNotContain(kept.Entities, e => e.Label == EntityLabel.Norp);
    }

    [Fact]
    public void A_dissolved_state_is_a_gpe_without_a_country()
    {
        // issue 17's thirteenth sample: "Soviet Union", "Czechoslovakia", "Yugoslavia" were LOC (not in today's gazetteer)
        var doc = Resolve("They shed their ties to the Soviet Union. Troops swept through Prague in the occupation of Czechoslovakia. "
            + "Warplanes may intervene in Yugoslavia.",
            ("Soviet Union", "LOC"), ("Prague", "GPE"), ("Czechoslovakia", "LOC"), ("Yugoslavia", "LOC"));
        foreach (var name in new[] { "Soviet Union", "Czechoslovakia", "Yugoslavia" })
        {
            Assert.Equal(EntityLabel.Gpe, Single(doc, name).Label);
            Assert.Null(Single(doc, name).Country);
            Assert.Null(Single(doc, name).Latitude);
        }

        Assert.Equal("Czechia", Single(doc, "Prague").Country);
    }

    [Fact]
    public void A_country_split_at_its_peoples_word_is_one_country_and_a_short_form_names_it()
    {
        // issue 17's thirteenth sample: "[Czech]NORP [Republic]GPE" ×3, "the war in [Bosnia]LOC" without a country
        var doc = Resolve("Poland, Hungary and the Czech Republic joined. The war in Bosnia ended.",
            ("Poland", "GPE"), ("Hungary", "GPE"), ("Czech", "NORP"), ("Republic", "GPE"), ("Bosnia", "LOC"));
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Czech Republic").Label);
        Assert.Equal("Czechia", Single(doc, "Czech Republic").Country);
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Czech" or "Republic");
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Bosnia").Label);
        Assert.Equal("Bosnia and Herzegovina", Single(doc, "Bosnia").Country);

        // a people before a name that is no country's: as the recognizer said
        var kept = Resolve("Czech Airlines flew.", ("Czech", "NORP"), ("Airlines", "ORG"));
        Assert.Equal(EntityLabel.Norp, Single(kept, "Czech").Label);
    }

    [Fact]
    public void A_hyphenated_spelling_of_a_gazetteer_town_is_that_town()
    {
        // issue 17's thirteenth sample: "Dar-es-Salaam, Tanzania" LOC without a country (GeoNames: "Dar es Salaam")
        var doc = Resolve("Eleven people died in the blast in Dar-es-Salaam, Tanzania.", ("Dar-es-Salaam", "LOC"), ("Tanzania", "GPE"));
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Dar-es-Salaam").Label);
        Assert.Equal("Tanzania", Single(doc, "Dar-es-Salaam").Country);
    }

    [Fact]
    public void A_state_before_a_party_word_is_the_state_and_the_party_word_a_people()
    {
        // issue 17's twelfth sample: "a [Virginia Democrat]LOC", "an [Oklahoma Republican]ORG"
        var doc = Resolve("Senator Mark Warner, a Virginia Democrat, spoke. Senator James Lankford, an Oklahoma Republican, warned.",
            ("Mark Warner", "PERSON"), ("Virginia Democrat", "LOC"), ("James Lankford", "PERSON"), ("Oklahoma Republican", "ORG"));
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Virginia").Label);
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Oklahoma").Label);
        Assert.Equal(EntityLabel.Norp, Single(doc, "Democrat").Label);
        Assert.Equal(EntityLabel.Norp, Single(doc, "Republican").Label);

        // no place before the party word: as the recognizer said
        var kept = Resolve("The Young Republicans met.", ("Young Republicans", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(kept, "Young Republicans").Label);
    }

    [Fact]
    public void A_party_word_before_a_chamber_is_a_people_and_the_chamber_an_organisation()
    {
        // issue 17's thirtieth sample: "every [Democratic Congress]LOC member"
        var doc = Resolve("He courted every Democratic Congress member in Ohio.", ("Democratic Congress", "LOC"), ("Ohio", "GPE"));
        Assert.Equal(EntityLabel.Norp, Single(doc, "Democratic").Label);
        Assert.Equal(EntityLabel.Organization, Single(doc, "Congress").Label);

        // a party's name: as the recognizer said
        var kept = Resolve("The Democratic Party met.", ("Democratic Party", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(kept, "Democratic Party").Label);
    }

    [Fact]
    public void A_chamber_and_its_sides_word_before_a_leaders_title_is_the_chamber()
    {
        // issue 17's thirty-third sample: "retiring [Senate Minority]ORG Leader Harry Reid"
        var doc = Resolve("Retiring Senate Minority Leader Harry Reid spoke, as did House Majority Leader Kevin McCarthy.",
            ("Senate Minority", "ORG"), ("Harry Reid", "PERSON"), ("House Majority Leader", "ORG"), ("Kevin McCarthy", "PERSON"));
        Assert.Equal(EntityLabel.Organization, Single(doc, "Senate").Label);
        Assert.Equal(EntityLabel.Organization, Single(doc, "House").Label);
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Majority") || e.Name.Contains("Minority"));

        // no title after it: a group's name, as the recognizer said
        var kept = Resolve("Senate Majority PAC spent more.", ("Senate Majority PAC", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(kept, "Senate Majority PAC").Label);
    }

    [Fact]
    public void Places_joined_across_a_semicolon_are_each_a_place()
    {
        // issue 17's thirty-third sample: "in [Arizona; Missouri]LOC Secretary of State Jason Kander"
        var doc = Resolve("Ann Kirkpatrick is running in Arizona; Missouri Secretary of State Jason Kander is running too.",
            ("Ann Kirkpatrick", "PERSON"), ("Arizona; Missouri", "LOC"), ("Jason Kander", "PERSON"));
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Arizona").Label);
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Missouri").Label);
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains(';'));

        // a side the page names as a mention of another type takes that type (Wikinews: "[University of Geneva; Queloz]ORG")
        var other = Resolve("Queloz and Mayor won. Both teach at the University of Geneva; Queloz also teaches at the University of Cambridge.",
            ("Queloz", "PERSON"), ("Mayor", "PERSON"), ("University of Geneva; Queloz", "ORG"), ("University of Cambridge", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(other, "University of Geneva").Label);
        Assert.Equal(EntityLabel.Person, Single(other, "Queloz").Label);
        Assert.DoesNotContain(other.Entities, e => e.Name.Contains(';'));
    }

    [Fact]
    public void A_state_abbreviation_alone_is_the_state()
    {
        // issue 17's thirtieth sample: "Rep. Sander M. Levin ([Mich.]LOC)", "the [D.C.]LOC-based Arab American Institute"
        var doc = Resolve("Rep. Sander M. Levin (Mich.) spoke at the D.C.-based Arab American Institute.",
            ("Sander M. Levin", "PERSON"), ("Mich.", "LOC"), ("D.C.", "LOC"), ("Arab American Institute", "ORG"));
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Mich.").Label);
        Assert.Equal("United States", Single(doc, "Mich.").Country);
        Assert.Equal(EntityLabel.Gpe, Single(doc, "D.C.").Label);
        Assert.Equal("United States", Single(doc, "D.C.").Country);

        // a postal code in capitals alone: as the recognizer said
        var kept = Resolve("The MI team won.", ("MI", "LOC"));
        Assert.Equal(EntityLabel.Location, Single(kept, "MI").Label);
    }

    [Fact]
    public void A_state_or_country_after_a_persons_of_is_a_place()
    {
        // issue 17's twelfth sample: "Senator Mitch McConnell of Kentucky" (Kentucky untagged)
        var doc = Resolve("In 2013, Senator Mitch McConnell of Kentucky called the debt a danger. Virginia Ruano Pascual of Spain won.",
            ("Mitch McConnell", "PERSON"), ("Virginia Ruano Pascual", "PERSON"));
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Kentucky").Label);
        Assert.Equal("Spain", Single(doc, "Spain").Country);

        // a town or an organisation after "of": as the recognizer left it
        var kept = Resolve("Jesus of Nazareth spoke. John Smith of Microsoft said so.", ("Jesus", "PERSON"), ("John Smith", "PERSON"));
        Assert.DoesNotContain(kept.Entities, e => e.Name is "Nazareth" or "Microsoft");
    }

    [Fact]
    public void A_person_the_recognizer_joined_with_of_and_a_state_is_the_person_and_the_state()
    {
        // issue 17's twenty-fourth sample: "Sen. [Rand Paul of Kentucky]PERSON" beside "Chris Christie of New Jersey" read apart
        var doc = Resolve("Sen. Rand Paul of Kentucky spoke, and so did the Duchess of Cornwall and Bank of America.",
            ("Rand Paul of Kentucky", "PERSON"), ("Duchess of Cornwall", "PERSON"), ("Bank of America", "PERSON"));
        Assert.Equal(EntityLabel.Person, Single(doc, "Rand Paul").Label);
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Kentucky").Label);
        Assert.Equal("United States", Single(doc, "Kentucky").Country);
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Rand Paul of Kentucky" or "Duchess" or "Bank"); // a title's, an organisation's "of" kept
    }

    [Fact]
    public void A_plural_title_before_two_persons_is_no_name()
    {
        // issue 17's thirty-fourth sample: "Sens. Ted Cruz of Texas and Marco Rubio of Florida" gave a PERSON "Sens"
        var alone = Resolve("Trump's rivals, Sens. Ted Cruz of Texas and Marco Rubio of Florida, urged him.",
            ("Sens.", "PERSON"), ("Ted Cruz", "PERSON"), ("Texas", "GPE"), ("Marco Rubio", "PERSON"), ("Florida", "GPE"));
        Assert.DoesNotContain(alone.Entities, e => e.Name.StartsWith("Sens", StringComparison.Ordinal));
        Assert.Equal(EntityLabel.Person, Single(alone, "Ted Cruz").Label);
        var joined = Resolve("Reps. Jim Jordan and Mark Meadows voted no.", ("Reps. Jim Jordan", "PERSON"), ("Mark Meadows", "PERSON"));
        Assert.Equal(EntityLabel.Person, Single(joined, "Jim Jordan").Label);
        Assert.DoesNotContain(joined.Entities, e => e.Name.StartsWith("Reps", StringComparison.Ordinal));
    }

    [Fact]
    public void A_super_PAC_is_no_name_but_a_committee_named_PAC_is()
    {
        // issue 17's samples 18-34: "a [Super PAC]ORG aimed at", "an anti-Trump super [PAC]ORG" (a kind of committee)
        var doc = Resolve("Our Principles PAC, a Super PAC aimed at Trump, and an anti-Trump super PAC spent more.",
            ("Our Principles PAC", "ORG"), ("Super PAC", "ORG"), ("PAC", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(doc, "Our Principles PAC").Label);
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Super PAC" or "PAC");
    }

    [Fact]
    public void Two_chambers_joined_by_and_are_two_organisations()
    {
        // issue 17's twenty-fifth sample: "Republican leaders in the [House and Senate]ORG"; a committee's "and" stays
        var doc = Resolve("Republican leaders in the House and Senate met the House Ways and Means Committee.",
            ("House and Senate", "ORG"), ("House Ways and Means Committee", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(doc, "House").Label);
        Assert.Equal(EntityLabel.Organization, Single(doc, "Senate").Label);
        Assert.Equal(EntityLabel.Organization, Single(doc, "House Ways and Means Committee").Label);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "House and Senate");
    }

    [Fact]
    public void A_bridge_typed_an_organisation_or_a_tower_typed_a_person_is_a_place()
    {
        // issue 17's twenty-fifth sample: "[George Washington Bridge]ORG", "an escalator at [Trump Tower]PERSON"
        var doc = Resolve("Lanes of the George Washington Bridge closed. He rode an escalator at Trump Tower, and John Tower spoke. Tower Records grew.",
            ("George Washington Bridge", "ORG"), ("Trump Tower", "PERSON"), ("John Tower", "PERSON"), ("Tower Records", "ORG"));
        Assert.Equal(EntityLabel.Location, Single(doc, "George Washington Bridge").Label);
        Assert.Equal(EntityLabel.Location, Single(doc, "Trump Tower").Label);
        Assert.Equal(EntityLabel.Person, Single(doc, "John Tower").Label); // a given name and the word: the senator
        Assert.Equal(EntityLabel.Organization, Single(doc, "Tower Records").Label);
    }

    [Fact]
    public void A_countrys_adjective_the_recognizer_typed_an_organisation_is_its_people()
    {
        // issue 17's twenty-fifth sample: "[Philippine]ORG immigrants" (×5; "Filipinos" found NORP)
        var doc = Resolve("Philippine immigrants are Trojan horses, said a Philippine lawmaker in English.", ("Philippine", "ORG"), ("English", "MISC"));
        var people = Single(doc, "Philippine");
        Assert.Equal(EntityLabel.Norp, people.Label);
        Assert.Equal("Philippines", people.Country);
        Assert.Equal(EntityLabel.Misc, Single(doc, "English").Label); // a language

        // the first sample's airline: "[American]ORG plans" beside "American Airlines"
        var airline = Resolve("American Airlines grew. At the same time, American plans new routes.", ("American Airlines", "ORG"), ("American", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(airline, "American").Label);
    }

    [Fact]
    public void A_place_typed_a_location_written_as_a_province_is_a_division()
    {
        // issue 17's samples 2 and 25: "[Gangwon Province]LOC", "a district in [Albay]LOC province"; a region stays a LOC
        var doc = Resolve("Snow fell in Gangwon Province and in a district in Albay province, in the Amhara region and in the Gulf Coast state of Louisiana.",
            ("Gangwon Province", "LOC"), ("Albay", "LOC"), ("Amhara", "LOC"), ("Gulf Coast", "LOC"));
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Gangwon Province").Label);
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Albay").Label);
        Assert.Equal(EntityLabel.Location, Single(doc, "Amhara").Label);
        Assert.Equal(EntityLabel.Location, Single(doc, "Gulf Coast").Label); // "state of": the state is the next name
    }

    [Fact]
    public void A_polls_two_sponsors_joined_by_a_slash_are_two_organisations()
    {
        // issue 17's eighteenth sample: "the Suffolk University/Boston Globe Poll" one ORG
        var doc = Resolve("The Suffolk University/Boston Globe Poll found a tie, as did the CBS/New York Times survey. Comcast/Xfinity grew.",
            ("Suffolk University/Boston Globe Poll", "ORG"), ("CBS/New York Times", "ORG"), ("Comcast/Xfinity", "ORG"));
        Assert.All(new[] { "Suffolk University", "Boston Globe", "CBS", "New York Times" }, name => Assert.Equal(EntityLabel.Organization, Single(doc, name).Label));
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Poll"));

        // no poll: as the recognizer said
        Assert.Single(doc.Entities, e => e.Name == "Comcast/Xfinity");
    }

    [Fact]
    public void A_peoples_word_that_names_no_country_is_a_norp()
    {
        // issue 17's samples 7, 19 and 22: "African-Americans" (the singular found), "like Hispanics", "Hispanic voters"
        // missed; "15.36 percent [Hispanic]LOC"
        var doc = Resolve("Of them 15.36 percent were Hispanic. Sanders lags among African-Americans and Hispanic voters, like Hispanics elsewhere, "
            + "and Mexican-Americans too.", ("Hispanic", "LOC"), ("Sanders", "PERSON"));
        Assert.All(new[] { "African-Americans", "Hispanics", "Hispanic", "Mexican-Americans" }, people => Assert.Equal(EntityLabel.Norp, Single(doc, people).Label));
        Assert.Null(Single(doc, "African-Americans").Country);

        // part of a longer name, or a hyphen compound that is no people's: as the recognizer left them
        var kept = Resolve("The Mexican-American War ended. The Anglo-American deal and the Sino-Asian pact went on.");
        Assert.DoesNotContain(kept.Entities, e => e.Label == EntityLabel.Norp);
    }

    [Fact]
    public void A_states_residents_are_a_norp()
    {
        // issue 17's sample 23: "what Iowans want" missed; "New Yorkers" typed LOC on VOA 2,000
        var doc = Resolve("Polls show what Iowans want, and New Yorkers disagree.", ("New Yorkers", "LOC"));
        Assert.All(new[] { "Iowans", "New Yorkers" }, people => Assert.Equal(EntityLabel.Norp, Single(doc, people).Label));

        // not inside a longer name, nor the magazine
        var kept = Resolve("The Houston Texans signed him, The New Yorker said.", ("Houston Texans", "ORG"), ("New Yorker", "ORG"));
        Assert.All(kept.Entities, e => Assert.Equal(EntityLabel.Organization, e.Label));
    }

    [Fact]
    public void A_surnames_particle_before_a_persons_mention_is_the_names()
    {
        // issue 17's sample 22: "[Blasio]PERSON" in all six mentions of "de Blasio" and "De Blasio" (one "[Blasio]ORG",
        // the page's person by one type per name)
        var doc = Resolve("Mayor Bill de Blasio spoke. De Blasio said so, and later de Blasio left with Robin van Persie's friend van der Sar.",
            ("Bill de Blasio", "PERSON"), ("Blasio", "PERSON"), ("Blasio", "ORG"), ("Robin van Persie", "PERSON"), ("Sar", "PERSON"));
        var mayor = Mentions(doc, Single(doc, "Bill de Blasio"));
        Assert.Contains("De Blasio", mayor);
        Assert.Contains("de Blasio", mayor);
        Assert.DoesNotContain("Blasio", mayor);
        Assert.Single(doc.Entities, e => e.Name == "van der Sar");

        // another type keeps its words: an outlet
        var kept = Resolve("Le Monde reported it.", ("Monde", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(kept, "Monde").Label);
    }

    [Fact]
    public void A_family_by_its_surname_in_the_plural_is_a_person()
    {
        // issue 17's samples 21 and 22: "The Graysons are sensitive", "The Clintons have turned" were missed
        var doc = Resolve("Alan Grayson spoke. The Graysons are sensitive. Hillary Clinton came; the Clintons have turned, said Grayson.",
            ("Alan Grayson", "PERSON"), ("Hillary Clinton", "PERSON"), ("Grayson", "PERSON"));
        Assert.Equal(EntityLabel.Person, Single(doc, "Graysons").Label);
        Assert.Equal(EntityLabel.Person, Single(doc, "Clintons").Label);
        Assert.Equal(2, Single(doc, "Alan Grayson").Mentions.Count);

        // no one named in full by that surname, or a name's first word: as the recognizer left them
        var kept = Resolve("The Clintons have turned. Michael Brown saw the Browns Stadium. Getty Image said Images of the boy spread. "
            + "Crow Tribe came with the Sioux Tribes.", ("Michael Brown", "PERSON"), ("Getty Image", "PERSON"), ("Crow Tribe", "PERSON"));
        Assert.DoesNotContain(kept.Entities, e => e.Name is "Clintons" or "Browns" or "Images" or "Tribes");
    }

    [Fact]
    public void A_countrys_region_typed_an_organisation_or_a_state_is_a_place()
    {
        // issue 17's nineteenth sample: "Midwest" ORG, "Northeast" GPE
        var doc = Resolve("Voters in the Midwest and the Northeast agreed, as did Southwest Airlines.",
            ("Midwest", "ORG"), ("Northeast", "GPE"), ("Southwest Airlines", "ORG"));
        var expected = new[] { ("Midwest", EntityLabel.Location), ("Northeast", EntityLabel.Location), ("Southwest Airlines", EntityLabel.Organization) };
        Assert.All(expected, name => Assert.Equal(name.Item2, Single(doc, name.Item1).Label));

        // continents, seas and world regions typed GPE (samples 14, 16, 18, 20: "Atlantic", "Red Sea", "Middle East", "Asia");
        // an organisation named after one stays
        var world = Resolve("Ships crossed the Red Sea to the Middle East and Asia, Vox reported. She told The Pacific so. Atlantic hired him.",
            ("Red Sea", "GPE"), ("Middle East", "GPE"), ("Asia", "GPE"), ("Vox", "ORG"), ("Pacific", "GPE"), ("Atlantic", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(world, "Atlantic").Label);
        Assert.All(new[] { "Red Sea", "Middle East", "Asia" }, name => Assert.Equal(EntityLabel.Location, Single(world, name).Label));
        Assert.DoesNotContain(world.Entities, e => e.Label == EntityLabel.Location && e.Name.EndsWith("Pacific", StringComparison.Ordinal));
    }

    [Fact]
    public void A_congressional_district_named_by_its_ordinal_is_a_place_in_the_united_states()
    {
        // issue 17's samples 18, 21 and 22: "1st Congressional District" ORG, "[Congressional District]ORG" (the ordinal
        // cut), "10th Congressional district" missed, "New York’s 19th District" ORG
        var doc = Resolve("She lived outside Florida’s 9th Congressional District. In South Carolina's 1st Congressional District, "
            + "Trump won. It was different in Virginia's 10th Congressional district. Teachout is popular in New York’s 19th District. "
            + "The people of the 19th District deserve a debate.",
            ("Florida", "GPE"), ("Congressional District", "ORG"), ("South Carolina", "GPE"), ("1st Congressional District", "ORG"),
            ("Virginia", "GPE"), ("Teachout", "PERSON"), ("New York", "GPE"), ("19th District", "ORG"), ("19th District", "ORG"));
        foreach (var name in new[] { "9th Congressional District", "1st Congressional District", "10th Congressional district", "19th District" })
        {
            var district = Single(doc, name);
            Assert.Equal(EntityLabel.Gpe, district.Label);
            Assert.Equal("United States", district.Country);
        }

        Assert.Equal(2, Single(doc, "19th District").Mentions.Count);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Congressional District");

        // a court's or a police district's name is not one: a capitalised word after it, or "District" alone with no state before
        var kept = Resolve("The 5th District Court of Appeals ruled. Officers of the 19th District patrol the area.",
            ("5th District Court of Appeals", "ORG"), ("19th District", "ORG"));
        Assert.All(kept.Entities, e => Assert.Equal(EntityLabel.Organization, e.Label));
        Assert.Equal(2, kept.Entities.Length);
    }

    [Fact]
    public void A_broadcast_station_by_its_call_letters_or_network_and_channel_is_an_organisation()
    {
        // issue 17's samples 21, 22 and 7: "WFTV9", "FOX13", "WOR710" and "NBC 5" missed
        var doc = Resolve("It was first reported by Christopher Heath, a reporter for WFTV9. After FOX13’s Craig Patrick asked, "
            + "De Blasio, speaking on WOR710, called him a blowhard. NBC 5 has edited the video.",
            ("Christopher Heath", "PERSON"), ("Craig Patrick", "PERSON"), ("De Blasio", "PERSON"));
        foreach (var name in new[] { "WFTV9", "FOX13", "WOR710", "NBC 5" })
        {
            Assert.Equal(EntityLabel.Organization, Single(doc, name).Label);
        }

        // a radio station by its band, its frequency and its brand's words (sample 31: both missed)
        var radio = Resolve("The program is broadcast on New York’s AM 970 The Answer and NewsTalk 990 AM. He spoke on FM 101.1 Monday.",
            ("New York", "GPE"));
        foreach (var name in new[] { "AM 970 The Answer", "NewsTalk 990 AM", "FM 101.1" })
        {
            Assert.Equal(EntityLabel.Organization, Single(radio, name).Label);
        }

        // a number outside the band, a time, or a band and number at the sentence's start are no station
        var noRadio = Resolve("They met at 1030 AM. The AM 200 Rally began. Listen 990 AM now.");
        Assert.Empty(noRadio.Entities);

        // figures after other capitals, or too many after a network, are no station
        var none = Resolve("The F16 and the MH370 flew over a B52 while the ABC 2020 plan and the WTAX12345 code stood.");
        Assert.Empty(none.Entities);
    }

    [Fact]
    public void A_group_named_as_a_state_is_an_organisation()
    {
        // issue 17's eighteenth to twentieth samples: "Islamic State" LOC, "ISIS" and "the self-described Islamic State"
        // left untagged
        var doc = Resolve("Coalition forces fought the Islamic State in Syria. Trump called Obama the founder of ISIS, OK? But ISIS fled. "
            + "Obama was the most valuable player for the self-described Islamic State.",
            ("Islamic State", "LOC"), ("Syria", "GPE"), ("Trump", "PERSON"), ("Obama", "PERSON"));
        var group = Single(doc, "Islamic State");
        Assert.Equal(EntityLabel.Organization, group.Label);
        Assert.Equal(2, group.Mentions.Count);
        Assert.Equal(2, Single(doc, "ISIS").Mentions.Count);
        Assert.Equal(EntityLabel.Organization, Single(doc, "ISIS").Label);
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Syria").Label);

        // the name in full takes in the places the recognizer found inside it
        var full = Resolve("Hundreds of Islamic State of Iraq and Syria fighters escaped.", ("Iraq", "GPE"), ("Syria", "GPE"));
        Assert.Equal(EntityLabel.Organization, Single(full, "Islamic State of Iraq and Syria").Label);
        Assert.DoesNotContain(full.Entities, e => e.Name is "Iraq" or "Syria" or "Islamic State");

        // a given name or a longer name is not the group
        var kept = Resolve("Isis Brown spoke. The ISIS Papyrus Foundation met. They joined the Global Coalition to Defeat ISIS last year.",
            ("Isis Brown", "PERSON"));
        Assert.DoesNotContain(kept.Entities, e => e.Name is "ISIS" or "Isis");
    }

    [Fact]
    public void A_universitys_short_name_after_a_scholar_and_at_is_the_organisation()
    {
        // issue 17's ninth, twelfth and twentieth samples: "a trade professor at Cornell", "an economist at Harvard" (GPE)
        var doc = Resolve("Eswar Prasad, a trade professor at Cornell, spoke. Jeffrey Frankel, an economist at Harvard, agreed. "
            + "Ann Lee, a professor of education at Stanford, did not.",
            ("Eswar Prasad", "PERSON"), ("Cornell", "GPE"), ("Jeffrey Frankel", "PERSON"), ("Harvard", "GPE"), ("Ann Lee", "PERSON"),
            ("Stanford", "LOC"));
        Assert.All(new[] { "Cornell", "Harvard", "Stanford" }, name => Assert.Equal(EntityLabel.Organization, Single(doc, name).Label));

        // no scholar's word, or a state after "at": the places stay
        var kept = Resolve("The talks at Geneva ended. A student at Georgia won.", ("Geneva", "GPE"), ("Georgia", "GPE"));
        Assert.All(kept.Entities, e => Assert.Equal(EntityLabel.Gpe, e.Label));
    }

    [Fact]
    public void A_state_or_country_right_before_a_persons_title_is_a_place()
    {
        // issue 17's eighteenth and nineteenth samples: "Alabama Sen. Jeff Sessions", "Ohio Gov. John Kasich" (the state
        // untagged); "[Texas]ORG Sen. Ted Cruz" retyped
        var doc = Resolve("Alabama Sen. Jeff Sessions spoke. In Ohio Gov. John Kasich won. Then Texas Sen. Ted Cruz left. Utah Gov. Gary Herbert came.",
            ("Jeff Sessions", "PERSON"), ("John Kasich", "PERSON"), ("Texas", "ORG"), ("Ted Cruz", "PERSON"), ("Utah Gov.", "ORG"),
            ("Gary Herbert", "PERSON"));
        Assert.All(new[] { "Alabama", "Ohio", "Texas", "Utah" }, place => Assert.Equal(EntityLabel.Gpe, Single(doc, place).Label));

        // no title between, or no place before it: as the recognizer left them
        var kept = Resolve("Microsoft CEO Satya Nadella spoke. The Alabama Crimson Tide coach Nick Saban won.",
            ("Microsoft", "ORG"), ("Satya Nadella", "PERSON"), ("Nick Saban", "PERSON"));
        Assert.Equal(EntityLabel.Organization, Single(kept, "Microsoft").Label);
        Assert.DoesNotContain(kept.Entities, e => e.Name is "Alabama" or "Alabama Crimson Tide" or "Crimson Tide");

        // a people's word, an organisation's head opening the title, a run after a mention or a glued hyphen: not a place
        var peoples = Resolve("Thai Prime Minister Thaksin Shinawatra spoke. Saudi King Abdullah came. US Army Sergeant Joe Roche served. "
            + "The United States Federal District Judge Michael Urbanski ruled. Kelly, then-New Jersey Governor Chris Christie's aide, left.",
            ("Thai", "NORP"), ("Thaksin Shinawatra", "PERSON"), ("Abdullah", "PERSON"), ("Joe Roche", "PERSON"), ("United States", "GPE"),
            ("Michael Urbanski", "PERSON"), ("Kelly", "PERSON"), ("Chris Christie", "PERSON"));
        Assert.Equal(EntityLabel.Norp, Single(peoples, "Thai").Label);
        Assert.DoesNotContain(peoples.Entities, e => e.Name is "Saudi" or "US" or "Federal District" or "Jersey");
    }

    [Fact]
    public void A_state_or_country_typed_an_organisation_before_a_noun_after_an_article_is_a_place()
    {
        // issue 17's samples 27, 32 and 35: "The [Vermont]ORG senator", "the [Illinois]ORG primary"
        var doc = Resolve("The Vermont senator spoke. He rallied ahead of the Illinois primary. A Tel Aviv hospital opened.",
            ("Vermont", "ORG"), ("Illinois", "ORG"), ("Tel Aviv", "ORG"));
        Assert.All(new[] { "Vermont", "Illinois", "Tel Aviv" }, place => Assert.Equal(EntityLabel.Gpe, Single(doc, place).Label));

        // a verb after it, no article before it, a compass word, an initialism of no country, a longer name: as typed
        var kept = Resolve("He warned that Tehran has plans. The GAO says so. A Western diplomat left. The Texas Rangers won.",
            ("Tehran", "ORG"), ("GAO", "ORG"), ("Western", "ORG"), ("Texas Rangers", "ORG"));
        Assert.All(new[] { "Tehran", "GAO", "Western", "Texas Rangers" }, name => Assert.Equal(EntityLabel.Organization, Single(kept, name).Label));
    }

    [Fact]
    public void A_datelines_state_code_in_capitals_keeps_its_abbreviations_period()
    {
        // issue 17's thirteenth sample: "INDEPENDENCE, MO. (AP)--" gave "MO" (the gold: "MO.", as "Fulton, Mo.")
        var doc = Resolve("INDEPENDENCE, MO. (AP)--\n\nPoland joined NATO today. He spoke in Fulton, MO. The crowd cheered.",
            ("INDEPENDENCE", "GPE"), ("Poland", "GPE"), ("NATO", "ORG"), ("Fulton", "GPE"));
        var mentions = doc.Layer<EntityMention>();
        Assert.Contains(mentions, m => doc.TextOf(m.Span) == "MO." && m.Span.Start == 14 && m.Label == EntityLabel.Gpe);

        // the period that ends a sentence is not the code's
        Assert.Contains(mentions, m => doc.TextOf(m.Span) == "MO" && m.Span.Start > 40 && m.Label == EntityLabel.Gpe);
    }

    [Fact]
    public void A_town_after_a_capitalised_the_in_running_text_is_a_venue_named_after_it()
    {
        // issue 17's twelfth sample: the hotel "The London West Hollywood" and "at The London Thursday morning" were
        // read as London (United Kingdom)
        var doc = Resolve("The dress was taken from her room at The London West Hollywood. Deputies were at The London Thursday morning.",
            ("London West Hollywood", "LOC"), ("London", "GPE"));
        Assert.Equal(EntityLabel.Location, Single(doc, "The London West Hollywood").Label);
        Assert.Equal(EntityLabel.Location, Single(doc, "The London").Label);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "London");

        // a place whose name holds the article, a country, a sentence's first "The": as they were
        var kept = Resolve("She flew to The Hague and then to The Netherlands. The London office closed.",
            ("Hague", "GPE"), ("Netherlands", "GPE"), ("London", "GPE"));
        Assert.DoesNotContain(kept.Entities, e => e.Name.StartsWith("The ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_web_address_written_as_a_name_is_one_organisation_and_its_name_is_no_person()
    {
        // issue 17's samples 2 and 6: "Amazon.com" (gold whole), "Twitter" PERSON beside "pic.twitter.com/3BDnrvkoms"
        var amazon = Resolve("The court found that Amazon.com can be held liable. Amazon argued otherwise.", ("Amazon", "ORG"), ("Amazon", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(amazon, "Amazon.com").Label);

        var twitter = Resolve("People on Twitter pointed it out. pic.twitter.com/3BDnrvkoms Noem saw the reaction.", ("Twitter", "PERSON"), ("Noem", "PERSON"));
        Assert.Equal(EntityLabel.Organization, Single(twitter, "Twitter").Label);
        Assert.Equal(EntityLabel.Person, Single(twitter, "Noem").Label);

        // the other endings the pattern reads (a page is scanned only when it holds ".com", ".org" or ".net": perf-warm)
        var org = Resolve("Editors of Wikipedia wrote it. See wikipedia.org for the text.", ("Wikipedia", "PERSON"));
        Assert.Equal(EntityLabel.Organization, Single(org, "Wikipedia").Label);
        var net = Resolve("Readers of Slashdot saw it. See slashdot.net for the text.", ("Slashdot", "LOC"));
        Assert.Equal(EntityLabel.Organization, Single(net, "Slashdot").Label);

        // a lower-case address, or a person's name that is also an address's: as the recognizer said
        var kept = Resolve("See trump.com for more. Donald Trump spoke, and Trump left.", ("Donald Trump", "PERSON"), ("Trump", "PERSON"));
        Assert.All(kept.Entities, e => Assert.Equal(EntityLabel.Person, e.Label));
    }

    [Fact]
    public void A_name_the_page_types_an_organisation_is_no_person_elsewhere_without_a_persons_evidence()
    {
        // issue 17's ninth sample: "WeWork" ORG ×2 and PERSON ×2, "Ceres Robotics" ORG and PERSON
        var doc = Resolve("WeWork agreed to a rescue. SoftBank will inject cash into WeWork. WeWork declined to comment. Ceres Robotics and Tyvak won. Ceres Robotics is developing landers.",
            ("WeWork", "ORG"), ("SoftBank", "ORG"), ("WeWork", "PERSON"), ("WeWork", "PERSON"), ("Ceres Robotics", "PERSON"), ("Tyvak", "ORG"), ("Ceres Robotics", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(doc, "WeWork").Label);
        Assert.Equal(3, Single(doc, "WeWork").Mentions.Count);
        Assert.Equal(EntityLabel.Organization, Single(doc, "Ceres Robotics").Label);

        // a person's evidence anywhere on the page keeps the person mentions: a given name before the word, a title, "he" after it
        var surname = Resolve("Ford recalled cars. Gerald Ford spoke. Ford said it was over.", ("Ford", "ORG"), ("Gerald Ford", "PERSON"), ("Ford", "PERSON"));
        Assert.True(Single(surname, "Gerald Ford").Mentions.Count >= 2);
        var titled = Resolve("Hale Partners bought it. Mr. Hale declined to comment.", ("Hale", "ORG"), ("Hale", "PERSON"));
        Assert.Contains(titled.Entities, e => e.Label == EntityLabel.Person);
        var pronoun = Resolve("Banks grew. Banks said he would stay.", ("Banks", "ORG"), ("Banks", "PERSON"));
        Assert.Contains(pronoun.Entities, e => e.Label == EntityLabel.Person);
    }

    [Fact]
    public void An_outlet_between_a_role_modifier_and_a_role_is_no_person()
    {
        // issue 17's thirtieth sample: "Former [Breitbart]PERSON reporter Michelle Fields" beside "other [Breitbart]ORG
        // employees": "Former" modifies the role after the name, no title of it
        var doc = Resolve("Former Breitbart reporter Michelle Fields spoke. Fields and other Breitbart employees resigned.",
            ("Breitbart", "PERSON"), ("Michelle Fields", "PERSON"), ("Fields", "PERSON"), ("Breitbart", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(doc, "Breitbart").Label);
        Assert.Equal(2, Single(doc, "Breitbart").Mentions.Count);

        // a role's head before the name is a title: the person stays
        var titled = Resolve("Hale Partners grew. Senator Hale resigned.", ("Hale", "ORG"), ("Hale", "PERSON"));
        Assert.Contains(titled.Entities, e => e.Label == EntityLabel.Person);
    }

    [Fact]
    public void A_lower_case_article_or_conjunction_the_recognizer_took_in_opens_no_name()
    {
        // issue 17's second and sixth samples: "[the Netherlands]GPE" (gold "Netherlands"); VOA's "[and Kurds]ORG"
        var doc = Resolve("Storms hit the Netherlands, and Kurds and Turkmens fled.", ("the Netherlands", "GPE"), ("and Kurds", "ORG"));
        Assert.Equal("Netherlands", Single(doc, "Netherlands").Country);
        Assert.Equal(["Kurds"], Mentions(doc, Single(doc, "Kurds")));
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("the ", StringComparison.Ordinal) || e.Name.StartsWith("and ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_county_the_gazetteer_lacks_is_a_division_of_its_country_and_a_possessive_names_no_place()
    {
        // issue 17's second and fourth samples: "[Hertfordshire]LOC", "[Aberdeenshire]LOC" with no reading; the seventh's
        // "Sweden" entity named "Sweden’s" (the possessive its longest mention took in), so with no country
        var doc = Resolve("He played for Hertfordshire and lives near Aberdeenshire. Sweden dropped it. The office of Sweden’s prosecutor agreed.",
            ("Hertfordshire", "LOC"), ("Aberdeenshire", "LOC"), ("Sweden", "GPE"), ("Sweden’s", "GPE"));
        foreach (var county in new[] { "Hertfordshire", "Aberdeenshire" })
        {
            Assert.Equal(EntityLabel.Gpe, Single(doc, county).Label);
            Assert.Equal("United Kingdom", Single(doc, county).Country);
        }

        Assert.Equal("Sweden", Single(doc, "Sweden").Country);
        Assert.Equal(2, Single(doc, "Sweden").Mentions.Count);
    }

    [Fact]
    public void A_county_named_after_a_place_is_a_division_of_the_places_country()
    {
        // issue 17's eighth sample: "[Napa County]ORG" (Napa located in California), "[Marin County]LOC" with no country
        // (Marin is no US place: the country of the article's places, all American)
        var doc = Resolve("Power was cut in Napa County, California, and in Marin County, as Los Angeles waited.",
            ("Napa County", "ORG"), ("California", "GPE"), ("Marin County", "LOC"), ("Los Angeles", "GPE"));
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Napa County").Label);
        Assert.Equal("United States", Single(doc, "Napa County").Country);
        Assert.Null(Single(doc, "Napa County").Latitude);
        Assert.Equal("United States", Single(doc, "Marin County").Country);

        // places in two countries: a county no reading locates stays without one
        var two = Resolve("Fires burned in Marin County, as Paris and Los Angeles waited.",
            ("Marin County", "LOC"), ("Paris", "GPE"), ("Los Angeles", "GPE"));
        Assert.Null(Single(two, "Marin County").Country);
        Assert.Equal(EntityLabel.Gpe, Single(two, "Marin County").Label); // a county all the same (the twenty-eighth sample's "[Nassau County]LOC")
    }

    [Fact]
    public void A_state_written_after_a_county_is_the_state_and_the_county_in_its_country()
    {
        // issue 17's thirtieth sample: "Betsy Sharp of [Burke County]LOC, [Georgia]GPE" read as the country Georgia,
        // the county unplaced (no place called Burke); countries have no counties
        var doc = Resolve("Betsy Sharp of Burke County, Georgia, flew to Paris and Los Angeles.",
            ("Betsy Sharp", "PERSON"), ("Burke County", "LOC"), ("Georgia", "GPE"), ("Paris", "GPE"), ("Los Angeles", "GPE"));
        Assert.Equal("United States", Single(doc, "Georgia").Country);
        Assert.Null(Single(doc, "Georgia").Subtype);
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Burke County").Label);
        Assert.Equal("United States", Single(doc, "Burke County").Country);

        // the country without a county before it stays the country
        var country = Resolve("Betsy Sharp of Tbilisi, Georgia, flew to Paris and Los Angeles.",
            ("Betsy Sharp", "PERSON"), ("Tbilisi", "GPE"), ("Georgia", "GPE"), ("Paris", "GPE"), ("Los Angeles", "GPE"));
        Assert.Equal("Georgia", Single(country, "Georgia").Country);
    }

    [Fact]
    public void Names_coordinated_before_a_county_words_plural_are_counties_each_a_place()
    {
        // issue 17's eighth sample: "an area of [Orange and Riverside]ORG counties", beside Los Angeles and California
        var doc = Resolve("Warnings were issued in an area of Orange and Riverside counties, east of Los Angeles, California.",
            ("Orange and Riverside", "ORG"), ("Los Angeles", "GPE"), ("California", "GPE"));
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Orange County").Label);
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Riverside County").Label);
        Assert.Equal("United States", Single(doc, "Riverside County").Country);
        Assert.Equal(["Riverside"], Mentions(doc, Single(doc, "Riverside County")));
        Assert.Null(Single(doc, "Riverside County").Latitude); // the county, not the town
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Orange and Riverside");

        // a list with commas, untagged; "central California counties" names no counties of their own
        var list = Resolve("Fires burned in Marin, Sonoma and Napa counties and in 18 Northern and central California counties.",
            ("California", "GPE"));
        Assert.Equal(EntityLabel.Gpe, Single(list, "Marin County").Label);
        Assert.Equal(EntityLabel.Gpe, Single(list, "Sonoma County").Label);
        Assert.Equal(EntityLabel.Gpe, Single(list, "Napa County").Label);
        Assert.DoesNotContain(list.Entities, e => e.Name == "Northern");
    }

    [Fact]
    public void An_organisations_mention_joined_over_a_persons_possessive_is_the_person_and_the_name_after()
    {
        // the thirty-sixth unseen sample's "Trump’s AZ" (ORG) beside "Donald Trump", TimeBank's "Du Pont's Conoco Inc.":
        // a person the page names before the possessive; a place's name after it is the place
        var doc = Resolve("Anna Quarrtez spoke at Quarrtez’s AZ rally. Anna Quarrtez's Kestrel Party won.",
            ("Anna Quarrtez", "PERSON"), ("Quarrtez’s AZ", "ORG"), ("Anna Quarrtez's Kestrel Party", "ORG"));
        Assert.Equal(EntityLabel.Person, Single(doc, "Anna Quarrtez").Label);
        Assert.Equal(EntityLabel.Gpe, Single(doc, "AZ").Label);
        Assert.Equal("United States", Single(doc, "AZ").Country);
        Assert.Equal(EntityLabel.Organization, Single(doc, "Kestrel Party").Label);
        Assert.Equal(3, doc.Entities.Length);

        // a possessor the page names as no person stays inside the name, and so does one word the recognizer typed a
        // person alone (a company named after its founder: TimeBank's "Sotheby's Holdings Inc." beside "[Sotheby]PERSON")
        var own = Resolve("Anna Quarrtez spoke at Kestrel’s Resistance Army. Orrin's Holdings Inc. owns Orrin.",
            ("Anna Quarrtez", "PERSON"), ("Kestrel’s Resistance Army", "ORG"), ("Orrin's Holdings Inc.", "ORG"), ("Orrin", "PERSON"));
        Assert.Equal(EntityLabel.Organization, Single(own, "Kestrel’s Resistance Army").Label);
        Assert.Equal(EntityLabel.Organization, Single(own, "Orrin's Holdings Inc.").Label);
    }

    [Fact]
    public void An_organisations_mention_joined_over_a_possessive_is_two_names_after_a_place_or_an_organisation()
    {
        // issue 17's fifth, second and eighth samples
        var doc = Resolve("The International Energy Agency’s Photovoltaic Power Systems Program and California’s 4th District Court of Appeal met.",
            ("International Energy Agency’s Photovoltaic Power Systems Program", "ORG"), ("California’s 4th District Court of Appeal", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(doc, "International Energy Agency").Label);
        Assert.Equal(EntityLabel.Organization, Single(doc, "Photovoltaic Power Systems Program").Label);
        Assert.Equal(EntityLabel.Gpe, Single(doc, "California").Label);
        Assert.Equal(EntityLabel.Organization, Single(doc, "4th District Court of Appeal").Label);

        // a role after the place is no name; a possessive of the name's own stays
        var own = Resolve("Sudan's Justice Minister spoke of the Lord's Resistance Army and the Pakistan People's Party.",
            ("Sudan's Justice Minister", "ORG"), ("Lord's Resistance Army", "ORG"), ("Pakistan People's Party", "ORG"));
        Assert.Equal(EntityLabel.Gpe, Single(own, "Sudan").Label);
        Assert.DoesNotContain(own.Entities, e => e.Name.Contains("Minister"));
        Assert.Equal(EntityLabel.Organization, Single(own, "Lord's Resistance Army").Label);
        Assert.Equal(EntityLabel.Organization, Single(own, "Pakistan People's Party").Label);

        // VOA: the words after a country's possessive keep their modifiers ("Foreign", "Islamic") and heads ("Party")
        var voa = Resolve("Pakistan's Foreign Ministry and Mexico's Institutional Revolutionary Party and Afghanistan's Islamic Council spoke.",
            ("Pakistan's Foreign Ministry", "ORG"), ("Mexico's Institutional Revolutionary Party", "ORG"), ("Afghanistan's Islamic Council", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(voa, "Foreign Ministry").Label);
        Assert.Equal(EntityLabel.Organization, Single(voa, "Institutional Revolutionary Party").Label);
        Assert.Equal(EntityLabel.Organization, Single(voa, "Islamic Council").Label);
        Assert.Equal(EntityLabel.Gpe, Single(voa, "Afghanistan").Label);
    }

    [Fact]
    public void Two_names_joined_by_and_are_two_when_the_page_names_each_alone()
    {
        // VOA: "[Eritrea and Ethiopia]ORG" beside Eritrea and Ethiopia named alone; Wikinews: "[Woolworths and Coles]ORG"
        var doc = Resolve("Eritrea accused Ethiopia. Talks between Eritrea and Ethiopia failed, as Woolworths and Coles said Woolworths and Coles agreed.",
            ("Eritrea", "GPE"), ("Ethiopia", "GPE"), ("Eritrea and Ethiopia", "ORG"), ("Woolworths and Coles", "ORG"), ("Woolworths", "ORG"), ("Coles", "ORG"));
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Eritrea").Label);
        Assert.Equal(2, Mentions(doc, Single(doc, "Ethiopia")).Count);
        Assert.Equal(2, Mentions(doc, Single(doc, "Coles")).Count);
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains(" and "));

        // both sides named somewhere, connectors inside (Wikinews)
        var centers = Resolve("The Center for Biological Diversity and Center for Food Safety sued; the Center for Food Safety and the Center for Biological Diversity said so.",
            ("Center for Biological Diversity and Center for Food Safety", "ORG"), ("Center for Food Safety", "ORG"), ("Center for Biological Diversity", "ORG"));
        Assert.Equal(2, Mentions(centers, Single(centers, "Center for Food Safety")).Count);
        Assert.DoesNotContain(centers.Entities, e => e.Name.Contains(" and "));

        // the page never names "Food" or "Agriculture Organization" alone: the name's own "and"
        var own = Resolve("The Food and Agriculture Organization met the World Bank.", ("Food and Agriculture Organization", "ORG"), ("World Bank", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(own, "Food and Agriculture Organization").Label);
    }

    [Fact]
    public void The_surname_before_a_generational_suffix_is_the_persons_alone_whatever_the_recognizer_said()
    {
        // issue 17's eighth sample: "[Carlineo]ORG faces a maximum of 10 years" beside "Patrick W. Carlineo Jr."
        var doc = Resolve("Patrick W. Carlineo Jr. pleaded guilty. Carlineo faces a maximum of 10 years, and Carlineo's lawyer spoke.",
            ("Patrick W. Carlineo Jr.", "PERSON"), ("Carlineo", "ORG"));
        var person = Assert.Single(doc.Entities);
        Assert.Equal(EntityLabel.Person, person.Label);
        Assert.Equal(["Patrick W. Carlineo Jr.", "Carlineo", "Carlineo"], Mentions(doc, person));
    }

    [Fact]
    public void A_town_name_whose_readings_in_the_articles_countries_lie_in_one_has_that_country()
    {
        // issue 17's fourth and eighth samples: "Sacramento" (two US towns, others abroad) in US news had no country
        var doc = Resolve("Blackouts will affect counties north of Sacramento, as Los Angeles and California braced.",
            ("Sacramento", "GPE"), ("Los Angeles", "GPE"), ("California", "GPE"));
        Assert.Equal("United States", Single(doc, "Sacramento").Country);
        Assert.Null(Single(doc, "Sacramento").Latitude);

        // an article of several countries: a reading the gazetteer lacks may be meant (Medina of Saudi Arabia beside Ohio)
        Assert.Null(Single(Resolve("Curfews were extended in Medina, as Saudi Arabia and Ohio braced.",
            ("Medina", "GPE"), ("Saudi Arabia", "GPE"), ("Ohio", "GPE")), "Medina").Country);

        // no division of its readings named: nothing learnt
        Assert.Null(Single(Resolve("Blackouts will affect counties north of Sacramento, as Los Angeles braced.",
            ("Sacramento", "GPE"), ("Los Angeles", "GPE")), "Sacramento").Country);
    }

    [Fact]
    public void A_faiths_people_is_a_norp_whatever_the_recognizer_said_but_an_organisation_named_after_it_stays()
    {
        // issue 17's eighth sample: "[Muslim]ORG"; VOA's "[Sunni]LOC"
        var doc = Resolve("Muslim leaders and Sunni clerics met the Muslim Brotherhood in Cairo.",
            ("Muslim", "ORG"), ("Sunni", "LOC"), ("Muslim Brotherhood", "ORG"), ("Cairo", "GPE"));
        Assert.Equal(EntityLabel.Norp, Single(doc, "Muslim").Label);
        Assert.Equal(EntityLabel.Norp, Single(doc, "Sunni").Label);
        Assert.Equal(EntityLabel.Organization, Single(doc, "Muslim Brotherhood").Label);
    }

    [Fact]
    public void A_common_noun_written_as_an_initialism_is_never_a_name_but_an_organisations_initials_stay()
    {
        // issue 17's fifth unseen sample: a car's "EV", "SUV" and "HVAC" and a company's "IPO" were organisations
        var doc = Resolve("The EV is as long as an SUV, and WeWork abandoned its IPO, the EPA said.",
            ("EV", "ORG"), ("SUV", "ORG"), ("WeWork", "ORG"), ("IPO", "ORG"), ("EPA", "ORG"));
        Assert.DoesNotContain(doc.Entities, e => e.Name is "EV" or "SUV" or "IPO");
        Assert.Equal(EntityLabel.Organization, Single(doc, "EPA").Label);
        Assert.Equal(EntityLabel.Organization, Single(doc, "WeWork").Label);
    }

    [Fact]
    public void A_description_names_the_person_in_apposition_and_an_indefinite_one_names_nobody_before_it()
    {
        // the apposition wins over an Iranian named before, and over the role families (a minister who is a general)
        var apposition = Resolve(
            "Mr. Bakri spoke in Paris. Iran's defense minister, Brigadier General Ahmad Vahidi, said Iran would respond.",
            ("Bakri", "PERSON"), ("Paris", "GPE"), ("Iran", "GPE"), ("Ahmad Vahidi", "PERSON"), ("Iran", "GPE"));
        Assert.Contains("Iran's defense minister", Mentions(apposition, Single(apposition, "Ahmad Vahidi")));
        Assert.DoesNotContain("Iran's defense minister", Mentions(apposition, Single(apposition, "Bakri")));

        // "a Rwandan official" brings in someone new, not the man named before it
        var indefinite = Resolve(
            "The envoy William Swing received a call from a Rwandan official on Monday.", ("William Swing", "PERSON"));
        Assert.Single(Single(indefinite, "William Swing").Mentions);

        // a one-word name after an honorific is a person a description may name ("Mr. Gilani … The Pakistani leader")
        var honorific = Resolve(
            "Mr. Gilani arrived in Washington. The Pakistani leader will also meet with Barack Obama.",
            ("Gilani", "PERSON"), ("Washington", "GPE"), ("Pakistani", "NORP"), ("Barack Obama", "PERSON"));
        Assert.Contains("The Pakistani leader", Mentions(honorific, Single(honorific, "Gilani")));
        Assert.Null(Single(honorific, "Barack Obama").Country);
    }

    [Fact]
    public void Two_names_joined_over_and_are_two_when_the_page_names_one_of_them_alone_or_both_are_places_before_a_division_word()
    {
        // issue 17's ninth sample: "[Intuitive Machines and Orbit Beyond]ORG", then "Orbit Beyond" alone; the eighth's
        // "[Orange and Riverside]ORG counties"
        var doc = Resolve("NASA picked Intuitive Machines and Orbit Beyond. Orbit Beyond dropped out. Fires hit Orange and Riverside counties.",
            ("NASA", "ORG"), ("Intuitive Machines and Orbit Beyond", "ORG"), ("Orbit Beyond", "ORG"), ("Orange and Riverside", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(doc, "Intuitive Machines").Label);
        Assert.Equal(EntityLabel.Organization, Single(doc, "Orbit Beyond").Label);
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Orange County").Label); // SplitCoordinatedDivisions: each a county
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Riverside County").Label);
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains(" and ", StringComparison.Ordinal));

        // places of the gazetteer before a first-level division's plural; names that are none stay one
        var provinces = Resolve("Floods hit Punjab and Sindh provinces, not the Northern and Southern provinces.",
            ("Punjab and Sindh", "ORG"), ("Northern and Southern", "ORG"));
        Assert.Equal(EntityLabel.Gpe, Single(provinces, "Punjab").Label);
        Assert.Equal(EntityLabel.Gpe, Single(provinces, "Sindh").Label);
        Single(provinces, "Northern and Southern");

        // names with "and" the page never writes apart, a country's name, a name with a connector: one
        var kept = Resolve("Procter and Gamble, the Securities and Exchange Commission, Bosnia and Herzegovina and the Ministry of Trade, Industry and Energy. Energy rose.",
            ("Procter and Gamble", "ORG"), ("Securities and Exchange Commission", "ORG"), ("Bosnia and Herzegovina", "GPE"),
            ("Ministry of Trade, Industry and Energy", "ORG"), ("Energy", "ORG"));
        foreach (var name in new[] { "Procter and Gamble", "Securities and Exchange Commission", "Bosnia and Herzegovina", "Ministry of Trade, Industry and Energy" })
        {
            Single(kept, name);
        }
    }

    [Fact]
    public void A_town_before_a_divisions_name_is_the_town_whatever_the_recognizer_made_of_it()
    {
        // issue 17's ninth sample: a "Company, Town, State" list, towns typed PERSON
        var doc = Resolve("The five are:\n\nBlue Origin, Kent, Washington\n\nSpaceX, Hawthorne, California\n\nSmith, Texas, and Boeing, Washington, agreed.",
            ("Blue Origin", "ORG"), ("Kent", "PERSON"), ("Washington", "GPE"), ("SpaceX", "ORG"), ("Hawthorne", "PERSON"), ("California", "GPE"),
            ("Smith", "PERSON"), ("Texas", "GPE"), ("Boeing", "ORG"), ("Washington", "GPE"));
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Kent").Label);
        Assert.Equal("United States", Single(doc, "Kent").Country);
        Assert.Equal(EntityLabel.Gpe, Single(doc, "Hawthorne").Label);
        Assert.Equal(EntityLabel.Person, Single(doc, "Smith").Label); // no Smith in Texas
        Assert.Equal(EntityLabel.Organization, Single(doc, "Boeing").Label);

        // a division's name with more after it is no "Town, State" ("Kent, California’s senator")
        var possessive = Resolve("He thanked Kent, California’s senator.", ("Kent", "PERSON"), ("California", "GPE"));
        Assert.Equal(EntityLabel.Person, Single(possessive, "Kent").Label);
    }

    [Fact]
    public void A_capitalised_the_after_a_year_or_a_lists_at_sign_is_the_names()
    {
        // the unseen samples' "Copyright @ 2019 The New Arab" and "Houston, TX @ The Cynthia Woods Mitchell Pavilion"
        var doc = Resolve("Copyright @ 2019 The Kestrel Herald.\n\nOctober 10 – Houston, TX @ The Marlow Vale Pavilion",
            ("Kestrel Herald", "ORG"), ("Houston", "GPE"), ("TX", "GPE"), ("Marlow Vale Pavilion", "LOC"));
        Single(doc, "The Kestrel Herald");
        Single(doc, "The Marlow Vale Pavilion");

        // not after a dateline's dash nor an ordinal (a lost period)
        var kept = Resolve("CLEVELAND – The Kestrel Brothers played by March 20th The Marlow Union met.",
            ("CLEVELAND", "GPE"), ("Kestrel Brothers", "ORG"), ("Marlow Union", "ORG"));
        Single(kept, "Kestrel Brothers");
        Single(kept, "Marlow Union");
    }

    [Fact]
    public void A_countrys_abbreviation_before_a_government_bodys_name_is_the_country_and_a_capitalised_the_after_a_word_is_the_names()
    {
        // issue 17's seventh and ninth samples: "[US Justice Department]ORG", "[U.S. Securities and Exchange Commission]ORG",
        // "said The [We Company]ORG’s chair"
        var doc = Resolve("The US Justice Department and the U.S. Securities and Exchange Commission asked, said The We Company’s chair; the US EPA agreed.",
            ("US Justice Department", "ORG"), ("U.S. Securities and Exchange Commission", "ORG"), ("We Company", "ORG"), ("US EPA", "ORG"));
        Assert.Equal(EntityLabel.Organization, Single(doc, "Justice Department").Label);
        Assert.Equal(EntityLabel.Organization, Single(doc, "Securities and Exchange Commission").Label);
        Assert.Equal(EntityLabel.Organization, Single(doc, "EPA").Label);
        Assert.Equal(EntityLabel.Organization, Single(doc, "The We Company").Label);
        Assert.Contains(doc.Entities, e => e.Label == EntityLabel.Gpe && e.Country == "United States");

        // a body closed by another word keeps the abbreviation; an "IT Department" names no country; a sentence's "The" stays out
        var kept = Resolve("U.S. Capitol Police and the IT Department met. The Pentagon said so.",
            ("U.S. Capitol Police", "ORG"), ("IT Department", "ORG"), ("Pentagon", "ORG"));
        Single(kept, "U.S. Capitol Police");
        Single(kept, "IT Department");
        Single(kept, "Pentagon");

        // a role word opening the body's name stays the body's before a role ("State" of "State Department spokesman")
        var role = Resolve("U.S. State Department spokesman Sean McCormack said so.", ("U.S. State Department", "ORG"), ("Sean McCormack", "PERSON"));
        Assert.Equal(EntityLabel.Organization, Single(role, "State Department").Label);
    }

    private static List<string> Mentions(Document doc, Entity entity) => entity.Mentions.Select(doc.TextOf).ToList();

    /// <summary>The text of every mention of the page's entities of one label, entity by entity.</summary>
    private static List<string> MentionsLabelled(Document doc, EntityLabel label) =>
        doc.Entities.Where(e => e.Label == label).SelectMany(e => Mentions(doc, e)).ToList();

    /// <summary>Tokens and sentences from the real components, mentions by hand (in order of occurrence), then resolution.</summary>
    private static Document Resolve(string text, params (string Text, string Label)[] mentions) => Resolve(null, text, mentions);

    /// <param name="prior">The usual readings of place names; null for the shipped ones.</param>
    private static Document Resolve(PlacePrior? prior, string text, params (string Text, string Label)[] mentions)
        => Resolve(prior, null, text, mentions);

    private static Document Resolve(PlacePrior? prior, string? dateline, string text, params (string Text, string Label)[] mentions)
        => Resolve(new ArticleMetadata { Dateline = dateline is null ? null : new DatelineInfo(dateline, null) }, prior, text, mentions);

    private static Document Resolve(ArticleMetadata metadata, PlacePrior? prior, string text, params (string Text, string Label)[] mentions)
    {
        var spans = new (TextSpan Span, string Label)[mentions.Length];
        int from = 0;
        for (int i = 0; i < mentions.Length; i++)
        {
            int at = FindWord(text, mentions[i].Text, from);
            spans[i] = (new TextSpan(at, at + mentions[i].Text.Length), mentions[i].Label);
            from = at + mentions[i].Text.Length;
        }

        return ResolveAt(metadata, prior, text, spans);
    }

    /// <summary>Mentions at the spans given: a recognizer's span may end inside a written word ("Moon Jae-" of "Jae-in").</summary>
    private static Document ResolveAt(ArticleMetadata metadata, PlacePrior? prior, string text, params (TextSpan Span, string Label)[] mentions)
    {
        var doc = Document.FromText("test", text, metadata);
        doc = new TokenizerComponent().Process(doc, ProcessingContext.None);
        doc = new SentenceSplitterComponent().Process(doc, ProcessingContext.None);
        var layer = ImmutableArray.CreateBuilder<EntityMention>();
        foreach (var (span, label) in mentions)
        {
            layer.Add(new EntityMention(span, EntityLabels.Parse(label)));
        }

        doc = doc.WithLayer(layer.ToImmutable());
        return (prior is null ? new EntityResolver() : new EntityResolver(GeoGazetteer.Default, prior, RoleWords.Default, RoleFamilies.Default, Abbreviations.Default, new ResolutionOptions())).Resolve(doc);
    }

    private static int FindWord(string text, string word, int from)
    {
        for (int at = text.IndexOf(word, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            bool startOk = at == 0 || !char.IsLetter(text[at - 1]);
            bool endOk = at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]);
            if (startOk && endOk)
            {
                return at;
            }
        }

        throw new InvalidOperationException($"{word} not found after {from}");
    }
}
