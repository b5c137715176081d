using Dateline.Core.Pipeline;
using Dateline.Core.Running;
using Dateline.Extraction.Input;

namespace Dateline.Extraction.Tests.Input;

/// <summary>The one reader every command uses: files, directories, gzip, JSON Lines, WARC and stdin.</summary>
public sealed class CollectionReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dateline-reader-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("{\"id\":\"a\",\"text\":\"First story about the harbour.\"}\n{\"id\":\"b\",\"text\":\"Second story.\"}\n", 2)]
    [InlineData("WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n", 1)]
    [InlineData("Just a plain text page on stdin.", 1)]
    public void StdinIsStreamedByWhatItHolds(string content, int pages)
    {
        var reader = new CollectionReader(openStdin: () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)));
        var items = reader.Read(["-"]).ToList();
        Assert.Equal(pages, items.Count);
        Assert.All(items, i => Assert.NotNull(i.Page));
    }

    // A gzipped page on stdin whose trailer checksum is wrong was a `truncated` failure ("compressed data is corrupt"):
    // the streaming decoder drops what the read that met the trailer held. Given as a file it was salvaged.
    [Theory]
    [InlineData(1)]
    [InlineData(4000)] // past the 64 KB the reader buffers while it tells what the input is
    public void AGzippedPageOnStdinWithAWrongChecksumIsKeptWithAWarning(int paragraphs)
    {
        var page = System.Text.Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Range(0, paragraphs).Select(i => $"<p>Paragraph {i} of the story about the harbour.</p>")) + "</body></html>");
        var gz = Gzip(page);
        gz[^8] ^= 0xFF;
        var item = Assert.Single(new CollectionReader(openStdin: () => new MemoryStream(gz)).Read(["-"]));
        Assert.Null(item.Error);
        Assert.Equal(page, item.Page!.Bytes.ToArray());
        Assert.Contains(item.Page.Warnings, w => w.Contains("wrong checksum", StringComparison.Ordinal));
    }

    [Fact]
    public void GzippedJsonLinesOnStdinAreStillStreamedAndAWholeGzippedPageReadWithoutAWarning()
    {
        var lines = Gzip(System.Text.Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"First story.\"}\n{\"id\":\"b\",\"text\":\"Second story.\"}\n"));
        Assert.Equal(["a", "b"], new CollectionReader(openStdin: () => new MemoryStream(lines)).Read(["-"]).Select(i => i.Id));
        var page = System.Text.Encoding.UTF8.GetBytes("<html><body><p>A whole page.</p></body></html>");
        var item = Assert.Single(new CollectionReader(openStdin: () => new MemoryStream(Gzip(page))).Read(["-"]));
        Assert.Equal(page, item.Page!.Bytes.ToArray());
        Assert.Empty(item.Page.Warnings);
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    [Fact]
    public void ADirectoryGivesItsPagesJsonLinesAndWarcRecordsInAStableOrder()
    {
        File.WriteAllText(Path.Combine(_dir, "b.jsonl"), "{\"id\":\"j1\",\"text\":\"First story.\",\"date\":\"2024-01-02\"}\nnot json\n{\"id\":\"j2\",\"html\":\"<p>x</p>\"}\n");
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "A page.");
        File.WriteAllText(Path.Combine(_dir, "c.warc"), "WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n");
        File.WriteAllText(Path.Combine(_dir, "d.png"), "not a page");
        var items = new CollectionReader().Read([_dir]).ToList();
        Assert.Equal(["a", "j1", "b-2", "j2", "c-r0", "d.png"], items.Select(i => i.Id));
        Assert.Contains("not a page", items[5].SkipReason, StringComparison.Ordinal);
        Assert.Equal(ErrorKinds.Malformed, items[2].Error!.Kind);
        Assert.Equal($"{Path.Combine(_dir, "b.jsonl")}:2", items[2].Source);
        Assert.Equal("2024-01-02", items[1].Page!.Supplied!.Published);
    }

    [Fact]
    public void AFileReadAsJsonLinesWhateverItsNameTakesDctAsTheDate()
    {
        var path = Path.Combine(_dir, "texts.txt");
        File.WriteAllText(path, "{\"id\":\"t1\",\"text\":\"Given text.\",\"dct\":\"1998-02-03\"}\n");
        var item = Assert.Single(new CollectionReader().ReadJsonLines(path));
        Assert.Equal("t1", item.Id);
        Assert.Equal("Given text.", item.Page!.PreDecodedText);
        Assert.Equal("1998-02-03", item.Page.Supplied!.Published);
    }

    [Fact]
    public void TheContentHashIgnoresWhereTheInputCameFrom()
    {
        File.WriteAllText(Path.Combine(_dir, "one.txt"), "Same words.");
        File.WriteAllText(Path.Combine(_dir, "two.txt"), "Same words.");
        var items = new CollectionReader().Read([_dir]).ToList();
        Assert.Equal(items[0].ContentHash, items[1].ContentHash);
        Assert.NotEqual(items[0].ContentHash, InputItem.Failed("x", "one.txt", ErrorKinds.NotFound, "gone").ContentHash);
    }
}
