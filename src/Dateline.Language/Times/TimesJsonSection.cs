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
            ArticleJsonWriter.WriteSpanFields(writer, document, t.Span);
            writer.WriteString("type", t.Type);
            ArticleJsonWriter.WriteNullable(writer, "value", t.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
