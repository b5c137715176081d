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

    public int Limit { get; init; } = 20;

    public int Offset { get; init; }
}
