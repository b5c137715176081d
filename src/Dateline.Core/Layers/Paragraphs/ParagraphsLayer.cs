using Dateline.Core.Model;

namespace Dateline.Core.Layers.Paragraphs;

/// <summary>`paragraphs`: [{start, end}], the body's paragraphs; on the page, the text's blocks.</summary>
public sealed class ParagraphsLayer : SpanLayer<Paragraph>
{
    private ParagraphsLayer()
        : base("paragraphs", span => new Paragraph(span))
    {
    }

    public static ParagraphsLayer Instance { get; } = new();

    public override StoredTable Table { get; } = new("paragraphs", StoredColumn.OwnSpan);

    public override int MarkOrder => 0;

    protected override InlineMark Mark(Paragraph record, Document document) => new(record.Span, string.Empty) { Shape = MarkShape.Block };
}
