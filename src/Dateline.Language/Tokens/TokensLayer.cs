using Dateline.Core.Layers;

namespace Dateline.Language.Tokens;

/// <summary>`tokens`: [{start, end}]. A working layer for the components after the tokenizer: not in the article JSON, not stored.</summary>
public sealed class TokensLayer : SpanLayer<Token>
{
    private TokensLayer()
        : base("tokens", span => new Token(span))
    {
    }

    public static TokensLayer Instance { get; } = new();

    public override bool IsInJson => false;
}
