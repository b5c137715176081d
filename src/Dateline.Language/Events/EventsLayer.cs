using System.Text.Json;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Language.Events;

/// <summary>
/// `events`: [{type, mode, evidence {start, end} (the sentence), trigger {start, end}, triggerText, source, sourceText,
/// sourceName, target, targetText, targetName, time {start, end} or null, date, place, placeName, claimedBy,
/// claimedByName}]. <c>source</c>/<c>target</c>/<c>place</c>/<c>claimedBy</c> are entity ids (null when the words
/// name no entity); <c>…Name</c> is the entity's name, else the mention's words. On the page, triggers are marked
/// in the text and the events listed beside it.
/// </summary>
public sealed class EventsLayer : Layer<Event>
{
    private EventsLayer()
        : base("events")
    {
    }

    public static EventsLayer Instance { get; } = new();

    public override StoredTable Table { get; } = new(
        "events",
        StoredColumn.OwnSpan,
        StoredColumn.Text("type"),
        StoredColumn.Text("mode"),
        StoredColumn.Span("trigger"),
        StoredColumn.EntityRef("source"),
        StoredColumn.Span("source_mention"),
        StoredColumn.EntityRef("target"),
        StoredColumn.Span("target_mention"),
        StoredColumn.Span("time_mention"),
        StoredColumn.Text("date"),
        StoredColumn.EntityRef("place"),
        StoredColumn.EntityRef("claimed_by"));

    public override IReadOnlyDictionary<string, IReadOnlyList<string>> Vocabularies { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["type"] = [.. Enum.GetValues<EventType>().Select(t => t.Code())],
        ["mode"] = [.. Enum.GetValues<EventMode>().Select(m => m.Code())],
    };

    public override int MarkOrder => 50;

    public override IReadOnlyList<LegendEntry> Legend { get; } = [new("event", "event")];

    public override PagePanel? Panel(Document document)
    {
        var events = document.Layer<Event>();
        return events.IsEmpty
            ? null
            : new PagePanel("Events", PanelPlace.Side, [.. events.Select(e => new PanelItem(
                Actor(document, e.SourceId, e.SourceMention, "source"),
                new PageText($" {e.Type.Code()}{(e.Mode == EventMode.Asserted ? string.Empty : " (" + e.Mode.Code() + ")")} ") { Class = "event-type event-" + e.Type.Code().ToLowerInvariant() },
                Actor(document, e.TargetId, e.TargetMention, "target"),
                new PageText("“" + document.TextOf(e.Trigger) + "”" + (e.Date is { } d ? " · " + d : string.Empty)) { Class = "event-trigger", OwnLine = true }))])
            { Class = "events" };
    }

    /// <summary>The name of an actor as the contract and the page give it: its entity's name, else its words.</summary>
    public static string? ActorName(Document document, string? id, TextSpan? mention)
        => document.EntityName(id) ?? (mention is { } m ? document.TextOf(m) : null);

    protected override void WriteRecord(Utf8JsonWriter writer, Event record, ArticleJsonContext context)
    {
        var document = context.Document;
        writer.WriteString("type", record.Type.Code());
        writer.WriteString("mode", record.Mode.Code());
        writer.WritePropertyName("evidence");
        JsonFields.WriteSpan(writer, record.Span);
        JsonFields.WriteSpan(writer, "trigger", record.Trigger);
        writer.WriteString("triggerText", document.TextOf(record.Trigger));
        WriteActor(writer, context, "source", record.SourceId, record.SourceMention);
        WriteActor(writer, context, "target", record.TargetId, record.TargetMention);
        JsonFields.WriteSpan(writer, "time", record.TimeMention);
        JsonFields.WriteNullable(writer, "date", record.Date);
        context.WriteEntityRef(writer, "place", record.PlaceId);
        JsonFields.WriteNullable(writer, "placeName", ActorName(document, record.PlaceId, null));
        context.WriteEntityRef(writer, "claimedBy", record.ClaimedById);
        JsonFields.WriteNullable(writer, "claimedByName", ActorName(document, record.ClaimedById, null));
    }

    protected override Event ReadRecord(JsonElement json, Document document)
        => new(JsonFields.ReadSpan(json, "evidence"), EventCodes.ParseType(JsonFields.RequiredString(json, "type")), EventCodes.ParseMode(JsonFields.RequiredString(json, "mode")), JsonFields.ReadSpan(json, "trigger"))
        {
            SourceId = JsonFields.String(json, "source"),
            SourceMention = JsonFields.OptionalSpan(json, "sourceMention"),
            TargetId = JsonFields.String(json, "target"),
            TargetMention = JsonFields.OptionalSpan(json, "targetMention"),
            TimeMention = JsonFields.OptionalSpan(json, "time"),
            Date = JsonFields.String(json, "date"),
            PlaceId = JsonFields.String(json, "place"),
            ClaimedById = JsonFields.String(json, "claimedBy"),
        };

    protected override object?[] ToRow(Event record, Document document)
        => [record.Span, record.Type.Code(), record.Mode.Code(), record.Trigger, record.SourceId, record.SourceMention, record.TargetId, record.TargetMention, record.TimeMention, record.Date, record.PlaceId, record.ClaimedById];

    protected override Event FromRow(StoredRow row, Document document)
        => new(row.RequiredSpan(0), EventCodes.ParseType(row.RequiredText(1)), EventCodes.ParseMode(row.RequiredText(2)), row.RequiredSpan(3))
        {
            SourceId = row.EntityRef(4),
            SourceMention = row.Span(5),
            TargetId = row.EntityRef(6),
            TargetMention = row.Span(7),
            TimeMention = row.Span(8),
            Date = row.Text(9),
            PlaceId = row.EntityRef(10),
            ClaimedById = row.EntityRef(11),
        };

    protected override InlineMark Mark(Event record, Document document)
    {
        var type = record.Type.Code();
        var source = ActorName(document, record.SourceId, record.SourceMention) ?? "?";
        var target = ActorName(document, record.TargetId, record.TargetMention) ?? "?";
        return new InlineMark(record.Trigger, "event event-" + type.ToLowerInvariant())
        {
            Title = $"{type} ({record.Mode.Code()}): {source} → {target}",
            Data = [new("event-type", type)],
        };
    }

    private static void WriteActor(Utf8JsonWriter writer, ArticleJsonContext context, string name, string? id, TextSpan? mention)
    {
        context.WriteEntityRef(writer, name, id);
        JsonFields.WriteSpan(writer, name + "Mention", mention);
        JsonFields.WriteNullable(writer, name + "Text", mention is { } m ? context.Document.TextOf(m) : null);
        JsonFields.WriteNullable(writer, name + "Name", ActorName(context.Document, id, mention));
    }

    private static PageText Actor(Document document, string? id, TextSpan? mention, string role)
    {
        var name = ActorName(document, id, mention) ?? "—";
        return new PageText(name) { Class = "event-" + role, Link = id is null ? null : PageLink.Entity(id) };
    }
}
