using System.Net;
using AngleSharp.Html.Parser;
using Dateline.Store.Queries;
using Dateline.Web.Pages;

namespace Dateline.Web.Tests;

/// <summary>The story pages: hostile store text written escaped, filters that keep what was typed, and the way from an article to its story.</summary>
public sealed class ThreadPageTests(ThreadServer server) : IClassFixture<ThreadServer>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void HostileThreadTextIsEscaped()
    {
        const string evil = "<script>window.__pwned=1</script><img src=x onerror=alert(1)>";
        var detail = new ThreadDetail(new ThreadSummary(5, "Label " + evil, "2024-01-01", "2024-01-03", 2)
        {
            Entities = [new EntityFacet(9, "Name " + evil, "PERSON", 2)],
        })
        {
            Timeline = [new ThreadArticle("id\"><script>", "Title " + evil, "2024-01-01", "site " + evil, null), new ThreadArticle("b", null, null, null, 0.4) { DuplicateOf = "id" }],
            Quotes = [new QuoteRecord("id", "T " + evil, "2024-01-01", "\"Quote " + evil + "\"", "direct") { SpeakerId = 9, SpeakerName = "Speaker " + evil }],
            Relations = [new ThreadRelation("backs", 9, "Subject " + evil, 10, "Object " + evil, 1)],
        };
        var html = Layout.Page(ThreadPage.Label(detail.Thread), new WebOptions("db", Core.Layers.LayerSet.Empty), w => ThreadPage.Write(w, detail));
        var doc = Parser.ParseDocument(html);

        Assert.Empty(doc.QuerySelectorAll("main script, main img"));
        Assert.Equal("Label " + evil, doc.QuerySelector("h1#title")!.TextContent);
        Assert.Equal("Label " + evil + " · Dateline", doc.Title);
        var timeline = doc.QuerySelectorAll("ol.timeline li");
        Assert.Equal(2, timeline.Length);
        Assert.Equal("/articles/id%22%3E%3Cscript%3E", timeline[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Title " + evil, timeline[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("undated", timeline[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("near-duplicate", timeline[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("Name " + evil, doc.QuerySelector(".thread-entities a.ent")!.TextContent);
        Assert.Contains("Subject " + evil + " backs Object " + evil, doc.QuerySelector("ul.relations")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("\"Quote " + evil + "\"", doc.QuerySelector("ul.quotes")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/entities/9", doc.QuerySelector("ul.quotes a.speaker")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TheStoryPageShowsTheTimelineEntitiesAndQuotes()
    {
        var narva = await server.ThreadOf(ThreadCorpus.StoryId);
        var doc = Parser.ParseDocument(await server.Client.GetStringAsync($"threads/{narva}"));
        Assert.Equal(
            ["2024-03-01 Kremlin keeps troops at the Narva border", "2024-03-04 Narva convoys grow as Putin keeps the garrison", "2024-03-12 Estonian guards count fewer convoys at Narva"],
            doc.QuerySelectorAll("ol.timeline li").Select(li => li.QuerySelector("time")!.TextContent + " " + li.QuerySelector("a")!.TextContent));
        Assert.Equal(3, doc.QuerySelectorAll(".thread-entities a.ent").Length);
        Assert.Contains("The garrison at Narva will remain", doc.QuerySelector("ul.quotes")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector($"header nav a[href='/threads']"));
    }

    [Fact]
    public async Task TheArticlePageLinksToItsStory()
    {
        var narva = await server.ThreadOf(ThreadCorpus.FollowUpId);
        var doc = Parser.ParseDocument(await server.Client.GetStringAsync("articles/" + ThreadCorpus.FollowUpId));
        Assert.Equal($"/threads/{narva}", doc.QuerySelector("dl.meta a.thread-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TheStoriesPageFiltersByEntityAndKeepsABadValueWithItsMessage()
    {
        var narva = await server.ThreadOf(ThreadCorpus.StoryId);
        var doc = Parser.ParseDocument(await server.Client.GetStringAsync("threads?entity=Putin"));
        var listed = Assert.Single(doc.QuerySelectorAll("ol.threads a.thread-title"));
        Assert.Equal($"/threads/{narva}", listed.GetAttribute("href"));
        Assert.Contains("Narva", listed.TextContent, StringComparison.Ordinal);
        Assert.Contains("3 article(s)", doc.QuerySelector("ol.threads .n")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Putin", doc.QuerySelector("input[name=entity]")!.GetAttribute("value"));

        using var bad = await server.Client.GetAsync("threads?from=" + Uri.EscapeDataString("2024-99<b>"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var page = Parser.ParseDocument(await bad.Content.ReadAsStringAsync());
        Assert.Equal("2024-99<b>", page.QuerySelector("input[name=from]")!.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("input[name=from]")!.GetAttribute("aria-invalid"));
        Assert.Contains("'from' must be a date", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main b"));

        using var missing = await server.Client.GetAsync("threads/424242");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var malformed = await server.Client.GetAsync("threads/x");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }
}
