// Dateline from another .NET program, through its NuGet packages: build the pipeline, run it on a page's bytes, read
// the layers, store the article and export it. Usage: dotnet run -- [PAGE.html|PAGE.txt] (a page of its own otherwise).
using System.Text;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Core.Running;
using Dateline.Extraction;
using Dateline.Language;
using Dateline.Language.Quotes;
using Dateline.Language.Times;
using Dateline.Store;
using Dateline.Store.Export;
using Dateline.Store.Search;
using Dateline.Store.Sqlite;

const string Page = """
    <html><head><title>Harbour reopens after repairs | Coast News</title>
    <meta name="author" content="Maria Keller"><meta property="article:published_time" content="2024-03-07"></head>
    <body><article><h1>Harbour reopens after repairs</h1>
    <p>HALIFAX, Nova Scotia (CP) — The harbour of Halifax reopened on Wednesday after eight months of repairs that cost $40 million.</p>
    <p>"This is the biggest investment in the waterfront in a generation," harbour master Denise Fraser told reporters.</p>
    <p>Fishing boats returned the same afternoon, and the market will open again on March 9.</p>
    </article></body></html>
    """;

var bytes = args.Length > 0 ? File.ReadAllBytes(args[0]) : Encoding.UTF8.GetBytes(Page);
var pipeline = new PipelineBuilder().UseExtraction().UseLanguage().Build();
var page = new RawPage("example", args.Length > 0 ? args[0] : "example.html", bytes);
var result = pipeline.Process(page);
var article = result.Document ?? throw new InvalidDataException($"{result.Error?.Kind}: {result.Error?.Message}");

Console.WriteLine($"title:     {article.Metadata.Title}");
Console.WriteLine($"published: {article.Metadata.Published}  authors: {string.Join(", ", article.Metadata.Authors)}");
Console.WriteLine($"layers:    {pipeline.Layers}");
foreach (var entity in article.Entities)
{
    Console.WriteLine($"entity:    {entity.Label.Code(),-6} {entity.Name} ({entity.Mentions.Count} mention(s))");
}

foreach (var quote in article.Layer<Quote>())
{
    var speaker = article.Entities.FirstOrDefault(e => e.Id == quote.SpeakerId)?.Name ?? "unknown";
    Console.WriteLine($"quote:     {article.TextOf(quote.Span)} — {speaker} ({quote.Cue})");
}

foreach (var time in article.Layer<TimeExpression>())
{
    Console.WriteLine($"time:      {article.TextOf(time.Span)} = {time.Value}");
}

// The store and an export, in a temporary folder.
var folder = Directory.CreateTempSubdirectory("dateline-example-").FullName;
long exported = 0;
try
{
    using (var store = SqliteArticleStore.Open(Path.Combine(folder, "news.db"), pipeline.Layers))
    {
        store.Write([new ArticleRecord(ContentHash.Of(page), page.Source, article, null)]);
        var word = article.Metadata.Title?.Split(' ')[0] ?? "the";
        Console.WriteLine($"search:    '{word}' finds {store.Search(new SearchQuery(word)).Count} article(s)");
        StoreExporter.Export(store, ExportFormat.Jsonld, folder, (path, rows) => exported = rows);
    }

    var line = File.ReadLines(Path.Combine(folder, "articles.jsonld")).First();
    Console.WriteLine($"jsonld:    {exported} article(s): {line[..Math.Min(120, line.Length)]}…");
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

// A run that found nothing fails, so CI notices a package that loads but does not work.
return exported == 1 && !article.Entities.IsEmpty ? 0 : 1;
