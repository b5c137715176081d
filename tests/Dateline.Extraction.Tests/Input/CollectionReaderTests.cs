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
