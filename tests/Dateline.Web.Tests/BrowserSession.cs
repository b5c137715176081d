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

    public static async Task<BrowserSession> Open(Chromium chromium, Uri baseAddress)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        return new BrowserSession(context, await context.NewPageAsync());
    }

    public async Task Screenshot(string name)
        => await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotDirectory, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
