using System.Net;
using System.Text.Json;

namespace Dateline.Web.Tests;

/// <summary>GET /api/threads and /api/threads/{id} over a store of stories: lists, filters, paging, one thread, and bad parameters.</summary>
public sealed class ThreadsApiTests(ThreadServer server) : IClassFixture<ThreadServer>
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task ThreadsAreListedLatestFirstWithTheirArticlesAndEntities()
    {
        var narva = await server.ThreadOf(ThreadCorpus.StoryId);
        Assert.Equal(narva, await server.ThreadOf(ThreadCorpus.FollowUpId));
        Assert.Equal(narva, await server.ThreadOf(ThreadCorpus.LateId));
        Assert.NotEqual(narva, await server.ThreadOf(ThreadCorpus.FestivalId));

        var list = await ProblemJson.Ok(_client, "api/threads?limit=100");
        var threads = list.GetProperty("threads").EnumerateArray().ToList();
        Assert.False(list.GetProperty("hasMore").GetBoolean());
        var last = threads.Select(t => t.GetProperty("lastPublished").GetString()).ToList();
        Assert.Equal(last.OrderDescending(StringComparer.Ordinal), last);
        var thread = threads.Single(t => t.GetProperty("id").GetInt64() == narva);
        Assert.Equal(3, thread.GetProperty("articles").GetInt64());
        Assert.Equal("2024-03-01", thread.GetProperty("firstPublished").GetString());
        Assert.Equal("2024-03-12", thread.GetProperty("lastPublished").GetString());
        Assert.Contains("Narva", thread.GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.Equal(["Kremlin", "Narva", "Vladimir Putin"], thread.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ThreadsAreFilteredByEntityAndDatesAndPaged()
    {
        var narva = await server.ThreadOf(ThreadCorpus.StoryId);
        Assert.Equal([narva], Ids(await ProblemJson.Ok(_client, "api/threads?entity=putin")));
        Assert.Equal([await server.ThreadOf(ThreadCorpus.FestivalId)], Ids(await ProblemJson.Ok(_client, "api/threads?entity=Angela%20Merkel")));
        Assert.Empty(Ids(await ProblemJson.Ok(_client, "api/threads?entity=nobody")));
        Assert.Equal([narva], Ids(await ProblemJson.Ok(_client, "api/threads?from=2024-03-10")));
        Assert.DoesNotContain(narva, Ids(await ProblemJson.Ok(_client, "api/threads?to=2024-02")));

        var all = Ids(await ProblemJson.Ok(_client, "api/threads?limit=100"));
        var first = await ProblemJson.Ok(_client, "api/threads?limit=2");
        var second = await ProblemJson.Ok(_client, "api/threads?limit=2&offset=2");
        Assert.True(first.GetProperty("hasMore").GetBoolean());
        Assert.Equal(2, second.GetProperty("offset").GetInt32());
        Assert.Equal(all.Take(4), Ids(first).Concat(Ids(second)));
    }

    [Fact]
    public async Task OneThreadHasItsTimelineEntitiesQuotesAndRelations()
    {
        var narva = await server.ThreadOf(ThreadCorpus.StoryId);
        var thread = await ProblemJson.Ok(_client, $"api/threads/{narva}");
        Assert.Equal(narva, thread.GetProperty("thread").GetProperty("id").GetInt64());
        var timeline = thread.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal([ThreadCorpus.StoryId, ThreadCorpus.FollowUpId, ThreadCorpus.LateId], timeline.Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(["2024-03-01", "2024-03-04", "2024-03-12"], timeline.Select(a => a.GetProperty("published").GetString()));
        Assert.Equal(JsonValueKind.Null, timeline[0].GetProperty("score").ValueKind);
        Assert.True(timeline[1].GetProperty("score").GetDouble() > 0);
        var quote = Assert.Single(thread.GetProperty("quotes").EnumerateArray());
        Assert.Equal("Vladimir Putin", quote.GetProperty("speakerName").GetString());
        Assert.Equal(ThreadCorpus.StoryId, quote.GetProperty("articleId").GetString());
        Assert.Equal(3, thread.GetProperty("thread").GetProperty("entities")[0].GetProperty("count").GetInt64());
        Assert.Equal(JsonValueKind.Array, thread.GetProperty("relations").ValueKind);
    }

    [Theory]
    [InlineData("api/threads?limit=0", "limit")]
    [InlineData("api/threads?limit=101", "limit")]
    [InlineData("api/threads?limit=ten", "limit")]
    [InlineData("api/threads?offset=-1", "offset")]
    [InlineData("api/threads?from=2024-13-01", "from")]
    [InlineData("api/threads?to=yesterday", "to")]
    [InlineData("api/threads?from=2024-03&to=2024-01", "from")]
    [InlineData("api/threads/abc", "id")]
    [InlineData("api/threads/0", "id")]
    [InlineData("api/threads/-5", "id")]
    public async Task BadParametersAreNamed(string url, string parameter)
    {
        var problem = await ProblemJson.Problem(_client, url);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task AnEntityFilterTooLongIsRefused()
    {
        var problem = await ProblemJson.Problem(_client, "api/threads?entity=" + new string('x', 201));
        Assert.True(problem.GetProperty("errors").TryGetProperty("entity", out _));
    }

    [Fact]
    public async Task AMissingThreadIsNotFound()
    {
        var problem = await ProblemJson.Problem(_client, "api/threads/987654", HttpStatusCode.NotFound);
        Assert.Contains("987654", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static List<long> Ids(JsonElement list) => [.. list.GetProperty("threads").EnumerateArray().Select(t => t.GetProperty("id").GetInt64())];
}
