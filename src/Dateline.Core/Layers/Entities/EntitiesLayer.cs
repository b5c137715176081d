using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Core.Layers.Entities;

/// <summary>
/// `entities`: [{id, name, type, subtype, roles, country, lat, lon, mentions: [{start, end, text}]}], the article's entities
/// with their grouped mentions; in a store each also has the <c>key</c> of the collection-wide entity it joined. On
/// the page, the list beside the text, most mentioned first.
/// </summary>
public sealed class EntitiesLayer : Layer<Entity>
{
    private EntitiesLayer()
        : base("entities")
    {
    }

    public static EntitiesLayer Instance { get; } = new();

    public override StoredTable Table { get; } = new(
        "article_entities",
        StoredColumn.EntityRef("entity"),
        StoredColumn.Text("name"),
        StoredColumn.Text("label"),
        StoredColumn.TextList("roles"),
        StoredColumn.Text("country"),
        StoredColumn.Real("latitude"),
        StoredColumn.Real("longitude"),
        StoredColumn.Integer("mention_count"),
        StoredColumn.SpanList("mentions"),
        StoredColumn.Text("subtype"));

    public override PagePanel? Panel(Document document)
    {
        var entities = document.Entities;
        return entities.IsEmpty
            ? null
            : new PagePanel("Entities", PanelPlace.Side, [.. entities
                .OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Name, StringComparer.Ordinal)
                .Select(e => new PanelItem(
                    new PageText(e.Name) { Class = "ent ent-" + e.Label.Code(), Link = PageLink.Entity(e.Id) },
                    new PageText($" {e.Label.Code()}{(e.Subtype is { } subtype ? " " + subtype.Code() : string.Empty)} · {e.Mentions.Count}") { Class = "n" }))])
            { Class = "entities" };
    }

    protected override void WriteRecord(Utf8JsonWriter writer, Entity record, ArticleJsonContext context)
    {
        writer.WriteString("id", record.Id);
        if (context.EntityKeys is not null)
        {
            JsonFields.WriteNullable(writer, "key", context.KeyOf(record.Id));
        }

        writer.WriteString("name", record.Name);
        writer.WriteString("type", record.Label.Code());
        JsonFields.WriteNullable(writer, "subtype", record.Subtype?.Code());
        JsonFields.WriteStrings(writer, "roles", record.Roles);
        JsonFields.WriteNullable(writer, "country", record.Country);
        if (record.Latitude is { } lat && record.Longitude is { } lon)
        {
            writer.WriteNumber("lat", lat);
            writer.WriteNumber("lon", lon);
        }
        else
        {
            writer.WriteNull("lat");
            writer.WriteNull("lon");
        }

        writer.WriteStartArray("mentions");
        foreach (var span in record.Mentions)
        {
            writer.WriteStartObject();
            JsonFields.WriteSpanFields(writer, context.Document, span);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    protected override Entity ReadRecord(JsonElement json, Document document)
        => new(JsonFields.RequiredString(json, "id"), JsonFields.RequiredString(json, "name"), EntityLabels.Parse(JsonFields.RequiredString(json, "type")))
        {
            Subtype = EntitySubtypes.Parse(JsonFields.String(json, "subtype")),
            Roles = JsonFields.Strings(json, "roles"),
            Country = JsonFields.String(json, "country"),
            Latitude = JsonFields.Double(json, "lat"),
            Longitude = JsonFields.Double(json, "lon"),
            Mentions = json.TryGetProperty("mentions", out var m) && m.ValueKind == JsonValueKind.Array ? [.. m.EnumerateArray().Select(x => JsonFields.ReadSpan(x))] : [],
        };

    protected override object?[] ToRow(Entity record, Document document)
        => [record.Id, record.Name, record.Label.Code(), record.Roles, record.Country, record.Latitude, record.Longitude, (long)record.Mentions.Count, record.Mentions, record.Subtype?.Code()];

    protected override Entity FromRow(StoredRow row, Document document)
        => new(row.EntityRef(0) ?? throw new InvalidDataException("a stored entity has no id"), row.RequiredText(1), EntityLabels.Parse(row.RequiredText(2)))
        {
            Roles = row.TextList(3),
            Country = row.Text(4),
            Latitude = row.Real(5),
            Longitude = row.Real(6),
            Mentions = row.SpanList(8),
            Subtype = EntitySubtypes.Parse(row.Text(9)),
        };
}
