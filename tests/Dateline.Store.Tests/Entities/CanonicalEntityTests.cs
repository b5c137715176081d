using System.Collections.Immutable;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Layers.Paragraphs;
using Dateline.Core.Model;
using Dateline.Language.Quotes;
using Dateline.Store.Postgres;
using Dateline.Store.Queries;
using Dateline.Store.Search;
using Dateline.Store.Sql;
using Dateline.Store.Sqlite;
using Dateline.Store.Sqlite.Queries;

namespace Dateline.Store.Tests.Entities;

/// <summary>The entity contract on SQLite.</summary>
public sealed class CanonicalEntityTests() : CanonicalEntityContract(StoreKind.Sqlite);

/// <summary>The entity contract on PostgreSQL: the same resolver over the same tables.</summary>
public sealed class PostgresCanonicalEntityTests() : CanonicalEntityContract(StoreKind.Postgres);

/// <summary>One entity per real-world thing across the collection: which names join and which stay apart, in every store.</summary>
public abstract class CanonicalEntityContract(StoreKind kind) : IDisposable
{
    private readonly TempStore _temp = new(kind);

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private IArticleQueries Queries => _temp.Store.Queries();

    [Fact]
    public void EveryNameOfTheUnitedStatesIsOneCountryAndAPlaceInItIsNot()
    {
        // Issue 22: the resolver places "Atlanta" and "Palm Beach County" in the United States without pinning them
        // down (no coordinates); only a name it read as the country itself (subtype country) is the country.
        Write(
            Story("b1", "2019-09-06", "Atlanta said on Saturday it would act.", Place("Atlanta", "United States")),
            Story("b2", "2019-09-07", "Palm Beach County said on Sunday it would act.", Place("Palm Beach County", "United States")),
            Story("a1", "2019-09-01", "The U.S. said on Monday it would act.", Country("U.S.", "United States")),
            Story("a2", "2019-09-02", "The United States said on Tuesday it would act.", Country("United States", "United States")),
            Story("a3", "2019-09-03", "The US said on Wednesday it would act.", Country("US", "United States")),
            Story("a4", "2019-09-04", "America said on Thursday it would act.", Country("America", "United States")),
            Story("a5", "2019-09-05", "Americans said on Friday they would act.", new Named("Americans", EntityLabel.Norp, "United States")));

        var byAbbreviation = Ids(new SearchQuery("said") { Entity = "U.S." });
        Assert.Equal(["a1", "a2", "a3", "a4"], byAbbreviation);
        Assert.Equal(byAbbreviation, Ids(new SearchQuery("said") { Entity = "United States" }));
        Assert.Equal(byAbbreviation, Ids(new SearchQuery("said") { Entity = "America" }));

        var country = Assert.Single(Queries.FindEntities("US", 5));
        Assert.Equal("United States", country.Name);
        Assert.Equal("GPE", country.Label);
        Assert.Equal(4, country.Articles);
        Assert.Equal(["America", "U.S.", "US", "United States"], country.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal(["b1"], Ids(new SearchQuery("said") { Entity = "Atlanta" }));
        var atlanta = Assert.Single(Queries.FindEntities("Atlanta", 5));
        var county = Assert.Single(Queries.FindEntities("Palm Beach County", 5));
        Assert.Equal(("Atlanta", "United States"), (atlanta.Name, atlanta.Country));
        Assert.Equal(3, new[] { country.Id, atlanta.Id, county.Id }.Distinct().Count());

        // A demonym is a nationality of its own, never a name of the country.
        var nationality = Assert.Single(Queries.FindEntities("Americans", 5));
        Assert.NotEqual(country.Id, nationality.Id);
        Assert.Equal("NORP", nationality.Label);
    }

    [Fact]
    public void AStoreKeyedBeforeTheCountrySubtypeIsRefusedWithTheReingestItNeeds()
    {
        Write(Story("a1", "2019-09-01", "The US said on Monday it would act.", Country("US", "United States")));
        SchemaVersion(kind == StoreKind.Postgres ? PostgresMigrations.CountrySubtypeVersion - 1 : SqliteMigrations.CountrySubtypeVersion - 1);
        var refused = Assert.Throws<StoreException>(() => StoreAddress.Open(_temp.Path, _temp.StoreLayers).Dispose());
        Assert.Contains("ingest its inputs again", refused.Message, StringComparison.Ordinal);
        Assert.Contains("1 country entities", refused.Message, StringComparison.Ordinal);

        // Without country keys there is nothing keyed wrong: the store migrates.
        Execute("UPDATE entities SET key = 'place|us|united states'");
        using var migrated = StoreAddress.Open(_temp.Path, _temp.StoreLayers);
        Assert.Single(migrated.Queries().FindEntities("US", 5));
    }

    private void SchemaVersion(int version)
        => Execute(kind == StoreKind.Postgres ? $"UPDATE dateline_schema SET version = {version}" : $"PRAGMA user_version = {version}");

    private void Execute(string sql)
    {
        using System.Data.Common.DbConnection connection = kind == StoreKind.Postgres
            ? new Npgsql.NpgsqlConnection(PostgresAddress.ToConnectionString(_temp.Path))
            : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_temp.Path};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void ASurnameJoinsTheOnePersonOfThatNameInThePeriodWhicheverArrivesFirst()
    {
        // The surname-only article is stored first: the full name arrives in a later batch and re-resolves it.
        Write(Story("short", "2019-09-05", "\"We will build it,\" Trump said.", Person("Trump"), quoteBy: "Trump"));
        Write(Story("full", "2019-09-01", "\"It is done,\" Donald Trump said.", Person("Donald Trump"), quoteBy: "Donald Trump"));
        Write(Story("later", "2019-09-20", "\"Again,\" Trump said.", Person("Trump"), quoteBy: "Trump"));

        var trump = Assert.Single(Queries.FindEntities("Trump", 5));
        Assert.Equal("Donald Trump", trump.Name);
        Assert.Equal(3, trump.Articles);
        Assert.Equal(3, Queries.Quotes(new QuoteQuery { SpeakerId = trump.Id, Limit = 10 }).Count);
        Assert.Equal(3, Queries.Quotes(new QuoteQuery { Speaker = "Donald Trump", Limit = 10 }).Count);
        Assert.Equal(["full", "later", "short"], Queries.ArticlesMentioning(trump.Id, 10, 0).Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Null(trump.Latitude);
    }

    // A name is matched as written: '%' and '_' are not LIKE wildcards. "%" once listed every quote of a person with
    // a name of two words or more (GET /api/quotes?speaker=%25), and "%" as an entity filter every such article.
    [Theory]
    [InlineData("%")]
    [InlineData("_rump")]
    [InlineData("Donald%")]
    [InlineData("%Trump")]
    public void WildcardsInANameMatchNothingButThemselves(string name)
    {
        Write(Story("full", "2019-09-01", "\"It is done,\" Donald Trump said.", Person("Donald Trump"), quoteBy: "Donald Trump"));

        Assert.Empty(Queries.Quotes(new QuoteQuery { Speaker = name, Limit = 10 }));
        Assert.Empty(Ids(new SearchQuery("said") { Entity = name }));
        Assert.Single(Queries.Quotes(new QuoteQuery { Speaker = "Trump", Limit = 10 }));
        Assert.Equal(["full"], Ids(new SearchQuery("said") { Entity = "Donald" }));
    }

    [Fact]
    public void TwoPeopleSharingASurnameInTheSameWeekKeepTheSurnameApart()
    {
        Write(
            Story("boris", "2019-07-22", "Boris Johnson spoke in London.", Person("Boris Johnson")),
            Story("dustin", "2019-07-24", "Dustin Johnson won in Memphis.", Person("Dustin Johnson")),
            Story("which", "2019-07-25", "Johnson said little.", Person("Johnson")));

        Assert.Equal(3, Queries.FindEntities("Johnson", 5).Count);
        var alone = Assert.Single(Queries.FindEntities("Johnson", 5), e => e.Name == "Johnson");
        Assert.Equal(1, alone.Articles);
    }

    [Fact]
    public void ASurnameJoinsThePersonThePeriodNamesFarMoreOftenThanAnyOtherBearer()
    {
        // PolNeAR's June 2016: an AP story calls Bernie Sanders "Sanders" throughout, the month names Jane Sanders too.
        // The surname-only article arrives first; the bearers' articles, in later batches, re-resolve it.
        Write(Story("ap", "2016-06-08", "Sanders kept campaigning.", Person("Sanders")));
        Write([
            Story("jane", "2016-06-06", "Jane Sanders spoke.", Person("Jane Sanders")),
            .. Enumerable.Range(1, 5).Select(day => Story($"b{day}", $"2016-06-0{day}", $"Bernie Sanders spoke on day {day}.", Person("Bernie Sanders"))),
        ]);

        var bernie = Assert.Single(Queries.FindEntities("Bernie Sanders", 5), e => e.Name == "Bernie Sanders");
        Assert.Equal(6, bernie.Articles);
        Assert.DoesNotContain(Queries.FindEntities("Sanders", 5), e => e.Name == "Sanders");

        // Two more of Jane's: 5 against 3 is no longer far more, and the surname stands apart again.
        Write([.. new[] { 9, 10 }.Select(day => Story($"jane{day}", $"2016-06-{day:00}", $"Jane Sanders spoke on day {day}.", Person("Jane Sanders")))]);
        Assert.Equal(1, Assert.Single(Queries.FindEntities("Sanders", 5), e => e.Name == "Sanders").Articles);
    }

    [Fact]
    public void ASurnameOutsideThePeriodStaysApart()
    {
        Write(
            Story("first", "2019-01-02", "Jacinda Ardern spoke.", Person("Jacinda Ardern")),
            Story("months", "2019-09-02", "Ardern spoke again.", Person("Ardern")));

        Assert.Equal(2, Queries.FindEntities("Ardern", 5).Count);
    }

    [Fact]
    public void AMiddleNameOrInitialJoinsTheSameFirstAndLastName()
    {
        Write(Story("initial", "1998-10-25", "James C. Kopp is sought.", Person("James C. Kopp")));
        Write(
            Story("plain", "1998-11-05", "James Kopp was seen in Vermont.", Person("James Kopp")),
            Story("full", "1999-05-06", "James Charles Kopp was charged.", Person("James Charles Kopp")),
            Story("surname", "1999-05-07", "Kopp remains at large.", Person("Kopp")));

        var kopp = Assert.Single(Queries.FindEntities("Kopp", 5));
        Assert.Equal("James Charles Kopp", kopp.Name);
        Assert.Equal(4, kopp.Articles);
        Assert.Equal(["James C. Kopp", "James Charles Kopp", "James Kopp", "Kopp"], kopp.Aliases.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TwoDifferentMiddleNamesKeepTheFullNamesApart()
    {
        Write(
            Story("father", "2018-12-01", "George H. W. Bush died.", Person("George H. W. Bush")),
            Story("son", "2018-12-02", "George W. Bush spoke at the funeral.", Person("George W. Bush")),
            Story("both", "2018-12-05", "George Walker Bush and George Herbert Walker Bush.", Person("George Walker Bush"), Person("George Herbert Walker Bush")));

        var bushes = Queries.FindEntities("Bush", 5);
        Assert.DoesNotContain(bushes, b => b.Aliases.Contains("George H. W. Bush") && b.Aliases.Contains("George W. Bush"));
        Assert.DoesNotContain(bushes, b => b.Aliases.Contains("George Walker Bush") && b.Aliases.Contains("George Herbert Walker Bush"));
    }

    [Fact]
    public void ASecondMiddleNameArrivingLaterTakesTheFirstOutOfTheShorterName()
    {
        // The father's full name joins "George Bush" while he is the only one; the son's, in a later batch, makes the
        // shorter name either of two people: both full names stand apart, "George Bush" keeps its own articles.
        Write(
            Story("plain", "2018-11-30", "George Bush was remembered.", Person("George Bush")),
            Story("father", "2018-12-01", "George H. W. Bush died.", Person("George H. W. Bush")));
        Write(Story("son", "2018-12-02", "George W. Bush spoke at the funeral.", Person("George W. Bush")));
        Write(Story("father-again", "2018-12-03", "George Herbert Walker Bush was buried.", Person("George Herbert Walker Bush")));

        var bushes = Queries.FindEntities("Bush", 5);
        Assert.Equal(3, bushes.Count);
        Assert.Contains(bushes, b => b.Aliases.SequenceEqual(["George Bush"]) && b.Articles == 1);
        Assert.Contains(bushes, b => b.Aliases.SequenceEqual(["George W. Bush"]) && b.Articles == 1);
        Assert.Contains(bushes, b => b.Aliases.Order(StringComparer.Ordinal).SequenceEqual(["George H. W. Bush", "George Herbert Walker Bush"]) && b.Articles == 2);
    }

    [Fact]
    public void GeorgiaTheStateAndGeorgiaTheCountryAndJordanTheCountryAndThePersonStayApart()
    {
        Write(
            Story("state", "2019-09-01", "Storms hit Georgia on Monday.", Place("Georgia", "United States", 32.75, -83.5)),
            Story("country", "2019-09-01", "Georgia voted on Monday.", Country("Georgia", "Georgia")),
            Story("kingdom", "2019-09-02", "Jordan closed its border.", Country("Jordan", "Jordan")),
            Story("player", "2019-09-02", "Jordan scored 40 points.", Person("Jordan")));

        var georgias = Queries.FindEntities("Georgia", 5);
        Assert.Equal(2, georgias.Count);
        Assert.Contains(georgias, g => g.Country == "United States" && g.Latitude is not null);
        Assert.Contains(georgias, g => g.Country == "Georgia" && g.Latitude is null);
        var jordans = Queries.FindEntities("Jordan", 5);
        Assert.Equal(["GPE", "PERSON"], jordans.Select(j => j.Label).Order(StringComparer.Ordinal));
        Assert.Null(jordans.Single(j => j.Label == "PERSON").Country);
    }

    [Fact]
    public void OneNameTaggedTwoWaysIsOneEntityOfTheMajorityType()
    {
        Write(
            Story("t1", "2019-09-01", "Twitter banned the ads.", new Named("Twitter", EntityLabel.Organization)),
            Story("t2", "2019-09-02", "Twitter removed the posts.", new Named("Twitter", EntityLabel.Organization)),
            Story("t3", "2019-09-03", "On Twitter, users complained.", new Named("Twitter", EntityLabel.Misc)));

        var twitter = Assert.Single(Queries.FindEntities("Twitter", 5));
        Assert.Equal("ORG", twitter.Label);
        Assert.Equal(3, twitter.Articles);
    }

    [Fact]
    public void AnEntityIsShownAgainWhenALaterBatchChangesItsTypeOrPlace()
    {
        // The resolver writes an entity's row only when its choice changes (most touched entities stay as they were):
        // each later batch here changes its type or its coordinates, and the row follows.
        Write(Story("k1", "2019-09-01", "On Twitter, users complained.", new Named("Twitter", EntityLabel.Misc)));
        Assert.Equal("MISC", Assert.Single(Queries.FindEntities("Twitter", 5)).Label);
        Write(
            Story("k2", "2019-09-02", "Twitter banned the ads.", new Named("Twitter", EntityLabel.Organization)),
            Story("k3", "2019-09-03", "Twitter removed the posts.", new Named("Twitter", EntityLabel.Organization)));
        Assert.Equal("ORG", Assert.Single(Queries.FindEntities("Twitter", 5)).Label);

        Write(Story("g1", "2019-09-01", "Springfield voted.", Place("Springfield", "United States")));
        Assert.Null(Assert.Single(Queries.FindEntities("Springfield", 5)).Latitude);
        Write(
            Story("g2", "2019-09-02", "Springfield voted again.", Place("Springfield", "United States", 39.8, -89.65)),
            Story("g3", "2019-09-03", "Springfield counted.", Place("Springfield", "United States", 39.8, -89.65)));
        var springfield = Assert.Single(Queries.FindEntities("Springfield", 5));
        Assert.Equal((39.8, -89.65), (springfield.Latitude, springfield.Longitude));
    }

    [Fact]
    public void AnEntityRowIsTheSameOnlyWithTheSameValuesBitForBit()
    {
        var shown = new CanonicalEntityResolver.EntityShown("GPE", "Springfield", "springfield", "United States", 0.0, -89.65);
        Assert.True(shown.SameAs(shown with { }));
        Assert.False(shown.SameAs(shown with { Latitude = -0.0 }));
        Assert.False(shown.SameAs(shown with { Latitude = null }));
        Assert.False((shown with { Longitude = null }).SameAs(shown));
        Assert.False(shown.SameAs(shown with { Country = null }));
        Assert.False(shown.SameAs(shown with { Name = "springfield" }));
        Assert.False(shown.SameAs(shown with { Label = "LOC" }));
        Assert.False(shown.SameAs(shown with { Norm = "x" }));
    }

    [Fact]
    public void AnAcronymJoinsTheExpansionAnArticleSpelledOut()
    {
        Write(Story("spelled", "2019-09-01", "The North Atlantic Treaty Organization (NATO) met.",
            new Named("North Atlantic Treaty Organization", EntityLabel.Organization), new Named("NATO", EntityLabel.Organization)));
        Write(Story("bare", "2019-09-03", "NATO met again.", new Named("NATO", EntityLabel.Organization)));
        Write(Story("other", "2019-09-03", "The WHO met.", new Named("WHO", EntityLabel.Organization)));

        var nato = Assert.Single(Queries.FindEntities("NATO", 5));
        Assert.Equal("North Atlantic Treaty Organization", nato.Name);
        Assert.Equal(2, nato.Articles);
        Assert.Equal("WHO", Assert.Single(Queries.FindEntities("WHO", 5)).Name);
    }

    [Fact]
    public void ACuratorsMergeSplitAndRenameHoldForLaterArticlesAndAfterReopening()
    {
        Write(
            Story("m1", "2019-09-01", "Xi Jinping spoke.", Person("Xi Jinping")),
            Story("m2", "2019-09-02", "President Xi spoke.", Person("President Xi")));
        var xi = Queries.FindEntities("Xi Jinping", 5).Single();
        var president = Queries.FindEntities("President Xi", 5).Single();

        var merged = _temp.Curator.Merge(president.Id, xi.Id);
        Assert.Equal(xi.Id, merged.EntityId);
        Assert.Equal(1, merged.ArticleEntitiesMoved);
        Assert.Equal(2, Queries.Entity(xi.Id)!.Articles);
        Assert.Null(Queries.Entity(president.Id));

        // A later article under the merged name joins, also after the store is reopened.
        _temp.Reopen();
        Write(Story("m3", "2019-09-03", "President Xi spoke again.", Person("President Xi")));
        Assert.Equal(3, Queries.Entity(xi.Id)!.Articles);

        _temp.Curator.Rename(xi.Id, "Xi Jinping (China)");
        Assert.Equal("Xi Jinping (China)", Queries.Entity(xi.Id)!.Name);

        var split = _temp.Curator.Split(xi.Id, "President Xi");
        Assert.Equal(2, split.ArticleEntitiesMoved);
        Assert.Equal(1, Queries.Entity(xi.Id)!.Articles);
        Assert.Equal("Xi Jinping (China)", Queries.Entity(xi.Id)!.Name);
        Write(Story("m4", "2019-09-04", "President Xi spoke once more.", Person("President Xi")));
        Assert.Equal(1, Queries.Entity(xi.Id)!.Articles);
        Assert.Equal(3, Queries.FindEntities("President Xi", 5).Single().Articles);

        // The split undid the merge for that name: the merge stays in the history, inactive.
        Assert.Equal([Store.Entities.EntityCurationAction.Merge, Store.Entities.EntityCurationAction.Rename, Store.Entities.EntityCurationAction.Split], _temp.Curator.Curations().Select(c => c.Action));
        Assert.Equal([false, true, true], _temp.Curator.Curations().Select(c => c.Active));

        // Merging back undoes the split, for later articles too.
        _temp.Curator.Merge(Queries.FindEntities("President Xi", 5).Single().Id, xi.Id);
        Write(Story("m5", "2019-09-05", "President Xi spoke at last.", Person("President Xi")));
        Assert.Equal(5, Queries.Entity(xi.Id)!.Articles);
        Assert.Equal([false, true, false, true], _temp.Curator.Curations().Select(c => c.Active));
        Assert.Throws<ArgumentException>(() => _temp.Curator.Split(xi.Id, "Xi Jinping"));
        Assert.Throws<KeyNotFoundException>(() => _temp.Curator.Merge(xi.Id, 99_999));
    }

    [Fact]
    public void ASplitUndoesASurnameRuleForThatNameOnly()
    {
        Write(
            Story("s1", "2019-09-01", "Greta Thunberg spoke.", Person("Greta Thunberg")),
            Story("s2", "2019-09-02", "Thunberg spoke.", Person("Thunberg")));
        var greta = Queries.FindEntities("Greta Thunberg", 5).Single();
        Assert.Equal(2, greta.Articles);

        _temp.Curator.Split(greta.Id, "Thunberg");
        Assert.Equal(1, Queries.Entity(greta.Id)!.Articles);
        Write(Story("s3", "2019-09-03", "Thunberg spoke again.", Person("Thunberg")));
        Assert.Equal(2, Queries.FindEntities("Thunberg", 5).Single(e => e.Id != greta.Id).Articles);
    }

    [Fact]
    public void AnOrganisationsQuotesIncludeThoseOfItsUnnamedSpokespeople()
    {
        const string text = "\"We will appeal,\" a spokesperson for Acme Corp said.";
        var story = Story("acme", "2019-09-02", text, new Named("Acme Corp", EntityLabel.Organization));
        var acmeMention = story.Entities[0].Mentions[0];
        var speakerWords = new TextSpan(text.IndexOf("a spokesperson", StringComparison.Ordinal), acmeMention.End);
        story = story.WithLayer<Quote>([new Quote(new TextSpan(0, text.IndexOf('"', 1) + 1), QuoteKind.Direct)
        {
            Cue = "said", SpeakerId = "unnamed-1", SpeakerMention = speakerWords, SpeakerOrganizationId = "e1",
        }]);
        Write(story, Story("other", "2019-09-03", "\"No comment,\" Jane Roe said.", Person("Jane Roe"), quoteBy: "Jane Roe"));

        var acme = Assert.Single(Queries.FindEntities("Acme Corp", 5));
        var quote = Assert.Single(Queries.Quotes(new QuoteQuery { SpeakerId = acme.Id, Limit = 10 }));
        Assert.Equal("acme", quote.ArticleId);
    }

    private static Named Person(string name) => new(name, EntityLabel.Person);

    private static Named Place(string name, string country, double? lat = null, double? lon = null) => new(name, EntityLabel.Gpe, country, lat, lon);

    /// <summary>A name the resolver read as the country itself (subtype country).</summary>
    private static Named Country(string name, string country) => new(name, EntityLabel.Gpe, country) { Subtype = EntitySubtype.Country };

    private void Write(params Document[] documents) => _temp.Store.Write([.. documents.Select(Articles.Record)]);

    private List<string> Ids(SearchQuery query) => [.. _temp.Store.Search(query).Select(h => h.Id).Order(StringComparer.Ordinal)];

    private static Document Story(string id, string published, string text, params Named[] names) => Story(id, published, text, names, null);

    private static Document Story(string id, string published, string text, Named name, string quoteBy) => Story(id, published, text, [name], quoteBy);

    /// <summary>An article whose entities are the given names, each at its first occurrence in the text, as a resolver would give them.</summary>
    private static Document Story(string id, string published, string text, Named[] names, string? quoteBy)
    {
        var raw = new RawPage(id, $"/in/{id}.txt", ReadOnlyMemory<byte>.Empty) { PreDecodedText = text, DeclaredKind = ContentKind.Text };
        var document = Document.FromRaw(raw).WithContent(new DecodedContent(text, ContentKind.Text, "utf-16")).WithText(text)
            .WithMetadata(new ArticleMetadata { Title = id, Published = published, Language = "en" })
            .WithLayer<Paragraph>([new Paragraph(new TextSpan(0, text.Length))]);
        var entities = ImmutableArray.CreateBuilder<Entity>();
        var mentions = ImmutableArray.CreateBuilder<EntityMention>();
        foreach (var named in names)
        {
            var at = text.IndexOf(named.Name, StringComparison.Ordinal);
            Assert.True(at >= 0, $"{named.Name} is not in the text of {id}");
            var span = new TextSpan(at, at + named.Name.Length);
            var entityId = $"e{entities.Count + 1}";
            entities.Add(new Entity(entityId, named.Name, named.Label) { Subtype = named.Subtype, Country = named.Country, Latitude = named.Latitude, Longitude = named.Longitude, Mentions = [span] });
            mentions.Add(new EntityMention(span, named.Label) { EntityId = entityId });
        }

        document = document.WithLayer(entities.ToImmutable()).WithLayer(mentions.ToImmutable().Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start)));
        if (quoteBy is not null)
        {
            var end = text.IndexOf('"', 1);
            var speaker = entities.Single(e => e.Name == quoteBy);
            document = document.WithLayer<Quote>([new Quote(new TextSpan(0, end + 1), QuoteKind.Direct) { Cue = "said", SpeakerId = speaker.Id, SpeakerMention = speaker.Mentions[0] }]);
        }

        return document;
    }

    private sealed record Named(string Name, EntityLabel Label, string? Country = null, double? Latitude = null, double? Longitude = null)
    {
        public EntitySubtype? Subtype { get; init; }
    }
}
