using System.Text.Json;

namespace Dateline.Web.Tests;

/// <summary>Sorting, cursor paging and quote filters over HTTP, and an OpenAPI document that types and describes every parameter.</summary>
public sealed class ApiListingTests(WebServer server) : IClassFixture<WebServer>
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task SearchSortsByDateAndPagesByCursorPastTheNumberedPages()
    {
        var newest = await ProblemJson.Ok(_client, "api/search?q=putin&sort=newest");
        Assert.Equal("newest", newest.GetProperty("sort").GetString());
        Assert.Equal([TestCorpus.SanctionsId, TestCorpus.PutinId], ProblemJson.Strings(newest.GetProperty("results"), "id"));
        Assert.Equal([TestCorpus.PutinId, TestCorpus.SanctionsId], ProblemJson.Strings((await ProblemJson.Ok(_client, "api/search?q=putin&sort=oldest")).GetProperty("results"), "id"));
        var putin = newest.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetString() == TestCorpus.PutinId);
        Assert.Equal(["Jane Reporter"], putin.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));

        // Every dated article once, two a page, by following next.
        var ids = new List<string>();
        string? next = null;
        var pages = 0;
        do
        {
            // With a cursor the page number only numbers the page: 51 is fine (without one, it is refused: below).
            var page = await ProblemJson.Ok(_client, "api/search?from=2024&sort=oldest" + (next is null ? string.Empty : "&page=51&after=" + next));
            ids.AddRange(ProblemJson.Strings(page.GetProperty("results"), "id"));
            next = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
            Assert.Equal(next is not null, page.GetProperty("hasMore").GetBoolean());
            pages++;
        }
        while (next is not null && pages < 10);

        Assert.Equal([TestCorpus.PutinId, TestCorpus.HostileId, TestCorpus.SanctionsId, TestCorpus.BerlinId], ids);
        Assert.Equal(2, pages);
    }

    [Theory]
    [InlineData("api/search?q=putin&page=51", "page")]
    [InlineData("api/search?q=putin&after=not-a-cursor", "after")]
    [InlineData("api/search?q=putin&sort=loudest", "sort")]
    [InlineData("api/quotes?kind=shouted", "kind")]
    [InlineData("api/quotes?sort=length", "sort")]
    [InlineData("api/quotes?from=2024-03&to=2024-01", "from")]
    public async Task BadListingParametersAreNamed(string url, string parameter)
    {
        var problem = await ProblemJson.Problem(_client, url);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task SearchCursorOfAnotherOrderIsRefused()
    {
        var oldest = await ProblemJson.Ok(_client, "api/search?from=2024&sort=oldest");
        var cursor = oldest.GetProperty("next").GetString();
        var problem = await ProblemJson.Problem(_client, "api/search?from=2024&sort=newest&after=" + cursor);
        Assert.Contains("another order", problem.GetProperty("errors").GetProperty("after")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuotesFilterByKindOutletAndDateAndSortBySpeaker()
    {
        var indirect = (await ProblemJson.Ok(_client, "api/quotes?kind=indirect")).GetProperty("quotes");
        var scholz = Assert.Single(indirect.EnumerateArray());
        Assert.Equal("indirect", scholz.GetProperty("kind").GetString());
        Assert.Equal("Olaf Scholz", scholz.GetProperty("speakerName").GetString());
        Assert.Equal("example-news", scholz.GetProperty("source").GetString());

        var wire = (await ProblemJson.Ok(_client, "api/quotes?source=wire")).GetProperty("quotes");
        Assert.Equal(["Dmitry Peskov"], wire.EnumerateArray().Select(q => q.GetProperty("speakerName").GetString()));
        var february = (await ProblemJson.Ok(_client, "api/quotes?from=2024-02&to=2024-02")).GetProperty("quotes");
        Assert.Equal(["Dmitry Peskov"], february.EnumerateArray().Select(q => q.GetProperty("speakerName").GetString()));

        var bySpeaker = (await ProblemJson.Ok(_client, "api/quotes?source=example-news&sort=speaker")).GetProperty("quotes");
        Assert.Equal(["Emmanuel Macron", "Olaf Scholz"], bySpeaker.EnumerateArray().Select(q => q.GetProperty("speakerName").GetString()));
        var oldest = (await ProblemJson.Ok(_client, "api/quotes?kind=direct&sort=oldest")).GetProperty("quotes");
        Assert.Equal(TestCorpus.PutinId, oldest[0].GetProperty("articleId").GetString());
    }

    [Fact]
    public async Task OpenApiTypesAndDescribesEveryParameterAndResponse()
    {
        var document = await ProblemJson.Ok(_client, "openapi/v1.json");
        var operations = document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()).Select(o => o.Value).ToList();
        Assert.True(operations.Count >= 6);
        foreach (var operation in operations)
        {
            var id = operation.GetProperty("operationId").GetString();
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("description").GetString()), id);
            foreach (var parameter in operation.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : Enumerable.Empty<JsonElement>())
            {
                Assert.False(string.IsNullOrWhiteSpace(parameter.GetProperty("description").GetString()), $"{id} {parameter.GetProperty("name")}");
            }

            foreach (var response in operation.GetProperty("responses").EnumerateObject())
            {
                var text = response.Value.GetProperty("description").GetString();
                Assert.True(text is { Length: > 15 }, $"{id} {response.Name}: '{text}'");
            }
        }

        JsonElement Parameter(string path, string name)
            => document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name).GetProperty("schema");
        Assert.Equal("integer", Parameter("/api/search", "page").GetProperty("type").GetString());
        Assert.Equal("integer", Parameter("/api/quotes", "page").GetProperty("type").GetString());
        Assert.Equal("integer", Parameter("/api/entities/{id}", "id").GetProperty("type").GetString());
        Assert.Equal("boolean", Parameter("/api/search", "raw").GetProperty("type").GetString());
        Assert.Matches(Parameter("/api/search", "from").GetProperty("pattern").GetString()!, "2024-01-15");
        Assert.Equal(["relevance", "newest", "oldest"], Parameter("/api/search", "sort").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["all", "direct", "mixed", "indirect"], Parameter("/api/quotes", "kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }
}
