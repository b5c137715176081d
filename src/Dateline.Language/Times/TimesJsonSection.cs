using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Language.Times;

/// <summary>`times`: [{start, end, text, type, value}].</summary>
public sealed class TimesJsonSection : IJsonSection
{
    public void Write(Utf8JsonWriter writer, Document document)
    {
        writer.WriteStartArray("times");
        foreach (var t in document.Layer<TimeExpression>())
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", t.Span.Start);
            writer.WriteNumber("end", t.Span.End);
            writer.WriteString("text", document.TextOf(t.Span));
            writer.WriteString("type", t.Type);
            ArticleJsonWriter.WriteNullable(writer, "value", t.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
