using Dateline.Web;
using Microsoft.AspNetCore.Builder;

namespace Dateline.Web.Tests;

/// <summary>The real web app on Kestrel, on a free loopback port, over a fresh store holding the test corpus.</summary>
public sealed class WebServer : IAsyncLifetime
{
    private readonly bool _allowProcess;
    private readonly Action<string> _seed;
    private WebApplication? _app;

    public WebServer()
        : this(allowProcess: true)
    {
    }

    internal WebServer(bool allowProcess, Action<string>? seed = null)
    {
        _allowProcess = allowProcess;
        _seed = seed ?? TestCorpus.Write;
        Directory = Path.Combine(Path.GetTempPath(), "dateline-web-" + Guid.NewGuid().ToString("N")[..12]);
    }

    public string Directory { get; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public HttpClient Client { get; private set; } = new();

    public WebOptions Options { get; private set; } = new("unset");

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        var db = Path.Combine(Directory, "test.db");
        _seed(db);

        // Small pages and a small body limit, so paging and the size bound are exercised with a few articles.
        Options = new WebOptions(db) { Urls = ["http://127.0.0.1:0"], AllowProcess = _allowProcess, Logging = false, PageSize = 2, MaxRequestBytes = 256 * 1024 };
        _app = DatelineWebApp.Build(Options);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }
}
