using System.Text.Json;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Language.Tagging;

/// <summary>
/// `pos`: [{start, end, tag}], one per token, tags in Penn form. In the article JSON of a pipeline that runs the tagger
/// (`annotate --pos`); not stored.
/// </summary>
public sealed class PosTagsLayer : Layer<TaggedToken>
{
    private PosTagsLayer()
        : base("pos")
    {
    }

    public static PosTagsLayer Instance { get; } = new();

    protected override void WriteRecord(Utf8JsonWriter writer, TaggedToken record, ArticleJsonContext context)
    {
        writer.WriteNumber("start", record.Span.Start);
        writer.WriteNumber("end", record.Span.End);
        writer.WriteString("tag", PennTags.Format(record.Tag));
    }

    protected override TaggedToken ReadRecord(JsonElement json, Document document)
        => new(JsonFields.ReadSpan(json), PennTags.Parse(json.GetProperty("tag").GetString() ?? string.Empty));
}
