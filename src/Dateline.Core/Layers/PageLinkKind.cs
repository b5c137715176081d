namespace Dateline.Core.Layers;

/// <summary>Where a link on the article page goes.</summary>
public enum PageLinkKind
{
    /// <summary>The page of the collection-wide entity an article entity id belongs to (no link outside a store).</summary>
    Entity,

    /// <summary>An address taken from the page (untrusted: the web host lets only http(s) through).</summary>
    External,

    /// <summary>Another stored article, by id.</summary>
    Article,
}
