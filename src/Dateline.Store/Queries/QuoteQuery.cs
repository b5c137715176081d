namespace Dateline.Store.Queries;

/// <summary>Which quotes to list. Every given filter must hold.</summary>
public sealed record QuoteQuery
{
    /// <summary>A speaker's name, or part of it ("Putin"); matches the resolved speaker or the words naming the speaker.</summary>
    public string? Speaker { get; init; }

    /// <summary>Words the quote must contain (case-insensitive, as a phrase).</summary>
    public string? Text { get; init; }

    /// <summary>Only quotes whose resolved speaker is this entity.</summary>
    public long? SpeakerId { get; init; }

    /// <summary>Only quotes that mention this entity inside the quoted words.</summary>
    public long? AboutId { get; init; }

    /// <summary>Only quotes of this kind (stored as the quotes layer writes it: direct, mixed, indirect).</summary>
    public QuoteKindFilter Kind { get; init; } = QuoteKindFilter.All;

    /// <summary>Only quotes from articles of this source: site name or host, as the search's source filter.</summary>
    public string? Source { get; init; }

    /// <summary>Only quotes from articles published on or after this date: yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    public string? From { get; init; }

    /// <summary>Only quotes from articles published on or before this date (a year or month means all of it).</summary>
    public string? To { get; init; }

    public QuoteSort Sort { get; init; } = QuoteSort.Newest;

    public int Limit { get; init; } = 20;

    public int Offset { get; init; }
}
