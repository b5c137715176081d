using System.Collections.Immutable;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Sentences;
using Dateline.Language.Tokens;
using Dateline.Language.Scope;

namespace Dateline.Language.Tagging;

/// <summary>
/// Adds the <see cref="TaggedToken"/> layer: every token with its part of speech, sentence by sentence. The shipped
/// model is loaded on the first document, so composing a pipeline (or asking for its layers) loads nothing.
/// </summary>
public sealed class PosTaggerComponent : IPipelineComponent
{
    private readonly Lazy<PosTagger> _tagger;

    /// <summary>The shipped model, its tags in the article JSON (`annotate --pos`).</summary>
    public PosTaggerComponent()
        : this(PosTagsLayer.Instance)
    {
    }

    /// <summary>The shipped model, assigning <paramref name="layer"/> (<see cref="PosTagsLayer.Working"/> in the language pipeline).</summary>
    public PosTaggerComponent(PosTagsLayer layer)
    {
        _tagger = new Lazy<PosTagger>(() => PosTagger.Default, LazyThreadSafetyMode.ExecutionAndPublication);
        Assigns = [layer];
    }

    public PosTaggerComponent(PosTagger tagger)
    {
        _tagger = new Lazy<PosTagger>(tagger);
        Assigns = [PosTagsLayer.Instance];
    }

    public string Name => "pos";

    public IReadOnlyList<Capability> Requires { get; } = [TokensLayer.Instance, SentencesLayer.Instance, Capability.Metadata];

    public IReadOnlyList<Capability> Assigns { get; }

    /// <summary>English text only (<see cref="EnglishScope"/>: the metadata's language and the text's script).</summary>
    public bool AppliesTo(Document document) => EnglishScope.Reads(document);

    public Document Process(Document document, ProcessingContext context)
    {
        var tagger = _tagger.Value;
        var tokens = document.Layer<Token>();
        var spans = new TextSpan[tokens.Length];
        for (int i = 0; i < spans.Length; i++)
        {
            spans[i] = tokens[i].Span;
        }

        var tags = new PartOfSpeech[spans.Length];
        int t = 0;
        void TagRun(int first, int end)
        {
            if (end > first)
            {
                tagger.Tag(document.Text, spans.AsSpan(first, end - first), tags.AsSpan(first, end - first));
            }
        }

        foreach (var sentence in document.Layer<Sentence>())
        {
            int gap = t;
            while (t < spans.Length && spans[t].End <= sentence.Span.Start)
            {
                t++;
            }

            TagRun(gap, t); // tokens outside every sentence are tagged as a run of their own
            int first = t;
            while (t < spans.Length && spans[t].Start < sentence.Span.End)
            {
                t++;
            }

            TagRun(first, t);
        }

        TagRun(t, spans.Length);

        var builder = ImmutableArray.CreateBuilder<TaggedToken>(spans.Length);
        for (int i = 0; i < spans.Length; i++)
        {
            builder.Add(new TaggedToken(spans[i], tags[i]));
        }

        return document.WithLayer(builder.MoveToImmutable());
    }
}
