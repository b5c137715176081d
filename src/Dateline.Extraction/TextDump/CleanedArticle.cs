using Dateline.Core.Layers.RelatedLinks;
using Dateline.Core.Layers.RemovedBlocks;
using Dateline.Core.Model;

namespace Dateline.Extraction.TextDump;

/// <summary>What the text-dump cleaner found: body paragraphs, metadata, teasers and the chrome it dropped.</summary>
public sealed record CleanedArticle
{
    public required IReadOnlyList<string> Paragraphs { get; init; }

    public string? Title { get; init; }

    public string? Published { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public DatelineInfo? Dateline { get; init; }

    public int? ReadingTimeMinutes { get; init; }

    public IReadOnlyList<RelatedLink> Related { get; init; } = [];

    public IReadOnlyList<RemovedBlock> Removed { get; init; } = [];
}
