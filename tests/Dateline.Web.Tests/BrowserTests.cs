using Microsoft.Playwright;

namespace Dateline.Web.Tests;

/// <summary>A person's path through the UI in Chromium: search, open an article, follow an entity, and what each page shows.</summary>
public sealed class BrowserTests(WebServer server, Chromium chromium) : IClassFixture<WebServer>, IClassFixture<Chromium>
{
    [Fact]
    public async Task SearchThenArticleThenEntity()
    {
        await using var s = await BrowserSession.Open(chromium, server.BaseAddress);
        var page = s.Page;

        // Search: type words, press Enter.
        await page.GotoAsync("/");
        await page.FillAsync("input[name=q]", "putin");
        await page.PressAsync("input[name=q]", "Enter");
        await s.Arrived("**/?q=putin*");
        var titles = await page.Locator("ol.hits .hit-title").AllInnerTextsAsync();
        Assert.Equal(["Putin meets Macron in Moscow", "Kremlin rejects sanctions"], titles.Order().Reverse());
        Assert.Contains("Putin", await page.Locator("ol.hits mark").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Vladimir Putin · PERSON", await page.Locator("aside.facets").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("2 matching article(s)", await page.Locator("p.count").InnerTextAsync(), StringComparison.Ordinal);
        await s.Screenshot("1-search");

        // A facet narrows the results.
        await page.Locator("aside.facets a.facet-value", new() { HasTextString = "wire" }).ClickAsync();
        Assert.Equal(["Kremlin rejects sanctions"], await page.Locator("ol.hits .hit-title").AllInnerTextsAsync());
        await page.GoBackAsync();

        // The article: metadata, coloured entities linked to their pages, the quote with its speaker, time and amount hints.
        await page.Locator("ol.hits .hit-title", new() { HasTextString = "Putin meets Macron" }).ClickAsync();
        await s.Arrived("**/articles/" + TestCorpus.PutinId);
        Assert.Equal("Putin meets Macron in Moscow", await page.Locator("h1#title").InnerTextAsync());
        var meta = await page.Locator("dl.meta").InnerTextAsync();
        Assert.Contains("2024-01-15", meta, StringComparison.Ordinal);
        Assert.Contains("MOSCOW (AP)", meta, StringComparison.Ordinal);
        Assert.Contains("Jane Reporter", meta, StringComparison.Ordinal);
        Assert.Contains("example-news", meta, StringComparison.Ordinal);
        var person = page.Locator("#text a.ent-PERSON", new() { HasTextString = "Vladimir Putin" });
        Assert.Equal("PERSON: Vladimir Putin", await person.GetAttributeAsync("title"));
        Assert.NotEqual(await ColourOf(page, "#text .ent-PERSON"), await ColourOf(page, "#text .ent-GPE"));
        Assert.Equal("DATE: 2024-01-15", await page.Locator("#text .timex").GetAttributeAsync("title"));
        Assert.Equal("5 hours", await page.Locator("#text .amount").First.InnerTextAsync());
        var quote = page.Locator("#text .quote");
        Assert.Equal("\"We discussed the security of Europe,\"", await quote.InnerTextAsync());
        Assert.Equal("— Vladimir Putin", await page.Locator("#text a.speaker").InnerTextAsync());
        var related = page.Locator("section.related a.external");
        Assert.Equal("noopener noreferrer nofollow", await related.GetAttributeAsync("rel"));
        var removed = page.Locator("details.removed");
        Assert.False(await removed.Locator("ul").IsVisibleAsync());
        await s.Screenshot("2-article");

        // The entity page: its chart, who it is seen with, its quotes.
        await person.ClickAsync();
        await s.Arrived("**/entities/*");
        Assert.StartsWith("Vladimir Putin", await page.Locator("h1#title").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("svg.chart rect.bar").CountAsync());
        Assert.Equal("2", await page.Locator("svg.chart rect.bar").First.GetAttributeAsync("data-value"));
        var seenWith = await page.Locator(".columns section").First.InnerTextAsync();
        Assert.Contains("Kremlin", seenWith, StringComparison.Ordinal);
        Assert.Contains("Emmanuel Macron", seenWith, StringComparison.Ordinal);
        Assert.Contains("We discussed the security of Europe", await page.Locator("ul.quotes").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Dmitry Peskov", await page.Locator("ul.quotes").Nth(1).InnerTextAsync(), StringComparison.Ordinal);

        // Our script runs under the CSP: hovering a bar fills the caption app.js adds.
        await page.Locator("svg.chart rect.bar").First.HoverAsync();
        Assert.Equal("2024-01: 2", await page.Locator(".chart-caption").InnerTextAsync());
        await s.Screenshot("3-entity");

        Assert.Empty(s.PageErrors);
        Assert.Empty(s.ConsoleErrors);
        Assert.Empty(s.Dialogs);
    }

    [Fact]
    public async Task BadSearchShowsAMessageNotAnError()
    {
        await using var s = await BrowserSession.Open(chromium, server.BaseAddress);
        var response = await s.Page.GotoAsync("/?q=x&from=2024-99-99&raw=true");
        Assert.Equal(400, response!.Status);
        Assert.Contains("'from' must be a date", await s.Page.Locator(".errors").InnerTextAsync(), StringComparison.Ordinal);
        response = await s.Page.GotoAsync("/?raw=true&q=" + Uri.EscapeDataString("\"open AND ("));
        Assert.Equal(400, response!.Status);
        Assert.Contains("not valid search syntax", await s.Page.Locator(".errors").InnerTextAsync(), StringComparison.Ordinal);
        await s.Screenshot("4-bad-search");
    }

    [Fact]
    public async Task PasteAPageShowsItAnnotated()
    {
        await using var s = await BrowserSession.Open(chromium, server.BaseAddress);
        await s.Page.GotoAsync("/process");
        await s.Page.FillAsync("textarea#page", "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1><p>The harbour of the old town reopened on Saturday after months of repairs to its walls and piers.</p><p>Fishing boats returned the same afternoon, and the market opened again.</p></article></body></html>");
        Assert.Contains("characters", await s.Page.Locator("#page-size").InnerTextAsync(), StringComparison.Ordinal);
        await s.Page.ClickAsync("form.process button[type=submit]");
        await s.Page.WaitForSelectorAsync("article.article");
        Assert.Contains("The harbour of the old town reopened", await s.Page.Locator("#text").InnerTextAsync(), StringComparison.Ordinal);
        await s.Screenshot("5-paste");
        Assert.Empty(s.PageErrors);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task ApiDocsRenderLocally(int width)
    {
        await using var s = await BrowserSession.Open(chromium, server.BaseAddress, width);
        var outside = new List<string>();
        s.Page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(server.BaseAddress.ToString(), StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal) && !r.Url.StartsWith("blob:", StringComparison.Ordinal))
            {
                outside.Add(r.Url);
            }
        };
        await s.Page.GotoAsync("/api/docs");
        await s.Page.GetByText("/api/search").First.WaitForAsync();

        // Nothing that needs the network or a vendor account: no AI chat, no deploy or developer toolbar.
        var text = await s.Page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("Ask AI", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Deploy", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await s.Page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("ask ai|deploy|agent", System.Text.RegularExpressions.RegexOptions.IgnoreCase) }).CountAsync());
        await s.Screenshot($"6-api-docs-{width}");
        Assert.Empty(outside);
    }

    private static Task<string> ColourOf(IPage page, string selector)
        => page.Locator(selector).First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
}
