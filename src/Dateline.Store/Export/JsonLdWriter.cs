using System.Globalization;
using System.Text.Json;
using Dateline.Core.Output;

namespace Dateline.Store.Export;

/// <summary>
/// Writes articles as schema.org <c>NewsArticle</c> objects in JSON-LD, one per line: headline, dates, authors,
/// publisher, language, the entities as <c>about</c> (the most mentioned) and <c>mentions</c> (all), and the quotations
/// as <c>citation</c>s of type <c>Quotation</c> with the speaker. Properties are in docs/exports.md.
/// </summary>
internal static class JsonLdWriter
{
    /// <summary>At most this many entities go in <c>about</c>: those mentioned at least twice, most mentioned first.</summary>
    public const int AboutCount = 3;

    public static long Write(IEnumerable<ExportedArticle> articles, Stream output)
    {
        long n = 0;
        using var writer = new Utf8JsonWriter(output, ArticleJsonWriter.CompactOptions);
        foreach (var article in articles)
        {
            writer.Reset();
            Article(writer, article);
            writer.Flush();
            output.WriteByte((byte)'\n');
            n++;
        }

        return n;
    }

    private static void Article(Utf8JsonWriter w, ExportedArticle a)
    {
        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", "NewsArticle");
        w.WriteString("@id", a.Url ?? "urn:dateline:article:" + Uri.EscapeDataString(a.Id));
        w.WriteString("identifier", a.Id);
        Optional(w, "url", a.Url);
        Optional(w, "headline", a.Title);
        Optional(w, "datePublished", a.PublishedAt is { } at ? ExportValues.Format(at) : a.Published is { } day ? ExportValues.Format(day) : null);
        Optional(w, "dateModified", a.Modified is { } modified ? ExportValues.Format(modified) : null);
        if (a.Authors.Count > 0)
        {
            w.WriteStartArray("author");
            foreach (var author in a.Authors)
            {
                w.WriteStartObject();
                w.WriteString("@type", "Person");
                w.WriteString("name", author);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (a.Site is { } site)
        {
            w.WriteStartObject("publisher");
            w.WriteString("@type", "Organization");
            w.WriteString("name", site);
            w.WriteEndObject();
        }

        Optional(w, "inLanguage", a.Language);
        Optional(w, "description", a.Description);
        Optional(w, "image", a.Image);
        if (a.DatelinePlace is { } place)
        {
            w.WriteStartObject("contentLocation");
            w.WriteString("@type", "Place");
            w.WriteString("name", place);
            w.WriteEndObject();
        }

        var about = a.Entities.Where(e => e.MentionStarts.Count >= 2)
            .OrderByDescending(e => e.MentionStarts.Count).ThenBy(e => e.MentionStarts[0]).Take(AboutCount).ToList();
        Entities(w, "about", about);
        Entities(w, "mentions", a.Entities);
        var quotes = a.Quotes.Where(q => q.Kind is "direct" or "mixed").ToList();
        if (quotes.Count > 0)
        {
            w.WriteStartArray("citation");
            foreach (var q in quotes)
            {
                w.WriteStartObject();
                w.WriteString("@type", "Quotation");
                w.WriteString("text", q.Text);
                if (q.Speaker is { } speaker)
                {
                    var entity = q.SpeakerKey is { } key ? a.Entities.FirstOrDefault(e => e.Key == key) : null;
                    w.WritePropertyName("spokenByCharacter");
                    if (entity is not null)
                    {
                        Entity(w, entity);
                    }
                    else
                    {
                        w.WriteStartObject();
                        w.WriteString("@type", "Person");
                        w.WriteString("name", speaker);
                        w.WriteEndObject();
                    }
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void Entities(Utf8JsonWriter w, string name, IReadOnlyList<ExportedEntity> entities)
    {
        if (entities.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var e in entities)
        {
            Entity(w, e);
        }

        w.WriteEndArray();
    }

    /// <summary>
    /// An entity as a schema.org thing: PERSON → Person, ORG → Organization, GPE and LOC → Place (with GeoCoordinates
    /// and the country it is in), NORP and MISC → Thing; <c>@id</c> names the collection-wide entity.
    /// </summary>
    private static void Entity(Utf8JsonWriter w, ExportedEntity e)
    {
        w.WriteStartObject();
        w.WriteString("@type", e.Label switch
        {
            "PERSON" => "Person",
            "ORG" => "Organization",
            "GPE" or "LOC" => "Place",
            _ => "Thing",
        });
        if (e.Key is { } key)
        {
            w.WriteString("@id", "urn:dateline:entity:" + key.ToString(CultureInfo.InvariantCulture));
        }

        w.WriteString("name", e.Name);
        w.WriteString("additionalType", e.Label);
        if (e.Label is "GPE" or "LOC")
        {
            if (e.Latitude is { } lat && e.Longitude is { } lon)
            {
                w.WriteStartObject("geo");
                w.WriteString("@type", "GeoCoordinates");
                w.WriteNumber("latitude", lat);
                w.WriteNumber("longitude", lon);
                w.WriteEndObject();
            }

            if (e.Country is { } country && !string.Equals(country, e.Name, StringComparison.OrdinalIgnoreCase))
            {
                w.WriteStartObject("containedInPlace");
                w.WriteString("@type", "Country");
                w.WriteString("name", country);
                w.WriteEndObject();
            }
        }

        w.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            w.WriteString(name, value);
        }
    }
}
