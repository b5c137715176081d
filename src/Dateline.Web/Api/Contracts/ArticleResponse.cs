namespace Dateline.Web.Api.Contracts;

/// <summary>An article with its metadata and every annotation layer; spans index into <see cref="Text"/>.</summary>
public sealed record ArticleResponse(string Id, string Text)
{
    public string? Url { get; init; }

    public string? Title { get; init; }

    public string? Published { get; init; }

    public string? Modified { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public DatelineDto? Dateline { get; init; }

    public string? Language { get; init; }

    public string? Source { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<SpanDto> Paragraphs { get; init; } = [];

    public IReadOnlyList<EntityDto> Entities { get; init; } = [];

    public IReadOnlyList<MentionDto> Mentions { get; init; } = [];

    public IReadOnlyList<QuoteDto> Quotes { get; init; } = [];

    public IReadOnlyList<TimeDto> Times { get; init; } = [];

    public IReadOnlyList<AmountDto> Amounts { get; init; } = [];

    public IReadOnlyList<RelationDto> Relations { get; init; } = [];

    public IReadOnlyList<RelatedLinkDto> Related { get; init; } = [];

    public IReadOnlyList<RemovedBlockDto> Removed { get; init; } = [];

    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The first stored copy of this story, when this article is a near-duplicate of it.</summary>
    public string? DuplicateOf { get; init; }

    public IReadOnlyList<string> Copies { get; init; } = [];
}
