using Dateline.Core.Model;

namespace Dateline.Store;

/// <summary>
/// An article read back from the store: its document rebuilt with every stored layer (entity ids are the article's
/// own; <see cref="EntityKeys"/> maps them to the collection-wide entities), and its near-duplicate group.
/// </summary>
public sealed record StoredArticle(string Id, string ContentHash, string Input, string IngestedAt, Document Document)
{
    /// <summary>The id of the first stored copy of this story, when this article is a near-duplicate of it.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>The other articles of the same story (near-duplicates), by id.</summary>
    public IReadOnlyList<string> Copies { get; init; } = [];

    /// <summary>The story thread the article belongs to (Threads/), when the store has placed it.</summary>
    public long? Thread { get; init; }

    /// <summary>Article entity id → collection-wide entity key.</summary>
    public IReadOnlyDictionary<string, long> EntityKeys { get; init; } = new Dictionary<string, long>();
}
