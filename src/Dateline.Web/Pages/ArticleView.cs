using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Store;

namespace Dateline.Web.Pages;

/// <summary>
/// What the article page shows: a document with the registered layers that render it, and for a stored article its
/// id, near-duplicate group and the collection-wide keys its entity links go to.
/// </summary>
internal sealed record ArticleView(Document Document, LayerSet Layers)
{
    /// <summary>Article entity id → collection-wide entity key (links to entity pages); null for a pasted page.</summary>
    public IReadOnlyDictionary<string, long>? EntityKeys { get; init; }

    /// <summary>The store id, when the article is stored.</summary>
    public string? StoredId { get; init; }

    public string? DuplicateOf { get; init; }

    public IReadOnlyList<string> Copies { get; init; } = [];

    /// <summary>The story thread of a stored article.</summary>
    public long? Thread { get; init; }

    public static ArticleView Of(StoredArticle article, LayerSet layers) => new(article.Document, layers)
    {
        EntityKeys = article.EntityKeys,
        StoredId = article.Id,
        DuplicateOf = article.DuplicateOf,
        Copies = article.Copies,
        Thread = article.Thread,
    };
}
