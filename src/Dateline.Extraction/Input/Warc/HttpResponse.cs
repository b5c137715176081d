using System.IO.Compression;
using System.Text;

namespace Dateline.Extraction.Input.Warc;

/// <summary>
/// An HTTP response as a crawler stored it in a WARC block: status, headers and the body with transfer and content
/// encodings removed. Tolerant of what real crawls hold: LF-only header lines, Content-Length that lies (the block
/// frames the body), Content-Encoding: gzip over a body stored already decoded, bodies cut short.
/// </summary>
public sealed record HttpResponse(int StatusCode, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    /// <summary>The body decompresses to more than the page limit (a compression bomb, or a page too large): not decoded.</summary>
    public bool Oversize { get; init; }

    public string? ContentType => Header("Content-Type");

    /// <summary>The charset parameter of Content-Type, if any.</summary>
    public string? Charset => CharsetOf(ContentType);

    public string? Header(string name)
    {
        foreach (var (key, value) in Headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    public static string? CharsetOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        foreach (var part in contentType.Split(';'))
        {
            var p = part.Trim();
            if (p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))
            {
                var value = p["charset=".Length..].Trim().Trim('"', '\'');
                return value.Length > 0 ? value : null;
            }
        }

        return null;
    }

    /// <summary>Parses a block as an HTTP response; null when it does not start with an HTTP status line (dns: records, bare payloads).</summary>
    public static HttpResponse? Parse(byte[] block, long maxBodyBytes)
    {
        var span = block.AsSpan();
        var lineEnd = span.IndexOf((byte)'\n');
        var first = Encoding.ASCII.GetString(lineEnd >= 0 ? span[..lineEnd] : span).Trim();
        if (!first.StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var parts = first.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        var status = parts.Length > 1 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 0;
        var headers = new List<KeyValuePair<string, string>>();
        var pos = lineEnd < 0 ? block.Length : lineEnd + 1;
        while (pos < block.Length)
        {
            var nl = span[pos..].IndexOf((byte)'\n');
            var end = nl < 0 ? block.Length : pos + nl;
            var line = span[pos..end];
            pos = nl < 0 ? block.Length : end + 1;
            if (line.Length > 0 && line[^1] == '\r')
            {
                line = line[..^1];
            }

            if (line.Length == 0)
            {
                break;
            }

            var text = Encoding.Latin1.GetString(line);
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.Add(new(text[..colon].Trim(), text[(colon + 1)..].Trim()));
            }
        }

        var response = new HttpResponse(status, headers, block[Math.Min(pos, block.Length)..]);
        var oversize = false;
        return response with { Body = response.DecodeBody(maxBodyBytes, ref oversize), Oversize = oversize };
    }

    private byte[] DecodeBody(long maxBodyBytes, ref bool oversize)
    {
        var body = Body;
        if (Header("Transfer-Encoding") is { } te && te.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body) ?? body;
        }

        var encoding = Header("Content-Encoding")?.Trim().ToLowerInvariant();
        var tooLarge = false;
        var decoded = encoding switch
        {
            "gzip" or "x-gzip" when body.Length >= 2 && body[0] == 0x1f && body[1] == 0x8b => Inflate(() => new GZipStream(new MemoryStream(body), CompressionMode.Decompress), maxBodyBytes, ref tooLarge),
            "deflate" => Inflate(() => new ZLibStream(new MemoryStream(body), CompressionMode.Decompress), maxBodyBytes, ref tooLarge)
                ?? Inflate(() => new DeflateStream(new MemoryStream(body), CompressionMode.Decompress), maxBodyBytes, ref tooLarge),
            "br" => Inflate(() => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress), maxBodyBytes, ref tooLarge),

            // Crawlers often store the body decoded and keep the header; a body without the gzip magic is taken as is.
            _ => null,
        };
        oversize = tooLarge;
        return decoded ?? body;
    }

    /// <summary>Removes chunked transfer-encoding; null when the body is not validly chunked. A missing last chunk keeps what came.</summary>
    internal static byte[]? Dechunk(byte[] body)
    {
        using var output = new MemoryStream(body.Length);
        var pos = 0;
        while (pos < body.Length)
        {
            var nl = Array.IndexOf(body, (byte)'\n', pos);
            if (nl < 0)
            {
                break;
            }

            var sizeText = Encoding.ASCII.GetString(body, pos, nl - pos).Trim();
            var semicolon = sizeText.IndexOf(';', StringComparison.Ordinal);
            if (semicolon >= 0)
            {
                sizeText = sizeText[..semicolon].Trim();
            }

            if (!long.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                return output.Length > 0 ? output.ToArray() : null;
            }

            pos = nl + 1;
            if (size == 0)
            {
                break;
            }

            var take = (int)Math.Min(size, body.Length - pos);
            output.Write(body, pos, take);
            pos += take;

            // The CRLF after the chunk data.
            if (pos < body.Length && body[pos] == '\r')
            {
                pos++;
            }

            if (pos < body.Length && body[pos] == '\n')
            {
                pos++;
            }
        }

        return output.ToArray();
    }

    /// <summary>The decompressed bytes; null when the data is not valid in its encoding or holds nothing, or is larger than <paramref name="maxBytes"/> (then <paramref name="tooLarge"/>).</summary>
    private static byte[]? Inflate(Func<Stream> open, long maxBytes, ref bool tooLarge)
    {
        try
        {
            using var stream = open();
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, n);
                if (output.Length > maxBytes)
                {
                    tooLarge = true;
                    return null;
                }
            }

            return output.Length > 0 ? output.ToArray() : null;
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException)
        {
            // Gzip and deflate throw InvalidDataException on bad data, Brotli InvalidOperationException.
            return null;
        }
    }
}
