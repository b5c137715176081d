using System.Text.Encodings.Web;
using System.Text.Json;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;

namespace Dateline.Core.Output;

/// <summary>
/// Writes the article contract (docs/output-contract.md) that the CLI, the API and exports share: one JSON object
/// per document, its metadata and text, then one property per registered layer that the JSON carries, then the
/// warnings; or an error object. Field names are stable: layers add fields, never rename these.
/// </summary>
public sealed class ArticleJsonWriter(LayerSet layers)
{
    public static JsonWriterOptions CompactOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static JsonWriterOptions IndentedOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    public LayerSet Layers { get; } = layers;

    public void Write(Utf8JsonWriter writer, DocumentResult result)
    {
        if (result.Succeeded)
        {
            Write(writer, result.Document);
        }
        else
        {
            WriteError(writer, result.Id, result.Source, result.Error);
        }
    }

    /// <summary>
    /// One article. In a store, <paramref name="entityKeys"/> gives the collection-wide key of each of its entities
    /// (written beside every entity reference) and <paramref name="extra"/> writes more properties at the end.
    /// </summary>
    public void Write(Utf8JsonWriter writer, Document document, IReadOnlyDictionary<string, long>? entityKeys = null, Action<Utf8JsonWriter>? extra = null)
    {
        var m = document.Metadata;
        writer.WriteStartObject();
        writer.WriteString("id", document.Id);
        writer.WriteString("source", document.Source);
        JsonFields.WriteNullable(writer, "url", m.Url);
        JsonFields.WriteNullable(writer, "title", m.Title);
        JsonFields.WriteNullable(writer, "published", m.Published);
        JsonFields.WriteNullable(writer, "modified", m.Modified);
        JsonFields.WriteStrings(writer, "authors", m.Authors);
        if (m.Dateline is { } dl)
        {
            writer.WriteStartObject("dateline");
            JsonFields.WriteNullable(writer, "place", dl.Place);
            JsonFields.WriteNullable(writer, "agency", dl.Agency);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("dateline");
        }

        if (m.ReadingTimeMinutes is { } rt)
        {
            writer.WriteNumber("readingTimeMinutes", rt);
        }
        else
        {
            writer.WriteNull("readingTimeMinutes");
        }

        JsonFields.WriteNullable(writer, "language", m.Language);
        JsonFields.WriteNullable(writer, "siteName", m.SiteName);
        JsonFields.WriteNullable(writer, "description", m.Description);
        JsonFields.WriteNullable(writer, "image", m.Image);
        writer.WriteString("text", document.Text);
        var context = new ArticleJsonContext(document, entityKeys);
        foreach (var layer in Layers.InJson)
        {
            layer.WriteJson(writer, context);
        }

        JsonFields.WriteStrings(writer, "warnings", document.Warnings);
        extra?.Invoke(writer);
        writer.WriteEndObject();
    }

    public static void WriteError(Utf8JsonWriter writer, string id, string source, DocumentError error)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("source", source);
        writer.WriteStartObject("error");
        writer.WriteString("kind", error.Kind);
        writer.WriteString("message", error.Message);
        JsonFields.WriteNullable(writer, "component", error.Component);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
