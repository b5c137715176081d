namespace Dateline.Core.Layers;

/// <summary>A link a layer asks the article page for; the host decides the address (and whether it may link at all).</summary>
public sealed record PageLink(PageLinkKind Kind, string Target)
{
    public static PageLink Entity(string localId) => new(PageLinkKind.Entity, localId);

    public static PageLink External(string url) => new(PageLinkKind.External, url);

    public static PageLink Article(string id) => new(PageLinkKind.Article, id);
}
