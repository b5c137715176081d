using System.Text;
using Dateline.Core.Pipeline;
using Dateline.Core.Running;
using Dateline.Extraction.Input;
using Dateline.Extraction.Input.Warc;
using Dateline.Tests;

namespace Dateline.Extraction.Tests.Input.Warc;

/// <summary>Record counts a reader must find in the real WARC files of ../shared/data/warc (see its README).</summary>
public class WarcReaderTests
{
    private static List<object> ReadAll(string name)
    {
        var path = SharedData.Require("data", "warc", name);
        using var stream = WarcReader.Unwrap(File.OpenRead(path));
        return [.. new WarcReader().Read(stream)];
    }

    private static Dictionary<string, int> CountByType(List<object> records)
        => records.OfType<WarcRecord>().GroupBy(r => r.Type ?? "?").ToDictionary(g => g.Key, g => g.Count());

    private static bool IsHtmlResponse(WarcRecord r)
        => r.Type == "response" && r.ContentType?.Contains("application/http", StringComparison.OrdinalIgnoreCase) == true
           && r.Block is { } b && HttpResponse.Parse(b, long.MaxValue)?.ContentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true;

    [Fact]
    public void HeritrixCrawlHas190RecordsAnd36HtmlResponses()
    {
        var records = ReadAll("heritrix-datagovuk-2014.warc.gz");
        Assert.Empty(records.OfType<WarcMalformedRecord>());
        Assert.Equal(190, records.Count);
        var types = CountByType(records);
        Assert.Equal(1, types["warcinfo"]);
        Assert.Equal(62, types["request"]);
        Assert.Equal(65, types["response"]);
        Assert.Equal(62, types["metadata"]);
        var html = records.OfType<WarcRecord>().Where(IsHtmlResponse).ToList();
        Assert.Equal(36, html.Count);
        Assert.Equal(32, html.Count(r => HttpResponse.Parse(r.Block!, long.MaxValue)!.StatusCode == 200));
        Assert.Equal(3, records.OfType<WarcRecord>().Count(r => r.Type == "response" && r.TargetUri!.StartsWith("dns:", StringComparison.Ordinal)));
        Assert.All(records.OfType<WarcRecord>(), r => Assert.False(r.Truncated));
    }

    [Fact]
    public void ChunkedBodyIsDechunked()
    {
        var records = ReadAll("iana-chunked.warc");
        Assert.Equal(3, records.Count);
        var types = CountByType(records);
        Assert.Equal(1, types["warcinfo"]);
        Assert.Equal(1, types["request"]);
        Assert.Equal(1, types["response"]);
        var response = records.OfType<WarcRecord>().Single(r => r.Type == "response");
        var http = HttpResponse.Parse(response.Block!, long.MaxValue)!;
        Assert.Equal(7223, http.Body.Length);
        var html = Encoding.UTF8.GetString(http.Body);
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ClueWebQuirksAreTolerated()
    {
        var records = ReadAll("clueweb09-quirks.warc.gz");
        Assert.Empty(records.OfType<WarcMalformedRecord>());
        Assert.Equal(30, records.Count);
        var warc = records.OfType<WarcRecord>().ToList();
        Assert.All(warc, r => Assert.Equal("WARC/0.18", r.Version));
        Assert.Equal(29, warc.Count(r => r.Type == "response"));
        Assert.Equal(29, warc.Count(IsHtmlResponse));

        // The invalid WARC-Date does not parse and does not break the record.
        Assert.Contains(warc, r => r.Header("WARC-Date") is not null && r.Date is null);
        var http = HttpResponse.Parse(warc.First(r => r.Type == "response").Block!, long.MaxValue)!;
        Assert.Equal("EUC-JP", http.Charset, ignoreCase: true);

        // Content-Encoding: gzip over a plain body: the body is kept as stored.
        Assert.Equal("gzip", http.Header("Content-Encoding"));
        Assert.Contains("<html", Encoding.Latin1.GetString(http.Body), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ClippedRecordIsReturnedPartialAndMarkedTruncated()
    {
        var records = ReadAll("news-clipped.warc.gz");
        var record = Assert.IsType<WarcRecord>(Assert.Single(records));
        Assert.Equal("response", record.Type);
        Assert.True(record.Truncated);
        Assert.Equal(88275, record.ContentLength);
        Assert.Equal(75207, record.Block!.Length);
        Assert.StartsWith("HTTP/", Encoding.ASCII.GetString(record.Block, 0, 5), StringComparison.Ordinal);
    }

    [Fact]
    public void PageReaderGivesHtmlPagesWithCharsetAndUrl()
    {
        var reader = new CollectionReader();
        var progress = new ReadProgress();
        var heritrix = reader.ReadFile(SharedData.Require("data", "warc", "heritrix-datagovuk-2014.warc.gz"), progress).ToList();
        Assert.Equal(32, heritrix.Count);
        Assert.All(heritrix, i => Assert.NotNull(i.Page?.Url));

        var clue = reader.ReadFile(SharedData.Require("data", "warc", "clueweb09-quirks.warc.gz"), progress).ToList();
        Assert.Equal(29, clue.Count);
        Assert.All(clue, i => Assert.Equal("EUC-JP", i.Page!.DeclaredCharset, ignoreCase: true));

        var clipped = Assert.Single(reader.ReadFile(SharedData.Require("data", "warc", "news-clipped.warc.gz"), progress));
        Assert.NotNull(clipped.Page);
        Assert.Contains(clipped.Page.Warnings, w => w.Contains("truncated", StringComparison.Ordinal));
    }

    [Fact]
    public void MalformedRecordIsReportedAndReaderResynchronises()
    {
        var good = "WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n";
        var bad = "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: banana\r\n\r\nxx\r\n\r\n";
        var junk = "this is not a record\r\n";
        var bytes = Encoding.ASCII.GetBytes(good + bad + junk + good);
        var records = new WarcReader().Read(new MemoryStream(bytes)).ToList();
        Assert.Equal(2, records.OfType<WarcRecord>().Count());
        Assert.NotEmpty(records.OfType<WarcMalformedRecord>());
        Assert.All(records.OfType<WarcRecord>(), r => Assert.Equal("hello", Encoding.ASCII.GetString(r.Block!)));

        var items = new WarcPageReader(InputOptions.Default).Read(new MemoryStream(bytes), "x.warc", "x").ToList();
        Assert.Equal(2, items.Count(i => i.Page is not null));
        Assert.Contains(items, i => i.Error?.Kind == ErrorKinds.Malformed);
    }

    // A header of 400,000 folded continuation lines (1.6 MB) took 32 s of CPU: each line copied the field's value so
    // far. Lines count against the header's limit, continuation lines too, and the record after it is read.
    [Fact]
    public void AHeaderOfEndlessContinuationLinesIsMalformedAtOnceAndTheNextRecordIsRead()
    {
        var good = "WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n";
        var folded = "WARC/1.0\r\nWARC-Type: resource\r\nX-Folded: a\r\n" + string.Concat(Enumerable.Repeat(" c\r\n", 400_000)) + "Content-Length: 2\r\n\r\nxx\r\n\r\n";
        // Tests never assert on time: the message below comes only from the line limit, which is what bounds the work.
        var records = new WarcReader().Read(new MemoryStream(Encoding.ASCII.GetBytes(folded + good))).ToList();
        Assert.Contains("oversized header", Assert.IsType<WarcMalformedRecord>(records[0]).Message, StringComparison.Ordinal);
        Assert.Equal("hello", Encoding.ASCII.GetString(Assert.IsType<WarcRecord>(records[^1]).Block!));
    }

    [Fact]
    public void AFewContinuationLinesAreJoinedToTheirField()
    {
        var bytes = Encoding.ASCII.GetBytes("WARC/1.0\r\nWARC-Type: resource\r\nX-Folded: a\r\n b\r\n\tc\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n");
        var record = Assert.IsType<WarcRecord>(Assert.Single(new WarcReader().Read(new MemoryStream(bytes))));
        Assert.Equal("a b c", record.Header("X-Folded"));
    }

    private static string Resource(int i, int length = 5)
        => $"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:{i}>\r\nContent-Type: text/plain\r\nContent-Length: {length}\r\n\r\n" + $"r{i:D4}"[..5] + "\r\n\r\n";

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Optimal))
        {
            // Incompressible padding, so a member is larger than the reader's raw window, as records are.
            gzip.Write(Encoding.ASCII.GetBytes(text));
        }

        return buffer.ToArray();
    }

