using Dateline.Core.Layers;
using Dateline.Core.Pipeline;
using Dateline.Extraction;
using Dateline.Language;
using Microsoft.AspNetCore.Builder;

namespace Dateline.Web.Tests;

/// <summary>
/// The real web app on Kestrel, on a free loopback port, over a fresh store holding the test corpus. The host gives
/// the layers (and the pipeline of the paste box) as the CLI does: those of extraction and language, unless a test
/// brings its own. The store is a SQLite file or a PostgreSQL database, as <see cref="TestStore"/> picks; a seed is
/// given its address, to open with <see cref="Store.StoreAddress.Open"/>.
/// </summary>
public sealed class WebServer : IAsyncLifetime
{
    private readonly bool _allowProcess;
    private readonly Action<string, LayerSet> _seed;
    private readonly PipelineBuilder _pipeline;
    private WebApplication? _app;
    private TestStore? _store;

    public WebServer()
        : this(allowProcess: true)
    {
    }

    internal WebServer(bool allowProcess, Action<string, LayerSet>? seed = null, PipelineBuilder? pipeline = null)
    {
        _allowProcess = allowProcess;
        _seed = seed ?? TestCorpus.Write;
        _pipeline = pipeline ?? Full();
        Directory = Path.Combine(Path.GetTempPath(), "dateline-web-" + Guid.NewGuid().ToString("N")[..12]);
    }

    /// <summary>The pipeline `serve` runs (extraction and every language layer).</summary>
    public static PipelineBuilder Full() => new PipelineBuilder().UseExtraction().UseLanguage();

    public string Directory { get; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public HttpClient Client { get; private set; } = new();

    public WebOptions Options { get; private set; } = new("unset", LayerSet.Empty);

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        _store = TestStore.Create(Directory);
        _seed(_store.Address, _pipeline.Layers);

        // Small pages and a small body limit, so paging and the size bound are exercised with a few articles.
        Options = new WebOptions(_store.Address, _pipeline.Layers)
        {
            Urls = ["http://127.0.0.1:0"],
            ProcessPipeline = _allowProcess ? _pipeline.Build() : null,
            AllowCuration = _allowProcess,
            Logging = false,
            PageSize = 2,
            MaxRequestBytes = 256 * 1024,
        };
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

        _store?.Dispose();
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
