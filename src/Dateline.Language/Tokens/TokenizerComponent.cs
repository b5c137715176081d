using System.Collections.Immutable;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;

namespace Dateline.Language.Tokens;

/// <summary>Adds the <see cref="Token"/> layer over the clean text.</summary>
public sealed class TokenizerComponent(Tokenizer tokenizer) : IPipelineComponent
{
    public TokenizerComponent()
        : this(Tokenizer.Default)
    {
    }

    public string Name => "tokenizer";

    public IReadOnlyList<Capability> Requires { get; } = [Capability.Text];

    public IReadOnlyList<Capability> Assigns { get; } = [TokensLayer.Instance];

    public Document Process(Document document, ProcessingContext context)
    {
        var spans = tokenizer.Tokenize(document.Text);
        var builder = ImmutableArray.CreateBuilder<Token>(spans.Count);
        foreach (var span in spans)
        {
            builder.Add(new Token(span));
        }

        return document.WithLayer(builder.MoveToImmutable());
    }
}
