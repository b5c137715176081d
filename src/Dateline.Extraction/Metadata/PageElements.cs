using AngleSharp.Dom;

namespace Dateline.Extraction.Metadata;

/// <summary>
/// The elements the metadata is read from, found in one walk of the untouched page in document order: the meta
/// elements, the h1 headlines, the JSON-LD scripts, the first canonical link, the elements marked as the publication
/// date and the byline candidates by kind. They were five walks (two plain walks and three selector queries, each
/// through AngleSharp's locked selector cache): bench/README.md, "Extraction, issue 20 session". The tests here are the selectors' own: tag names compared ignoring case, attribute values exactly.
/// </summary>
internal sealed class PageElements
{
    public const int BylineKinds = 7;
    public const int StrongBylineKinds = 2;
    private const int CandidatesPerKind = 5;

    private PageElements()
    {
        for (var k = 0; k < BylineKinds; k++)
        {
            Bylines[k] = [];
        }
    }

    public List<IElement> Metas { get; } = [];

    public List<IElement> H1s { get; } = [];

    public List<IElement> JsonLdScripts { get; } = [];

    /// <summary>The elements marked as the publication date: `[itemprop='datePublished'], [itemprop='dateCreated'], time[pubdate]`.</summary>
    public List<IElement> PublishedMarkup { get; } = [];

    /// <summary>The first &lt;link rel="canonical"&gt;.</summary>
    public IElement? Canonical { get; private set; }

    /// <summary>
    /// Up to five elements (outside comments) of each byline kind, strongest first: [itemprop=author] [itemprop=name];
    /// [itemprop=author]; [rel=author]; [class*=byline] [class*=author]; [class*=byline]; [class*=author-name] or
    /// [class*=authorname]; [class*=author].
    /// </summary>
    public List<IElement>[] Bylines { get; } = new List<IElement>[BylineKinds];

    public static PageElements Of(IDocument page)
    {
        var found = new PageElements();
        if (page.DocumentElement is not { } root)
        {
            return found;
        }

        Span<bool> kinds = stackalloc bool[BylineKinds];
        var stack = new Stack<(IElement Element, bool InAuthor, bool InByline)>();
        stack.Push((root, false, false));
        while (stack.Count > 0)
        {
            var (element, inAuthor, inByline) = stack.Pop();
            var name = element.LocalName;
            switch (name)
            {
                case "meta":
                    found.Metas.Add(element);
                    break;
                case "h1":
                    found.H1s.Add(element);
                    break;
            }

            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) && element.GetAttribute("type") == "application/ld+json")
            {
                found.JsonLdScripts.Add(element);
            }

            var rel = element.GetAttribute("rel");
            if (found.Canonical is null && rel == "canonical" && name.Equals("link", StringComparison.OrdinalIgnoreCase))
            {
                found.Canonical = element;
            }

            var itemprop = element.GetAttribute("itemprop");
            if (itemprop is "datePublished" or "dateCreated" || (name.Equals("time", StringComparison.OrdinalIgnoreCase) && element.HasAttribute("pubdate")))
            {
                found.PublishedMarkup.Add(element);
            }

            var classes = element.GetAttribute("class") ?? string.Empty;
            bool author = itemprop == "author";
            bool byline = classes.Contains("byline", StringComparison.Ordinal);
            bool authorClass = classes.Contains("author", StringComparison.Ordinal);
            kinds[0] = inAuthor && itemprop == "name";
            kinds[1] = author;
            kinds[2] = rel == "author";
            kinds[3] = inByline && authorClass;
            kinds[4] = byline;
            kinds[5] = classes.Contains("author-name", StringComparison.Ordinal) || classes.Contains("authorname", StringComparison.Ordinal);
            kinds[6] = authorClass;
            if (kinds.Contains(true) && !InCommentsOrFooter(element))
            {
                for (int k = 0; k < BylineKinds; k++)
                {
                    if (kinds[k] && found.Bylines[k].Count < CandidatesPerKind)
                    {
                        found.Bylines[k].Add(element);
                    }
                }
            }

            // Indexed, not sibling links: AngleSharp finds a sibling by searching the parent's list (quadratic on wide pages).
            var childNodes = element.ChildNodes;
            for (var i = childNodes.Length - 1; i >= 0; i--)
            {
                if (childNodes[i] is IElement child)
                {
                    stack.Push((child, inAuthor || author, inByline || byline));
                }
            }
        }

        return found;
    }

    private static bool InCommentsOrFooter(IElement element)
    {
        var footer = false;
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            // A theme's credit ("Theme by X", rel=author) sits in the page's footer; a post's own footer
            // ("Posted by X" in the article's footer) is a byline.
            if (e.LocalName == "footer")
            {
                footer = true;
            }
            else if (footer && e.LocalName is "article" or "main")
            {
                footer = false;
            }

            // Id and class apart, not joined into one string per ancestor: neither word holds a space, so neither is
            // found across the two.
            if (Names(e.Id) || Names(e.GetAttribute("class")))
            {
                return true;
            }
        }

        return footer;

        static bool Names(string? names) => names is not null
            && (names.Contains("comment", StringComparison.OrdinalIgnoreCase) || names.Contains("reaction", StringComparison.OrdinalIgnoreCase));
    }
}
