using Dateline.Extraction.Datelines;

namespace Dateline.Extraction.Tests.Datelines;

public class DatelineFinderTests
{
    private static readonly DatelineFinder Finder = DatelineFinder.Default;

    /// <summary>
    /// A paragraph after none of whose commas a state or country can open is matched by the opening without them; on
    /// random paragraphs of places, states and countries in any case (spaces, no-break spaces, a Kelvin sign for a K,
    /// which the regex folds to "k"), dates, agencies and separators, the finder gives what the opening with every
    /// state and country gives.
    /// </summary>
    [Fact]
    public void TheOpeningWithoutStatesGivesWhatTheFullOneGives()
    {
        string[] pieces = ["HAYWARD", "Dekalb", "New York", "SANTA FE", "Halifax", "Berlin/Frankfurt", ",", ", ", ",\u00A0", " ", "\u00A0", "Calif.", "CALIF.",
            "calif", "Ill.", "ILL", "illinois", "Ky.", "\u212Ay.", "\u212AANSAS", "Kansas", "Kan", "N.Y.", "n.y", "New  Hampshire", "NEW\u00A0JERSEY", "New Hamp",
            "United Arab Emirates", "México", "MEXICO", "Perú", "U.S.", "UK", "India", "Aug 19", "May 4", "4 May", "(AP)", "(Reuters)", "(dpa)", " — ", " - ",
            "-- ", ": ", "The", "the city", "who", "said", "Wash", "W", "Ca", ".", "\"", "A"];
        var random = new Random(3);
        int withQualifier = 0, skipped = 0;
        for (int round = 0; round < 20000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 9)).Select(_ => pieces[random.Next(pieces.Length)]));
            if (text.Contains(',', StringComparison.Ordinal) && !DatelineLexicon.Default.QualifierMayFollowComma(text.Trim()))
            {
                skipped++;
            }

            foreach (var standalone in new[] { false, true })
            {
                var full = Finder.Match(text, standalone, withEveryQualifier: true);
                Assert.Equal(full, Finder.Match(text, standalone, withEveryQualifier: false));
                if (full is { Place: { } place } && place.Contains(',', StringComparison.Ordinal))
                {
                    withQualifier++;
                }
            }
        }

        // Both kinds of paragraph were met: datelines with a state or country, and commas the cheaper opening served.
        Assert.True(withQualifier > 100, $"{withQualifier} datelines with a state or country");
        Assert.True(skipped > 100, $"{skipped} paragraphs with commas served by the opening without states");
    }

    [Theory]
    [InlineData("MOSCOW (AP) — Russia's top diplomat said", "MOSCOW", "AP")]
    [InlineData("WASHINGTON (Reuters) - The Senate voted", "WASHINGTON", "Reuters")]
    [InlineData("RIO DE JANEIRO (AFP) - Brazil said", "RIO DE JANEIRO", "AFP")]
    [InlineData("HAYWARD, Calif. (AP) — A company said", "HAYWARD, Calif.", "AP")]
    [InlineData("SANTA FE, N.M. (AP) — A cat who has been missing", "SANTA FE, N.M.", "AP")]
    [InlineData("DUBAI, United Arab Emirates (AP) — Iran said", "DUBAI, United Arab Emirates", "AP")]
    [InlineData("HONOLULU, Hawaii (HawaiiNewsNow) - NASA scientists", "HONOLULU, Hawaii", "HawaiiNewsNow")]
    [InlineData("SOUTHWEST MIAMI-DADE, FLA. (WSVN) - An overnight crash", "SOUTHWEST MIAMI-DADE, FLA.", "WSVN")]
    [InlineData("Montpellier (SID) – Tennis-Olympiasieger Alexander Zverev", "Montpellier", "SID")]
    [InlineData("Berlin/Frankfurt (dpa) - Immer mehr junge Menschen", "Berlin/Frankfurt", "dpa")]
    [InlineData("London (CNN)It was the interview", "London", "CNN")]
    [InlineData("(ANSA) - ROMA, 28 LUG - Sarà Rossi l'arbitro della partita", "ROMA", "ANSA")]
    [InlineData("(AGI) - Milano, 3 mar. - Il consiglio comunale ha approvato", "Milano", "AGI")]
    [InlineData("CANBERRA, Australia (AP)_ Qantas will almost double", "CANBERRA, Australia", "AP")] // AP wire copy's "_" dash (TimeBank, AQUAINT)
    public void PlaceAndAgency(string paragraph, string place, string agency)
        => AssertDateline(paragraph, place, agency, DatelineForm.PlaceAndAgency);

    [Theory]
    [InlineData("BEIJING — China said", "BEIJING")]
    [InlineData("BERLIN -- The European Space Agency says", "BERLIN")]
    [InlineData("Dekalb, Ill. — The city council voted", "Dekalb, Ill.")]
    [InlineData("BUFFALO, N.Y. — Hours before the game", "BUFFALO, N.Y.")]
    [InlineData("CLEVELAND, Ohio – The Doobie Brothers will", "CLEVELAND, Ohio")]
    [InlineData("New York, NY – With content engagement migrating", "New York, NY")]
    [InlineData("ST CATHERINE, Jamaica — A female police inspector", "ST CATHERINE, Jamaica")]
    [InlineData("SEOUL, South Korea — A plan to impeach", "SEOUL, South Korea")]
    [InlineData("Potsdam – Zum Ende des Jagdjahres", "Potsdam")]
    [InlineData("NEWARK, N.J. _ A new Essex County task force began", "NEWARK, N.J.")]
    public void PlaceWithDash(string paragraph, string place) => AssertDateline(paragraph, place, null, DatelineForm.Place);

    [Theory]
    [InlineData("NEW DELHI: The government said on Monday", "NEW DELHI")]
    [InlineData("BANGKOK: Ein TikTok-Video, in dem behauptet wird", "BANGKOK")]
    public void PlaceWithColon(string paragraph, string place)
    {
        var d = AssertDateline(paragraph, place, null, DatelineForm.Place);
        Assert.Equal(DatelineSeparator.Colon, d.Separator);
    }

    [Theory]
    [InlineData("Washington.- El senador republicano Rick Scott", "Washington")]
    [InlineData("TEGUCIGALPA, HONDURAS.- Tras la extradición", "TEGUCIGALPA, HONDURAS")]
    public void SpanishPointAndDash(string paragraph, string place)
    {
        var d = AssertDateline(paragraph, place, null, DatelineForm.Place);
        Assert.Equal(DatelineSeparator.SpanishDash, d.Separator);
    }

    [Theory]
    [InlineData("(CNN) — A storm hit", "CNN")]
    [InlineData("(CNN Business) — Shares fell", "CNN Business")]
    [InlineData("(Reuters) - The New York State Attorney General", "Reuters")]
    [InlineData("(Reuters) — The New York State Attorney General", "Reuters")]
    [InlineData("KVELLER via JTA — The state of Washington has sworn in", "KVELLER via JTA")]
    public void AgencyOnly(string paragraph, string agency) => AssertDateline(paragraph, null, agency, DatelineForm.Agency);

    [Theory]
    [InlineData("LONDON, Aug 19 (Reuters) - British inflation", "LONDON", "Reuters", "Aug 19")]
    [InlineData("WASHINGTON, Nov. 5 (AP) — The Senate", "WASHINGTON", "AP", "Nov. 5")]
    [InlineData("PARIS, 3 March (AFP) - France said", "PARIS", "AFP", "3 March")]
    public void FollowedByADate(string paragraph, string place, string agency, string date)
    {
        var d = AssertDateline(paragraph, place, agency, DatelineForm.PlaceAndAgency);
        Assert.Equal(date, d.Date);
    }

    [Theory]
    [InlineData("BAAR, SWITZERLAND", "BAAR, SWITZERLAND", null)]
    [InlineData("WASHINGTON —", "WASHINGTON", null)]
    [InlineData("HOUSTON, Texas (KTRK) --", "HOUSTON, Texas", "KTRK")]
    [InlineData("DAR ES SALAAM, Tanzania (AP) _", "DAR ES SALAAM, Tanzania", "AP")]
    public void OwnElementBeforeTheStory(string block, string place, string? agency)
    {
        Assert.True(Finder.IsStandalone(block));
        var d = Finder.Find([block, "The story begins here, in a sentence of its own."]);
        Assert.NotNull(d);
        Assert.True(d.Standalone);
        Assert.Equal(0, d.Paragraph);
        Assert.Equal(place, d.Place);
        Assert.Equal(agency, d.Agency);
        Assert.Equal(block.Length, d.Length);
    }

    [Fact]
    public void AStandaloneDatelineNeedsAStoryBelowIt() => Assert.Null(Finder.Find(["BAAR, SWITZERLAND"]));

    [Fact]
    public void DatelineAfterTheBylineAndACaption()
    {
        string[] paragraphs = ["By Jane Doe", "A caption under the photo.", "VIENNA — The house will be turned into a police station."];
        var d = Finder.Find(paragraphs);
        Assert.NotNull(d);
        Assert.Equal(2, d.Paragraph);
        var info = d.ToInfo(paragraphs);
        var text = string.Join("\n\n", paragraphs);
        Assert.Equal("VIENNA — ", text[info.Span!.Value.Start..info.Span.Value.End]);
    }

    [Fact]
    public void OnlyTheFirstParagraphsAreSearched()
    {
        var paragraphs = Enumerable.Repeat("An ordinary sentence about the news of the day.", 8).Append("LONDON — Late in the story.").ToList();
        Assert.Null(Finder.Find(paragraphs));
        Assert.NotNull(new DatelineFinder(new DatelineFinderOptions { MaxParagraphs = 9 }).Find(paragraphs));
    }

    [Theory]
    [InlineData("Russia's top diplomat assured his counterpart.")]
    [InlineData("A — dash in a sentence")]
    [InlineData("NATO said on Monday that")]
    [InlineData("London is the capital of the United Kingdom.")]
    [InlineData("London — the city that never sleeps, or so they say.")]
    [InlineData("Paris, which hosted the games, said on Monday that it would")]
    [InlineData("Berlin: a city of contrasts.")]
    [InlineData("Washington, the president said, would not back down.")]
    [InlineData("MIGRATION – Probleme zwischen Einheimischen und Flüchtlingen")]
    [InlineData("ANZEIGE - Heute mal ausgehen?")]
    [InlineData("MALCOLM Fraser — an effective prime minister")]
    [InlineData("A HUNTER who killed and ate a wild rabbit in China")]
    [InlineData("DEAR ABBY: My husband of more than 20 years")]
    [InlineData("BREAKING: Lawan moves motion for Senate’s adjournment")]
    [InlineData("Lebanon: Bank Employees Resume Work After Week-Long Strike")]
    [InlineData("Sylvain Maillard (LREM): «Le débat autour des néonicotinoïdes»")]
    [InlineData("Heinz Erhardt (SPD) - Das Gesicht der Filmstadt")]
    [InlineData("Stahl, Beton, Stacheldraht – diese triste Umgebung")]
    [InlineData("Heinz Erhardt - das Gesicht der Filmstadt Göttingen")]
    [InlineData("(All photos: Atlas staff) Picture a deck of tarot cards.")]
    [InlineData("Feb. 23, 2015 -- Life-threatening peanut allergies")]
    [InlineData("Biz & IT — Two-year-old bug exposes servers")]
    [InlineData("Pittsburgh")]
    public void SentencesThatStartWithACityOrACapitalAreNotDatelines(string paragraph)
        => Assert.Null(Finder.Find([paragraph, "The story goes on in the next paragraph."]));

    private static DatelineMatch AssertDateline(string paragraph, string? place, string? agency, DatelineForm form)
    {
        var d = Finder.Find([paragraph]);
        Assert.NotNull(d);
        Assert.Equal(place, d.Place);
        Assert.Equal(agency, d.Agency);
        Assert.Equal(form, d.Form);
        Assert.False(d.Standalone);
        Assert.True(char.IsLetterOrDigit(paragraph[d.Start + d.Length]), "the span ends where the story starts");
        return d;
    }
}
