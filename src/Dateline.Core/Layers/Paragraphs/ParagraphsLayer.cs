using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Core.Layers.Paragraphs;

/// <summary>`paragraphs`: [{start, end}], the body's paragraphs; on the page, the text's blocks.</summary>
public sealed class ParagraphsLayer : Layer<Paragraph>
{
    private ParagraphsLayer()
        : base("paragraphs")
    {
    }

    public static ParagraphsLayer Instance { get; } = new();

    public override StoredTable Table { get; } = new("paragraphs", StoredColumn.OwnSpan);

    public override int MarkOrder => 0;

    protected override void WriteRecord(Utf8JsonWriter writer, Paragraph record, ArticleJsonContext context)
    {
        writer.WriteNumber("start", record.Span.Start);
        writer.WriteNumber("end", record.Span.End);
    }

    protected override Paragraph ReadRecord(JsonElement json, Document document) => new(JsonFields.ReadSpan(json));

    protected override object?[] ToRow(Paragraph record, Document document) => [record.Span];

    protected override Paragraph FromRow(StoredRow row, Document document) => new(row.RequiredSpan(0));

    protected override InlineMark Mark(Paragraph record, Document document) => new(record.Span, string.Empty) { Shape = MarkShape.Block };
}
