namespace Dateline.Store.Queries;

/// <summary>
/// A story thread in a list: its label (the title of its most central article), the dates of its first and last
/// dated articles (yyyy-MM-dd), how many articles it has, and the entities most of them name.
/// </summary>
public sealed record ThreadSummary(long Id, string? Label, string? FirstPublished, string? LastPublished, long Articles)
{
    /// <summary>The entities named by the most of the thread's articles, most first.</summary>
    public IReadOnlyList<EntityFacet> Entities { get; init; } = [];
}
