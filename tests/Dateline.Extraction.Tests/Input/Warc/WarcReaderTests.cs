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
}
