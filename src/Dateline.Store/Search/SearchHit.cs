namespace Dateline.Store.Search;

/// <summary>One story found: the best-ranked article of its near-duplicate group, a highlighted snippet and the other copies.</summary>
public sealed record SearchHit(string Id, string? Title, string? Published, string? Source, string? Url, double Score, string Snippet)
{
    /// <summary>Ids of the story's other copies (near-duplicates), best-ranked first.</summary>
    public IReadOnlyList<string> Copies { get; init; } = [];

    /// <summary>The article's authors.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Where this hit stands in the sort: give it as <see cref="SearchQuery.After"/> for the hits after it.</summary>
    public SearchCursor? Cursor { get; init; }
}
