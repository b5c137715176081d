using System.Text.Json;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Language.Tagging;

/// <summary>
/// `pos`: [{start, end, tag}], one per token, tags in Penn form. The language pipeline tags for the event layer as a
/// working layer (<see cref="Working"/>, like tokens and sentences: not in the article JSON); `annotate --pos` shows it
/// (<see cref="Instance"/>). Not stored. Both are the capability "pos".
/// </summary>
public sealed class PosTagsLayer : Layer<TaggedToken>
{
    private readonly bool _inJson;

    private PosTagsLayer(bool inJson)
        : base("pos")
    {
        _inJson = inJson;
    }

    /// <summary>The layer in the article JSON (`annotate --pos`).</summary>
    public static PosTagsLayer Instance { get; } = new(inJson: true);

    /// <summary>The same tags as a working layer that only feeds later components (the event extractor's phrases).</summary>
    public static PosTagsLayer Working { get; } = new(inJson: false);

    public override bool IsInJson => _inJson;

    protected override void WriteRecord(Utf8JsonWriter writer, TaggedToken record, ArticleJsonContext context)
    {
        writer.WriteNumber("start", record.Span.Start);
        writer.WriteNumber("end", record.Span.End);
        writer.WriteString("tag", PennTags.Format(record.Tag));
    }

    protected override TaggedToken ReadRecord(JsonElement json, Document document)
        => new(JsonFields.ReadSpan(json), PennTags.Parse(json.GetProperty("tag").GetString() ?? string.Empty));
}
