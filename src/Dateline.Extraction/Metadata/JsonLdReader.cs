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

    public static JsonLdArticle Read(IDocument page)
    {
        var found = new List<(int Rank, JsonElement Element)>();
        var docs = new List<JsonDocument>();
        try
        {
            foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    var doc = JsonDocument.Parse(StripCData(script.TextContent), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                    docs.Add(doc);
                    Collect(doc.RootElement, found, 0);
                }
                catch (JsonException)
                {
                    // A page's broken JSON-LD is no reason to lose the rest of its metadata.
                }
            }

            // Real articles before generic pages (WebPage often wraps a site-wide description).
            var ordered = found.OrderBy(f => f.Rank).Select(f => f.Element).ToList();
            return new JsonLdArticle
            {
                Headline = First(ordered, e => Str(e, "headline")),
                Name = First(ordered, e => Str(e, "name")),
                DatePublished = First(ordered, e => Str(e, "datePublished") ?? Str(e, "dateCreated") ?? Str(e, "uploadDate")),
                DateModified = First(ordered, e => Str(e, "dateModified")),
                Authors = ordered.Select(e => Names(e, "author")).FirstOrDefault(a => a.Count > 0) ?? Names(ordered, "creator"),
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

    private static void Collect(JsonElement element, List<(int, JsonElement)> found, int depth)
    {
        if (depth > 6)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, found, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
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
            Collect(graph, found, depth + 1);
        }

        if (element.TryGetProperty("mainEntity", out var main))
        {
            Collect(main, found, depth + 1);
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

    private static IReadOnlyList<string> Names(List<JsonElement> elements, string property)
        => elements.Select(e => Names(e, property)).FirstOrDefault(a => a.Count > 0) ?? [];

    private static IReadOnlyList<string> Names(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return [];
        }

        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        return items.Select(NameOf).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).ToList();
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
