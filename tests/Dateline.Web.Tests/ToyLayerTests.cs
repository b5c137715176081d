using System.Collections.Immutable;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Output;
using Dateline.Core.Pipeline;
using Dateline.Core.Running;
using Dateline.Extraction;
using Dateline.Store;

namespace Dateline.Web.Tests;

/// <summary>A shouted word ("NEVER"): the toy layer's record.</summary>
public sealed record Shout(TextSpan Span, int Letters) : IAnnotation;

/// <summary>
/// The toy layer, described once, in the test assembly: its JSON, its table, its marks and its panel. Nothing in
/// Store or Web names it; they iterate the registered layers.
/// </summary>
public sealed class ShoutsLayer : Layer<Shout>
{
    private ShoutsLayer()
        : base("shouts")
    {
    }

    public static ShoutsLayer Instance { get; } = new();

    public override StoredTable Table { get; } = new("shouts", StoredColumn.OwnSpan, StoredColumn.Integer("letters"));

    public override IReadOnlyList<LegendEntry> Legend { get; } = [new("shout", "shout")];

    public override PagePanel? Panel(Document document)
        => document.Layer<Shout>().IsEmpty
            ? null
            : new PagePanel("Shouts", PanelPlace.Side, [.. document.Layer<Shout>().Select(s => new PanelItem(new PageText(document.TextOf(s.Span)) { Class = "shout" }, new PageText($" ({s.Letters} letters)")))]) { Class = "shouts" };

    protected override void WriteRecord(Utf8JsonWriter writer, Shout record, ArticleJsonContext context)
    {
        JsonFields.WriteSpanFields(writer, context.Document, record.Span);
        writer.WriteNumber("letters", record.Letters);
    }

    protected override Shout ReadRecord(JsonElement json, Document document) => new(JsonFields.ReadSpan(json), JsonFields.Int(json, "letters"));

    protected override object?[] ToRow(Shout record, Document document) => [record.Span, (long)record.Letters];

    protected override Shout FromRow(StoredRow row, Document document) => new(row.RequiredSpan(0), (int)row.Integer(1)!.Value);

    protected override InlineMark Mark(Shout record, Document document) => new(record.Span, "shout") { Title = $"shouted ({record.Letters} letters)" };
}

/// <summary>The toy layer's component: words of three or more capital letters.</summary>
public sealed class ShoutFinder : IPipelineComponent
{
    public string Name => "shouts";

    public IReadOnlyList<Capability> Requires => [Capability.Text];

    public IReadOnlyList<Capability> Assigns => [ShoutsLayer.Instance];

    public Document Process(Document document, ProcessingContext context)
    {
        var shouts = ImmutableArray.CreateBuilder<Shout>();
        var text = document.Text;
        for (var i = 0; i < text.Length;)
        {
            var end = i;
            while (end < text.Length && char.IsAsciiLetterUpper(text[end]))
            {
                end++;
            }

            var word = (i == 0 || !char.IsLetter(text[i - 1])) && (end == text.Length || !char.IsLetter(text[end]));
            if (end - i >= 3 && word)
            {
                shouts.Add(new Shout(new TextSpan(i, end), end - i));
            }

            i = Math.Max(end, i + 1);
        }

        return document.WithLayer(shouts.ToImmutable());
    }
}

/// <summary>The one registration line a new layer needs.</summary>
public static class ShoutsPipelineBuilderExtensions
{
    public static PipelineBuilder UseShouts(this PipelineBuilder builder) => builder.Add(new ShoutFinder());
}

/// <summary>
/// The worked example of docs/architecture.md: a layer registered from outside the product goes through the pipeline,
/// into the SQLite store and back, into export, into /api/articles/{id} and onto the article page.
/// </summary>
public sealed class ToyLayerTests
{
    private const string Page = """
        Council votes on budget

        The council said it would NEVER close the library, and the mayor called the plan GOOD NEWS for readers.

        A second paragraph says the vote will come next week, after a public hearing on the plan.
        """;

    private static readonly PipelineBuilder Builder = new PipelineBuilder().UseExtraction().UseShouts();

    private static Document Processed()
    {
        var result = new DocumentRunner(Builder.Build()).ProcessOne(InputItem.Read(new RawPage("toy", "toy.txt", System.Text.Encoding.UTF8.GetBytes(Page))));
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Document;
    }

