using AngleSharp.Html.Parser;
using Dateline.Core.Layers.Comments;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Layers.Paragraphs;
using Dateline.Core.Model;
using Dateline.Language.Quotes;
using Dateline.Language.Times;
using Dateline.Store.Queries;
using Dateline.Web.Api.Contracts;
using Dateline.Web.Browse;
using Dateline.Web.Html;
using Dateline.Web.Pages;

namespace Dateline.Web.Tests;

/// <summary>The HTML the pages write, parsed back with a real HTML5 parser: well formed, escaped, annotations nested.</summary>
public sealed class PageRenderingTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void EntityPageRenders()
    {
        var profile = new EntityResponse(
            new EntitySummary(7, "Ada <b>Lovelace</b>", "PERSON", 2, 3),
            "month",
            [new TimelineBucket("2024-01", 1, 2), new TimelineBucket("2024-02", 0, 0), new TimelineBucket("2024-03", 1, 1)],
            [new EntityFacet(8, "London", "GPE", 2)],
            [new ArticleSummary("a1", "Title", "2024-01-02", "site", 2)],
            [new QuoteRecord("a1", "Title", "2024-01-02", "\"Hello\"", "direct") { SpeakerId = 7, SpeakerName = "Ada" }],
            [],
            [new EventRecord("a1", 0, "ASSAULT", "negated", "She <b>struck</b> the <img src=x>.", "struck") { Target = new EventActor(null, "the <i>men</i>"), Date = "2024-01-02", Place = new EventActor(8, "London <u>") }],
            [new EventTypeCount("2024-01", "ASSAULT", 2), new EventTypeCount("2024-03", "PROTEST", 1)],
            [],
            []);
        var html = Layout.Page("x", new WebOptions("db", Core.Layers.LayerSet.Empty), w => EntityPage.Write(w, profile));
        var doc = Parser.ParseDocument(html);
        Assert.Equal(3, doc.QuerySelectorAll("svg.chart rect.bar").Length);
        Assert.Equal("Ada <b>Lovelace</b> PERSON", doc.QuerySelector("h1")!.TextContent);
        Assert.Empty(doc.QuerySelectorAll("h1 b"));

        // Events: counts by type and month, the other actor's words and the sentence as text.
        Assert.Equal(["type", "2024-01", "2024-03"], doc.QuerySelectorAll("#acts-on table.event-counts thead th").Select(e => e.TextContent));
        Assert.Equal(["ASSAULT", "2", ""], doc.QuerySelectorAll("#acts-on tr[data-type=ASSAULT] > *").Select(e => e.TextContent));
        var item = doc.QuerySelector("#acts-on li.event-item")!;
        Assert.Equal("the <i>men</i>", item.QuerySelector(".event-actor")!.TextContent);
        Assert.Equal("She <b>struck</b> the <img src=x>.", item.QuerySelector(".event-sentence")!.TextContent);
        Assert.Empty(doc.QuerySelectorAll(".entity-events b, .entity-events i, .entity-events img, .entity-events u"));
        Assert.Equal("None found.", doc.QuerySelector("#acted-on-by p")!.TextContent);
    }

    [Fact]
    public void OverlappingAnnotationsStayWellFormed()
    {
        // A mention that crosses a quote's end, a time inside a mention, and a quote across two paragraphs.
        const string text = "He said \"Big Ben rings\" daily.\n\nThen \"more words here\" ended.";
        var document = Document.FromText("a", text)
            .WithLayer<Paragraph>([new(new TextSpan(0, 30)), new(new TextSpan(32, text.Length))])
            .WithLayer<Quote>([new(new TextSpan(8, 23), QuoteKind.Direct) { Cue = "said", SpeakerId = "e1" }, new(new TextSpan(20, 45), QuoteKind.Mixed)])
            .WithLayer<EntityMention>([new(new TextSpan(9, 24), EntityLabel.Organization) { EntityId = "e2" }])
            .WithLayer<TimeExpression>([new(new TextSpan(13, 16), TimexType.Date, "2024")])
            .WithLayer<Entity>([new("e1", "Speaker", EntityLabel.Person), new("e2", "Big Ben", EntityLabel.Organization) { Mentions = [new TextSpan(9, 24)] }]);
        var w = new HtmlWriter();
        ArticleTextRenderer.Write(w, new ArticleView(document, WebServer.Full().Layers) { EntityKeys = new Dictionary<string, long> { ["e1"] = 1, ["e2"] = 2 } });
        var doc = Parser.ParseDocument("<div id=t>" + w + "</div>");
        var root = doc.GetElementById("t")!;
        Assert.Equal(text.Replace("\n\n", string.Empty, StringComparison.Ordinal), root.TextContent.Replace("— Speaker", string.Empty, StringComparison.Ordinal).Replace("\n\n", string.Empty, StringComparison.Ordinal));
        Assert.Equal(2, root.QuerySelectorAll("p").Length);
        Assert.Equal("Ben", root.QuerySelector(".timex")!.TextContent);
        Assert.Equal("Big Ben rings\" ", string.Concat(root.QuerySelectorAll("a.ent").Select(a => a.TextContent)));
        Assert.Equal("/entities/2", root.QuerySelector("a.ent")!.GetAttribute("href"));
        Assert.Equal("/entities/1", Assert.Single(root.QuerySelectorAll("a.speaker")).GetAttribute("href"));
    }

    [Fact]
    public void WithoutStoreKeysEntitiesAreMarkedButNotLinked()
    {
        const string text = "Ada met Bob.";
        var document = Document.FromText("a", text)
            .WithLayer<EntityMention>([new(new TextSpan(0, 3), EntityLabel.Person) { EntityId = "e1" }])
            .WithLayer<Entity>([new("e1", "Ada", EntityLabel.Person) { Mentions = [new TextSpan(0, 3)] }]);
        var w = new HtmlWriter();
        ArticlePage.Write(w, new ArticleView(document, WebServer.Full().Layers));
        var page = Parser.ParseDocument(w.ToString());
        Assert.Empty(page.QuerySelectorAll("a.ent"));
        Assert.Equal("Ada", page.QuerySelector("#text span.ent-PERSON")!.TextContent);
        Assert.Equal("PERSON: Ada", page.QuerySelector("#text span.ent")!.GetAttribute("title"));
        Assert.Equal("Ada", page.QuerySelector("ul.entities span.ent")!.TextContent);

        // One switch per layer that marks this text (here only mentions, on by default), with its legend.
        var toggle = Assert.Single(page.QuerySelectorAll("fieldset.layers input.layer-toggle"));
        Assert.Equal("layer-mentions", toggle.GetAttribute("data-layer"));
        Assert.True(toggle.HasAttribute("checked"));
        Assert.Equal(["PERSON", "ORG", "GPE", "LOC", "NORP", "MISC"], page.QuerySelectorAll("fieldset.layers .swatch").Select(s => s.TextContent));
        Assert.Equal("ent ent-PERSON layer-mentions", page.QuerySelector("#text span.ent")!.GetAttribute("class"));
    }

    [Fact]
    public void CommentsAreAFoldedListBelowTheTextWithHostileTextEscaped()
    {
        const string script = "<script>window.__pwned='comment'</script>";
        const string img = "<img src=x onerror=\"window.__pwned='author'\">";
        var document = Document.FromText("a", "Ada met Bob.")
            .WithLayer<Paragraph>([new(new TextSpan(0, 12))])
            .WithLayer<ReaderComment>([new(img, "2024-01-02", "First line " + script + "\nsecond </details></li> line"), new(null, null, "Plain.")]);
        var w = new HtmlWriter();
        ArticlePage.Write(w, new ArticleView(document, WebServer.Full().Layers));
        var page = Parser.ParseDocument(w.ToString());
        var panel = Assert.Single(page.QuerySelectorAll("details.comments"));
        Assert.Equal("Reader comments (2)", panel.QuerySelector("summary")!.TextContent);
        var items = panel.QuerySelectorAll("li");
        Assert.Equal(2, items.Length);
        Assert.Contains(img, items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(script, items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("second </details></li> line", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("2024-01-02", items[0].TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("script, img, details.comments details"));
        Assert.DoesNotContain("First line", page.GetElementById("text")!.TextContent, StringComparison.Ordinal);
        Assert.True(page.GetElementById("text")!.CompareDocumentPosition(panel).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Fact]
    public void WriterRefusesEventHandlersAndEscapesEverything()
    {
        var w = new HtmlWriter();
        Assert.Throws<ArgumentException>(() => w.Open("img", new HtmlAttribute("onerror", "x")));
        Assert.Throws<ArgumentException>(() => w.Open("script>"));
        w.Element("p", "<script>alert(1)</script>", new HtmlAttribute("title", "\"><script>"));
        w.ExternalLink("javascript:alert(1)", "x");
        w.ExternalLink("https://example.com/a?b=\"c\"", "ok");
        var doc = Parser.ParseDocument(w.ToString());
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Equal("<script>alert(1)</script>", doc.QuerySelector("p")!.TextContent);
        Assert.Single(doc.QuerySelectorAll("a"));
        Assert.Equal("noopener noreferrer nofollow", doc.QuerySelector("a")!.GetAttribute("rel"));
    }

    [Fact]
    public void HighlightsBecomeRanges()
    {
        var h = Highlights.Parse($"a {Highlights.Start}bc{Highlights.End} d {Highlights.Start}e{Highlights.End}");
        Assert.Equal("a bc d e", h.Text);
        Assert.Equal([new SpanDto(2, 4), new SpanDto(7, 8)], h.Highlights);
    }
}