    private static List<string> Blocks(IEnumerable<object> records)
        => [.. records.OfType<WarcRecord>().Select(r => Encoding.ASCII.GetString(r.Block!))];

    [Fact]
    public void ABlockClaimingMoreThanAnyPageEndsWhereTheNextRecordBegins()
    {
        var lying = "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 1000000000000\r\n\r\nxx\r\n\r\n";
        var bytes = Encoding.ASCII.GetBytes(Resource(1) + lying + Resource(2));
        var records = new WarcReader().Read(new MemoryStream(bytes)).ToList();
        Assert.Equal(["r0001", "r0002"], Blocks(records));
        Assert.Single(records.OfType<WarcMalformedRecord>());
    }

    [Fact]
    public void ReadingGoesOnAfterADamagedGzipMemberAndReadsNoRecordTwice()
    {
        // Members in a real file are KBs long: each holds a small record and a metadata record of random text.
        var random = new Random(5);
        List<byte[]> members = [.. Enumerable.Range(0, 40).Select(i =>
        {
            var noise = new string([.. Enumerable.Range(0, 3000).Select(_ => (char)random.Next('a', 'z' + 1))]);
            return Gzip(Resource(i) + $"WARC/1.0\r\nWARC-Type: metadata\r\nWARC-Record-ID: <urn:uuid:m{i}>\r\nContent-Length: {noise.Length}\r\n\r\n{noise}\r\n\r\n");
        })];
        var damaged = members[12];
        // Flipped bytes in the middle: found by the decoder, or at the latest by the member's CRC.
        for (var b = damaged.Length / 2; b < damaged.Length / 2 + 16; b++)
        {
            damaged[b] ^= 0x5a;
        }

        members[30][0] = 0; // a member whose header is broken

        var file = members.SelectMany(m => m).ToArray();
        using var stream = WarcReader.Unwrap(new MemoryStream(file));
        var records = new WarcReader().Read(stream).ToList();
        var blocks = Blocks(records.OfType<WarcRecord>().Where(r => r.Type == "resource"));
        // Member 12 is damaged in its metadata record (its small record before the damage is read); member 30 is lost.
        Assert.Equal(Enumerable.Range(0, 40).Where(i => i != 30).Select(i => $"r{i:D4}"), blocks);
        var metadata = records.OfType<WarcRecord>().Where(r => r.Type == "metadata").Select(r => r.Header("WARC-Record-ID")).ToList();
        Assert.Equal(Enumerable.Range(0, 40).Where(i => i is not 12 and not 30).Select(i => $"<urn:uuid:m{i}>"), metadata);
        Assert.Equal(2, records.OfType<WarcMalformedRecord>().Count());
    }
}
