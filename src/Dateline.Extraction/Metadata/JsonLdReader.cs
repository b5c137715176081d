using System.Text.Json;
using AngleSharp.Dom;

namespace Dateline.Extraction.Metadata;

/// <summary>
/// Reads schema.org JSON-LD blocks: finds the Article-like objects (NewsArticle, BlogPosting, …, also inside @graph
/// and arrays) and takes headline, dates, authors, publisher, description, image and URL. Broken JSON is skipped.
/// </summary>
public static class JsonLdReader
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "TechArticle", "ScholarlyArticle", "Report",
        "WebPage", "ItemPage", "AboutPage", "Posting", "Review", "VideoObject", "Event",
    };

    private static readonly HashSet<string> OrganisationTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Organization", "NewsMediaOrganization", "Corporation", "LocalBusiness", "GovernmentOrganization", "NGO",
        "EducationalOrganization", "SportsOrganization", "OnlineBusiness", "Brand", "WebSite",
    };

    /// <summary>The article the page's JSON-LD scripts (its `script[type='application/ld+json']` elements, in page order) describe.</summary>
    public static JsonLdArticle Read(IReadOnlyList<IElement> scripts)
    {
        var found = new List<(int Rank, JsonElement Element)>();
        var docs = new List<JsonDocument>();
        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        try
        {
            foreach (var script in scripts)
            {
                if (Parse(StripCData(script.TextContent)) is { } doc)
                {
                    docs.Add(doc);
                    Collect(doc.RootElement, found, byId, 0);
                }
            }

            // Real articles before generic pages (WebPage often wraps a site-wide description).
            var ordered = found.OrderBy(f => f.Rank).Select(f => f.Element).ToList();
            var authors = ordered.Select(e => Authors(e, "author", byId)).FirstOrDefault(a => a.Count > 0)
                          ?? ordered.Select(e => Authors(e, "creator", byId)).FirstOrDefault(a => a.Count > 0) ?? [];
            return new JsonLdArticle
            {
                Headline = First(ordered, e => Str(e, "headline")),
                Name = First(ordered, e => Str(e, "name")),
                DatePublished = First(ordered, e => Str(e, "datePublished") ?? Str(e, "dateCreated") ?? Str(e, "uploadDate")),
                DateModified = First(ordered, e => Str(e, "dateModified")),
                Authors = authors.Where(a => !a.Organisation).Select(a => a.Name).ToList(),
                OrganisationAuthors = authors.Where(a => a.Organisation).Select(a => a.Name).ToList(),
                Publisher = First(ordered, e => e.TryGetProperty("publisher", out var p) ? NameOf(p) : null),
                Description = First(ordered, e => Str(e, "description")),
                Image = First(ordered, e => e.TryGetProperty("image", out var i) ? UrlOf(i) : null),
                Url = First(ordered, e => Str(e, "url") ?? (e.TryGetProperty("mainEntityOfPage", out var m) ? UrlOf(m) : null)),
            };
        }
        finally
        {
            foreach (var doc in docs)
            {
                doc.Dispose();
            }
        }
    }

    /// <summary>
    /// The JSON, or null when it is broken (a page's broken JSON-LD is no reason to lose the rest of its metadata).
    /// Line breaks and tabs written raw inside strings (an articleBody pasted as it is) are read as spaces.
    /// </summary>
    private static JsonDocument? Parse(string text)
    {
        var options = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
        try
        {
            return JsonDocument.Parse(text, options);
        }
        catch (JsonException) when (text.AsSpan().IndexOfAny('\n', '\r', '\t') >= 0)
        {
            try
            {
                return JsonDocument.Parse(text.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '), options);
            }
            catch (JsonException)
            {
                return null;
            }
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Pages wrap JSON-LD in CDATA sections (and comment those out for old browsers).</summary>
    private static string StripCData(string text)
    {
        var t = text.Trim();
        if (t.StartsWith("//", StringComparison.Ordinal))
        {
            t = t[2..].TrimStart();
        }

        if (t.StartsWith("<![CDATA[", StringComparison.Ordinal))
        {
            t = t["<![CDATA[".Length..];
            var end = t.LastIndexOf("]]>", StringComparison.Ordinal);
            if (end >= 0)
            {
                t = t[..end].TrimEnd();
                if (t.EndsWith("//", StringComparison.Ordinal))
                {
                    t = t[..^2];
                }
            }
        }

        return t;
    }

    private static void Collect(JsonElement element, List<(int, JsonElement)> found, Dictionary<string, JsonElement> byId, int depth)
    {
        if (depth > 6)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, found, byId, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } key)
        {
            byId.TryAdd(key, element);
        }

        if (element.TryGetProperty("@type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()).ToList() : [type.ToString()];
            var match = types.FirstOrDefault(ArticleTypes.Contains);
            if (match is not null)
            {
                var rank = match is "WebPage" or "ItemPage" or "AboutPage" or "VideoObject" or "Event" ? 1 : 0;
                found.Add((rank, element));
            }
        }

        if (element.TryGetProperty("@graph", out var graph))
        {
            Collect(graph, found, byId, depth + 1);
        }

        if (element.TryGetProperty("mainEntity", out var main))
        {
            Collect(main, found, byId, depth + 1);
        }
    }

    private static string? First(List<JsonElement> elements, Func<JsonElement, string?> pick)
        => elements.Select(pick).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    private static string? Str(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
            _ => null,
        };
    }

    /// <summary>
    /// The article's authors with whether each is an organisation; an author given only as a reference
    /// (<c>{"@id": …}</c>, as @graph pages do) is looked up among the page's objects.
    /// </summary>
    private static List<(string Name, bool Organisation)> Authors(JsonElement element, string property, Dictionary<string, JsonElement> byId)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return [];
        }

        var result = new List<(string, bool)>();
        foreach (var item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
        {
            var target = item;
            if (item.ValueKind == JsonValueKind.Object && Str(item, "name") is null && Str(item, "@id") is { } reference && byId.TryGetValue(reference, out var resolved))
            {
                target = resolved;
            }

            if (NameOf(target) is { } name && !string.IsNullOrWhiteSpace(name))
            {
                result.Add((MarkupText.Plain(name), target.ValueKind == JsonValueKind.Object && IsOrganisation(target)));
            }
        }

        return result;
    }

    private static bool IsOrganisation(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()).ToList() : [type.ToString()];
        return types.Any(t => OrganisationTypes.Contains(t));
    }

    private static string? NameOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Object => Str(value, "name"),
        JsonValueKind.Array => value.EnumerateArray().Select(NameOf).FirstOrDefault(n => n is not null),
        _ => null,
    };

    private static string? UrlOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Object => Str(value, "url") ?? Str(value, "@id"),
        JsonValueKind.Array => value.EnumerateArray().Select(UrlOf).FirstOrDefault(n => n is not null),
        _ => null,
    };
}
