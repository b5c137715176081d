using System.Globalization;
using System.Text.Json;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Language.Amounts;

/// <summary>`amounts`: [{start, end, text, value, modifier, unit, upperValue (ranges only)}]; on the page, marked with the value read.</summary>
public sealed class AmountsLayer : Layer<Amount>
{
    private AmountsLayer()
        : base("amounts")
    {
    }

    public static AmountsLayer Instance { get; } = new();

    public override StoredTable Table { get; } = new(
        "amounts",
        StoredColumn.OwnSpan,
        StoredColumn.Real("value"),
        StoredColumn.Real("upper_value"),
        StoredColumn.Text("modifier"),
        StoredColumn.Text("unit"));

    public override int MarkOrder => 40;

    public override IReadOnlyList<LegendEntry> Legend { get; } = [new("amount", "amount")];

    protected override void WriteRecord(Utf8JsonWriter writer, Amount record, ArticleJsonContext context)
    {
        JsonFields.WriteSpanFields(writer, context.Document, record.Span);
        writer.WriteNumber("value", record.Value);
        JsonFields.WriteNullable(writer, "modifier", record.Modifier);
        JsonFields.WriteNullable(writer, "unit", record.Unit);
        if (record.UpperValue is { } u)
        {
            writer.WriteNumber("upperValue", u);
        }
    }

    protected override Amount ReadRecord(JsonElement json, Document document)
        => new(JsonFields.ReadSpan(json), JsonFields.Double(json, "value") ?? throw new JsonException("an amount has no \"value\""))
        {
            Modifier = JsonFields.String(json, "modifier"),
            Unit = JsonFields.String(json, "unit"),
            UpperValue = JsonFields.Double(json, "upperValue"),
        };

    protected override object?[] ToRow(Amount record, Document document) => [record.Span, record.Value, record.UpperValue, record.Modifier, record.Unit];

    protected override Amount FromRow(StoredRow row, Document document)
        => new(row.RequiredSpan(0), row.Real(1) ?? throw new InvalidDataException("a stored amount has no value"))
        {
            UpperValue = row.Real(2),
            Modifier = row.Text(3),
            Unit = row.Text(4),
        };

    protected override InlineMark Mark(Amount record, Document document) => new(record.Span, "amount") { Title = Title(record) };

    private static string Title(Amount a)
    {
        var value = a.Value.ToString("#,0.####", CultureInfo.InvariantCulture);
        if (a.UpperValue is { } upper)
        {
            value += "–" + upper.ToString("#,0.####", CultureInfo.InvariantCulture);
        }

        return string.Join(" ", new[] { a.Modifier, value, a.Unit }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }
}
