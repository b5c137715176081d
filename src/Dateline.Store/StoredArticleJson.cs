using System.Text.Json;
using Dateline.Core.Output;

namespace Dateline.Store;

/// <summary>
/// A stored article in the article contract, as `show` prints it and /api/articles/{id} returns it: the article
/// object (entity references carry their collection-wide keys) with a "store" object at the end: content hash,
/// input, ingest time, near-duplicate group, story thread and the number of records of each stored layer.
/// </summary>
public static class StoredArticleJson
{
    public static void Write(Utf8JsonWriter writer, StoredArticle article, ArticleJsonWriter json)
        => json.Write(writer, article.Document, article.EntityKeys, w => WriteStore(w, article, json));

    private static void WriteStore(Utf8JsonWriter w, StoredArticle article, ArticleJsonWriter json)
    {
        w.WriteStartObject("store");
        w.WriteString("hash", article.ContentHash);
        w.WriteString("input", article.Input);
        w.WriteString("ingestedAt", article.IngestedAt);
        JsonFields.WriteNullable(w, "duplicateOf", article.DuplicateOf);
        JsonFields.WriteStrings(w, "copies", article.Copies);
        if (article.Thread is { } thread)
        {
            w.WriteNumber("thread", thread);
        }
        w.WriteStartObject("layers");
        foreach (var layer in json.Layers.Stored)
        {
            w.WriteNumber(layer.Name, layer.Count(article.Document));
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }
}
