using System.Text.Json;
using Dateline.Extraction.Input;
using Dateline.Tests;

namespace Dateline.Extraction.Tests.Datelines;

/// <summary>
/// Every page of the four extraction dev sets against eval/datelines/expected.jsonl (the pages with a dateline,
/// annotated by docs/datelines.md; every other page has none): no page gets a dateline it does not have, and the
/// datelines found stay above the floor.
/// </summary>
public class DevPageDatelineTests
{
    /// <summary>Right datelines when the floor was set: 49 of 56, none invented (eval/run.sh datelines); the floor a few under.</summary>
    private const int RightFloor = 46;

    [Fact]
    public void NoDevPageGetsAnInventedDatelineAndTheRightOnesAreFound()
    {
        var expected = File.ReadLines(Path.Combine(SharedData.RepoRoot, "eval", "datelines", "expected.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => (e.GetProperty("set").GetString()!, e.GetProperty("id").GetString()!), e => (Place: e.GetProperty("place").GetString(), Agency: e.GetProperty("agency").GetString()));
        var reader = new CollectionReader();
        var invented = new List<string>();
        var right = 0;
        foreach (var set in new[] { "dev", "dev-text", "metadata-dev", "web-dev" })
        {
            var pages = SharedData.Require("data", "extraction", set, "pages");
            foreach (var path in Directory.GetFiles(pages).Order(StringComparer.Ordinal))
            {
                var item = reader.ReadPage(path);
                var doc = Pipelines.Extraction.Process(item.Page!).Document;
                var id = PageId(Path.GetFileName(path));
                var found = doc?.Metadata.Dateline;
                if (!expected.TryGetValue((set, id), out var want))
                {
                    if (found is not null)
                    {
                        invented.Add($"{set}/{id}: {found.Place} ({found.Agency})");
                    }
                }
                else if (found is not null && Same(found.Place, want.Place) && Same(found.Agency, want.Agency))
                {
                    right++;
                }
            }
        }

        Assert.True(invented.Count == 0, "invented datelines: " + string.Join("; ", invented));
        Assert.True(right >= RightFloor, $"right datelines {right} fell under the floor {RightFloor}");
    }

    private static string PageId(string file)
        => new[] { ".html.gz", ".txt.gz", ".htm.gz" }.FirstOrDefault(e => file.EndsWith(e, StringComparison.Ordinal)) is { } ext ? file[..^ext.Length] : file;

    private static bool Same(string? a, string? b)
        => string.Equals(a is null ? null : string.Join(' ', a.Split(' ', StringSplitOptions.RemoveEmptyEntries)), b, StringComparison.OrdinalIgnoreCase);
}
