namespace Dateline.Web.Api.Contracts;

/// <summary>One story found: its best-ranked article, a snippet with the matches marked, and its near-duplicate copies.</summary>
/// <param name="Id">The article id (GET /api/articles/{id}).</param>
/// <param name="Title">The headline.</param>
/// <param name="Published">ISO 8601 date or date-time of publication.</param>
/// <param name="Source">The site the article came from.</param>
/// <param name="Url">The page URL.</param>
/// <param name="Score">BM25 relevance, higher is more relevant (0 without search words).</param>
/// <param name="Snippet">Plain text around the matches, with the matched ranges.</param>
/// <param name="Copies">Ids of the story's other copies (near-duplicates).</param>
public sealed record SearchHitDto(string Id, string? Title, string? Published, string? Source, string? Url, double Score, HighlightedText Snippet, IReadOnlyList<string> Copies)
{
    /// <summary>The article's authors.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];
}
