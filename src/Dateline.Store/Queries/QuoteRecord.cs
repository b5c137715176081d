namespace Dateline.Store.Queries;

/// <summary>A stored quote with its article and speaker.</summary>
public sealed record QuoteRecord(string ArticleId, string? ArticleTitle, string? Published, string Text, string Kind)
{
    public int Start { get; init; }

    public int End { get; init; }

    public string? Cue { get; init; }

    /// <summary>The collection-wide key of the resolved speaker, if resolved.</summary>
    public long? SpeakerId { get; init; }

    public string? SpeakerName { get; init; }

    /// <summary>The words near the quote that name the speaker ("the minister", "he").</summary>
    public string? SpeakerText { get; init; }

    /// <summary>The article's source: its site name, else its URL's host.</summary>
    public string? Source { get; init; }
}
