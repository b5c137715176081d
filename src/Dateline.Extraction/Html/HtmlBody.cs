using Dateline.Core.Layers.RelatedLinks;
using Dateline.Core.Layers.RemovedBlocks;
using Dateline.Core.Model;

namespace Dateline.Extraction.Html;

/// <summary>The body the cascade settled on and the stage that produced it.</summary>
public sealed record HtmlBody(ExtractionStage Stage, IReadOnlyList<string> Paragraphs, IReadOnlyList<RemovedBlock> Removed)
{
    /// <summary>Teasers of other stories found in the page's related-story boxes.</summary>
    public IReadOnlyList<RelatedLink> Related { get; init; } = [];

    /// <summary>The body opens with the standfirst the page's meta description names (see <see cref="ContentSelection"/>).</summary>
    public bool OpensWithDescribedLead { get; init; }

    public int Chars => Paragraphs.Sum(p => p.Length);
}
