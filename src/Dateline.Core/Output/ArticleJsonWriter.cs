using System.Text.Encodings.Web;
using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;

namespace Dateline.Core.Output;

/// <summary>
/// Writes the output contract (docs/output-contract.md): one JSON object per document, or an error object.
/// Field names are stable; later issues add fields through <see cref="IJsonSection"/>s and never rename these.
/// </summary>
public sealed class ArticleJsonWriter
{
    private readonly IReadOnlyList<IJsonSection> _sections;

    public ArticleJsonWriter(IEnumerable<IJsonSection>? sections = null)
    {
        _sections = sections?.ToList() ?? [];
    }

    public static JsonWriterOptions CompactOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static JsonWriterOptions IndentedOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    public void Write(Utf8JsonWriter writer, DocumentResult result)
    {
        if (result.Succeeded)
        {
            Write(writer, result.Document);
        }
        else
        {
            WriteError(writer, result.Id, result.Source, result.Error);
        }
    }

    public void Write(Utf8JsonWriter writer, Document document)
    {
        var m = document.Metadata;
        writer.WriteStartObject();
        writer.WriteString("id", document.Id);
        writer.WriteString("source", document.Source);
        WriteNullable(writer, "url", m.Url);
        WriteNullable(writer, "title", m.Title);
        WriteNullable(writer, "published", m.Published);
        WriteNullable(writer, "modified", m.Modified);
        writer.WriteStartArray("authors");
        foreach (var a in m.Authors)
        {
            writer.WriteStringValue(a);
        }

        writer.WriteEndArray();
        if (m.Dateline is { } dl)
        {
            writer.WriteStartObject("dateline");
            WriteNullable(writer, "place", dl.Place);
            WriteNullable(writer, "agency", dl.Agency);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("dateline");
        }

        if (m.ReadingTimeMinutes is { } rt)
        {
            writer.WriteNumber("readingTimeMinutes", rt);
        }
        else
        {
            writer.WriteNull("readingTimeMinutes");
        }

        WriteNullable(writer, "language", m.Language);
        WriteNullable(writer, "siteName", m.SiteName);
        WriteNullable(writer, "description", m.Description);
        WriteNullable(writer, "image", m.Image);
        writer.WriteString("text", document.Text);
        writer.WriteStartArray("paragraphs");
        foreach (var p in document.Paragraphs)
        {
            WriteSpan(writer, p.Span);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("related");
        foreach (var r in document.Related)
        {
            writer.WriteStartObject();
            writer.WriteString("title", r.Title);
            WriteNullable(writer, "summary", r.Summary);
            WriteNullable(writer, "url", r.Url);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("removed");
        foreach (var r in document.Removed)
        {
            writer.WriteStartObject();
            writer.WriteString("text", r.Text);
            writer.WriteString("reason", r.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("warnings");
        foreach (var w in document.Warnings)
        {
            writer.WriteStringValue(w);
        }

        writer.WriteEndArray();
        foreach (var section in _sections)
        {
            section.Write(writer, document);
        }

        writer.WriteEndObject();
    }

    public static void WriteError(Utf8JsonWriter writer, string id, string source, DocumentError error)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("source", source);
        writer.WriteStartObject("error");
        writer.WriteString("kind", error.Kind);
        writer.WriteString("message", error.Message);
        WriteNullable(writer, "component", error.Component);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>A span as {"start","end"}.</summary>
    public static void WriteSpan(Utf8JsonWriter writer, TextSpan span)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteEndObject();
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
}
