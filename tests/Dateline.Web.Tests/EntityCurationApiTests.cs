using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dateline.Web.Tests;

/// <summary>GET /api/entities?name= and, with --allow-curation, POST merge, split and rename (each on its own store, since they change it).</summary>
public sealed class EntityCurationApiTests
{
    [Fact]
    public async Task FindByAnyNameAndBadParameters()
    {
        await using var server = new WebServer(allowProcess: false);
        await server.InitializeAsync();
        var found = await ProblemJson.Ok(server.Client, "api/entities?name=Putin");
        var putin = Assert.Single(found.EnumerateArray());
        Assert.Equal("Vladimir Putin", putin.GetProperty("name").GetString());
        Assert.Equal(["Vladimir Putin"], putin.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Empty((await ProblemJson.Ok(server.Client, "api/entities?name=Nobody")).EnumerateArray());
        await ProblemJson.Problem(server.Client, "api/entities", HttpStatusCode.BadRequest);
        await ProblemJson.Problem(server.Client, "api/entities?name=Putin&limit=0", HttpStatusCode.BadRequest);

        // Curation is off unless asked for.
        using var closed = await server.Client.PostAsJsonAsync($"api/entities/{putin.GetProperty("id").GetInt64()}/rename", new { name = "X" });
        Assert.True(closed.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{(int)closed.StatusCode}");
    }

    [Fact]
    public async Task MergeSplitAndRenameChangeWhatTheApiShows()
    {
        await using var server = new WebServer();
        await server.InitializeAsync();
        var client = server.Client;
        var kremlin = await Id(client, "Kremlin");
        var moscow = await Id(client, "Moscow");

        var merged = await Post(client, $"api/entities/{kremlin}/merge", new { into = moscow }, HttpStatusCode.OK);
        Assert.Equal(moscow, merged.GetProperty("entityId").GetInt64());
        Assert.Equal(2, merged.GetProperty("articleEntitiesMoved").GetInt32());
        var profile = await ProblemJson.Ok(client, $"api/entities/{moscow}");
        Assert.Contains("Kremlin", profile.GetProperty("entity").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        await ProblemJson.Problem(client, $"api/entities/{kremlin}", HttpStatusCode.NotFound);

        var split = await Post(client, $"api/entities/{moscow}/split", new { name = "Kremlin" }, HttpStatusCode.OK);
        Assert.Equal("Kremlin", split.GetProperty("name").GetString());
        Assert.Equal(2, split.GetProperty("articleEntitiesMoved").GetInt32());

        var renamed = await Post(client, $"api/entities/{moscow}/rename", new { name = "Moscow, Russia" }, HttpStatusCode.OK);
        Assert.Equal("Moscow, Russia", (await ProblemJson.Ok(client, $"api/entities/{moscow}")).GetProperty("entity").GetProperty("name").GetString());
        Assert.Equal(moscow, renamed.GetProperty("entityId").GetInt64());

        await Post(client, $"api/entities/{moscow}/merge", new { into = 999_999 }, HttpStatusCode.NotFound);
        await Post(client, $"api/entities/{moscow}/merge", new { into = moscow }, HttpStatusCode.BadRequest);
        await Post(client, $"api/entities/{moscow}/split", new { name = "" }, HttpStatusCode.BadRequest);
        await Post(client, $"api/entities/{moscow}/split", new { name = "Moscow" }, HttpStatusCode.BadRequest);
        await Post(client, "api/entities/abc/rename", new { name = "x" }, HttpStatusCode.BadRequest);

        // A cross-site form cannot send JSON: a form body is refused.
        using var form = await client.PostAsync($"api/entities/{moscow}/rename", new FormUrlEncodedContent([new("name", "pwned")]));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Equal("Moscow, Russia", (await ProblemJson.Ok(client, $"api/entities/{moscow}")).GetProperty("entity").GetProperty("name").GetString());
    }

    private static async Task<long> Id(HttpClient client, string name)
        => Assert.Single((await ProblemJson.Ok(client, "api/entities?name=" + Uri.EscapeDataString(name))).EnumerateArray()).GetProperty("id").GetInt64();

    private static async Task<JsonElement> Post(HttpClient client, string url, object body, HttpStatusCode expected)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
