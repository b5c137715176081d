using System.Text.Json;

namespace Dateline.Web.Tests;

/// <summary>/api/events filters and pages, the entity API's events, and the search's event-type facet and filter, over HTTP.</summary>
public sealed class EventsApiTests(WebServer server) : IClassFixture<WebServer>
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task EventsFilterByTypeModeActorsAndDateAndPage()
    {
        // Two a page, the latest dated first.
        var first = await ProblemJson.Ok(_client, "api/events");
        Assert.True(first.GetProperty("hasMore").GetBoolean());
        Assert.Equal(2, first.GetProperty("pageSize").GetInt32());
        Assert.Equal([TestCorpus.BerlinId, TestCorpus.SanctionsId], ProblemJson.Strings(first.GetProperty("events"), "articleId"));
        var all = new List<JsonElement>();
        for (var page = 1; page <= 3; page++)
        {
            all.AddRange((await ProblemJson.Ok(_client, "api/events?page=" + page)).GetProperty("events").EnumerateArray());
        }

        Assert.Equal(["CONSULT", "REJECT", "AGREE", "ASSAULT", "THREATEN", "CONSULT"], all.Select(e => e.GetProperty("type").GetString()));

        var consult = Single("api/events?type=consult&source=putin");
        Assert.Equal("Vladimir Putin", consult.GetProperty("source").GetProperty("name").GetString());
        Assert.Equal("PERSON", consult.GetProperty("source").GetProperty("label").GetString());
        Assert.Equal("Emmanuel Macron", consult.GetProperty("target").GetProperty("name").GetString());
        Assert.Equal("Moscow", consult.GetProperty("place").GetProperty("name").GetString());
        Assert.Equal("met", consult.GetProperty("trigger").GetString());
        Assert.StartsWith("MOSCOW (AP) — Russian President Vladimir Putin met French President", consult.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.Equal(("2024-01-15", "asserted", "https://example.com/putin-macron"), (consult.GetProperty("date").GetString(), consult.GetProperty("mode").GetString(), consult.GetProperty("articleUrl").GetString()));

        Assert.Equal([TestCorpus.BerlinId, TestCorpus.PutinId], Articles("api/events?type=CONSULT"));
        Assert.Equal([TestCorpus.BerlinId], Articles("api/events?target=scholz"));
        Assert.Equal([TestCorpus.BerlinId, TestCorpus.PutinId], Articles("api/events?entity=Macron"));
        Assert.Equal(["REJECT"], Types("api/events?target=sanctions"));
        Assert.Equal(["REJECT", "AGREE"], Types("api/events?from=2024-02&to=2024-02"));

        var negated = Single("api/events?mode=negated");
        Assert.Equal(("AGREE", "Dmitry Peskov"), (negated.GetProperty("type").GetString(), negated.GetProperty("claimedBy").GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Null, negated.GetProperty("target").ValueKind);

        JsonElement Single(string url) => Assert.Single(Events(url));
        IEnumerable<string> Articles(string url) => Events(url).Select(e => e.GetProperty("articleId").GetString()!);
        IEnumerable<string> Types(string url) => Events(url).Select(e => e.GetProperty("type").GetString()!);
        List<JsonElement> Events(string url) => [.. ProblemJson.Ok(_client, url).GetAwaiter().GetResult().GetProperty("events").EnumerateArray()];
    }

    [Theory]
    [InlineData("api/events?type=bombing", "type")]
    [InlineData("api/events?mode=maybe", "mode")]
    [InlineData("api/events?from=2024-03&to=2024-01", "from")]
    [InlineData("api/events?page=0", "page")]
    [InlineData("api/search?q=putin&event=bombing", "event")]
    public async Task BadEventParametersAreNamed(string url, string parameter)
    {
        var problem = await ProblemJson.Problem(_client, url);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task AnEntityHasTheEventsItActsInAndIsActedOnIn()
    {
        var macron = (await ProblemJson.Ok(_client, "api/entities?name=macron"))[0].GetProperty("id").GetInt64();
        var profile = await ProblemJson.Ok(_client, "api/entities/" + macron);
        var actsOn = Assert.Single(profile.GetProperty("actsOn").EnumerateArray());
        Assert.Equal(("CONSULT", "Olaf Scholz"), (actsOn.GetProperty("type").GetString(), actsOn.GetProperty("target").GetProperty("name").GetString()));
        var actedOnBy = Assert.Single(profile.GetProperty("actedOnBy").EnumerateArray());
        Assert.Equal("Vladimir Putin", actedOnBy.GetProperty("source").GetProperty("name").GetString());
        var month = Assert.Single(profile.GetProperty("actsOnByMonth").EnumerateArray());
        Assert.Equal(("2024-03", "CONSULT", 1L), (month.GetProperty("month").GetString(), month.GetProperty("type").GetString(), month.GetProperty("count").GetInt64()));
        Assert.Equal("2024-01", Assert.Single(profile.GetProperty("actedOnByMonth").EnumerateArray()).GetProperty("month").GetString());
    }

    [Fact]
    public async Task SearchCountsAndFiltersArticlesByEventType()
    {
        var search = await ProblemJson.Ok(_client, "api/search?from=2024");
        var types = search.GetProperty("facets").GetProperty("eventTypes").EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt64());
        Assert.Equal(2, types["CONSULT"]);
        Assert.Equal(1, types["REJECT"]);
        Assert.Equal([TestCorpus.SanctionsId], ProblemJson.Strings((await ProblemJson.Ok(_client, "api/search?event=reject")).GetProperty("results"), "id"));
        Assert.Equal([TestCorpus.PutinId], ProblemJson.Strings((await ProblemJson.Ok(_client, "api/search?q=putin&event=CONSULT")).GetProperty("results"), "id"));
    }
}
