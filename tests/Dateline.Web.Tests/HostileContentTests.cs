using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Dateline.Web.Tests;

/// <summary>
/// Page content is hostile. An article whose title, text, metadata, entity names and labels, quote cue, time value,
/// amount unit and related links carry script, event handlers, javascript: links and tag breakouts is opened in
/// Chromium on every page that shows it: nothing runs, no handler or javascript: link exists, and the payloads are
/// shown as the text they are.
/// </summary>
public sealed class HostileContentTests(WebServer server, Chromium chromium) : IClassFixture<WebServer>, IClassFixture<Chromium>
{
    private const string Checks = """
        () => ({
          pwned: window.__pwned === undefined ? null : String(window.__pwned),
          title: document.title,
          scripts: [...document.scripts].map(s => s.getAttribute('src')),
          handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes].filter(a => a.name.toLowerCase().startsWith('on')).map(a => e.tagName + '@' + a.name)),
          badLinks: [...document.querySelectorAll('[href],[src],[action]')].map(e => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action')).filter(u => /^\s*(javascript|data|vbscript):/i.test(u)),
          frames: document.querySelectorAll('iframe,object,embed,svg[onload]').length,
          hidden: getComputedStyle(document.body).display === 'none'
        })
        """;

    [Fact]
    public async Task NothingFromAHostilePageRuns()
    {
        await using var s = await BrowserSession.Open(chromium, server.BaseAddress);
        var entityKey = (await ProblemJson.Ok(server.Client, "api/articles/" + TestCorpus.HostileId)).GetProperty("entities").EnumerateArray()
            .First(e => e.GetProperty("name").GetString()!.StartsWith("Evil Mallory", StringComparison.Ordinal)).GetProperty("key").GetInt64();
        var hostileThread = (await ProblemJson.Ok(server.Client, "api/articles/" + TestCorpus.HostileId)).GetProperty("store").GetProperty("thread").GetInt64();
        var pages = new (string Name, string Url)[]
        {
            ("hostile-thread", "/threads/" + hostileThread),
            ("hostile-threads", "/threads?entity=" + Uri.EscapeDataString("Evil Mallory")),
            ("hostile-search", "/?q=zebra"),
            ("hostile-search-facets", "/?q=zebra&source=" + Uri.EscapeDataString("evil" + TestCorpus.ScriptPayload)),
            ("hostile-article", "/articles/" + TestCorpus.HostileId),
            ("hostile-entity", "/entities/" + entityKey),
            ("hostile-quotes", "/quotes?q=" + Uri.EscapeDataString("dangerous")),
            ("hostile-query", "/?q=" + Uri.EscapeDataString(TestCorpus.TextareaPayload + TestCorpus.ImgPayload) + "&entity=" + Uri.EscapeDataString(TestCorpus.AttributePayload)),
        };
        foreach (var (name, url) in pages)
        {
            await s.Page.GotoAsync(url);
            await s.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Assert(s, name);
        }

        // What a person sees: the payloads as literal text.
        await s.Page.GotoAsync("/articles/" + TestCorpus.HostileId);
        var title = await s.Page.Locator("h1#title").InnerTextAsync();
        Xunit.Assert.Contains(TestCorpus.ScriptPayload, title, StringComparison.Ordinal);
        var text = await s.Page.Locator("#text").InnerTextAsync();
        Xunit.Assert.Contains(TestCorpus.TextareaPayload, text, StringComparison.Ordinal);
        Xunit.Assert.Contains("<iframe src=\"javascript:", text, StringComparison.Ordinal);
        var related = await s.Page.Locator("section.related").InnerTextAsync();
        Xunit.Assert.Contains("javascript:window.__pwned", related, StringComparison.Ordinal);
        Xunit.Assert.Equal(1, await s.Page.Locator("section.related a").CountAsync());
        Xunit.Assert.Equal("https://example.org/story?a=1&b=%22x%22", await s.Page.Locator("section.related a").GetAttributeAsync("href"));
    }

    [Fact]
    public async Task PastedHostilePageCannotBreakOutOfTheForm()
    {
        await using var s = await BrowserSession.Open(chromium, server.BaseAddress);
        await s.Page.GotoAsync("/process");
        var page = $"<html><head><title>{TestCorpus.TitlePayload}</title><script>window.__pwned='head'</script></head><body onload=\"window.__pwned='body'\"><article><h1>Zebra {TestCorpus.ImgPayload}</h1>" +
            $"<p>Text {TestCorpus.TextareaPayload} with a <a href=\"{TestCorpus.JavascriptUrl}\">link</a> and {TestCorpus.SvgPayload} inside a long enough paragraph of words.</p></article></body></html>";
        await s.Page.FillAsync("textarea#page", page);
        await s.Page.ClickAsync("form.process button[type=submit]");
        await s.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Assert(s, "hostile-paste");

        // The pasted page comes back whole inside the textarea, not as markup.
        Xunit.Assert.Equal(page, await s.Page.InputValueAsync("textarea#page"));
    }

    private static async Task Assert(BrowserSession s, string name)
    {
        var r = await s.Page.EvaluateAsync<HostileCheck>(Checks);
        await s.Screenshot(name);
        Xunit.Assert.True(r.Pwned is null, $"{name}: a payload ran: window.__pwned = {r.Pwned}");
        Xunit.Assert.NotEqual("pwned", r.Title);
        Xunit.Assert.Equal("/assets/app.js", Xunit.Assert.Single(r.Scripts));
        Xunit.Assert.True(r.Handlers.Length == 0, $"{name}: event handler attributes: {string.Join(", ", r.Handlers)}");
        Xunit.Assert.True(r.BadLinks.Length == 0, $"{name}: script links: {string.Join(", ", r.BadLinks)}");
        Xunit.Assert.Equal(0, r.Frames);
        Xunit.Assert.False(r.Hidden, $"{name}: a style payload hid the page");
        Xunit.Assert.Empty(s.Dialogs);
        Xunit.Assert.Empty(s.PageErrors);
    }

    private sealed class HostileCheck
    {
        public string? Pwned { get; set; }

        public string Title { get; set; } = string.Empty;

        public string?[] Scripts { get; set; } = [];

        public string[] Handlers { get; set; } = [];

        public string[] BadLinks { get; set; } = [];

        public int Frames { get; set; }

        public bool Hidden { get; set; }
    }
}
