using System.Globalization;
using System.Text.Json;
using Dateline.Core.Running;

namespace Dateline.Store.Queue;

/// <summary>A unit as a queue message: a small JSON object, written and read by hand so its names stay fixed.</summary>
public static class WorkUnitJson
{
    public static byte[] Write(WorkUnit unit)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", unit.Id);
            json.WriteString("kind", Name(unit.Kind));
            json.WriteString("path", unit.Path);
            json.WriteNumber("first", unit.First);
            json.WriteNumber("last", unit.Last);
            json.WriteNumber("size", unit.Size);
            json.WriteString("modified", unit.Modified.ToString("O", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// The unit a message holds. Anything else on the subject — not JSON, a field missing, null or of the wrong type,
    /// an id that is not a unit id, a range that cannot be — is refused here, so it never reaches code that trusts a
    /// unit's fields (a null date once threw ArgumentNullException and stopped the worker, a short id its report).
    /// </summary>
    /// <exception cref="JsonException">Not a unit.</exception>
    public static WorkUnit Read(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes.ToArray());
            var o = document.RootElement;
            var id = o.GetProperty("id").GetString();
            var path = o.GetProperty("path").GetString();
            var modified = o.GetProperty("modified").GetString();
            var unit = new WorkUnit(
                WorkUnit.IsId(id) ? id! : throw new FormatException($"the id '{id?[..Math.Min(id.Length, 64)]}' is not a unit id"),
                Kind(o.GetProperty("kind").GetString()),
                string.IsNullOrEmpty(path) ? throw new FormatException("no path") : path,
                o.GetProperty("first").GetInt64(),
                o.GetProperty("last").GetInt64(),
                o.GetProperty("size").GetInt64(),
                DateTime.Parse(modified ?? throw new FormatException("no modification time"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
            return unit.First >= 0 && unit.Last >= unit.First && unit.Size >= 0
                ? unit
                : throw new FormatException($"the range [{unit.First}, {unit.Last}) of a file of {unit.Size} bytes cannot be");
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new JsonException($"not a work unit: {e.Message}", e);
        }
        catch (JsonException e)
        {
            throw new JsonException($"not a work unit: {e.Message}", e);
        }
    }

    private static string Name(WorkUnitKind kind) => kind switch
    {
        WorkUnitKind.File => "file",
        WorkUnitKind.WarcRange => "warc-range",
        WorkUnitKind.JsonlBatch => "jsonl-batch",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static WorkUnitKind Kind(string? name) => name switch
    {
        "file" => WorkUnitKind.File,
        "warc-range" => WorkUnitKind.WarcRange,
        "jsonl-batch" => WorkUnitKind.JsonlBatch,
        _ => throw new FormatException($"unknown unit kind '{name}'"),
    };
}
