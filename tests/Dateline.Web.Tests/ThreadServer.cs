namespace Dateline.Web.Tests;

/// <summary>The web app over a store of <see cref="ThreadCorpus"/>, shared by the thread tests of a class.</summary>
public sealed class ThreadServer : IAsyncLifetime
{
    private readonly WebServer _server = new(allowProcess: false, ThreadCorpus.Write);

    public HttpClient Client => _server.Client;

    public Uri BaseAddress => _server.BaseAddress;

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    /// <summary>The thread of a stored article, as its JSON gives it.</summary>
    public async Task<long> ThreadOf(string articleId)
        => (await ProblemJson.Ok(Client, "api/articles/" + articleId)).GetProperty("store").GetProperty("thread").GetInt64();
}
