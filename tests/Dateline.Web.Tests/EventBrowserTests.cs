using Microsoft.Playwright;

namespace Dateline.Web.Tests;

/// <summary>Events in Chromium: the article page's panel and trigger marks, the entity page's "acts on" and "acted on by", the search facet, and hostile event fields shown as text.</summary>
public sealed class EventBrowserTests(WebServer server, Chromium chromium) : IClassFixture<WebServer>, IClassFixture<Chromium>
{
    [Fact]
    public async Task ArticlePageListsEventsAndMarksTheirTriggers()
    {
        await using var s = await BrowserSession.Open(chromium, server.BaseAddress);
        var page = s.Page;
        await page.GotoAsync("/articles/" + TestCorpus.PutinId);

        var panel = page.Locator(".side ul.events li");
        Assert.Equal(1, await panel.CountAsync());
        Assert.Equal("Vladimir Putin CONSULT Emmanuel Macron\n“met” · 2024-01-15", (await panel.InnerTextAsync()).Trim());
        Assert.StartsWith("/entities/", await panel.Locator("a.event-source").GetAttributeAsync("href"), StringComparison.Ordinal);

        // The trigger is marked in the text, off until the events switch is turned on.
        var trigger = page.Locator("#text .event");
        Assert.Equal("met", await trigger.InnerTextAsync());
        Assert.Equal("CONSULT (asserted): Vladimir Putin → Emmanuel Macron", await trigger.GetAttributeAsync("title"));
        Assert.Equal("CONSULT", await trigger.GetAttributeAsync("data-event-type"));
        Assert.Contains("mark-off", await trigger.GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
        await page.Locator("input.layer-toggle[data-layer=layer-events]").CheckAsync();
        Assert.DoesNotContain("mark-off", await trigger.GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
        Assert.NotEqual("rgba(0, 0, 0, 0)", await trigger.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await s.Screenshot("events-article");

        // A negated event says so; an actor without a name is its words.
        await page.GotoAsync("/articles/" + TestCorpus.SanctionsId);
        var items = await page.Locator(".side ul.events li").AllInnerTextsAsync();
        Assert.Equal(2, items.Count);
        Assert.StartsWith("Kremlin REJECT new sanctions", items[0], StringComparison.Ordinal);
        Assert.StartsWith("Vladimir Putin AGREE (negated) —", items[1], StringComparison.Ordinal);

        Assert.Empty(s.PageErrors);
        Assert.Empty(s.ConsoleErrors);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task EntityPageShowsWhatItActsOnAndWhatActsOnIt(int width)
    {
        await using var s = await BrowserSession.Open(chromium, server.BaseAddress, width);
        var page = s.Page;
        await page.GotoAsync("/articles/" + TestCorpus.BerlinId);
        await page.Locator("#text a.ent-PERSON", new() { HasTextString = "Emmanuel Macron" }).First.ClickAsync();
        await s.Arrived("**/entities/*");

        var actsOn = page.Locator("section#acts-on");
        Assert.Equal("Emmanuel Macron acts on", await actsOn.Locator("h2").InnerTextAsync());
        Assert.Equal(["type", "2024-03"], await actsOn.Locator("table.event-counts thead th").AllInnerTextsAsync());
        Assert.Equal(["CONSULT", "1"], await actsOn.Locator("table.event-counts tbody tr[data-type=CONSULT] > *").AllInnerTextsAsync());
        var item = actsOn.Locator("li.event-item");
        Assert.Equal("CONSULT", await item.GetAttributeAsync("data-type"));
        Assert.Equal("Olaf Scholz", await item.Locator("a.event-actor").InnerTextAsync());
        Assert.Contains("Emmanuel Macron visited Berlin to meet Olaf Scholz about trade.", await item.Locator(".event-sentence").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Macron visits Berlin", await item.Locator(".n a").InnerTextAsync());

        var actedOnBy = page.Locator("section#acted-on-by");
        Assert.Equal(["type", "2024-01"], await actedOnBy.Locator("table.event-counts thead th").AllInnerTextsAsync());
        Assert.Equal("Vladimir Putin", await actedOnBy.Locator("li.event-item a.event-actor").InnerTextAsync());
        Assert.Contains("2024-01-15 · Moscow", await actedOnBy.Locator("li.event-item .n").InnerTextAsync(), StringComparison.Ordinal);

        // The other actor's link leads to its page, whose "acts on" names Macron.
        await actedOnBy.Locator("a.event-actor").ClickAsync();
        await s.Arrived("**/entities/*");
        Assert.Equal("Emmanuel Macron", await page.Locator("section#acts-on li.event-item a.event-actor").InnerTextAsync());
        Assert.Equal(0, await s.Overflow());
        await s.Screenshot($"events-entity-{width}");
        Assert.Empty(s.PageErrors);
        Assert.Empty(s.ConsoleErrors);
    }

    [Fact]
    public async Task SearchFacetNarrowsToArticlesWithAnEventType()
    {
        await using var s = await BrowserSession.Open(chromium, server.BaseAddress);
        var page = s.Page;
        await page.GotoAsync("/?from=2024");
        await page.Locator("aside.facets a.facet-value", new() { HasTextString = "REJECT" }).ClickAsync();
        Assert.Equal(["Kremlin rejects sanctions"], await page.Locator("ol.hits .hit-title").AllInnerTextsAsync());
        Assert.Contains("Event: REJECT", await page.Locator("form.search .event-filter").InnerTextAsync(), StringComparison.Ordinal);

        // Refining keeps the filter; removing it brings the others back.
        await page.FillAsync("input[name=q]", "sanctions");
        await page.PressAsync("input[name=q]", "Enter");
        await s.Arrived("**/?q=sanctions*");
        Assert.Contains("event=REJECT", page.Url, StringComparison.Ordinal);
        await page.Locator("a.remove-event").ClickAsync();
        Assert.DoesNotContain("event=", page.Url, StringComparison.Ordinal);
        Assert.Empty(s.PageErrors);
    }

    [Fact]
    public async Task HostileEventFieldsAreShownAsText()
    {
        await using var s = await BrowserSession.Open(chromium, server.BaseAddress);
        var page = s.Page;
        await page.GotoAsync("/articles/" + TestCorpus.HostileId);
        var panel = await page.Locator(".side ul.events").InnerTextAsync();
        Assert.Contains(TestCorpus.ImgPayload, panel, StringComparison.Ordinal);
        Assert.Contains(TestCorpus.ScriptPayload, panel, StringComparison.Ordinal);
        Assert.Contains("Zebra Corp" + TestCorpus.AttributePayload, panel, StringComparison.Ordinal);
        Assert.Contains(TestCorpus.ScriptPayload, await page.Locator("#text .event").Last.GetAttributeAsync("title") ?? string.Empty, StringComparison.Ordinal);

        var api = await ProblemJson.Ok(server.Client, "api/events?type=threaten");
        var zebra = api.GetProperty("events")[0];
        Assert.Equal(TestCorpus.ScriptPayload, zebra.GetProperty("source").GetProperty("name").GetString());
        var mallory = zebra.GetProperty("target").GetProperty("id").GetInt64();
        await page.GotoAsync("/entities/" + mallory);
        var actedOnBy = await page.Locator("section#acted-on-by").InnerTextAsync();
        Assert.Contains(TestCorpus.ScriptPayload, actedOnBy, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("section#acted-on-by script, section#acted-on-by img, .side ul.events img").CountAsync());
        Assert.Null(await page.EvaluateAsync<string?>("() => window.__pwned === undefined ? null : String(window.__pwned)"));
        Assert.Empty(s.PageErrors);
        Assert.Empty(s.Dialogs);
    }
}