    [Fact]
    public void TheToyLayerIsRegisteredByItsComponentAndMadeByThePipeline()
    {
        Assert.Contains(ShoutsLayer.Instance, Builder.Layers);
        var document = Processed();
        Assert.Equal(["NEVER", "GOOD", "NEWS"], document.Layer<Shout>().Select(s => document.TextOf(s.Span)));
        var json = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(json))
        {
            new ArticleJsonWriter(Builder.Layers).Write(writer, document);
        }

        var back = new ArticleJsonReader(Builder.Layers).Read(JsonDocument.Parse(json.WrittenMemory).RootElement);
        Assert.Equal([.. document.Layer<Shout>()], [.. back.Layer<Shout>()]);
    }

    [Fact]
    public void TheToyLayerIsStoredReadBackAndExported()
    {
        var document = Processed();
        var dir = Directory.CreateTempSubdirectory("dateline-toy-").FullName;
        var testStore = TestStore.Create(dir);
        try
        {
            using (var store = StoreAddress.Open(testStore.Address, Builder.Layers))
            {
                store.Write([new ArticleRecord("hash-toy", "toy.txt", document, null)]);
                var stored = store.Find("toy")!;
                Assert.Equal([.. document.Layer<Shout>()], [.. stored.Document.Layer<Shout>()]);

                var table = store.ExportTables().Single(t => t.Name == "shouts");
                Assert.Equal(["article", "position", "start", "end", "text", "letters"], table.Columns.Select(c => c.Name));
                Assert.Equal(["toy|0|NEVER|5", "toy|1|GOOD|4", "toy|2|NEWS|4"], table.ReadRows().Select(r => $"{r[0]}|{r[1]}|{r[4]}|{r[5]}"));
            }

            // A store opened again without the toy layer keeps its table untouched; with it, reads it back.
            using (var plain = StoreAddress.Open(testStore.Address, new PipelineBuilder().UseExtraction().Layers))
            {
                Assert.Empty(plain.Find("toy")!.Document.Layer<Shout>());
            }

            using (var again = StoreAddress.Open(testStore.Address, Builder.Layers))
            {
                Assert.Equal(3, again.Find("toy")!.Document.Layer<Shout>().Length);
            }
        }
        finally
        {
            testStore.Dispose();
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task TheToyLayerIsInTheApiArticleAndOnTheArticlePage()
    {
        var document = Processed();
        void Seed(string address, LayerSet layers)
        {
            using var store = StoreAddress.Open(address, layers);
            store.Write([new ArticleRecord("hash-toy", "toy.txt", document, null)]);
        }

        await using var server = new WebServer(allowProcess: false, Seed, Builder);
        await server.InitializeAsync();

        var article = await ProblemJson.Ok(server.Client, "api/articles/toy");
        var shouts = article.GetProperty("shouts").EnumerateArray().ToList();
        Assert.Equal(["NEVER", "GOOD", "NEWS"], shouts.Select(s => s.GetProperty("text").GetString()));
        Assert.Equal(5, shouts[0].GetProperty("letters").GetInt32());
        Assert.Equal(3, article.GetProperty("store").GetProperty("layers").GetProperty("shouts").GetInt32());

        using var response = await server.Client.GetAsync("articles/toy");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(["NEVER", "GOOD", "NEWS"], page.QuerySelectorAll("#text span.shout").Select(e => e.TextContent));
        Assert.Equal("shouted (5 letters)", page.QuerySelector("#text span.shout")!.GetAttribute("title"));
        Assert.Equal(3, page.QuerySelectorAll("aside ul.shouts li").Length);

        // Its switch, with its legend, off by default (only entity mentions start on): its marks start hidden.
        var toggle = page.QuerySelector("fieldset.layers input.layer-toggle[data-layer=layer-shouts]")!;
        Assert.False(toggle.HasAttribute("checked"));
        Assert.Contains("shout", page.QuerySelectorAll("fieldset.layers .swatch").Select(e => e.TextContent));
        Assert.All(page.QuerySelectorAll("#text span.shout"), e => Assert.Equal("shout layer-shouts mark-off", e.GetAttribute("class")));
    }
}
