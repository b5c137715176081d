// Speed benchmark: Dateline's HTML extraction against SmartReader over the same pages, one thread, one run.
// usage: dotnet run -c Release --project bench/Dateline.Bench [PAGES_DIR] [--rounds N]
// Pages are read and decompressed before timing; each extractor gets one warm-up pass, then N timed rounds in which
// the extractors take turns on each page.
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Extraction;

var dir = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
          ?? Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/data/extraction/dev/pages");
var roundsAt = Array.IndexOf(args, "--rounds");
var rounds = roundsAt >= 0 && roundsAt + 1 < args.Length ? int.Parse(args[roundsAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 3;
if (!Directory.Exists(dir))
{
    Console.Error.WriteLine($"bench: no pages at {dir} (give the folder of .html.gz pages)");
    return 2;
}

var pages = Directory.GetFiles(dir, "*.html.gz").Order(StringComparer.Ordinal).Select(path =>
{
    using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
    using var ms = new MemoryStream();
    gz.CopyTo(ms);
    return (Id: Path.GetFileName(path), Bytes: ms.ToArray());
}).ToList();

var pipeline = new PipelineBuilder().UseExtraction().Build();
long datelineChars = 0, smartChars = 0;

// The three runners take turns page by page, so that a busy neighbour on a shared machine slows them alike and the
// ratio stays fair; each gets one warm-up pass first, then every call is timed on its own.
var parser = new AngleSharp.Html.Parser.HtmlParser();
var runners = new (string Name, Action<(string Id, byte[] Bytes)> Run)[]
{
    // Both get the same input: Dateline decodes the bytes itself; SmartReader is handed the UTF-8 text.
    ("Dateline", p => datelineChars += pipeline.Process(new RawPage(p.Id, p.Id, p.Bytes)).Document?.Text.Length ?? 0),
    ("SmartReader", p => smartChars += new SmartReader.Reader("https://example.com/" + p.Id, Encoding.UTF8.GetString(p.Bytes)).GetArticle().TextContent?.Length ?? 0),

    // The parse alone (AngleSharp, as both extractors use) bounds what any AngleSharp-based extractor can reach.
    ("parse only", p => smartChars += parser.ParseDocument(Encoding.UTF8.GetString(p.Bytes)).Body?.ChildElementCount ?? 0),
};
var ticks = new long[runners.Length];
foreach (var page in pages)
{
    foreach (var runner in runners)
    {
        runner.Run(page);
    }
}

for (var r = 0; r < rounds; r++)
{
    foreach (var page in pages)
    {
        for (var k = 0; k < runners.Length; k++)
        {
            long start = Stopwatch.GetTimestamp();
            runners[k].Run(page);
            ticks[k] += Stopwatch.GetTimestamp() - start;
        }
    }
}

double Rate(int k) => pages.Count * rounds / ((double)ticks[k] / Stopwatch.Frequency);
var dateline = Rate(0);
var smart = Rate(1);
var parseOnly = Rate(2);

Console.WriteLine($"pages: {pages.Count} x {rounds} rounds, one thread, extractors interleaved page by page");
Console.WriteLine($"parse only    {parseOnly,8:F1} pages/s (AngleSharp, the floor under both)");
Console.WriteLine($"Dateline      {dateline,8:F1} pages/s");
Console.WriteLine($"SmartReader   {smart,8:F1} pages/s");
Console.WriteLine($"ratio         {dateline / smart,8:F2}x");
return datelineChars > 0 && smartChars > 0 ? 0 : 1;
