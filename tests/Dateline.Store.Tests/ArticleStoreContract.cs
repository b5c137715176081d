using Dateline.Core.Layers.Comments;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Layers.RemovedBlocks;
using Dateline.Core.Running;
using Dateline.Language.Amounts;
using Dateline.Language.Events;
using Dateline.Language.Quotes;
using Dateline.Language.Relations;
using Dateline.Language.Times;
using Dateline.Store.Queries;
using Dateline.Store.Search;

namespace Dateline.Store.Tests;

/// <summary>
/// What every store does, whatever database it lives in: the same tests run against SQLite
/// (<see cref="Sqlite.SqliteArticleStoreTests"/>) and PostgreSQL (<see cref="Postgres.PostgresArticleStoreTests"/>).
/// </summary>
public abstract class ArticleStoreContract
{
    protected abstract StoreKind Kind { get; }

    protected TempStore NewStore() => new(Kind);

    protected const string PutinText =
        "MOSCOW — Vladimir Putin told the Kremlin staff on Monday that at least 20,000 troops would stay.\n\n" +
        "\"We will not retreat,\" Vladimir Putin said in Moscow, recalling the events of 2014.\n\n" +
        "Analysts in Moscow said the decision surprised few observers of the Kremlin.";

    protected const string MerkelText =
        "BERLIN — Angela Merkel met energy ministers on Tuesday to discuss gas supplies for the winter.\n\n" +
        "The chancellor said Germany would build new terminals and reduce its dependence on imports.\n\n" +
        "Ministers agreed to meet again before the end of the year to review the plan.";

    protected const string LongerStory =
        "The announcement came after weeks of speculation in the capital about the future of the deployment, which " +
        "officials had described as temporary when it began. Several regional governors asked for more details about " +
        "the cost of keeping soldiers in the area through the winter months.\n\n" +
        "Opposition politicians criticised the plan in parliament on Tuesday, saying that the government had not " +
        "explained its goals. A spokesman for the defence ministry declined to comment on the number of units involved " +
        "or on how long they would remain.";

    [Fact]
    public void ArticleRoundTripsWithEveryLayer()
    {
        using var t = NewStore();
        var document = Articles.Make("putin", "Putin keeps troops", PutinText, "2022-03-14", "Wire");
        var summary = t.Store.Write([Articles.Record(document)]);
        Assert.Equal(1, summary.Stored);

        var stored = t.Store.Find("putin");
        Assert.NotNull(stored);
        var d = stored.Document;
        Assert.Equal(PutinText, d.Text);
        Assert.Equal("Putin keeps troops", d.Metadata.Title);
        Assert.Equal("2022-03-14", d.Metadata.Published);
        Assert.Equal("Wire", d.Metadata.SiteName);
        Assert.Equal(document.Paragraphs.ToArray(), d.Paragraphs.ToArray());
        Assert.Equal(document.Entities.Length, d.Entities.Length);
        var putin = Assert.Single(d.Entities, e => e.Name == "Vladimir Putin");
        Assert.Equal(2, putin.Mentions.Count);
        Assert.Equal(["President"], putin.Roles);
        Assert.Equal(document.Layer<EntityMention>().Length, d.Layer<EntityMention>().Length);
        Assert.All(d.Layer<EntityMention>(), m => Assert.Contains(d.TextOf(m.Span), new[] { "Vladimir Putin", "Kremlin", "Moscow" }));
        var quote = Assert.Single(d.Layer<Quote>());
        Assert.Equal("\"We will not retreat,\"", d.TextOf(quote.Span));
        Assert.Equal(putin.Id, quote.SpeakerId);
        Assert.Equal("2014", d.TextOf(Assert.Single(d.Layer<TimeExpression>()).Span));
        var amount = Assert.Single(d.Layer<Amount>());
        Assert.Equal(20000, amount.Value);
        Assert.Equal("troops", amount.Unit);
        var relation = Assert.Single(d.Layer<Relation>());
        Assert.Equal(RelationType.Backs, relation.Type);
        Assert.Equal("More on Russia", Assert.Single(d.Related).Title);
        Assert.Equal(["·2 min read", "Recommended Stories"], d.Removed.Select(r => r.Text));
        Assert.Equal(RemovalReason.TeaserList, d.Removed[1].Reason);
        Assert.Equal(3, stored.EntityKeys.Count);

        // Every stored layer reads back record for record, in its order.
        foreach (var layer in TempStore.Layers.Stored)
        {
            Assert.Equal(layer.Count(document), layer.Count(d));
        }

        Assert.Equal([.. document.Layer<EntityMention>()], [.. d.Layer<EntityMention>()]);
        Assert.Equal([.. document.Layer<Quote>()], [.. d.Layer<Quote>()]);
        Assert.Equal([.. document.Layer<TimeExpression>()], [.. d.Layer<TimeExpression>()]);
        Assert.Equal([.. document.Layer<Amount>()], [.. d.Layer<Amount>()]);
        Assert.Equal([.. document.Layer<Relation>()], [.. d.Layer<Relation>()]);
        Assert.Equal(2, d.Layer<Event>().Length);
        Assert.Equal([.. document.Layer<Event>()], [.. d.Layer<Event>()]);
        Assert.Equal([.. document.Removed], [.. d.Removed]);
        Assert.Equal([.. document.Layer<ReaderComment>()], [.. d.Layer<ReaderComment>()]);
        Assert.Equal(2, d.Layer<ReaderComment>().Length);
    }

