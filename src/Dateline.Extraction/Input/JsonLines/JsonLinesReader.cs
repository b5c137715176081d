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
        var items = 0;
        while (true)
        {
            var line = reader.ReadLine(options.MaxPageBytes, out var tooLong);
            if (line is null)
            {
                break;
            }

            number++;
            var source = $"{path}:{number}";
            if (tooLong)
            {
                items++;
                yield return InputItem.Failed($"{fileId}-{number}", source, ErrorKinds.Oversize, $"{source}: line exceeds the page limit of {options.MaxPageBytes} bytes");
                continue;
            }

            // A byte order mark before the first line is not part of the JSON.
            var json = number == 1 && line.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? line[3..] : line;
            if (json.AsSpan().Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            var item = Parse(json, source, $"{fileId}-{number}");
            if (item.Error is { Kind: ErrorKinds.Malformed } && !reader.LastLineEnded)
            {
                // The file ends inside this line: a file cut short, not a bad line.
                item = InputItem.Failed(item.Id, source, ErrorKinds.Truncated, $"{source}: the file ends inside this line (cut short?)");
            }

            items++;
            yield return item;
        }

        if (items == 0)
        {
            yield return InputItem.Skipped(fileId, path, "holds no JSON lines");
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
            foreach (var field in (ReadOnlySpan<string>)["html", "text"])
            {
                if (root.TryGetProperty(field, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    return InputItem.Failed(id, source, ErrorKinds.Malformed, $"{source}: \"{field}\" must be a string, not {Describe(value.ValueKind)}");
                }
            }

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
        catch (InvalidOperationException) when (ReplaceLoneSurrogates(line) is { } repaired)
        {
            // A \ud83d escape without its pair (Python's json.dumps writes one for a cut emoji or a byte read with
            // surrogateescape) cannot be a .NET string: the line is read with U+FFFD in its place, as a decoder would.
            var item = Parse(repaired, source, fallbackId);
            return item.Page is { } page
                ? InputItem.Read(page with { Warnings = [.. page.Warnings, "lone surrogate escapes (\\uD800-\\uDFFF without their pair) were replaced with U+FFFD"] })
                : item;
        }
        catch (Exception e) when (e is DecoderFallbackException or ArgumentException or InvalidOperationException)
        {
            return InputItem.Failed(fallbackId, source, ErrorKinds.Encoding, $"{source}: not valid UTF-8 JSON: {e.Message}");
        }
    }

    /// <summary>The line with each \u escape of a lone surrogate written \uFFFD (same length); null when it has none.</summary>
    internal static byte[]? ReplaceLoneSurrogates(byte[] line)
    {
        byte[]? repaired = null;
        for (var i = 0; i < line.Length - 1; i++)
        {
            if (line[i] != '\\')
            {
                continue;
            }

            if (line[i + 1] != 'u' || !Escape(line, i, out var unit))
            {
                i++; // an escape of another character (a backslash, a quote) is passed over whole
                continue;
            }

            if (char.IsHighSurrogate(unit) && Escape(line, i + 6, out var next) && char.IsLowSurrogate(next))
            {
                i += 11;
                continue;
            }

            if (char.IsSurrogate(unit))
            {
                repaired ??= (byte[])line.Clone();
                "FFFD"u8.CopyTo(repaired.AsSpan(i + 2));
            }

            i += 5;
        }

        return repaired;
    }

    /// <summary>The UTF-16 unit of a \uXXXX escape at <paramref name="at"/>.</summary>
    private static bool Escape(byte[] line, int at, out char unit)
    {
        unit = '\0';
        if (at + 6 > line.Length || line[at] != '\\' || line[at + 1] != 'u'
            || !ushort.TryParse(line.AsSpan(at + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        unit = (char)value;
        return true;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "true or false",
    };

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
