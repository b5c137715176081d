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

    /// <exception cref="JsonException">Not a unit.</exception>
    public static WorkUnit Read(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes.ToArray());
            var o = document.RootElement;
            return new WorkUnit(
                o.GetProperty("id").GetString()!,
                Kind(o.GetProperty("kind").GetString()),
                o.GetProperty("path").GetString()!,
                o.GetProperty("first").GetInt64(),
                o.GetProperty("last").GetInt64(),
                o.GetProperty("size").GetInt64(),
                DateTime.Parse(o.GetProperty("modified").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
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
