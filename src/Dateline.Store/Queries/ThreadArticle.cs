namespace Dateline.Store.Queries;

/// <summary>An article on a thread's timeline, and the similarity by which it joined (null when it started the thread or is a near-duplicate).</summary>
public sealed record ThreadArticle(string Id, string? Title, string? Published, string? Source, double? Score)
{
    /// <summary>The id of the article this one is a near-duplicate of, if it is one.</summary>
    public string? DuplicateOf { get; init; }
}
