using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dateline.Web.Api.Contracts;

namespace Dateline.Web.Tests;

/// <summary>Each endpoint over HTTP against the real app: answers on the test corpus, clear 400s, and FTS syntax never a 500.</summary>
public sealed class ApiTests(WebServer server) : IClassFixture<WebServer>
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task SearchRanksSnippetsAndFacets()
    {
        var json = await ProblemJson.Ok(_client, "api/search?q=putin");
        var results = json.GetProperty("results");
        Assert.Equal(2, results.GetArrayLength());
        Assert.Contains(TestCorpus.PutinId, ProblemJson.Strings(results, "id"));
        Assert.Contains(TestCorpus.SanctionsId, ProblemJson.Strings(results, "id"));

        // Snippets are plain text with ranges; each range covers the matched word.
        foreach (var hit in results.EnumerateArray())
        {
            var snippet = hit.GetProperty("snippet");
            var text = snippet.GetProperty("text").GetString()!;
            Assert.DoesNotContain("<mark>", text, StringComparison.Ordinal);
            var ranges = snippet.GetProperty("highlights").EnumerateArray().ToList();
            Assert.NotEmpty(ranges);
            Assert.All(ranges, r => Assert.Equal("putin", text[r.GetProperty("start").GetInt32()..r.GetProperty("end").GetInt32()].ToLowerInvariant()));
        }

        var facets = json.GetProperty("facets");
        Assert.Equal(2, facets.GetProperty("articles").GetInt64());
        var putin = facets.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Vladimir Putin");
        Assert.Equal(2, putin.GetProperty("count").GetInt64());
        Assert.Equal("PERSON", putin.GetProperty("label").GetString());
        Assert.Contains("PERSON", ProblemJson.Strings(facets.GetProperty("types"), "value"));
        Assert.Equal(["example-news", "wire"], ProblemJson.Strings(facets.GetProperty("sources"), "value").Order());
        Assert.Equal(["2024-01", "2024-02"], ProblemJson.Strings(facets.GetProperty("dates"), "value"));
    }

    [Fact]
    public async Task SearchFiltersAndPages()
    {
        Assert.Equal([TestCorpus.SanctionsId], ProblemJson.Strings((await ProblemJson.Ok(_client, "api/search?q=putin&from=2024-02")).GetProperty("results"), "id"));
        Assert.Equal([TestCorpus.PutinId], ProblemJson.Strings((await ProblemJson.Ok(_client, "api/search?q=putin&to=2024-01-31")).GetProperty("results"), "id"));
        Assert.Equal([TestCorpus.PutinId], ProblemJson.Strings((await ProblemJson.Ok(_client, "api/search?q=putin&from=2024-01-15&to=2024-01")).GetProperty("results"), "id"));
        Assert.Equal([TestCorpus.SanctionsId], ProblemJson.Strings((await ProblemJson.Ok(_client, "api/search?q=putin&source=wire")).GetProperty("results"), "id"));
        var peskov = await ProblemJson.Ok(_client, "api/search?entity=Peskov&type=person");
        Assert.Equal([TestCorpus.SanctionsId], ProblemJson.Strings(peskov.GetProperty("results"), "id"));

        // Page size is 2 in the fixture: four articles without words are two full pages, newest first.
        var first = await ProblemJson.Ok(_client, "api/search?from=2024");
        var second = await ProblemJson.Ok(_client, "api/search?from=2024&page=2");
        var third = await ProblemJson.Ok(_client, "api/search?from=2024&page=3");
        Assert.True(first.GetProperty("hasMore").GetBoolean());
        Assert.False(second.GetProperty("hasMore").GetBoolean());
        Assert.Equal(0, third.GetProperty("results").GetArrayLength());
        var ids = ProblemJson.Strings(first.GetProperty("results"), "id").Concat(ProblemJson.Strings(second.GetProperty("results"), "id")).ToList();
        Assert.Equal([TestCorpus.BerlinId, TestCorpus.SanctionsId, TestCorpus.HostileId, TestCorpus.PutinId], ids);
    }

    [Theory]
    [InlineData("api/search?q=putin&page=abc", "page")]
    [InlineData("api/search?q=putin&page=0", "page")]
    [InlineData("api/search?q=putin&page=51", "page")]
    [InlineData("api/search?q=putin&from=2024-13-01", "from")]
    [InlineData("api/search?q=putin&to=yesterday", "to")]
    [InlineData("api/search?q=putin&from=2024-05&to=2024-01", "from")]
    [InlineData("api/search?q=putin&type=ALIEN", "type")]
    [InlineData("api/search?q=putin&raw=maybe", "raw")]
    [InlineData("api/entities/abc", "id")]
    [InlineData("api/entities/1?interval=year", "interval")]
    [InlineData("api/quotes?page=-1", "page")]
    [InlineData("api/timeline", "q")]
    [InlineData("api/timeline?q=putin&interval=hour", "interval")]
    [InlineData("api/timeline?q=putin&entity=1", "entity")]
    [InlineData("api/timeline?entity=0", "entity")]
    public async Task BadParametersAreClear400s(string url, string parameter)
    {
        var problem = await ProblemJson.Problem(_client, url);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(parameter, out var messages), $"{url}: no error for '{parameter}' in {problem}");
        Assert.Contains(parameter, messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverlongQueryIs400()
        => await ProblemJson.Problem(_client, "api/search?q=" + new string('a', 501));

    [Fact]
    public async Task OverlongArticleIdIs400AndItsPage404()
    {
        var id = new string('a', Dateline.Web.Api.ArticlesApi.MaxIdLength + 1);
        await ProblemJson.Problem(_client, "api/articles/" + id);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("articles/" + id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("api/articles/" + id[1..])).StatusCode);
    }

    [Fact]
    public async Task TheSearchBoxTakesWhatTheParametersAllow()
        => Assert.Contains($"maxlength=\"{Dateline.Web.Browse.ParameterErrors.MaxTextLength}\"", await _client.GetStringAsync("/"), StringComparison.Ordinal);

    [Theory]
    [InlineData("\"unterminated")]
    [InlineData("AND OR NOT")]
    [InlineData("title:putin")]
    [InlineData("(putin")]
    [InlineData("putin)")]
    [InlineData("NEAR(putin macron")]
    [InlineData("*")]
    [InlineData("-putin")]
    [InlineData("^putin")]
    [InlineData("putin AND")]
    [InlineData("{title text}: putin")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("U.S. al-Qaida 100%")]
    [InlineData("\u0000\uFFFF\uD800")]
    public async Task FtsSyntaxIsNever500(string query)
    {
        foreach (var endpoint in new[] { "api/search?q=", "api/search?raw=true&q=", "api/timeline?q=", "api/timeline?raw=true&q=", "?q=", "?raw=true&q=" })
        {
            using var response = await _client.GetAsync(endpoint + Uri.EscapeDataString(query));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{endpoint}{query}: {(int)response.StatusCode} {body}");
            if (response.StatusCode == HttpStatusCode.BadRequest && endpoint.StartsWith("api/", StringComparison.Ordinal))
            {
                var problem = await ProblemJson.Problem(response, HttpStatusCode.BadRequest);
                Assert.Contains("syntax", problem.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task RawSyntaxErrorIsAProblemNaming400()
    {
        var problem = await ProblemJson.Problem(_client, "api/search?raw=true&q=" + Uri.EscapeDataString("\"unterminated AND ("));
        Assert.Equal("Invalid search syntax", problem.GetProperty("title").GetString());
        Assert.Contains("double quotes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // Raw is the store's own full-text syntax: FTS5 in SQLite, tsquery in PostgreSQL.
        var raw = Dateline.Store.StoreAddress.IsPostgres(server.Options.Store) ? "putin <-> macron | putin & macron" : "NEAR(putin macron, 10)";
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("api/search?raw=true&q=" + Uri.EscapeDataString(raw))).StatusCode);
    }

    [Fact]
    public async Task ArticleHasEveryLayerInTheArticleContract()
    {
        var article = await ProblemJson.Ok(_client, "api/articles/" + TestCorpus.PutinId);
        Assert.Equal(TestCorpus.PutinId, article.GetProperty("id").GetString());
        Assert.Equal("Putin meets Macron in Moscow", article.GetProperty("title").GetString());
        Assert.Equal("2024-01-15", article.GetProperty("published").GetString());
        Assert.Equal(["Jane Reporter"], ProblemJson.Strings(article.GetProperty("authors")));
        Assert.Equal("MOSCOW", article.GetProperty("dateline").GetProperty("place").GetString());
        Assert.Equal("AP", article.GetProperty("dateline").GetProperty("agency").GetString());
        Assert.Equal("example-news", article.GetProperty("siteName").GetString());
        Assert.Equal(3, article.GetProperty("paragraphs").GetArrayLength());
        var text = article.GetProperty("text").GetString()!;
        var putin = article.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Vladimir Putin");
        Assert.Equal("PERSON", putin.GetProperty("type").GetString());
        var key = putin.GetProperty("key").GetInt64();
        Assert.Equal(2, putin.GetProperty("mentions").GetArrayLength());
        Assert.All(article.GetProperty("mentions").EnumerateArray(), m => Assert.Equal(JsonValueKind.Number, m.GetProperty("entityKey").ValueKind));
        var quote = Assert.Single(article.GetProperty("quotes").EnumerateArray());
        Assert.Equal(key, quote.GetProperty("speakerKey").GetInt64());
        Assert.Equal("Vladimir Putin", quote.GetProperty("speakerName").GetString());
        Assert.StartsWith("\"We discussed", text[quote.GetProperty("start").GetInt32()..quote.GetProperty("end").GetInt32()], StringComparison.Ordinal);
        Assert.Equal("2024-01-15", Assert.Single(article.GetProperty("times").EnumerateArray()).GetProperty("value").GetString());
        Assert.Equal([5, 2e9], article.GetProperty("amounts").EnumerateArray().Select(a => a.GetProperty("value").GetDouble()));
        Assert.Equal("https://example.com/macron-trip", Assert.Single(article.GetProperty("related").EnumerateArray()).GetProperty("url").GetString());
        Assert.Equal(4, article.GetProperty("store").GetProperty("layers").GetProperty("entities").GetInt32());
    }

    [Fact]
    public async Task UnknownArticleAndEntityAre404Problems()
    {
        await ProblemJson.Problem(_client, "api/articles/no-such-article", HttpStatusCode.NotFound);
        await ProblemJson.Problem(_client, "api/entities/999999", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task EntityHasTimelineCoOccurrenceAndQuotes()
    {
        var key = await EntityKey("Vladimir Putin");
        var json = await ProblemJson.Ok(_client, $"api/entities/{key}");
        Assert.Equal("Vladimir Putin", json.GetProperty("entity").GetProperty("name").GetString());
        Assert.Equal(2, json.GetProperty("entity").GetProperty("articles").GetInt64());
        Assert.Equal(3, json.GetProperty("entity").GetProperty("mentions").GetInt64());

        // Months from the first to the last mention, with no gaps.
        var timeline = json.GetProperty("timeline").EnumerateArray().Select(b => (b.GetProperty("period").GetString(), b.GetProperty("mentions").GetInt64())).ToList();
        Assert.Equal([("2024-01", 2L), ("2024-02", 1L)], timeline);

        var co = json.GetProperty("coOccurring").EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!, e => e.GetProperty("count").GetInt64());
        Assert.Equal(2, co["Kremlin"]);
        Assert.Equal(2, co["Moscow"]);
        Assert.Equal(1, co["Emmanuel Macron"]);
        Assert.DoesNotContain("Vladimir Putin", co.Keys);
        Assert.DoesNotContain("Olaf Scholz", co.Keys);

        var by = Assert.Single(json.GetProperty("quotesBy").EnumerateArray());
        Assert.Equal("\"We discussed the security of Europe,\"", by.GetProperty("text").GetString());
        var about = Assert.Single(json.GetProperty("quotesAbout").EnumerateArray());
        Assert.Equal("Dmitry Peskov", about.GetProperty("speakerName").GetString());

        var weekly = await ProblemJson.Ok(_client, $"api/entities/{key}?interval=week");
        var weeks = ProblemJson.Strings(weekly.GetProperty("timeline"), "period").ToList();
        Assert.Equal("2024-01-15", weeks[0]);
        Assert.Equal("2024-02-05", weeks[^1]);
        Assert.Equal(4, weeks.Count);
    }

    [Fact]
    public async Task QuotesBySpeakerAndWords()
    {
        var putin = (await ProblemJson.Ok(_client, "api/quotes?speaker=putin")).GetProperty("quotes");
        Assert.Equal(TestCorpus.PutinId, Assert.Single(putin.EnumerateArray()).GetProperty("articleId").GetString());
        var sanctions = (await ProblemJson.Ok(_client, "api/quotes?q=SANCTIONS")).GetProperty("quotes");
        Assert.Equal("Dmitry Peskov", Assert.Single(sanctions.EnumerateArray()).GetProperty("speakerName").GetString());
        Assert.Equal(0, (await ProblemJson.Ok(_client, "api/quotes?speaker=putin&q=sanctions")).GetProperty("quotes").GetArrayLength());
        var all = await ProblemJson.Ok(_client, "api/quotes");
        Assert.Equal(2, all.GetProperty("quotes").GetArrayLength());
        Assert.True(all.GetProperty("hasMore").GetBoolean());
        Assert.Equal(2, (await ProblemJson.Ok(_client, "api/quotes?page=2")).GetProperty("quotes").GetArrayLength());
    }

    [Fact]
    public async Task TimelineBySearchAndByEntity()
    {
        var byMonth = await ProblemJson.Ok(_client, "api/timeline?q=putin&interval=month");
        Assert.Equal([("2024-01", 1L), ("2024-02", 1L)], byMonth.GetProperty("buckets").EnumerateArray().Select(b => (b.GetProperty("period").GetString(), b.GetProperty("articles").GetInt64())));
        var byDay = await ProblemJson.Ok(_client, "api/timeline?q=putin&interval=day");
        var days = byDay.GetProperty("buckets").EnumerateArray().ToList();
        Assert.Equal("2024-01-15", days[0].GetProperty("period").GetString());
        Assert.Equal("2024-02-06", days[^1].GetProperty("period").GetString());
        Assert.Equal(23, days.Count);
        Assert.Equal(2, days.Sum(d => d.GetProperty("articles").GetInt64()));

        var key = await EntityKey("Emmanuel Macron");
        var macron = await ProblemJson.Ok(_client, $"api/timeline?entity={key}");
        Assert.Equal(["2024-01", "2024-02", "2024-03"], ProblemJson.Strings(macron.GetProperty("buckets"), "period"));
        Assert.Equal([1L, 0L, 1L], macron.GetProperty("buckets").EnumerateArray().Select(b => b.GetProperty("articles").GetInt64()));
    }

    [Fact]
    public async Task StatsCountTheStore()
    {
        var stats = await ProblemJson.Ok(_client, "api/stats");
        Assert.Equal(4, stats.GetProperty("articles").GetInt64());
        Assert.Equal(0, stats.GetProperty("failures").GetInt64());
        Assert.True(stats.GetProperty("entities").GetInt64() >= 9);
        Assert.Equal(2, stats.GetProperty("bySource").GetProperty("example-news").GetInt64());
    }

    [Fact]
    public async Task ProcessAnnotatesWithoutStoring()
    {
        using var response = await _client.PostAsJsonAsync("api/process", new ProcessRequest("<html><head><title>Pasted story</title></head><body><article><h1>Pasted story</h1><p>The council met on Friday to discuss the budget of the city and its schools.</p><p>It will meet again next month to vote on the plan.</p></article></body></html>", null));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var article = JsonDocument.Parse(body).RootElement;
        Assert.Contains("The council met on Friday", article.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Pasted story", article.GetProperty("title").GetString());
        Assert.True(article.TryGetProperty("quotes", out _));
        Assert.False(article.TryGetProperty("store", out _));
        Assert.Equal(4, (await ProblemJson.Ok(_client, "api/stats")).GetProperty("articles").GetInt64());
    }

    [Fact]
    public async Task ProcessRejectsBadBodies()
    {
        await ProblemJson.Problem(await _client.PostAsJsonAsync("api/process", new ProcessRequest(null, null)), HttpStatusCode.BadRequest);
        await ProblemJson.Problem(await _client.PostAsJsonAsync("api/process", new ProcessRequest("<p>x</p>", "x")), HttpStatusCode.BadRequest);
        using var malformed = new StringContent("{\"html\": ", Encoding.UTF8, "application/json");
        await ProblemJson.Problem(await _client.PostAsync("api/process", malformed), HttpStatusCode.BadRequest);

        // The fixture bounds bodies at 256 KiB.
        using var huge = await _client.PostAsJsonAsync("api/process", new ProcessRequest(null, new string('a', 400 * 1024)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    [Fact]
    public async Task ProcessIsOffUnlessAllowed()
    {
        await using var closed = new WebServer(allowProcess: false);
        await closed.InitializeAsync();
        using var response = await closed.Client.PostAsJsonAsync("api/process", new ProcessRequest("<p>hello</p>", null));
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{(int)response.StatusCode}");
        Assert.Equal(HttpStatusCode.NotFound, (await closed.Client.GetAsync("process")).StatusCode);
        Assert.DoesNotContain("Paste a page", await closed.Client.GetStringAsync(string.Empty), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocumentListsEveryEndpoint()
    {
        var doc = await ProblemJson.Ok(_client, "openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/search", "/api/articles/{id}", "/api/entities/{id}", "/api/quotes", "/api/timeline", "/api/stats", "/api/process" })
        {
            Assert.Contains(path, paths);
        }

        Assert.DoesNotContain("/", paths);
        using var docs = await _client.GetAsync("api/docs");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.DoesNotContain("cdn.", await docs.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EveryResponseCarriesAStrictPolicy()
    {
        foreach (var url in new[] { string.Empty, "articles/" + TestCorpus.PutinId, "api/search?q=putin", "api/search?page=x", "assets/app.js", "nope" })
        {
            using var response = await _client.GetAsync(url);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        }
    }

    [Fact]
    public async Task ForeignHostNamesAreRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/stats");
        request.Headers.Host = "attacker.example";
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<long> EntityKey(string name)
    {
        var article = await ProblemJson.Ok(_client, "api/articles/" + TestCorpus.PutinId);
        return article.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name).GetProperty("key").GetInt64();
    }
}
