using System.Text;
using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Core.Running;

namespace Dateline.Extraction.Input.JsonLines;

/// <summary>
/// Reads JSON Lines, one page per line: {"id"?, "url"?, "date"? (or "dct", TimeML's document creation time),
/// "title"?, "source"?, "html"? or "text"?}. The
/// markup or text is handed on pre-decoded; the other fields become supplied metadata the extractors fall back on.
/// A bad line (invalid JSON, no html/text, longer than the page limit) becomes a failure naming its line number.
/// </summary>
public sealed class JsonLinesReader(InputOptions options)
{
    public IEnumerable<InputItem> Read(Stream stream, string path, string fileId)
    {
        var reader = new ByteLineReader(stream);
        var number = 0;
        while (true)
        {
            var line = reader.ReadLine(options.MaxPageBytes, out var tooLong);
            if (line is null)
            {
                yield break;
            }

            number++;
            var source = $"{path}:{number}";
            if (tooLong)
            {
                yield return InputItem.Failed($"{fileId}-{number}", source, ErrorKinds.Oversize, $"{source}: line exceeds the page limit of {options.MaxPageBytes} bytes");
                continue;
            }

            if (line.AsSpan().Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            yield return Parse(line, source, $"{fileId}-{number}");
        }
    }

    public static InputItem Parse(byte[] line, string source, string fallbackId)
    {
        try
        {
            using var json = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return InputItem.Failed(fallbackId, source, ErrorKinds.Malformed, $"{source}: a line must be a JSON object");
            }

            var id = Text(root, "id") ?? fallbackId;
            var html = Text(root, "html");
            var text = html ?? Text(root, "text");
            if (text is null)
            {
                return InputItem.Failed(id, source, ErrorKinds.Malformed, $"{source}: no \"html\" or \"text\" string");
            }

            var url = Text(root, "url");
            var page = new RawPage(id, source, ReadOnlyMemory<byte>.Empty)
            {
                PreDecodedText = text,
                DeclaredKind = html is not null ? ContentKind.Html : ContentKind.Text,
                Url = url,
                Supplied = new ArticleMetadata { Title = Text(root, "title"), Published = Text(root, "date") ?? Text(root, "dct"), Url = url, SiteName = Text(root, "source") },
            };
            return InputItem.Read(page);
        }
        catch (JsonException e)
        {
            return InputItem.Failed(fallbackId, source, ErrorKinds.Malformed, $"{source}: invalid JSON: {e.Message}");
        }
        catch (Exception e) when (e is DecoderFallbackException or ArgumentException or InvalidOperationException)
        {
            return InputItem.Failed(fallbackId, source, ErrorKinds.Encoding, $"{source}: not valid UTF-8 JSON: {e.Message}");
        }
    }

    /// <summary>A string field; numbers (numeric ids) are taken as their text.</summary>
    private static string? Text(JsonElement root, string name)
        => root.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() is { Length: > 0 } s ? s : null,
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