    [Fact]
    public void EntitiesAreCanonicalAcrossTheCollection()
    {
        using var t = NewStore();
        t.Store.Write([
            Articles.Record(Articles.Make("a", "One", PutinText)),
            Articles.Record(Articles.Make("b", "Two", "Vladimir Putin spoke again in Moscow about energy, gas, oil and the economy of the region for an hour.")),
            Articles.Record(Articles.Make("c", "Three", MerkelText)),
        ]);
        var stats = t.Store.Stats();
        Assert.Equal(3, stats.Articles);

        // Putin, Kremlin, Moscow, Merkel: four entities, not one per article.
        Assert.Equal(4, stats.Entities);
        Assert.Equal(2, stats.ByEntityType["PERSON"]);
        Assert.Equal(t.Store.Find("a")!.EntityKeys["e1"], t.Store.Find("b")!.EntityKeys["e1"]);
    }

    [Fact]
    public void ReingestingTheSameContentStoresNothingTwice()
    {
        using var t = NewStore();
        var records = new[] { Articles.Record(Articles.Make("a", "One", PutinText)), Articles.Record(Articles.Make("c", "Three", MerkelText)) };
        var failure = new FailureRecord(ContentHash.OfFailure("/in/bad.bin", "binary"), "bad", "/in/bad.bin", "binary", "binary data");
        Assert.Equal(new WriteSummary(2, 1, 0, 0), t.Store.Write([.. records, failure]));
        Assert.True(t.Store.Contains(records[0].ContentHash));
        Assert.True(t.Store.Contains(failure.ContentHash));

        t.Reopen();
        Assert.Equal(new WriteSummary(0, 0, 3, 0), t.Store.Write([.. records, failure]));
        var stats = t.Store.Stats();
        Assert.Equal(2, stats.Articles);
        Assert.Equal(1, stats.Failures);
    }

    [Fact]
    public void SameNameDifferentContentGetsDistinctIds()
    {
        using var t = NewStore();
        t.Store.Write([Articles.Record(Articles.Make("page", "One", PutinText)), Articles.Record(Articles.Make("page", "Two", MerkelText))]);
        Assert.Equal(2, t.Store.Stats().Articles);
        Assert.NotNull(t.Store.Find("page"));
        var hits = t.Store.Search(new SearchQuery("Merkel"));
        Assert.StartsWith("page~", Assert.Single(hits).Id, StringComparison.Ordinal);
    }

