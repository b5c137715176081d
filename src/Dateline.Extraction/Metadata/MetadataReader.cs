using System.Globalization;
using AngleSharp.Dom;
using Dateline.Core.Model;
using Dateline.Extraction.Dates;
using Dateline.Extraction.Html;

namespace Dateline.Extraction.Metadata;

/// <summary>
/// Reads article metadata from an unmodified parsed page: JSON-LD first, then OpenGraph, Twitter cards and other
/// meta tags, then the page itself (&lt;title&gt;, &lt;html lang&gt;, canonical link, bylines). Run it before the
/// body extractor cleans the tree.
/// </summary>
public sealed class MetadataReader
{
    private readonly PublicationDateFinder _dates;
    private readonly AuthorNames _authors;

    public MetadataReader(DateOnly latestDate, AuthorNames? authors = null)
    {
        _dates = new PublicationDateFinder(latestDate);
        _authors = authors ?? AuthorNames.Default;
    }

    public PageMetadata Read(IDocument page, string? knownUrl)
    {
        var meta = new MetaTags(page);
        var ld = JsonLdReader.Read(page);
        var canonical = page.QuerySelector("link[rel='canonical']")?.GetAttribute("href");
        var url = Absolute(knownUrl) ?? Absolute(canonical) ?? Absolute(meta.Get("og:url")) ?? Absolute(ld.Url);
        var host = url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;
        var siteName = meta.Get("og:site_name", "application-name", "twitter:site:name") ?? ld.Publisher;

        // A title stated as metadata is the publisher's own and kept as stated; only the document title, which
        // carries the site's name by convention, is cleaned.
        var documentTitle = page.Title;
        var metaTitle = LdTitle(ld, documentTitle) ?? meta.Get("og:title", "dc.title", "dcterms.title", "twitter:title", "parsely-title", "sailthru.title", "headline");
        var title = metaTitle is not null
            ? TitleCleaner.Clean(metaTitle, null, null, fromDocumentTitle: false)
            : TitleCleaner.Clean(documentTitle ?? page.QuerySelector("h1")?.TextContent, siteName, host, fromDocumentTitle: true);

        var dates = _dates.Find(page, meta, ld, url);
        var lang = page.DocumentElement?.GetAttribute("lang") ?? meta.Get("og:locale", "content-language", "language", "dc.language");
        return new PageMetadata(
            new ArticleMetadata
            {
                Title = title,
                Published = dates.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Modified = dates.Modified?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Authors = Authors(page, meta, ld, siteName),
                Language = Language(lang),
                SiteName = siteName,
                Url = url,
                Description = ld.Description ?? meta.Get("og:description", "description", "twitter:description", "dc.description"),
                Image = meta.Get("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src") ?? ld.Image,
            },
            dates);
    }

    private IReadOnlyList<string> Authors(IDocument page, MetaTags meta, JsonLdArticle ld, string? siteName)
    {
        var fromLd = _authors.Clean(ld.Authors, siteName);
        if (fromLd.Count > 0)
        {
            return fromLd;
        }

        var fromMeta = meta.Get("author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "citation_author");
        if (fromMeta is not null && _authors.Clean([fromMeta], siteName) is { Count: > 0 } metaNames)
        {
            return metaNames;
        }

        // In-page bylines: explicit author markup, then elements whose class says byline or author; never in comments.
        foreach (var candidates in BylineCandidates(page))
        {
            foreach (var element in candidates)
            {
                var text = NodeTextAccess.Collapsed(element, 200);
                if (text.Length is > 0 and < 120 && _authors.Clean([text], siteName) is { Count: > 0 } names)
                {
                    return names;
                }
            }
        }

        // OpenGraph's article:author is mostly a profile URL; a name there is the last resort.
        var weak = meta.Get("article:author", "og:article:author");
        return weak is not null ? _authors.Clean([weak], siteName) : [];
    }

    private const int BylineKinds = 7;
    private const int CandidatesPerKind = 5;

    /// <summary>
    /// One walk over the page collects, in document order, up to five elements (outside comments) of each byline kind,
    /// strongest first: [itemprop=author] [itemprop=name]; [itemprop=author]; [rel=author]; [class*=byline]
    /// [class*=author]; [class*=byline]; [class*=author-name] or [class*=authorname]; [class*=author].
    /// </summary>
    private static List<IElement>[] BylineCandidates(IDocument page)
    {
        var found = new List<IElement>[BylineKinds];
        for (int k = 0; k < BylineKinds; k++)
        {
            found[k] = [];
        }

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
            var itemprop = element.GetAttribute("itemprop");
            var classes = element.GetAttribute("class") ?? string.Empty;
            bool author = itemprop == "author";
            bool byline = classes.Contains("byline", StringComparison.Ordinal);
            bool authorClass = classes.Contains("author", StringComparison.Ordinal);
            kinds[0] = inAuthor && itemprop == "name";
            kinds[1] = author;
            kinds[2] = element.GetAttribute("rel") == "author";
            kinds[3] = inByline && authorClass;
            kinds[4] = byline;
            kinds[5] = classes.Contains("author-name", StringComparison.Ordinal) || classes.Contains("authorname", StringComparison.Ordinal);
            kinds[6] = authorClass;
            if (kinds.Contains(true) && !InComments(element))
            {
                for (int k = 0; k < BylineKinds; k++)
                {
                    if (kinds[k] && found[k].Count < CandidatesPerKind)
                    {
                        found[k].Add(element);
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

    private static bool InComments(IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            var names = (e.Id ?? string.Empty) + " " + (e.GetAttribute("class") ?? string.Empty);
            if (names.Contains("comment", StringComparison.OrdinalIgnoreCase) || names.Contains("reaction", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>JSON-LD name or headline; when they differ, the one closer to the document title.</summary>
    private static string? LdTitle(JsonLdArticle ld, string? documentTitle)
    {
        if (ld.Name is { } name && ld.Headline is { } headline && name != headline)
        {
            var doc = documentTitle ?? string.Empty;
            return Overlap(name, doc) >= Overlap(headline, doc) ? name : headline;
        }

        return ld.Name ?? ld.Headline;
    }

    private static double Overlap(string a, string b)
    {
        var wa = a.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var wb = b.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        return wa.Count == 0 ? 0 : (double)wa.Count(wb.Contains) / Math.Max(wa.Count, wb.Count);
    }

    private static string? Language(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var code = value.Trim().Split('-', '_')[0].ToLowerInvariant();
        return code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower) ? code : null;
    }

    private static string? Absolute(string? href)
        => href is not null && Uri.TryCreate(href.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;
}
