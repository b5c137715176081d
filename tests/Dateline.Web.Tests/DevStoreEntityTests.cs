using System.Net;
using System.Text.Json;
using Dateline.Core.Running;
using Dateline.Extraction.Input;
using Dateline.Store;
using Dateline.Store.Ingest;

namespace Dateline.Web.Tests;

/// <summary>
/// The shared dev pages (dev-text dumps and dev HTML) ingested as `dateline ingest` does, then served: every name of
/// the United States filters search to the same articles, and a person reached by an alias shows every mention.
/// </summary>
public sealed class DevStoreEntityTests
{
    [Fact]
    public async Task EveryNameOfACountryFindsTheSameArticlesAndAPersonsAliasesShowOnItsPage()
    {
        var paths = new[] { Dateline.Tests.SharedData.Require("data", "extraction", "dev-text", "pages"), Dateline.Tests.SharedData.Require("data", "extraction", "dev", "pages") };

        void Seed(string address, Core.Layers.LayerSet layers)
        {
            using var store = StoreAddress.Open(address, layers);
            var runner = new DocumentRunner(WebServer.Full().Build(), new RunnerOptions { Workers = 2, PerDocumentLimit = TimeSpan.FromSeconds(60) });
            var summary = new StoreIngest(runner, store).Run(new CollectionReader(InputOptions.Default).Read(paths));
            Assert.True(summary.Stored > 200, $"only {summary.Stored} dev pages stored");
        }

        await using var server = new WebServer(allowProcess: false, Seed);
        await server.InitializeAsync();
        var byName = new Dictionary<string, List<string>>();
        foreach (var name in new[] { "U.S.", "United States", "US", "America" })
        {
            byName[name] = await AllIds(server.Client, "api/search?q=said&entity=" + Uri.EscapeDataString(name));
        }

        Assert.True(byName["U.S."].Count >= 20, $"only {byName["U.S."].Count} articles for U.S.");
        Assert.All(byName.Values, ids => Assert.Equal(byName["U.S."], ids));

        // "Trump" alone and "Donald Trump" are one person, with every article of both and no made-up coordinates.
        var trump = Assert.Single((await ProblemJson.Ok(server.Client, "api/entities?name=Trump")).EnumerateArray(), e => e.GetProperty("label").GetString() == "PERSON");
        Assert.Equal("Donald Trump", trump.GetProperty("name").GetString());
        Assert.Contains("Trump", trump.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(JsonValueKind.Null, trump.GetProperty("latitude").ValueKind);
        Assert.NotEqual("United States Virgin Islands", trump.GetProperty("country").GetString());
        var id = trump.GetProperty("id").GetInt64();
        var page = await server.Client.GetStringAsync($"entities/{id}");
        Assert.Contains("Also written: Trump", page, StringComparison.Ordinal);
        var profile = await ProblemJson.Ok(server.Client, $"api/entities/{id}");
        Assert.Equal(trump.GetProperty("articles").GetInt64(), profile.GetProperty("entity").GetProperty("articles").GetInt64());
        Assert.NotEmpty(profile.GetProperty("quotesBy").EnumerateArray());
    }

    private static async Task<List<string>> AllIds(HttpClient client, string url)
    {
        var ids = new List<string>();
        for (var page = 1; page <= 50; page++)
        {
            using var response = await client.GetAsync($"{url}&page={page}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            foreach (var hit in json.GetProperty("results").EnumerateArray())
            {
                ids.Add(hit.GetProperty("id").GetString()!);
                ids.AddRange(hit.GetProperty("copies").EnumerateArray().Select(c => c.ValueKind == JsonValueKind.String ? c.GetString()! : c.GetProperty("id").GetString()!));
            }

            if (!json.GetProperty("hasMore").GetBoolean())
            {
                break;
            }
        }

        return [.. ids.Order(StringComparer.Ordinal)];
    }
}