    [Fact]
    public void SearchFindsWordsWithHighlightedSnippetsRankedByRelevance()
    {
        using var t = NewStore();
        t.Store.Write([
            Articles.Record(Articles.Make("a", "Putin keeps troops", PutinText, "2022-03-14")),
            Articles.Record(Articles.Make("c", "Merkel and gas", MerkelText, "2022-09-01")),
            Articles.Record(Articles.Make("f", "Weather", "Rain is expected across the north on Friday, with snow on high ground and strong winds along the coast.")),
        ]);
        var hits = t.Store.Search(new SearchQuery("troops"));
        var hit = Assert.Single(hits);
        Assert.Equal("a", hit.Id);
        Assert.Contains("<mark>troops</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.True(hit.Score > 0);

        // Title words weigh more than body words.
        t.Store.Write([Articles.Record(Articles.Make("g", "Gas prices", "Gas was mentioned once here, in a long text about markets, shipping, tankers, ports and weather in the north sea."))]);
        Assert.Equal(["g", "c"], t.Store.Search(new SearchQuery("gas")).Select(h => h.Id));
        Assert.Empty(t.Store.Search(new SearchQuery("zeppelin")));
    }

    [Fact]
    public void SearchFiltersByEntityTypeDateSourceAndLanguage()
    {
        using var t = NewStore();
        t.Store.Write([
            Articles.Record(Articles.Make("a", "Putin keeps troops", PutinText, "2022-03-14", "Wire")),
            Articles.Record(Articles.Make("c", "Merkel and gas", MerkelText, "2021-09-01", "Daily")),
        ]);
        Assert.Equal(["a"], t.Store.Search(new SearchQuery("said") { Entity = "Vladimir Putin" }).Select(h => h.Id));
        Assert.Equal(["a"], t.Store.Search(new SearchQuery("said") { Entity = "putin" }).Select(h => h.Id));
        Assert.Equal(["c"], t.Store.Search(new SearchQuery("said") { Entity = "Merkel", EntityType = "person" }).Select(h => h.Id));
        Assert.Empty(t.Store.Search(new SearchQuery("said") { Entity = "Merkel", EntityType = "ORG" }));
        Assert.Equal(["a"], t.Store.Search(new SearchQuery("said") { EntityType = "GPE" }).Select(h => h.Id));
        Assert.Equal(["a"], t.Store.Search(new SearchQuery("said") { From = "2022-01-01" }).Select(h => h.Id));
        Assert.Equal(["c"], t.Store.Search(new SearchQuery("said") { To = "2021" }).Select(h => h.Id));
        Assert.Equal(["c"], t.Store.Search(new SearchQuery("said") { From = "2021-09", To = "2021-09" }).Select(h => h.Id));
        Assert.Equal(["c"], t.Store.Search(new SearchQuery("said") { Source = "daily" }).Select(h => h.Id));
        // a source is matched as written: '%' and '_' are no LIKE wildcards ("%" once matched every address)
        Assert.Empty(t.Store.Search(new SearchQuery("said") { Source = "%" }));
        Assert.Empty(t.Store.Search(new SearchQuery("said") { Source = "_" }));
        Assert.Equal(2, t.Store.Search(new SearchQuery("said") { Language = "en" }).Count);
        Assert.Empty(t.Store.Search(new SearchQuery("said") { Language = "de" }));

        // No words, only a filter: listed newest first.
        Assert.Equal(["a", "c"], t.Store.Search(new SearchQuery(string.Empty) { From = "2000" }).Select(h => h.Id));
    }

    [Theory]
    [InlineData("al-Qaida", "")]
    [InlineData("U.S. \"unclosed", "")]
    [InlineData("title:troops", "")]
    [InlineData("NEAR(troops stay", "")]
    [InlineData("^troops", "a")]
    [InlineData("troops AND stay", "a")]
    [InlineData("troops OR gas", "a,c")]
    [InlineData("troops NOT gas", "a")]
    [InlineData("\"will not retreat\"", "a")]
    [InlineData("retre*", "a")]
    public void UserQueriesAreMatchedAsTypedAndNeverBreakTheParser(string query, string expected)
    {
        using var t = NewStore();
        t.Store.Write([Articles.Record(Articles.Make("a", "Putin keeps troops", PutinText)), Articles.Record(Articles.Make("c", "Merkel and gas", MerkelText))]);
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), t.Store.Search(new SearchQuery(query)).Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NearDuplicatesAreGroupedIntoOneStory()
    {
        using var t = NewStore();
        var original = PutinText + "\n\n" + LongerStory;
        var copy = original.Replace("Analysts in Moscow said the decision surprised few observers of the Kremlin.", "Analysts said the move was expected.", StringComparison.Ordinal)
                   + "\n\nThis story was first published by Wire.";
        var hasher = new Dateline.Store.Duplicates.MinHasher();
        var similarity = hasher.Compute(copy)!.Similarity(hasher.Compute(original)!.Values);
        Assert.True(similarity >= 0.7, $"similarity {similarity}");
        t.Store.Write([
            Articles.Record(Articles.Make("orig", "Putin keeps troops", original, "2022-03-14", "Wire")),
            Articles.Record(Articles.Make("other", "Merkel and gas", MerkelText, "2022-03-14", "Daily")),
        ]);
        var summary = t.Store.Write([Articles.Record(Articles.Make("copy", "Putin keeps troops in place", copy, "2022-03-15", "Herald"))]);
        Assert.Equal(1, summary.NearDuplicates);

        Assert.Equal("orig", t.Store.Find("copy")!.DuplicateOf);
        Assert.Equal(["copy"], t.Store.Find("orig")!.Copies);
        Assert.Null(t.Store.Find("other")!.DuplicateOf);
        Assert.Equal(1, t.Store.Stats().Duplicates);

        var hit = Assert.Single(t.Store.Search(new SearchQuery("troops")));
        Assert.Single(hit.Copies);
        Assert.Contains(hit.Id, new[] { "orig", "copy" });
    }

    [Fact]
    public void StatsCountBySourceMonthAndType()
    {
        using var t = NewStore();
        t.Store.Write([
            Articles.Record(Articles.Make("a", "One", PutinText, "2022-03-14", "Wire")),
            Articles.Record(Articles.Make("c", "Three", MerkelText, "2022-03-20T10:00:00Z", "Wire")),
            new FailureRecord("h1", "x", "/in/x", "binary", "binary data"),
        ]);
        var stats = t.Store.Stats();
        Assert.Equal(2, stats.BySource["Wire"]);
        Assert.Equal(2, stats.ByMonth["2022-03"]);
        Assert.Equal(1, stats.FailuresByKind["binary"]);
        Assert.Equal(1, stats.ByEntityType["GPE"]);
    }

    [Fact]
    public void ExportTablesCoverArticlesAndEveryLayer()
    {
        using var t = NewStore();
        t.Store.Write([Articles.Record(Articles.Make("a", "One", PutinText, "2022-03-14", "Wire"))]);
        var tables = t.Store.ExportTables().ToDictionary(x => x.Name);
        Assert.Equal(
            ["articles", "entities", "paragraphs", "related_links", "removed_blocks", "comments", "mentions", "article_entities", "quotes", "times", "amounts", "events", "relations", "event_rows", "failures"],
            tables.Keys);
        Assert.Single(tables["articles"].ReadRows());
        Assert.Equal(["article", "position", "author", "published", "text"], tables["comments"].Columns.Select(c => c.Name));
        Assert.Equal(new object?[] { "Ann Lee", "2022-03-15", "Good summary.\nThanks." }, tables["comments"].ReadRows().First()[2..]);
        var mentions = tables["mentions"];
        var mention = mentions.ReadRows().First();
        Assert.Equal(["article", "position", "start", "end", "text", "label", "entity", "local_entity"], mentions.Columns.Select(c => c.Name));
        Assert.Equal("Vladimir Putin", mention[4]);
        Assert.Equal("We will not retreat", ((string)tables["quotes"].ReadRows().Single()[4]!).Trim('"', ','));
        Assert.All(tables.Values, table => Assert.All(table.ReadRows(), row => Assert.Equal(table.Columns.Count, row.Length)));

        // The events layer as stored, and flat with names, places and the sentence (GDELT's event files' shape).
        var events = tables["events"];
        Assert.Equal(2, events.ReadRows().Count());
        Assert.Equal("told", events.ReadRows().First()[events.Columns.Select(c => c.Name).ToList().IndexOf("trigger_text")]);
        var flat = tables["event_rows"];
        Assert.Equal(
            ["date", "source_name", "source_type", "source_country", "event_type", "target_name", "target_type", "target_country", "mode", "place_name",
             "latitude", "longitude", "article", "position", "url", "sentence", "trigger", "claimed_by", "source_entity", "target_entity", "place_entity"],
            flat.Columns.Select(c => c.Name));
        var rows = flat.ReadRows().ToList();
        Assert.Equal(2, rows.Count);
        var consult = rows[0];
        Assert.Equal(new DateOnly(2022, 3, 14), consult[0]);
        Assert.Equal(["Vladimir Putin", "PERSON", "CONSULT", "Kremlin", "ORG", "asserted", "a"], new[] { consult[1], consult[2], consult[4], consult[5], consult[6], consult[8], consult[12] });
        Assert.Equal(t.Store.Find("a")!.EntityKeys["e3"], consult[20]);
        Assert.Equal("https://Wire/a", consult[14]);
        Assert.StartsWith("MOSCOW — Vladimir Putin told the Kremlin staff", (string)consult[15]!, StringComparison.Ordinal);
        Assert.Equal("told", consult[16]);
        Assert.Equal(t.Store.Find("a")!.EntityKeys["e1"], consult[18]);
        var retreat = rows[1];
        Assert.Equal(["RETREAT", "negated", "Vladimir Putin", null], new[] { retreat[4], retreat[8], retreat[17], retreat[5] });
    }

    [Fact]
    public void AFilteredWordSearchsFacetsCountExactlyTheMatchesThatPass()
    {
        using var t = NewStore();
        (string Id, string Text, string Date, string Site)[] stored =
        [
            ("harbour-1", "The harbour reopened after the storm.", "2022-03-14", "Wire"),
            ("harbour-2", "Fishermen returned to the harbour on Friday.", "2022-04-02", "Herald"),
            ("budget", "The council passed its budget.", "2021-09-01", "Wire"),
            ("harbour-3", "A new crane arrived at the harbour.", "2022-05-01", "Wire"),
        ];
        t.Store.Write([.. stored.Select(a => Articles.Record(Articles.Make(a.Id, a.Id, a.Text, a.Date, a.Site)))]);
        var queries = t.Store.Queries();

        // Every match is inside the window: the two that pass are counted as they are, the one that does not (Herald)
        // is not among them.
        var facets = queries.Facets(new SearchQuery("harbour") { Source = "wire" }, 10);
        Assert.False(facets.Approximate);
        Assert.False(facets.Capped);
        Assert.Equal(2, facets.Articles);
        Assert.Equal([new FacetCount("Wire", 2)], facets.Sources);
        Assert.Equal(["2022-03", "2022-05"], facets.Dates.Select(d => d.Value));

        // A filter no match passes leaves every facet empty.
        var none = queries.Facets(new SearchQuery("harbour") { Source = "Daily" }, 10);
        Assert.Equal(0, none.Articles);
        Assert.Empty(none.Sources);
        Assert.Empty(none.Entities);
    }

    [Fact]
    public void EntityAndTypeFacetsCountArticlesPerEntityAndLabelMostFirstThenByName()
    {
        using var t = NewStore();
        (string Id, string Text)[] stored =
        [
            ("a", "Vladimir Putin spoke in Moscow about the harbour."),
            ("b", "Angela Merkel visited the harbour in Moscow, and Moscow welcomed her."),
            ("c", "The Kremlin said the harbour would open. Angela Merkel agreed."),
            ("d", "Angela Merkel and the Kremlin discussed the budget."),
        ];
        t.Store.Write([.. stored.Select(a => Articles.Record(Articles.Make(a.Id, a.Id, a.Text, "2022-03-14", "Wire")))]);

        // Three articles match: Merkel and Moscow (a place in Russia, not Russia: issue 22) are in two each (Moscow
        // twice in b counts once), ties ordered by name.
        var facets = t.Store.Queries().Facets(new SearchQuery("harbour"), 3);
        Assert.Equal(3, facets.Articles);
        Assert.Equal([("Angela Merkel", "PERSON", 2L), ("Moscow", "GPE", 2L), ("Kremlin", "ORG", 1L)], facets.Entities.Select(e => (e.Name, e.Label, e.Count)));
        Assert.Equal([new FacetCount("PERSON", 3), new FacetCount("GPE", 2), new FacetCount("ORG", 1)], facets.Types);
    }

    [Fact]
    public void EventsAreListedByTypeModeActorAndDateWithCanonicalEntities()
    {
        using var t = NewStore();
        t.Store.Write([
            Articles.Record(Articles.Make("putin", "Putin keeps troops", PutinText, "2022-03-14", "Wire")),
            Articles.Record(Articles.Make("again", "Putin again", "Analysts said that at the meeting Vladimir Putin told the Kremlin guards to stay.", "2022-04-02", "Herald")),
            Articles.Record(Articles.Make("merkel", "Merkel and gas", MerkelText, "2021-09-01", "Daily")),
        ]);
        var queries = t.Store.Queries();
        var putin = t.Store.Find("putin")!.EntityKeys["e1"];
        var kremlin = t.Store.Find("putin")!.EntityKeys["e2"];

        var all = queries.Events(new EventQuery { Limit = 50 });
        Assert.Equal(["again", "putin", "putin", "merkel"], all.Select(e => e.ArticleId));
        Assert.Equal(["2022-04-02", "2022-03-14", "2022-03-14", "2021-09-01"], all.Select(e => e.Date));

        // Event actors are the collection's canonical entities: the same key for Putin in both articles.
        Assert.Equal(putin, t.Store.Find("again")!.EntityKeys["e1"]);
        Assert.All(all.Where(e => e.ArticleId != "merkel"), e => Assert.Equal(putin, e.Source!.Id));
        var consult = all[1];
        Assert.Equal(("CONSULT", "asserted", "told"), (consult.Type, consult.Mode, consult.Trigger));
        Assert.Equal("MOSCOW — Vladimir Putin told the Kremlin staff on Monday that at least 20,000 troops would stay.", consult.Sentence);
        Assert.Equal(("Vladimir Putin", "PERSON"), (consult.Source!.Name, consult.Source.Label));
        Assert.Equal((kremlin, "Kremlin", "ORG"), (consult.Target!.Id, consult.Target.Name, consult.Target.Label));
        Assert.Equal((t.Store.Find("putin")!.EntityKeys["e3"], "Russia"), (consult.Place!.Id, consult.Place.Country));
        Assert.Equal(("Putin keeps troops", "Wire", "https://Wire/putin"), (consult.ArticleTitle, consult.Outlet, consult.ArticleUrl));
        Assert.Equal("Vladimir Putin", all[2].ClaimedBy!.Name);

        // An actor without a name keeps its words, and filters match them.
        var ministers = all[3].Target!;
        Assert.Equal((null, "energy ministers"), (ministers.Id, ministers.Name));
        Assert.Equal(["merkel"], queries.Events(new EventQuery { Target = "ministers" }).Select(e => e.ArticleId));

        Assert.Equal(3, queries.Events(new EventQuery { Type = "consult" }).Count);
        Assert.Equal(["RETREAT"], queries.Events(new EventQuery { Mode = "negated" }).Select(e => e.Type));
        Assert.Equal(3, queries.Events(new EventQuery { Source = "putin" }).Count);
        Assert.Equal(2, queries.Events(new EventQuery { Target = "Kremlin" }).Count);
        Assert.Equal(2, queries.Events(new EventQuery { Entity = "kremlin" }).Count);
        Assert.Equal(["merkel"], queries.Events(new EventQuery { Entity = "Angela Merkel" }).Select(e => e.ArticleId));
        Assert.Equal(2, queries.Events(new EventQuery { SourceId = putin, TargetId = kremlin }).Count);
        Assert.Equal(["putin", "putin"], queries.Events(new EventQuery { From = "2022-03", To = "2022-03" }).Select(e => e.ArticleId));
        Assert.Equal(["merkel"], queries.Events(new EventQuery { To = "2021" }).Select(e => e.ArticleId));
        Assert.Equal(["putin", "merkel"], queries.Events(new EventQuery { Type = "CONSULT", Limit = 2, Offset = 1 }).Select(e => e.ArticleId));

        // Untrusted filters are parameters, never SQL.
        Assert.Empty(queries.Events(new EventQuery { Source = "x' OR 1=1 --" }));
        Assert.Empty(queries.Events(new EventQuery { Type = "CONSULT' OR 'a'='a" }));

        // Counts per month and type, asserted events only (Putin's negated retreat is left out).
        Assert.Equal([new EventTypeCount("2022-03", "CONSULT", 1), new EventTypeCount("2022-04", "CONSULT", 1)], queries.EventCounts(putin, EventRole.Source));
        Assert.Empty(queries.EventCounts(putin, EventRole.Target));
        Assert.Equal(2, queries.EventCounts(kremlin, EventRole.Target).Sum(c => c.Count));

        // Search: a facet by event type (articles having such events) and a filter.
        var facets = queries.Facets(new SearchQuery(string.Empty), 10);
        Assert.Equal([new FacetCount("CONSULT", 3), new FacetCount("RETREAT", 1)], facets.EventTypes);
        Assert.Equal(["putin"], t.Store.Search(new SearchQuery(string.Empty) { EventType = "retreat" }).Select(h => h.Id));
        Assert.Equal(["putin"], t.Store.Search(new SearchQuery("troops") { EventType = "CONSULT" }).Select(h => h.Id));
    }
}
