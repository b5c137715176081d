using Microsoft.Playwright;

namespace Dateline.Web.Tests;

/// <summary>
/// What a researcher does after an ingest, in Chromium on a desktop (1280 px) and a phone (390 px): turn layers on and
/// off on the article page, filter and sort quotes, sort a search by date and page past its first pages. Each page fits
/// the window (nothing scrolls sideways) and is kept as a screenshot.
/// </summary>
public sealed class ReadingTests(WebServer server, Chromium chromium) : IClassFixture<WebServer>, IClassFixture<Chromium>
{
    private const string Transparent = "rgba(0, 0, 0, 0)";

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task ArticleLayersTurnOnAndOff(int width)
    {
        await using var s = await BrowserSession.Open(chromium, server.BaseAddress, width);
        var page = s.Page;
        await page.GotoAsync("/articles/" + TestCorpus.PutinId);

        // At first only entities are highlighted: quotes, times, amounts and events read as plain text, the speaker is hidden.
        var switches = page.Locator("fieldset.layers input.layer-toggle");
        Assert.Equal(["layer-mentions", "layer-quotes", "layer-times", "layer-amounts", "layer-events"], await Attributes(switches, "data-layer"));
        Assert.True(await Switch(page, "mentions").IsCheckedAsync());
        Assert.False(await Switch(page, "quotes").IsCheckedAsync());
        var person = page.Locator("#text .ent-PERSON").First;
        var quote = page.Locator("#text .quote");
        var speaker = page.Locator("#text .after a.speaker");
        Assert.NotEqual(Transparent, await Background(person));
        Assert.Equal(Transparent, await Background(quote));
        Assert.Equal(Transparent, await Background(page.Locator("#text .amount").First));
        Assert.False(await speaker.IsVisibleAsync());
        Assert.Equal("PERSON", await page.Locator("fieldset.layers .swatch").First.InnerTextAsync());
        await s.Screenshot($"article-default-{width}");

        // Quotes on: the quote is marked and its speaker follows it. Entities off: names read as plain text.
        await Switch(page, "quotes").CheckAsync();
        Assert.NotEqual(Transparent, await Background(quote));
        Assert.True(await speaker.IsVisibleAsync());
        Assert.Equal("— Vladimir Putin", await speaker.InnerTextAsync());
        await Switch(page, "mentions").UncheckAsync();
        Assert.Equal(Transparent, await Background(person));
        await Switch(page, "amounts").CheckAsync();
        Assert.NotEqual(Transparent, await Background(page.Locator("#text .amount").First));
        Assert.Equal(0, await s.Overflow());
        await s.Screenshot($"article-quotes-on-{width}");
        NoErrors(s);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task QuotesFilterAndSort(int width)
    {
        await using var s = await BrowserSession.Open(chromium, server.BaseAddress, width);
        var page = s.Page;

        // Direct quotes by default, newest first (two a page in the test server).
        await page.GotoAsync("/quotes");
        Assert.Equal("direct", await page.Locator("select[name=kind]").InputValueAsync());
        Assert.Equal(["\"Europe must stand together,\"", "\"Putin will not accept these sanctions,\""], await QuoteTexts(page));
        Assert.Equal(["direct", "direct"], await Attributes(page.Locator("li.quote-item"), "data-kind"));
        Assert.Contains("wire", await page.Locator("li.quote-item").Nth(1).InnerTextAsync(), StringComparison.Ordinal);
        await s.Screenshot($"quotes-default-{width}");

        // Reported speech: choose the kind and search.
        await page.SelectOptionAsync("select[name=kind]", "indirect");
        await page.ClickAsync("form.quote-search button[type=submit]");
        await s.Arrived("**/quotes?*kind=indirect*");
        Assert.Equal(["that trade between the two countries would grow"], await QuoteTexts(page));
        Assert.Contains("Olaf Scholz", await page.Locator("li.quote-item .speaker").InnerTextAsync(), StringComparison.Ordinal);

        // All kinds from one outlet, by speaker A–Z.
        await page.SelectOptionAsync("select[name=kind]", "all");
        await page.FillAsync("input[name=source]", "example-news");
        await page.SelectOptionAsync("select[name=sort]", "speaker");
        await page.ClickAsync("form.quote-search button[type=submit]");
        await s.Arrived("**/quotes?*sort=speaker*");
        Assert.Equal(["— Emmanuel Macron", "— Olaf Scholz"], (await page.Locator("li.quote-item .speaker").AllInnerTextsAsync()).Select(t => t.Trim()));
        await page.ClickAsync("nav.pager a.next");
        Assert.Equal(["— Vladimir Putin"], (await page.Locator("li.quote-item .speaker").AllInnerTextsAsync()).Select(t => t.Trim()));
        Assert.Equal(0, await s.Overflow());
        await s.Screenshot($"quotes-by-speaker-{width}");

        // Oldest first, and a date range (a month means all of it).
        await page.GotoAsync("/quotes?sort=oldest");
        Assert.Equal("\"We discussed the security of Europe,\"", (await QuoteTexts(page))[0]);
        await page.GotoAsync("/quotes?from=2024-02&to=2024-02");
        Assert.Equal(["\"Putin will not accept these sanctions,\""], await QuoteTexts(page));

        // A bad date stays in the form, marked, with the message.
        var response = await page.GotoAsync("/quotes?from=2024-13&speaker=putin");
        Assert.Equal(400, response!.Status);
        Assert.Equal("2024-13", await page.Locator("input[name=from]").InputValueAsync());
        Assert.Equal("putin", await page.Locator("input[name=speaker]").InputValueAsync());
        Assert.Equal("true", await page.Locator("input[name=from]").GetAttributeAsync("aria-invalid"));
        Assert.Contains("'from' must be a date", await page.Locator(".errors").InnerTextAsync(), StringComparison.Ordinal);
        await s.Screenshot($"quotes-bad-date-{width}");
        NoErrors(s);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task SearchSortsByDateAndShowsAuthorsAndMonths(int width)
    {
        await using var s = await BrowserSession.Open(chromium, server.BaseAddress, width);
        var page = s.Page;
        await page.GotoAsync("/?q=putin");
        Assert.Equal("relevance", await page.Locator("select[name=sort]").InputValueAsync());

        // Oldest first, then newest first, chosen in the form.
        await page.SelectOptionAsync("select[name=sort]", "oldest");
        await page.ClickAsync("form.search button[type=submit]");
        await s.Arrived("**/?*sort=oldest*");
        Assert.Equal(["Putin meets Macron in Moscow", "Kremlin rejects sanctions"], await page.Locator("ol.hits .hit-title").AllInnerTextsAsync());
        Assert.Contains("oldest first", await page.Locator("p.count").InnerTextAsync(), StringComparison.Ordinal);
        await page.SelectOptionAsync("select[name=sort]", "newest");
        await page.ClickAsync("form.search button[type=submit]");
        await s.Arrived("**/?*sort=newest*");
        Assert.Equal(["Kremlin rejects sanctions", "Putin meets Macron in Moscow"], await page.Locator("ol.hits .hit-title").AllInnerTextsAsync());

        // Authors beside each hit, and matches per month as bars that narrow the search to their month.
        Assert.Equal("by Jane Reporter", await page.Locator("ol.hits .hit", new() { HasTextString = "Putin meets" }).Locator(".authors").InnerTextAsync());
        var bars = page.Locator("figure.histogram rect.bar");
        Assert.Equal(["2024-01", "2024-02"], await Attributes(bars, "data-period"));
        Assert.Equal(0, await s.Overflow());
        await s.Screenshot($"search-newest-{width}");
        await page.Locator("figure.histogram a.bar-link").First.ClickAsync();
        await s.Arrived("**/?*from=2024-01*");
        Assert.Equal(["Putin meets Macron in Moscow"], await page.Locator("ol.hits .hit-title").AllInnerTextsAsync());

        // Paging goes on by cursor: every dated article once, newest first, then the first page again.
        await page.GotoAsync("/?from=2024&sort=newest");
        var seen = new List<string>(await page.Locator("ol.hits .hit-title").AllInnerTextsAsync());
        Assert.Equal(0, await s.Overflow());
        while (await page.Locator("nav.pager a.next").CountAsync() > 0)
        {
            await page.ClickAsync("nav.pager a.next");
            Assert.Contains("after=", page.Url, StringComparison.Ordinal);
            seen.AddRange(await page.Locator("ol.hits .hit-title").AllInnerTextsAsync());
        }

        Assert.Equal(["Macron visits Berlin", "Kremlin rejects sanctions"], seen.Take(2));
        Assert.Equal(4, seen.Distinct().Count());
        Assert.Equal(4, seen.Count);
        Assert.Contains("page 2", await page.Locator("p.count").InnerTextAsync(), StringComparison.Ordinal);
        await page.ClickAsync("nav.pager a.first");
        Assert.Equal(seen.Take(2), await page.Locator("ol.hits .hit-title").AllInnerTextsAsync());

        // A bad date is kept in the form with its message.
        var response = await page.GotoAsync("/?q=putin&from=2024-99-99&sort=oldest");
        Assert.Equal(400, response!.Status);
        Assert.Equal("2024-99-99", await page.Locator("input[name=from]").InputValueAsync());
        Assert.Equal("putin", await page.Locator("input[name=q]").InputValueAsync());
        Assert.Equal("oldest", await page.Locator("select[name=sort]").InputValueAsync());
        Assert.Equal("true", await page.Locator("input[name=from]").GetAttributeAsync("aria-invalid"));
        Assert.Contains("'from' must be a date", await page.Locator(".errors").InnerTextAsync(), StringComparison.Ordinal);
        await s.Screenshot($"search-bad-date-{width}");
        NoErrors(s);
    }

    private static ILocator Switch(IPage page, string layer) => page.Locator($"fieldset.layers input.layer-toggle[data-layer=layer-{layer}]");

    private static Task<string> Background(ILocator locator) => locator.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");

    private static async Task<List<string>> Attributes(ILocator locator, string name)
        => [.. (await locator.EvaluateAllAsync<string[]>($"all => all.map(e => e.getAttribute('{name}'))"))];

    private static async Task<List<string>> QuoteTexts(IPage page) => [.. await page.Locator("li.quote-item .quote-text").AllInnerTextsAsync()];

    private static void NoErrors(BrowserSession s)
    {
        Assert.Empty(s.PageErrors);
        // Only the pages that answer a bad value with 400 on purpose.
        Assert.All(s.FailedRequests, r => Assert.StartsWith("400 ", r, StringComparison.Ordinal));
        Assert.All(s.ConsoleErrors, e => Assert.Contains("status of 400", e, StringComparison.Ordinal));
        Assert.Empty(s.Dialogs);
    }
}
