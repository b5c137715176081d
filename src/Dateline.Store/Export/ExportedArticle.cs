namespace Dateline.Store.Export;

/// <summary>
/// One stored article as the article-level exports see it (GKG, JSON-LD): its metadata and the records of the standard
/// layers they describe (entities, quotes, times, amounts), each absent layer empty.
/// </summary>
internal sealed record ExportedArticle(string Id, string Input)
{
    public string? Url { get; init; }

    public string? Title { get; init; }

    public DateOnly? Published { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public DateOnly? Modified { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Language { get; init; }

    public string? Site { get; init; }

    public string? Description { get; init; }

    public string? Image { get; init; }

    public string? DatelinePlace { get; init; }

    public DateTimeOffset? IngestedAt { get; init; }

    public IReadOnlyList<ExportedEntity> Entities { get; init; } = [];

    public IReadOnlyList<ExportedQuote> Quotes { get; init; } = [];

    public IReadOnlyList<ExportedTime> Times { get; init; } = [];

    public IReadOnlyList<ExportedAmount> Amounts { get; init; } = [];
}
