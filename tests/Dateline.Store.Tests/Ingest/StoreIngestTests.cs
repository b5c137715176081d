using Dateline.Core.Pipeline;
using Dateline.Core.Running;
using Dateline.Extraction;
using Dateline.Extraction.Input;
using Dateline.Language;
using Dateline.Store.Ingest;
using Dateline.Store.Search;
using Dateline.Tests;

namespace Dateline.Store.Tests.Ingest;

public class StoreIngestTests
{
    private static readonly Pipeline Pipeline = new PipelineBuilder().UseExtraction().UseLanguage().Build();

    private static IngestSummary Ingest(IArticleStore store, IEnumerable<string> paths, long pageLimit = 32 * 1024 * 1024)
    {
        var inputs = new CollectionReader(InputOptions.Default with { MaxPageBytes = pageLimit }).Read(paths);
        var runner = new DocumentRunner(Pipeline, new RunnerOptions { Workers = 2, PerDocumentLimit = TimeSpan.FromSeconds(20) });
        return new StoreIngest(runner, store, new IngestOptions { BatchSize = 16 }).Run(inputs);
    }

    [Fact]
    public void HostileFilesEndAsFailuresOrStoredDocumentsWithoutCrashing()
    {
        using var t = new TempStore();
        var folder = Path.Combine(t.Directory, "hostile");
        var files = HostileFiles.Generate(folder);
        Assert.True(files.Count >= 20, $"only {files.Count} kinds of hostile file");

        var summary = Ingest(t.Store, [folder], HostileFiles.PageLimit);

        // Every input is accounted for: stored once, recorded as a failure with a reason, skipped as a twin of one
        // stored, or passed over by the reader with its reason.
        var stats = t.Store.Stats();
        Assert.Equal(summary.Read, stats.Articles + stats.Failures + summary.Skipped + summary.PassedOver);
        Assert.Equal(files.Sum(f => f.Expected.Count(o => o.Kind == HostileOutcomeKind.Skipped)), summary.PassedOver);
        Assert.Equal(summary.Stored, stats.Articles);
        Assert.Equal(summary.Failed, stats.Failures);
        var failures = t.Store.ExportTables().Single(x => x.Name == "failures").ReadRows()
            .Select(r => (Input: (string)r[1]!, Kind: (string)r[2]!, Message: (string)r[3]!)).ToList();
        Assert.All(failures, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
        foreach (var file in files)
        {
            var expectedKinds = file.Expected.Where(o => o.Kind == HostileOutcomeKind.Failure).Select(o => o.Detail!).ToList();
            var got = failures.Where(f => file.Owns(f.Input, folder)).Select(f => f.Kind).ToList();
            foreach (var kind in expectedKinds.Distinct())
            {
                Assert.True(
                    got.Count(k => k == kind) >= expectedKinds.Count(k => k == kind),
                    $"{file.Name} ({file.What}): expected {expectedKinds.Count(k => k == kind)} '{kind}' failure(s); got {string.Join("; ", got)}");
            }
        }

        // The good record after a malformed one, the good JSON line and the first member of a cut gzip WARC are kept.
        Assert.NotEmpty(t.Store.Search(new SearchQuery("library")));
        Assert.True(t.Store.Search(new SearchQuery("council budget")).Count >= 1);

        // A second run skips everything: nothing is stored or recorded twice.
        var again = Ingest(t.Store, [folder], HostileFiles.PageLimit);
        Assert.Equal(0, again.Stored + again.Failed);
        Assert.Equal(summary.Read - summary.PassedOver, again.Skipped);
        Assert.Equal(stats, t.Store.Stats() with { BySource = stats.BySource, ByMonth = stats.ByMonth, ByEntityType = stats.ByEntityType, FailuresByKind = stats.FailuresByKind });
    }

    [Fact]
    public void CorpusIngestIsIdempotentAndSearchable()
    {
        using var t = new TempStore();
        var corpus = SharedData.Require("data", "corpus", "wikinews_en.jsonl.gz");
        var first = Ingest(t.Store, [corpus]);
        Assert.Equal(336, first.Read);
        Assert.Equal(336, first.Stored + first.Failed);
        Assert.True(first.Stored >= 330, $"only {first.Stored} of 336 Wikinews articles stored");

        var second = Ingest(t.Store, [corpus]);
        Assert.Equal(336, second.Skipped);
        Assert.Equal(first.Stored, t.Store.Stats().Articles);

        var hits = t.Store.Search(new SearchQuery("earthquake") { From = "2020-01-01", To = "2020-12-31" });
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.StartsWith("2020", h.Published, StringComparison.Ordinal));
        Assert.All(hits, h => Assert.Contains("<mark>", h.Snippet, StringComparison.Ordinal));
        Assert.Equal(first.Stored, t.Store.Stats().BySource.Values.Sum());
    }

    [Fact]
    public void WarcFilesIngestTheirHtmlPages()
    {
        using var t = new TempStore();
        var folder = SharedData.Require("data", "warc");
        var summary = Ingest(t.Store, [folder]);

        // 32 HTML 200 responses (Heritrix) + 1 (IANA) + 29 (ClueWeb) + 1 cut-off news page; README.md is passed over.
        Assert.Equal(64, summary.Read);
        Assert.Equal(1, summary.PassedOver);
        Assert.Equal(63, summary.Stored + summary.Failed);
        var news = t.Store.Search(new SearchQuery("Chance the Rapper"));
        Assert.NotEmpty(news);
        var article = t.Store.Find(news[0].Id)!;
        Assert.Contains(article.Document.Warnings, w => w.Contains("truncated", StringComparison.Ordinal));
        Assert.StartsWith("http://www.houstonpress.com/", article.Document.Metadata.Url ?? article.Document.Raw.Url, StringComparison.Ordinal);
    }
}
