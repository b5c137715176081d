namespace Dateline.Store.Queries;

/// <summary>An article in a list: enough to show and link it.</summary>
public sealed record ArticleSummary(string Id, string? Title, string? Published, string? Source, long Mentions);
