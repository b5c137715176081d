using System.Collections.Immutable;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;

namespace Dateline.Language.Sentences;

/// <summary>Adds the <see cref="Sentence"/> layer from the token layer.</summary>
public sealed class SentenceSplitterComponent(SentenceSplitter splitter) : IPipelineComponent
{
    public SentenceSplitterComponent()
        : this(SentenceSplitter.Default)
    {
    }

    public string Name => "sentences";

    public IReadOnlyList<string> Requires { get; } = [Capabilities.Tokens];

    public IReadOnlyList<string> Assigns { get; } = [Capabilities.Sentences];

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
