namespace Dateline.Store.Search;

/// <summary>A search: words (or raw full-text syntax), filters on date, entity, entity type, source, language and event type.</summary>
public sealed record SearchQuery(string Text)
{
    /// <summary>Pass <see cref="Text"/> to the full-text engine unchanged (operators, NEAR, column filters) instead of as words.</summary>
    public bool Raw { get; init; }

    /// <summary>Earliest publication date, yyyy-MM-dd (inclusive).</summary>
    public string? From { get; init; }

    /// <summary>Latest publication date, yyyy-MM-dd (inclusive).</summary>
    public string? To { get; init; }

    /// <summary>Only articles mentioning an entity of this name (case-insensitive).</summary>
    public string? Entity { get; init; }

    /// <summary>Only articles mentioning an entity of this type (PERSON, ORG, GPE …); with <see cref="Entity"/>, that entity's type.</summary>
    public string? EntityType { get; init; }

    /// <summary>Only articles from this source (site name or host).</summary>
    public string? Source { get; init; }

    public string? Language { get; init; }

    /// <summary>Only articles stating an event of this PLOVER type (ASSAULT, PROTEST …; any case).</summary>
    public string? EventType { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Start after this hit of an earlier page (its <see cref="SearchHit.Cursor"/>), in the same sort.</summary>
    public SearchCursor? After { get; init; }

    public int Limit { get; init; } = 20;

    /// <summary>Markers put around matched words in snippets.</summary>
    public string HighlightStart { get; init; } = "<mark>";

    public string HighlightEnd { get; init; } = "</mark>";
}
