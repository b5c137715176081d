using Microsoft.Playwright;

namespace Dateline.Web.Tests;

/// <summary>A reader follows a story in Chromium, on a desktop and a phone: the stories list, a story's timeline, an article and back.</summary>
public sealed class ThreadBrowserTests(ThreadServer server, Chromium chromium) : IClassFixture<ThreadServer>, IClassFixture<Chromium>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task FollowAStoryFromTheListToAnArticleAndBack(int width)
    {
        await using var s = await BrowserSession.Open(chromium, server.BaseAddress, width);
        var page = s.Page;

        // The stories list: filter by an entity.
        await page.GotoAsync("/threads");
        // The test server pages by two.
        Assert.Equal(2, await page.Locator("ol.threads li").CountAsync());
        Assert.Equal(1, await page.Locator("nav.pager a.next").CountAsync());
        await page.FillAsync("input[name=entity]", "Putin");
        await page.Locator("form.thread-search button[type=submit]").ClickAsync();
        await s.Arrived("**/threads?entity=Putin*");
        var story = page.Locator("ol.threads a.thread-title");
        Assert.Equal(1, await story.CountAsync());
        await NoWiderThan(s, width);
        await s.Screenshot($"thread-list-{width}");

        // The story: its timeline in date order, its main entities, its quote.
        await story.ClickAsync();
        await s.Arrived("**/threads/*");
        Assert.Equal(["2024-03-01", "2024-03-04", "2024-03-12"], await page.Locator("ol.timeline time").AllInnerTextsAsync());
        Assert.Equal(3, await page.Locator(".thread-entities a.ent").CountAsync());
        Assert.Contains("The garrison at Narva will remain", await page.Locator("ul.quotes").InnerTextAsync(), StringComparison.Ordinal);
        await NoWiderThan(s, width);
        await s.Screenshot($"thread-story-{width}");

        // An article of the story, and back to the story from it.
        var storyUrl = page.Url;
        await page.Locator("ol.timeline a", new() { HasTextString = "Narva convoys grow" }).ClickAsync();
        await s.Arrived("**/articles/" + ThreadCorpus.FollowUpId);
        await page.Locator("dl.meta a.thread-link").ClickAsync();
        await s.Arrived(storyUrl);

        // A hostile story: its markup is shown as text and nothing of it runs.
        await page.GotoAsync($"/threads/{await server.ThreadOf(ThreadCorpus.HostileId)}");
        Assert.Equal(ThreadCorpus.HostileTitle, await page.Locator("h1#title").InnerTextAsync());
        Assert.Equal(2, await page.Locator("ol.timeline li").CountAsync());
        Assert.Contains(TestCorpus.ScriptPayload, await page.Locator("ul.quotes").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        await NoWiderThan(s, width);
        await s.Screenshot($"thread-hostile-{width}");

        Assert.Empty(s.PageErrors);
        Assert.Empty(s.ConsoleErrors);
        Assert.Empty(s.Dialogs);
    }

    /// <summary>Nothing makes the reader scroll sideways (a phone's window widens to the content, so the content's width is measured).</summary>
    private static async Task NoWiderThan(BrowserSession s, int width)
    {
        Assert.Equal(0, await s.Overflow());
        Assert.True(await s.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= width, "the page is wider than the window");
    }
}
