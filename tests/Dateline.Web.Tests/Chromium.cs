using Microsoft.Playwright;

namespace Dateline.Web.Tests;

/// <summary>
/// Debian's headless Chromium driven by Playwright's bundled driver (no browser download). Missing Chromium is a
/// failure with the install command, not a skip: CI installs it, so a skip would hide a broken setup.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not started");

    /// <summary>Where screenshots go: TestResults/screenshots beside the test project, kept as artifacts.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(Dateline.Tests.SharedData.RepoRoot, "tests", "Dateline.Web.Tests", "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: browser tests need Debian's Chromium (apt-get install -y chromium; .ci/run does this).");
        }

        Directory.CreateDirectory(ScreenshotDirectory);
        _playwright = await Playwright.CreateAsync();

        // Playwright gives each launch a fresh temporary profile (user-data-dir).
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
