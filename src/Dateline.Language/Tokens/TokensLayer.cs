using System.Text.Json;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Language.Tokens;

/// <summary>`tokens`: [{start, end}]. A working layer for the components after the tokenizer: not in the article JSON, not stored.</summary>
public sealed class TokensLayer : Layer<Token>
{
    private TokensLayer()
        : base("tokens")
    {
    }

    public static TokensLayer Instance { get; } = new();

    public override bool IsInJson => false;

    protected override void WriteRecord(Utf8JsonWriter writer, Token record, ArticleJsonContext context)
    {
        writer.WriteNumber("start", record.Span.Start);
        writer.WriteNumber("end", record.Span.End);
    }

    protected override Token ReadRecord(JsonElement json, Document document) => new(JsonFields.ReadSpan(json));
}
