using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Language.Relations;

/// <summary>`relations`: [{type, subject, object (entity ids; object null for an unnamed party), objectText, evidence {start, end}}].</summary>
public sealed class RelationsJsonSection : IJsonSection
{
    public void Write(Utf8JsonWriter writer, Document document)
    {
        writer.WriteStartArray("relations");
        foreach (var r in document.Layer<Relation>())
        {
            writer.WriteStartObject();
            writer.WriteString("type", r.Type);
            writer.WriteString("subject", r.SubjectId);
            ArticleJsonWriter.WriteNullable(writer, "object", r.ObjectId);
            ArticleJsonWriter.WriteNullable(writer, "objectText", r.ObjectMention is { } o ? document.TextOf(o) : null);
            writer.WritePropertyName("evidence");
            ArticleJsonWriter.WriteSpan(writer, r.Span);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
