using System.Text.Json;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Language.Times;

/// <summary>`times`: [{start, end, text, type, value}]; on the page, marked with their normalized value on hover.</summary>
public sealed class TimesLayer : Layer<TimeExpression>
{
    private TimesLayer()
        : base("times")
    {
    }

    public static TimesLayer Instance { get; } = new();

    public override StoredTable Table { get; } = new("times", StoredColumn.OwnSpan, StoredColumn.Text("type"), StoredColumn.Text("value"));

    public override int MarkOrder => 30;

    public override IReadOnlyList<LegendEntry> Legend { get; } = [new("time", "timex")];

    protected override void WriteRecord(Utf8JsonWriter writer, TimeExpression record, ArticleJsonContext context)
    {
        JsonFields.WriteSpanFields(writer, context.Document, record.Span);
        writer.WriteString("type", record.Type.Code());
        JsonFields.WriteNullable(writer, "value", record.Value);
    }

    protected override TimeExpression ReadRecord(JsonElement json, Document document)
        => new(JsonFields.ReadSpan(json), TimexTypes.Parse(JsonFields.RequiredString(json, "type")), JsonFields.String(json, "value"));

    protected override object?[] ToRow(TimeExpression record, Document document) => [record.Span, record.Type.Code(), record.Value];

    protected override TimeExpression FromRow(StoredRow row, Document document) => new(row.RequiredSpan(0), TimexTypes.Parse(row.RequiredText(1)), row.Text(2));

    protected override InlineMark Mark(TimeExpression record, Document document)
    {
        var type = record.Type.Code();
        return new InlineMark(record.Span, "timex")
        {
            Data = [new("value", record.Value ?? string.Empty)],
            Title = record.Value is null ? $"{type} (not normalized)" : $"{type}: {record.Value}",
        };
    }
}
