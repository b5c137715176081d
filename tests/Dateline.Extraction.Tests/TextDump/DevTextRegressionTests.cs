using System.IO.Compression;
using System.Text.Json;
using Dateline.Extraction.Input;
using Dateline.Tests;

namespace Dateline.Extraction.Tests.TextDump;

/// <summary>
/// Floors on ../shared/data/extraction/dev-text (114 real dumps), measured with eval/run.sh text: F1 0.895,
/// precision 0.878, recall 0.914 when these floors were set. A change that drops below them is a regression.
/// </summary>
public class DevTextRegressionTests
{
    private const double F1Floor = 0.88;
    private const double PrecisionFloor = 0.86;
    private const double RecallFloor = 0.90;

    /// <summary>Pages cleaned to F1 >= 0.9 when the floor was set: 81 of 114.</summary>
    private const int GoodPagesFloor = 76;

    [Fact]
    public void DevTextDumpsStayAboveTheirFloors()
    {
        var dir = SharedData.Require("data", "extraction", "dev-text");
        var truth = File.ReadLines(Path.Combine(dir, "truth.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("articleBody").GetString()!);
        var reader = new CollectionReader();
        var pages = new List<(string, string)>();
        foreach (var (id, body) in truth)
        {
            var item = reader.ReadPage(Path.Combine(dir, "pages", id + ".txt.gz"));
            var result = Pipelines.Extraction.Process(item.Page!);
            pages.Add((result.Document?.Text ?? string.Empty, body));
        }

        var (f1, precision, recall) = ExtractionScore.Corpus(pages);
        var good = pages.Count(p =>
        {
            var (pp, rr) = ExtractionScore.Page(p.Item1, p.Item2);
            return pp + rr > 0 && 2 * pp * rr / (pp + rr) >= 0.9;
        });
        Assert.True(f1 >= F1Floor, $"dev-text F1 {f1:F3} < {F1Floor}");
        Assert.True(precision >= PrecisionFloor, $"dev-text precision {precision:F3} < {PrecisionFloor}");
        Assert.True(recall >= RecallFloor, $"dev-text recall {recall:F3} < {RecallFloor}");
        Assert.True(good >= GoodPagesFloor, $"{good} pages at F1 >= 0.9, floor {GoodPagesFloor}");
    }
}
