using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Dateline.Web.Tests;

/// <summary>One page in a fresh browser context that records what a person would not see: script errors, dialogs and CSP violations.</summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private BrowserSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                ConsoleErrors.Add(m.Text);
            }
        };
        page.PageError += (_, e) => PageErrors.Add(e);
        page.Response += (_, r) =>
        {
            if (r.Status >= 400)
            {
                FailedRequests.Add($"{r.Status} {r.Url}");
            }
        };
        page.Dialog += async (_, d) =>
        {
            Dialogs.Add(d.Message);
            await d.DismissAsync();
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public List<string> ConsoleErrors { get; } = [];

    public List<string> PageErrors { get; } = [];

    public List<string> Dialogs { get; } = [];

    /// <summary>Responses of 400 and above, as "status URL".</summary>
    public List<string> FailedRequests { get; } = [];

    /// <summary>A desktop window (1280 px wide) or, with <paramref name="width"/> 390, a phone's.</summary>
    public static async Task<BrowserSession> Open(Chromium chromium, Uri baseAddress, int width = 1280)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 844 : 900 },
            IsMobile = width < 600,
            HasTouch = width < 600,
        });
        return new BrowserSession(context, await context.NewPageAsync()) { Width = width };
    }

    public int Width { get; private init; }

    public async Task Screenshot(string name)
        => await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotDirectory, name + ".png"), FullPage = true });

    /// <summary>
    /// Waits until the page is at a URL matching <paramref name="glob"/> (* within a path segment, ** across) and loaded.
    /// Not WaitForURLAsync: it checks, then subscribes, and can lose the load event in between (playwright-dotnet
    /// #3364); the URL assertion polls, and a load state that was missed is recorded, so a short retry finds it.
    /// </summary>
    public async Task Arrived(string glob)
    {
        var pattern = Regex.Escape(glob).Replace(@"\*\*", ".*", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal);
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("^" + pattern + "$"));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Page.WaitForLoadStateAsync(LoadState.Load, new PageWaitForLoadStateOptions { Timeout = 2000 });
                return;
            }
            catch (TimeoutException) when (attempt < 15)
            {
            }
        }
    }

    /// <summary>How far the page is wider than the window (0 when nothing makes the reader scroll sideways).</summary>
    public Task<int> Overflow() => Page.EvaluateAsync<int>("() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth)");

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
