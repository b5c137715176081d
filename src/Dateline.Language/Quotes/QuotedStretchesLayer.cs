using Dateline.Core.Layers;

namespace Dateline.Language.Quotes;

/// <summary>
/// `quoted`: [{start, end}], the stretches of text in quote marks, marks included (<see cref="QuoteMarks"/>). A working
/// layer the quote extractor assigns (it reads its quotes from them) and the time tagger reads (a quoted "last night"
/// is counted from the speaker's day): found once per document. Not in the article JSON, not stored.
/// </summary>
public sealed class QuotedStretchesLayer : SpanLayer<QuotedStretch>
{
    private QuotedStretchesLayer()
        : base("quoted", span => new QuotedStretch(span))
    {
    }

    public static QuotedStretchesLayer Instance { get; } = new();

    public override bool IsInJson => false;
}
