using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Core.Layers;

/// <summary>
/// A layer whose records are nothing but a span (paragraphs, sentences, tokens): JSON <c>{start, end}</c>, stored (when
/// it is) as the span alone. Derive with the record's constructor.
/// </summary>
public abstract class SpanLayer<T>(string name, Func<TextSpan, T> make) : Layer<T>(name)
    where T : class, IAnnotation
{
    protected override void WriteRecord(Utf8JsonWriter writer, T record, ArticleJsonContext context)
    {
        writer.WriteNumber("start", record.Span.Start);
        writer.WriteNumber("end", record.Span.End);
    }

    protected override T ReadRecord(JsonElement json, Document document) => make(JsonFields.ReadSpan(json));

    protected override object?[] ToRow(T record, Document document) => [record.Span];

    protected override T FromRow(StoredRow row, Document document) => make(row.RequiredSpan(0));
}
