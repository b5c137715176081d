using System.Text.Json;
using Dateline.Core.Model;

namespace Dateline.Core.Output;

/// <summary>The small JSON shapes every layer shares, written and read the same way: spans, nullable strings, numbers.</summary>
public static class JsonFields
{
    /// <summary>A span as {"start","end"}.</summary>
    public static void WriteSpan(Utf8JsonWriter writer, TextSpan span)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteEndObject();
    }

    /// <summary>A property holding a span object, or null.</summary>
    public static void WriteSpan(Utf8JsonWriter writer, string name, TextSpan? span)
    {
        if (span is { } s)
        {
            writer.WritePropertyName(name);
            WriteSpan(writer, s);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>A span's "start", "end" and "text" as properties of the object being written.</summary>
    public static void WriteSpanFields(Utf8JsonWriter writer, Document document, TextSpan span)
    {
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteString("text", document.TextOf(span));
    }

    public static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    public static void WriteNullable(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values)
        {
            writer.WriteStringValue(v);
        }

        writer.WriteEndArray();
    }

    /// <summary>The span of an object with "start" and "end" (the object itself, or its property <paramref name="name"/>).</summary>
    public static TextSpan ReadSpan(JsonElement json, string? name = null)
        => OptionalSpan(json, name) ?? throw new JsonException($"missing span{(name is null ? string.Empty : " \"" + name + "\"")}");

    public static TextSpan? OptionalSpan(JsonElement json, string? name = null)
    {
        var value = json;
        if (name is not null && !json.TryGetProperty(name, out value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new TextSpan(Int(value, "start"), Int(value, "end"));
    }

    public static string? String(JsonElement json, string name)
        => json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static string RequiredString(JsonElement json, string name)
        => String(json, name) ?? throw new JsonException($"missing string \"{name}\"");

    public static double? Double(JsonElement json, string name)
        => json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    public static int Int(JsonElement json, string name)
        => json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i)
            ? i
            : throw new JsonException($"missing whole number \"{name}\"");

    public static IReadOnlyList<string> Strings(JsonElement json, string name)
        => json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];
}
