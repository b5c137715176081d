using System.Collections.Immutable;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Sentences;
using Dateline.Language.Tokens;
using Dateline.Language.Scope;

namespace Dateline.Language.Entities;

/// <summary>
/// Adds the <see cref="EntityMention"/> layer, unresolved (the resolver gives each its entity): the recognizer run
/// over each sentence's tokens. The shipped model loads on the first document, not when the pipeline is composed.
/// </summary>
public sealed class EntityRecognizerComponent : IPipelineComponent
{
    private readonly Lazy<EntityRecognizer> _recognizer;

    public EntityRecognizerComponent()
    {
        _recognizer = new Lazy<EntityRecognizer>(() => EntityRecognizer.Default, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public EntityRecognizerComponent(EntityRecognizer recognizer)
    {
        _recognizer = new Lazy<EntityRecognizer>(recognizer);
    }

    public string Name => "entity-recognizer";

    public IReadOnlyList<Capability> Requires { get; } = [TokensLayer.Instance, SentencesLayer.Instance, Capability.Metadata];

    public IReadOnlyList<Capability> Assigns { get; } = [MentionsLayer.Instance];

    /// <summary>English text only (<see cref="EnglishScope"/>: the metadata's language and the text's script).</summary>
    public bool AppliesTo(Document document) => EnglishScope.Reads(document);

    public Document Process(Document document, ProcessingContext context)
    {
        var text = document.Text;
        var tokens = document.Layer<Token>();
        var mentions = ImmutableArray.CreateBuilder<EntityMention>();
        var sentenceWords = new List<string[]>();
        var firstTokens = new List<int>();
        int t = 0;
        foreach (var sentence in document.Layer<Sentence>())
        {
            while (t < tokens.Length && tokens[t].Span.Start < sentence.Span.Start)
            {
                t++;
            }

            int first = t;
            while (t < tokens.Length && tokens[t].Span.End <= sentence.Span.End)
            {
                t++;
            }

            int count = t - first;
            if (count == 0)
            {
                continue;
            }

            var words = new string[count];
            for (int i = 0; i < count; i++)
            {
                var span = tokens[first + i].Span;
                words[i] = text.Substring(span.Start, span.Length);
            }

            sentenceWords.Add(words);
            firstTokens.Add(first);
        }

        context.ThrowIfCancelled();
        var recognized = _recognizer.Value.RecognizeDocument(sentenceWords, context.Cancellation);
        for (int s = 0; s < sentenceWords.Count; s++)
        {
            int first = firstTokens[s];
            foreach (var entity in recognized[s])
            {
                var span = new TextSpan(tokens[first + entity.Start].Span.Start, tokens[first + entity.End - 1].Span.End);
                mentions.Add(new EntityMention(span, entity.Label));
            }
        }

        return document.WithLayer(mentions.ToImmutable());
    }
}
