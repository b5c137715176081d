using System.Net;
using System.Text.Json;

namespace Dateline.Web.Tests;

/// <summary>Reads an API answer and checks it is what a client is promised: JSON for 200, problem details otherwise.</summary>
internal static class ProblemJson
{
    public static async Task<JsonElement> Ok(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)expected, json.GetProperty("status").GetInt32());
        return json;
    }

    public static async Task<JsonElement> Problem(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.BadRequest)
    {
        using var response = await client.GetAsync(url);
        return await Problem(response, expected);
    }

    public static IEnumerable<string> Strings(JsonElement array, string property)
        => array.EnumerateArray().Select(e => e.GetProperty(property).GetString() ?? string.Empty);

    /// <summary>The strings of a JSON array.</summary>
    public static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);
}
