using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Core.Running;

namespace Dateline.Extraction.Input.Warc;

/// <summary>
/// Turns WARC records into pages: successful (2xx) HTTP responses and resource records whose type is HTML or plain
/// text (or unstated, to be sniffed). Requests, metadata, warcinfo, dns: lookups, images, scripts and error pages are
/// not articles and are passed over. A malformed or oversize record becomes a failure naming its offset; a truncated
/// one gives what is there, with a warning. Resource records may also be plain text.
/// </summary>
public sealed class WarcPageReader(InputOptions options)
{
    public IEnumerable<InputItem> Read(Stream warc, string path, string fileId)
    {
        var reader = new WarcReader(new WarcReaderOptions { MaxBlockBytes = options.MaxPageBytes });
        var items = 0;
        foreach (var entry in reader.Read(warc))
        {
            if (entry is WarcMalformedRecord bad)
            {
                var source = Locator(path, bad.Index, bad.Offset);
                items++;
                yield return InputItem.Failed($"{fileId}-r{bad.Index}", source, ErrorKinds.Malformed, $"{source}: malformed WARC record: {bad.Message}");
                continue;
            }

            var record = (WarcRecord)entry;
            if (ToInput(record, path, fileId) is { } input)
            {
                items++;
                yield return input;
            }
        }

        if (items == 0)
        {
            // Requests, metadata and non-HTML responses are not pages; a file of nothing else is said so, once.
            yield return InputItem.Skipped(fileId, path, "holds no HTML pages (no 2xx HTML responses or resources)");
        }
    }

    private InputItem? ToInput(WarcRecord record, string path, string fileId)
    {
        var type = record.Type?.ToLowerInvariant();
        if (type is not ("response" or "resource"))
        {
            return null;
        }

        var source = Locator(path, record.Index, record.Offset);
        var id = $"{fileId}-r{record.Index}";
        if (record.Oversize)
        {
            return InputItem.Failed(id, source, ErrorKinds.Oversize, $"{source}: record block of {record.ContentLength} bytes exceeds the page limit of {options.MaxPageBytes} bytes");
        }

        var block = record.Block ?? [];
        var warning = record.Truncated ? $"WARC record truncated: {block.Length} of {record.ContentLength} bytes present" : null;
        byte[] body;
        string? contentType;
        string? charset;
        var isHttp = record.ContentType?.Contains("application/http", StringComparison.OrdinalIgnoreCase) == true;
        if (type == "response" && (isHttp || block.AsSpan().StartsWith("HTTP/"u8)))
        {
            var http = HttpResponse.Parse(block, options.MaxPageBytes);
            if (http is null)
            {
                return record.Truncated
                    ? InputItem.Failed(id, source, ErrorKinds.Truncated, $"{source}: WARC record truncated before its HTTP response")
                    : null;
            }

            if (http.StatusCode is < 200 or >= 300)
            {
                return null;
            }

            if (http.Oversize)
            {
                return InputItem.Failed(id, source, ErrorKinds.Oversize, $"{source}: the response body ({http.Header("Content-Encoding")}) decompresses to more than the page limit of {options.MaxPageBytes} bytes");
            }

            // On the web, text/plain is robots.txt and feeds, not articles: only HTML responses are pages.
            if (KindOf(http.ContentType) is not (ContentKind.Html or ContentKind.Unknown))
            {
                return null;
            }

            body = http.Body;
            contentType = http.ContentType;
            charset = http.Charset;
        }
        else if (type == "resource" || !isHttp)
        {
            body = block;
            contentType = record.ContentType;
            charset = HttpResponse.CharsetOf(contentType);
        }
        else
        {
            return null;
        }

        var kind = KindOf(contentType);
        if (kind is null)
        {
            return null;
        }

        if (body.Length == 0 && record.Truncated)
        {
            return InputItem.Failed(id, source, ErrorKinds.Truncated, $"{source}: {warning}; no body left");
        }

        var page = new RawPage(id, source, body)
        {
            Url = record.TargetUri,
            DeclaredCharset = charset,
            DeclaredContentType = contentType,
            DeclaredKind = kind.Value,
            Supplied = new ArticleMetadata { Url = record.TargetUri },
            Warnings = warning is null ? [] : [warning],
        };
        return InputItem.Read(page);
    }

    /// <summary>Html or Text for page types, Unknown when unstated (sniffed later), null for everything else.</summary>
    private static ContentKind? KindOf(string? contentType)
    {
        var mime = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return mime switch
        {
            null or "" => ContentKind.Unknown,
            "text/html" or "application/xhtml+xml" => ContentKind.Html,
            "text/plain" => ContentKind.Text,
            _ when mime.Contains("html", StringComparison.Ordinal) => ContentKind.Html,
            _ => null,
        };
    }

    /// <summary>Where a record is: path, record number and byte offset in the decompressed stream.</summary>
    public static string Locator(string path, int index, long offset) => $"{path}#{index}@{offset}";
}
