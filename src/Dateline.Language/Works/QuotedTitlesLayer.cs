using Dateline.Core.Layers;

namespace Dateline.Language.Works;

/// <summary>
/// `titles`: [{start, end}], the quoted titles of works. A working layer read by the entity resolver (works), the time
/// tagger and the amount extractor (a time or a number inside a title names the work): found once per document. Not in
/// the article JSON, not stored.
/// </summary>
public sealed class QuotedTitlesLayer : SpanLayer<QuotedTitle>
{
    private QuotedTitlesLayer()
        : base("titles", span => new QuotedTitle(span))
    {
    }

    public static QuotedTitlesLayer Instance { get; } = new();

    public override bool IsInJson => false;
}
