using System.IO.Compression;
using System.Text;
using Dateline.Core.Pipeline;

namespace Dateline.Tests;

/// <summary>
/// Writes a folder of hostile inputs, one per kind of damage met in real collections or made to break parsers. Sizes
/// assume a page limit of 1 MiB (<see cref="PageLimit"/>). Deterministic: the same files every time.
/// </summary>
public static class HostileFiles
{
    public const long PageLimit = 1024 * 1024;

    public static IReadOnlyList<HostileFile> Generate(string directory)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(42);
        var files = new List<HostileFile>();
        void Bytes(string name, string what, string? kind, byte[] bytes)
        {
            File.WriteAllBytes(Path.Combine(directory, name), bytes);
            files.Add(new HostileFile(name, what, kind));
        }

        void Text(string name, string what, string? kind, string text) => Bytes(name, what, kind, Encoding.UTF8.GetBytes(text));

        var article = "<html><head><title>A fine story</title></head><body><article><h1>A fine story</h1>" +
                      string.Concat(Enumerable.Repeat("<p>The council met on Monday and agreed on a new budget for the town's schools and roads.</p>", 12)) +
                      "</article></body></html>";

        var noise = new byte[20000];
        random.NextBytes(noise);
        Bytes("binary.html", "random bytes", ErrorKinds.Binary, noise);
        var gz = Gzip(Encoding.UTF8.GetBytes(article));
        Bytes("truncated.html.gz", "gzip cut in half", ErrorKinds.Truncated, gz[..(gz.Length / 2)]);
        Bytes("invalid-utf8.html", "invalid UTF-8 sequences in a UTF-8 page", null, [.. Encoding.UTF8.GetBytes(article[..200]), 0xC3, 0x28, 0xA0, 0xA1, 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(article[200..])]);
        Text("oversize.txt", "a text larger than the page limit", ErrorKinds.Oversize, string.Concat(Enumerable.Repeat("All work and no play makes a dull story. ", (int)(PageLimit * 2 / 41))));
        Text("deep-nesting.html", "100,000 nested elements", ErrorKinds.Malformed, "<html><body>" + string.Concat(Enumerable.Repeat("<em>", 100_000)) + "deep" + string.Concat(Enumerable.Repeat("</em>", 100_000)) + "</body></html>");
        Text("deep-formatting.html", "40,000 unclosed formatting elements", ErrorKinds.Malformed, "<html><body>" + string.Concat(Enumerable.Repeat("<b><i><u>", 40_000)) + "text");
        Text("huge-line.txt", "one 600 KB line", null, string.Join(' ', Enumerable.Repeat("word", 120_000)));
        Text("empty.txt", "zero bytes", ErrorKinds.Empty, string.Empty);
        Text("whitespace.txt", "only whitespace", ErrorKinds.Empty, "   \n\n\t\t  \r\n   ");
        Bytes("bom-only.txt", "only a UTF-8 byte order mark", ErrorKinds.Empty, [0xEF, 0xBB, 0xBF]);
        Bytes("nul-bytes.txt", "text with NUL bytes between the letters", ErrorKinds.Binary, [.. Encoding.UTF8.GetBytes("Hello world, this is text.").SelectMany(b => new byte[] { b, 0, 0, 0 })]);
        Bytes("control-chars.txt", "control characters", null, [.. Enumerable.Range(0, 5000).Select(i => (byte)(i % 32))]);
        Bytes("utf16.txt", "UTF-16LE with a byte order mark", null, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("The mayor said on Tuesday that the bridge would reopen in May after repairs.\n\nTraffic will be diverted until then.")]);
        Bytes("zip-bomb.html.gz", "64 MiB of zeros, gzipped", ErrorKinds.Oversize, Gzip(new byte[64 * 1024 * 1024]));
        Bytes("plain-named.html.gz", "plain HTML named .gz", null, Encoding.UTF8.GetBytes(article));
        Text("tag-soup.html", "unclosed attributes and stray angle brackets", null, string.Concat(Enumerable.Repeat("<a href=\"x <p < > <<div class='", 20_000)));
        Text("script-only.html", "a page that is all script", null, "<html><body><script>" + string.Concat(Enumerable.Repeat("var x = '<div>' + 1;\n", 20_000)) + "</script></body></html>");
        Text("long-attribute.html", "an 800 KB attribute", null, "<html><body><div title=\"" + new string('x', 800_000) + "\">Short text.</div></body></html>");
        Bytes("latin1-declared-utf8.html", "Latin-1 bytes in a page that declares UTF-8", null, Encoding.Latin1.GetBytes(article.Replace("<head>", "<head><meta charset=\"utf-8\">", StringComparison.Ordinal).Replace("schools", "écoles à Genève", StringComparison.Ordinal)));
        Text("many-paragraphs.html", "20,000 sibling paragraphs", null, "<html><body>" + string.Concat(Enumerable.Repeat("<p>One more line of text here.</p>", 20_000)) + "</body></html>");
        Text(
            "bad-lines.jsonl",
            "JSON Lines with invalid JSON, a non-object, a line without text, and one good line",
            ErrorKinds.Malformed,
            "{not json\n[1,2,3]\n{\"id\":\"no-text\",\"title\":\"x\"}\n{\"id\":\"good-line\",\"title\":\"Good\",\"text\":\"The city opened a new library on Saturday. Hundreds of people came to see it.\"}\n");
        Text("huge-line.jsonl", "a JSON line beyond the page limit", ErrorKinds.Oversize, "{\"id\":\"big\",\"text\":\"" + new string('a', (int)PageLimit + 10) + "\"}\n");
        Bytes("invalid-utf8.jsonl", "a JSON line with invalid UTF-8", null, [.. Encoding.UTF8.GetBytes("{\"id\":\"bad-utf8\",\"text\":\"caf"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" is open\"}\n")]);
        Text("malformed.warc", "a WARC record with a broken Content-Length, then a good one", ErrorKinds.Malformed, WarcRecord("resource", "text/html", "banana", "<p>lost</p>") + WarcRecord("resource", "text/html", null, article));
        Text("no-version.warc", "garbage before the first WARC record", ErrorKinds.Malformed, "GARBAGE LINE\r\nMORE GARBAGE\r\n" + WarcRecord("resource", "text/html", null, article.Replace("fine", "second", StringComparison.Ordinal)));
        Text("huge-length.warc", "a record declaring a terabyte block", ErrorKinds.Oversize, WarcRecord("resource", "text/html", "1000000000000", article));
        var warcGz = Gzip(Encoding.UTF8.GetBytes(WarcRecord("resource", "text/html", null, article.Replace("fine", "third", StringComparison.Ordinal))))
            .Concat(Gzip(Encoding.UTF8.GetBytes(WarcRecord("resource", "text/html", null, article.Replace("fine", "fourth", StringComparison.Ordinal))))).ToArray();
        Bytes("truncated.warc.gz", "two gzip members, the second cut off", null, warcGz[..^40]);
        Text("bad-chunked.warc", "an HTTP response whose chunked encoding is broken", null, WarcRecord("response", "application/http; msgtype=response", null, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n" + article + "\r\n"));
        return files;
    }

    private static string WarcRecord(string type, string contentType, string? length, string block)
        => $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: http://example.org/{type}/{block.Length}\r\nContent-Type: {contentType}\r\n" +
           $"Content-Length: {length ?? Encoding.UTF8.GetByteCount(block).ToString(System.Globalization.CultureInfo.InvariantCulture)}\r\n\r\n{block}\r\n\r\n";

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }
}
