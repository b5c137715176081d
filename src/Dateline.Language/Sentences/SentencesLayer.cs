using Dateline.Core.Layers;

namespace Dateline.Language.Sentences;

/// <summary>`sentences`: [{start, end}]. A working layer for the components after the splitter: not in the article JSON, not stored.</summary>
public sealed class SentencesLayer : SpanLayer<Sentence>
{
    private SentencesLayer()
        : base("sentences", span => new Sentence(span))
    {
    }

    public static SentencesLayer Instance { get; } = new();

    public override bool IsInJson => false;
}
