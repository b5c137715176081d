using System.Text.Json;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Language.Sentences;

/// <summary>`sentences`: [{start, end}]. A working layer for the components after the splitter: not in the article JSON, not stored.</summary>
public sealed class SentencesLayer : Layer<Sentence>
{
    private SentencesLayer()
        : base("sentences")
    {
    }

    public static SentencesLayer Instance { get; } = new();

    public override bool IsInJson => false;

    protected override void WriteRecord(Utf8JsonWriter writer, Sentence record, ArticleJsonContext context)
    {
        writer.WriteNumber("start", record.Span.Start);
        writer.WriteNumber("end", record.Span.End);
    }

    protected override Sentence ReadRecord(JsonElement json, Document document) => new(JsonFields.ReadSpan(json));
}
