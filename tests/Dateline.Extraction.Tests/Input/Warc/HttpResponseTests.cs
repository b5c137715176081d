using System.IO.Compression;
using System.Text;
using Dateline.Extraction.Input.Warc;

namespace Dateline.Extraction.Tests.Input.Warc;

/// <summary>HTTP responses as crawls store them, bodies in every content encoding, whole and damaged.</summary>
public sealed class HttpResponseTests
{
    private const string Page = "<html><body><p>The council met on Monday and agreed on a new budget.</p></body></html>";

    private static byte[] Response(string headers, byte[] body) => [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n{headers}\r\n"), .. body];

    private static byte[] Compress(Func<Stream, Stream> open, byte[] data)
    {
        using var output = new MemoryStream();
        using (var stream = open(output))
        {
            stream.Write(data);
        }

        return output.ToArray();
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public void AnEncodedBodyIsDecoded(string encoding)
    {
        var data = Encoding.UTF8.GetBytes(Page);
        var body = encoding switch
        {
            "gzip" => Compress(s => new GZipStream(s, CompressionLevel.Fastest), data),
            "deflate" => Compress(s => new ZLibStream(s, CompressionLevel.Fastest), data),
            _ => Compress(s => new BrotliStream(s, CompressionLevel.Fastest), data),
        };

        Assert.Equal(Page, Encoding.UTF8.GetString(HttpResponse.Parse(Response($"Content-Encoding: {encoding}\r\n", body), 1 << 20)!.Body));
    }

    // Brotli's decoder throws InvalidOperationException on bad data (gzip's and deflate's throw InvalidDataException):
    // once it escaped the reader and ended the whole run of extract, ingest or a worker.
    [Theory]
    [InlineData("br")]
    [InlineData("deflate")]
    [InlineData("gzip")]
    public void ABodyThatIsNotValidInItsEncodingIsKeptAsStored(string encoding)
    {
        byte[] body = [0x1f, 0x8b, .. Enumerable.Repeat((byte)0xFF, 300), .. Encoding.UTF8.GetBytes(Page)];
        var response = HttpResponse.Parse(Response($"Content-Encoding: {encoding}\r\n", body), 1 << 20)!;
        Assert.Equal(body, response.Body);
    }

    [Fact]
    public void ABodyThatInflatesBeyondTheLimitIsMarkedOversize()
    {
        var bomb = Compress(s => new GZipStream(s, CompressionLevel.Optimal), new byte[4 << 20]);
        var response = HttpResponse.Parse(Response("Content-Encoding: gzip\r\n", bomb), 1 << 20)!;
        Assert.True(response.Oversize);
    }
}
