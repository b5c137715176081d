using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Core.Layers.Entities;

/// <summary>
/// `mentions`: [{start, end, text, type, entity}], every mention the recognizer found with the entity the resolver
/// gave it (null before resolution); on the page, the coloured names linked to their entity.
/// </summary>
public sealed class MentionsLayer : Layer<EntityMention>
{
    private MentionsLayer()
        : base("mentions")
    {
    }

    public static MentionsLayer Instance { get; } = new();

    public override StoredTable Table { get; } = new("mentions", StoredColumn.OwnSpan, StoredColumn.Text("label"), StoredColumn.EntityRef("entity"));

    public override int MarkOrder => 20;

    public override bool MarksShownByDefault => true;

    public override IReadOnlyList<LegendEntry> Legend { get; } = [.. EntityLabels.All.Select(l => new LegendEntry(l.Code(), "ent ent-" + l.Code()))];

    protected override void WriteRecord(Utf8JsonWriter writer, EntityMention record, ArticleJsonContext context)
    {
        JsonFields.WriteSpanFields(writer, context.Document, record.Span);
        writer.WriteString("type", record.Label.Code());
        context.WriteEntityRef(writer, "entity", record.EntityId);
    }

    protected override EntityMention ReadRecord(JsonElement json, Document document)
        => new(JsonFields.ReadSpan(json), EntityLabels.Parse(JsonFields.RequiredString(json, "type"))) { EntityId = JsonFields.String(json, "entity") };

    protected override object?[] ToRow(EntityMention record, Document document) => [record.Span, record.Label.Code(), record.EntityId];

    protected override EntityMention FromRow(StoredRow row, Document document)
        => new(row.RequiredSpan(0), EntityLabels.Parse(row.RequiredText(1))) { EntityId = row.EntityRef(2) };

    protected override InlineMark Mark(EntityMention record, Document document)
    {
        var code = record.Label.Code();
        var name = document.EntityName(record.EntityId);
        return new InlineMark(record.Span, "ent ent-" + code)
        {
            Title = name is null ? code : $"{code}: {name}",
            Data = [new("label", code)],
            Link = record.EntityId is { } entity ? PageLink.Entity(entity) : null,
        };
    }
}
