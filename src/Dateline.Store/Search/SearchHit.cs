namespace Dateline.Store.Search;

/// <summary>One story found: the best-ranked article of its near-duplicate group, a highlighted snippet and the other copies.</summary>
public sealed record SearchHit(string Id, string? Title, string? Published, string? Source, string? Url, double Score, string Snippet)
{
    /// <summary>Ids of the story's other copies (near-duplicates), best-ranked first.</summary>
    public IReadOnlyList<string> Copies { get; init; } = [];
}
