using System.Text.Json;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Language.Relations;

/// <summary>
/// `relations`: [{type, subject, object (entity ids; object null for an unnamed party), objectText, evidence {start,
/// end}, subjectMention, objectMention}]. Not shown on the article page.
/// </summary>
public sealed class RelationsLayer : Layer<Relation>
{
    private RelationsLayer()
        : base("relations")
    {
    }

    public static RelationsLayer Instance { get; } = new();

    public override StoredTable Table { get; } = new(
        "relations",
        StoredColumn.OwnSpan,
        StoredColumn.Text("type"),
        StoredColumn.EntityRef("subject"),
        StoredColumn.EntityRef("object"),
        StoredColumn.Span("subject_mention"),
        StoredColumn.Span("object_mention"));

    protected override void WriteRecord(Utf8JsonWriter writer, Relation record, ArticleJsonContext context)
    {
        writer.WriteString("type", record.Type.Code());
        context.WriteEntityRef(writer, "subject", record.SubjectId);
        context.WriteEntityRef(writer, "object", record.ObjectId);
        JsonFields.WriteNullable(writer, "objectText", record.ObjectMention is { } o ? context.Document.TextOf(o) : null);
        writer.WritePropertyName("evidence");
        JsonFields.WriteSpan(writer, record.Span);
        JsonFields.WriteSpan(writer, "subjectMention", record.SubjectMention);
        JsonFields.WriteSpan(writer, "objectMention", record.ObjectMention);
    }

    protected override Relation ReadRecord(JsonElement json, Document document)
        => new(JsonFields.ReadSpan(json, "evidence"), RelationTypes.Parse(JsonFields.RequiredString(json, "type")), JsonFields.RequiredString(json, "subject"), JsonFields.String(json, "object"))
        {
            SubjectMention = JsonFields.OptionalSpan(json, "subjectMention"),
            ObjectMention = JsonFields.OptionalSpan(json, "objectMention"),
        };

    protected override object?[] ToRow(Relation record, Document document)
        => [record.Span, record.Type.Code(), record.SubjectId, record.ObjectId, record.SubjectMention, record.ObjectMention];

    protected override Relation FromRow(StoredRow row, Document document)
        => new(row.RequiredSpan(0), RelationTypes.Parse(row.RequiredText(1)), row.EntityRef(2) ?? throw new InvalidDataException("a stored relation has no subject"), row.EntityRef(3))
        {
            SubjectMention = row.Span(4),
            ObjectMention = row.Span(5),
        };
}
