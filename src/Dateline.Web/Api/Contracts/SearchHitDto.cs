namespace Dateline.Web.Api.Contracts;

/// <summary>One story found: its best-ranked article, a snippet with the matches marked, and its near-duplicate copies.</summary>
public sealed record SearchHitDto(string Id, string? Title, string? Published, string? Source, string? Url, double Score, HighlightedText Snippet, IReadOnlyList<string> Copies);
