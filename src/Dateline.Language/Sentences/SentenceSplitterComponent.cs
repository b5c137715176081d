using System.Collections.Immutable;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Tokens;

namespace Dateline.Language.Sentences;

/// <summary>Adds the <see cref="Sentence"/> layer from the token layer.</summary>
public sealed class SentenceSplitterComponent(SentenceSplitter splitter) : IPipelineComponent
{
    public SentenceSplitterComponent()
        : this(SentenceSplitter.Default)
    {
    }

    public string Name => "sentences";

    public IReadOnlyList<Capability> Requires { get; } = [TokensLayer.Instance];

    public IReadOnlyList<Capability> Assigns { get; } = [SentencesLayer.Instance];

    public Document Process(Document document, ProcessingContext context)
    {
        var tokens = document.Layer<Token>();
        var spans = new TextSpan[tokens.Length];
        for (int i = 0; i < spans.Length; i++)
        {
            spans[i] = tokens[i].Span;
        }

        var sentences = splitter.Split(document.Text, spans);
        return document.WithLayer(sentences.Select(s => new Sentence(s)).ToImmutableArray());
    }
}
