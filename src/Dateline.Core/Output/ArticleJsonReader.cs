using System.Text.Json;
using Dateline.Core.Layers;
using Dateline.Core.Model;

namespace Dateline.Core.Output;

/// <summary>
/// Reads an article object of the contract back into a <see cref="Document"/>: metadata, text, warnings and the
/// registered layers present in it (other properties are ignored). What <see cref="ArticleJsonWriter"/> writes,
/// this reads, so output can be loaded again (by a library user, a later stage or a test).
/// </summary>
public sealed class ArticleJsonReader(LayerSet layers)
{
    /// <exception cref="JsonException">The object is not an article of the contract (an error object, a missing text, a bad layer).</exception>
    public Document Read(JsonElement article)
    {
        if (article.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("an article must be a JSON object");
        }

        if (article.TryGetProperty("error", out _))
        {
            throw new JsonException("this is an error object, not an article");
        }

        var id = JsonFields.RequiredString(article, "id");
        var text = JsonFields.RequiredString(article, "text");
        var metadata = new ArticleMetadata
        {
            Url = JsonFields.String(article, "url"),
            Title = JsonFields.String(article, "title"),
            Published = JsonFields.String(article, "published"),
            Modified = JsonFields.String(article, "modified"),
            Authors = JsonFields.Strings(article, "authors"),
            Dateline = article.TryGetProperty("dateline", out var dl) && dl.ValueKind == JsonValueKind.Object
                ? new DatelineInfo(JsonFields.String(dl, "place"), JsonFields.String(dl, "agency"))
                : null,
            ReadingTimeMinutes = article.TryGetProperty("readingTimeMinutes", out var rt) && rt.ValueKind == JsonValueKind.Number && rt.TryGetInt32(out var minutes) ? minutes : null,
            Language = JsonFields.String(article, "language"),
            SiteName = JsonFields.String(article, "siteName"),
            Description = JsonFields.String(article, "description"),
            Image = JsonFields.String(article, "image"),
        };
        var raw = new RawPage(id, JsonFields.String(article, "source") ?? id, ReadOnlyMemory<byte>.Empty)
        {
            PreDecodedText = text,
            DeclaredKind = ContentKind.Text,
            Url = metadata.Url,
            Warnings = JsonFields.Strings(article, "warnings"),
        };
        var document = Document.FromRaw(raw)
            .WithContent(new DecodedContent(text, ContentKind.Text, "utf-16"))
            .WithText(text)
            .WithMetadata(metadata);
        foreach (var layer in layers)
        {
            if (article.TryGetProperty(layer.Name, out var value))
            {
                document = layer.ReadJson(document, value);
            }
        }

        return document;
    }
}
