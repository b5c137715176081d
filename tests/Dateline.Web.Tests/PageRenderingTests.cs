using AngleSharp.Html.Parser;
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
            []);
        var html = Layout.Page("x", new WebOptions("db"), w => EntityPage.Write(w, profile));
        var doc = Parser.ParseDocument(html);
        Assert.Equal(3, doc.QuerySelectorAll("svg.chart rect.bar").Length);
        Assert.Equal("Ada <b>Lovelace</b> PERSON", doc.QuerySelector("h1")!.TextContent);
        Assert.Empty(doc.QuerySelectorAll("h1 b"));
    }

    [Fact]
    public void OverlappingAnnotationsStayWellFormed()
    {
        // A mention that crosses a quote's end, a time inside a mention, and a quote across two paragraphs.
        const string text = "He said \"Big Ben rings\" daily.\n\nThen \"more words here\" ended.";
        var article = new ArticleResponse("a", text)
        {
            Paragraphs = [new SpanDto(0, 30), new SpanDto(32, text.Length)],
            Quotes = [new QuoteDto(8, 23, "direct", "said", null, null, "e1", 1, "Speaker"), new QuoteDto(20, 45, "mixed", null, null, null, null, null, null)],
            Mentions = [new MentionDto(9, 24, "ORG", "e2", 2)],
            Times = [new TimeDto(13, 16, "DATE", "2024")],
            Entities = [new EntityDto("e2", 2, "Big Ben", "ORG", [], null, [new SpanDto(9, 24)])],
        };
        var w = new HtmlWriter();
        ArticleTextRenderer.Write(w, article);
        var doc = Parser.ParseDocument("<div id=t>" + w + "</div>");
        var root = doc.GetElementById("t")!;
        Assert.Equal(text.Replace("\n\n", string.Empty, StringComparison.Ordinal), root.TextContent.Replace("— Speaker", string.Empty, StringComparison.Ordinal).Replace("\n\n", string.Empty, StringComparison.Ordinal));
        Assert.Equal(2, root.QuerySelectorAll("p").Length);
        Assert.Equal("Ben", root.QuerySelector(".timex")!.TextContent);
        Assert.Equal("Big Ben rings\" ", string.Concat(root.QuerySelectorAll("a.ent").Select(a => a.TextContent)));
        Assert.Single(root.QuerySelectorAll("a.speaker"));
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
