using System.Net;
using AngleSharp.Html.Parser;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Core.Running;
using Dateline.Extraction;
using Dateline.Language;
using Dateline.Store;

namespace Dateline.Web.Tests;

/// <summary>Real pages (../shared dev-text dumps) through the full pipeline into a store, then served: every article page renders its whole text.</summary>
public sealed class RealPagesTests
{
    private const int PageCount = 25;

    [Fact]
    public async Task EveryStoredRealPageRendersItsText()
    {
        var folder = Dateline.Tests.SharedData.Require("data", "extraction", "dev-text", "pages");
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).Take(PageCount).ToList();
        var pipeline = WebServer.Full().Build();
        var documents = files.Select(f => pipeline.Process(new RawPage(Path.GetFileName(f).Split('.')[0], f, Read(f))))
            .Where(r => r.Succeeded).Select(r => r.Document!).ToList();
        Assert.True(documents.Count >= PageCount - 2, $"only {documents.Count} of {PageCount} pages processed");

        void Seed(string address, Core.Layers.LayerSet layers)
        {
            using var store = StoreAddress.Open(address, layers);
            store.Write([.. documents.Select(d => new ArticleRecord(ContentHash.Of(d.Raw), d.Id, d, null))]);
        }

        await using var server = new WebServer(allowProcess: false, Seed);
        await server.InitializeAsync();
        var parser = new HtmlParser();
        foreach (var d in documents)
        {
            using var response = await server.Client.GetAsync("articles/" + Uri.EscapeDataString(d.Id));
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{d.Id}: {(int)response.StatusCode}");
            var textElement = parser.ParseDocument(html).GetElementById("text")!;

            // Speaker tags after quotes are added by the page, not article text.
            foreach (var tag in textElement.QuerySelectorAll(".speaker").ToList())
            {
                tag.Remove();
            }

            var text = textElement.TextContent;
            Assert.Equal(Squeeze(d.Text), Squeeze(text));
        }

        // A word from the first article's title finds it.
        var word = documents.SelectMany(d => (d.Metadata.Title ?? string.Empty).Split(' ')).First(w => w.Length > 6 && w.All(char.IsLetter));
        var search = await server.Client.GetStringAsync("api/search?q=" + Uri.EscapeDataString(word));
        Assert.Contains("\"results\":[{", search, StringComparison.Ordinal);
    }

    private static byte[] Read(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.Ordinal))
        {
            return File.ReadAllBytes(path);
        }

        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static string Squeeze(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
