using Dateline.Extraction.Datelines;
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
    private const int MaxHeadlines = 5;

    private readonly PublicationDateFinder _dates;
    private readonly AuthorNames _authors;
    private readonly MetadataReaderOptions _options;

    public MetadataReader(DateOnly latestDate, AuthorNames? authors = null, MetadataReaderOptions? options = null)
    {
        _dates = new PublicationDateFinder(latestDate);
        _authors = authors ?? AuthorNames.Default;
        _options = options ?? MetadataReaderOptions.Default;
    }

    public PageMetadata Read(IDocument page, string? knownUrl)
    {
        var elements = PageElements.Of(page);
        var meta = new MetaTags(elements.Metas);
        var ld = JsonLdReader.Read(elements.JsonLdScripts);
        var canonical = elements.Canonical?.GetAttribute("href");
        var url = Absolute(knownUrl) ?? Absolute(canonical) ?? Absolute(meta.Get("og:url")) ?? Absolute(ld.Url);
        var host = url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;

        // The document title is found and collapsed by AngleSharp on every read: read once.
        var documentTitle = page.Title;

        // A site name that is only a country is an edition's label (Reuters' "U.S." and "UK"), not the outlet.
        var siteName = meta.Get("og:site_name") is { } ogSite && !DatelineLexicon.Default.IsCountry(ogSite) ? ogSite : null;
        siteName ??= ApplicationName(documentTitle, meta) ?? meta.Get("twitter:site:name") ?? ld.Publisher;
        var site = new SiteIdentity(siteName, ld.Publisher, host);
        var title = Title(documentTitle, meta, ld, site, elements.H1s);

        var dates = _dates.Find(page, meta, ld, url, elements.PublishedMarkup);
        var lang = page.DocumentElement?.GetAttribute("lang") ?? meta.Get("og:locale", "content-language", "language", "dc.language");
        return new PageMetadata(
            new ArticleMetadata
            {
                Title = title,
                Published = dates.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Modified = dates.Modified?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Authors = Authors(elements.Bylines, meta, ld, site),
                Language = Language(lang),
                // A site name run on into a slogan gives the part that names the host; a page that states no site name
                // often ends its title with it ("Headline | Dalloz Actualité").
                SiteName = site.HostNamedPart(siteName) ?? siteName ?? site.HostNamedPart(documentTitle),
                Url = url,
                Description = (ld.Description ?? meta.Get("og:description", "description", "twitter:description", "dc.description")) is { } description && MarkupText.Plain(description) is { Length: > 0 } plain ? plain : null,
                Image = meta.Get("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src") ?? ld.Image,
            },
            dates);
    }

    /// <summary>
    /// The page's `application-name`, unless it is the page's title: some publishers fill it with the headline (the
    /// Guardian's article pages, handball.ch's "Cup-Vorschau: … - Handball Schweiz"), which is then no site's name and
    /// would be counted as the source of one article in the store's facets.
    /// </summary>
    private const int HeadlineWords = 4;

    private static string? ApplicationName(string? documentTitle, MetaTags meta)
    {
        var name = meta.Get("application-name");
        if (name is null)
        {
            return null;
        }

        // A short name equal to the title is a home page's ("Harbour Herald" titled "Harbour Herald"): still the site.
        if (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < HeadlineWords)
        {
            return name;
        }

        var compact = SiteIdentity.Compact(name);
        foreach (var title in (ReadOnlySpan<string?>)[documentTitle, meta.Get("og:title"), meta.Get("twitter:title")])
        {
            if (title is not null && SiteIdentity.Compact(title) == compact)
            {
                return null;
            }
        }

        return name;
    }

    /// <summary>
    /// The title. By default the publisher's stated title (JSON-LD, OpenGraph, Dublin Core, Twitter …) as stated, else the
    /// document title without the site's name; with <see cref="MetadataReaderOptions.VisibleHeadlineTitles"/> the
    /// page's visible headline: the stated title that is an h1, and every title without the site's name or the part
    /// the page does not state as its headline elsewhere.
    /// </summary>
    private string? Title(string? documentTitle, MetaTags meta, JsonLdArticle ld, SiteIdentity site, List<IElement> h1s)
    {
        var headlines = Headlines(h1s);
        var stated = new List<string>();
        foreach (var value in (ReadOnlySpan<string?>)[ld.Headline, ld.Name, meta.Get("og:title"), meta.Get("dc.title", "dcterms.title"), meta.Get("twitter:title"),
                     meta.Get("parsely-title", "sailthru.title"), meta.Get("headline")])
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                stated.Add(value);
            }
        }

        if (_options.VisibleHeadlineTitles)
        {
            var evidence = headlines.Concat(stated).Append(documentTitle ?? string.Empty).ToList();

            // A stated title that is the visible headline wins over the others (an SEO name, a social headline).
            foreach (var candidate in stated)
            {
                if (TitleCleaner.Clean(candidate, site, evidence, fromDocumentTitle: false) is { } cleaned && headlines.Any(h => TitleCleaner.Same(h, cleaned)))
                {
                    return cleaned;
                }
            }

            var first = LdTitle(ld, documentTitle, headlines) ?? stated.FirstOrDefault();
            return first is not null
                ? TitleCleaner.Clean(first, site, evidence, fromDocumentTitle: false)
                : TitleCleaner.Clean(documentTitle ?? headlines.FirstOrDefault(), site, evidence, fromDocumentTitle: true);
        }

        // A title stated as metadata is the publisher's own and kept as stated; only the document title, which
        // carries the site's name by convention, is cleaned.
        var metaTitle = LdTitle(ld, documentTitle, headlines) ?? stated.FirstOrDefault();
        return metaTitle is not null
            ? TitleCleaner.Clean(metaTitle, SiteIdentity.None, [], fromDocumentTitle: false)
            : TitleCleaner.Clean(documentTitle ?? headlines.FirstOrDefault(), site, [], fromDocumentTitle: true);
    }

    /// <summary>The page's visible headlines: its h1 elements (the first few), without empty ones.</summary>
    private static List<string> Headlines(List<IElement> h1s)
    {
        var found = new List<string>();
        foreach (var h1 in h1s)
        {
            var text = NodeTextAccess.Collapsed(h1, 400).Trim();
            if (text.Length > 0 && !found.Contains(text))
            {
                found.Add(text);
            }

            if (found.Count == MaxHeadlines)
            {
                break;
            }
        }

        return found;
    }

    /// <summary>
    /// The authors: the first of JSON-LD people, the author meta tag, in-page bylines and article:author that names
    /// people, widened to a fuller list another source gives with all of them in it (the metadata names the first
    /// author, the byline all). The site's own name is no person; an organisation is the author only when nobody is named.
    /// </summary>
    private IReadOnlyList<string> Authors(List<IElement>[] bylines, MetaTags meta, JsonLdArticle ld, SiteIdentity site)
    {
        var organisations = new List<string>();
        IReadOnlyList<string> Read(string? value, bool organisationsCount)
        {
            if (value is null)
            {
                return [];
            }

            var list = _authors.Read([value], site, handles: true);
            if (organisationsCount)
            {
                organisations.AddRange(list.Outlets);
            }

            return list.People;
        }

        string? Every(string key) => meta.GetEvery(key) is { Count: > 0 } all ? string.Join("; ", all) : null;

        var fromLd = _authors.Read(ld.Authors, site, handles: true);
        organisations.AddRange(fromLd.Outlets);
        // Scholarly pages write one author per element ("dc.creator", "citation_author"): every one of them is an author.
        // (Not so "author", which microdata gives the cited works' authors too.)
        var fromMeta = Read(meta.Get("author", "parsely-author", "sailthru.author") ?? Every("dc.creator") ?? Every("dcterms.creator") ?? meta.Get("byl") ?? Every("citation_author"), true);
        var fromByline = Byline(bylines, site);
        var fromWeak = Read(meta.Get("article:author", "og:article:author"), true);

        // OpenGraph's article:author is mostly a profile URL; a name there is the last resort.
        IReadOnlyList<string>[] sources = [fromLd.People, fromMeta, fromByline, fromWeak];
        var best = sources.FirstOrDefault(s => s.Count > 0);
        if (best is not null)
        {
            foreach (var other in sources)
            {
                if (other.Count > best.Count && best.All(n => other.Contains(n, StringComparer.OrdinalIgnoreCase)))
                {
                    best = other;
                }
            }

            return best;
        }

        if (!_options.OrganisationWhenNobodyIsNamed)
        {
            return [];
        }

        var declared = _authors.Read(ld.OrganisationAuthors, site);
        return declared.People.Concat(declared.Outlets).Concat(organisations).Distinct(StringComparer.OrdinalIgnoreCase).Take(1).ToList();
    }

    /// <summary>In-page bylines: explicit author markup, then elements whose class says byline or author; never in comments or footers.</summary>
    private IReadOnlyList<string> Byline(List<IElement>[] kinds, SiteIdentity site)
    {
        for (var kind = 0; kind < kinds.Length; kind++)
        {
            foreach (var element in kinds[kind])
            {
                // Microdata puts the name in a meta element's content; the first kinds are author markup, where a user name is a name.
                var text = element.LocalName == "meta" ? (element.GetAttribute("content") ?? string.Empty).Trim() : NodeTextAccess.Collapsed(element, 200);
                if (text.Length is > 0 and < 120 && _authors.Clean([text], site, handles: kind <= PageElements.StrongBylineKinds) is { Count: > 0 } names)
                {
                    return names;
                }
            }
        }

        return [];
    }

    /// <summary>JSON-LD name or headline; when they differ, the one the page shows as its h1, else the one closer to the document title.</summary>
    private static string? LdTitle(JsonLdArticle ld, string? documentTitle, List<string> headlines)
    {
        if (ld.Name is { } name && ld.Headline is { } headline && name != headline)
        {
            var shown = headlines.Any(h => TitleCleaner.Same(h, headline)) ? headline : headlines.Any(h => TitleCleaner.Same(h, name)) ? name : null;
            if (shown is not null)
            {
                return shown;
            }

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
