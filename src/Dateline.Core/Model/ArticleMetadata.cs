namespace Dateline.Core.Model;

/// <summary>What is known about the article besides its body text.</summary>
public sealed record ArticleMetadata
{
    public static ArticleMetadata Empty { get; } = new();

    public string? Title { get; init; }

    /// <summary>ISO 8601 date (yyyy-MM-dd) or date-time of first publication, as the page states it.</summary>
    public string? Published { get; init; }

    public string? Modified { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public DatelineInfo? Dateline { get; init; }

    public int? ReadingTimeMinutes { get; init; }

    /// <summary>ISO 639-1 code of the text's language, when known.</summary>
    public string? Language { get; init; }

    public string? SiteName { get; init; }

    public string? Url { get; init; }

    public string? Description { get; init; }

    public string? Image { get; init; }
}
