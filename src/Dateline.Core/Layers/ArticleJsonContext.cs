using System.Text.Json;
using Dateline.Core.Model;

namespace Dateline.Core.Layers;

/// <summary>
/// What a layer needs to write its JSON: the document and, for a stored article, the collection-wide keys of its
/// entities, which every entity reference then carries beside the article's own id (<c>"speaker": "E3",
/// "speakerKey": 41</c>) so that an API client can follow it to <c>/api/entities/{key}</c>.
/// </summary>
public sealed class ArticleJsonContext(Document document, IReadOnlyDictionary<string, long>? entityKeys = null)
{
    public Document Document { get; } = document;

    /// <summary>Article entity id → collection-wide entity key; null outside a store.</summary>
    public IReadOnlyDictionary<string, long>? EntityKeys { get; } = entityKeys;

    /// <summary>The collection-wide key of an article entity, when known.</summary>
    public long? KeyOf(string? localId)
        => localId is not null && EntityKeys is not null && EntityKeys.TryGetValue(localId, out var key) ? key : null;

    /// <summary>Writes <c>"name": localId</c> and, in a store, <c>"nameKey": key</c>.</summary>
    public void WriteEntityRef(Utf8JsonWriter writer, string name, string? localId)
    {
        Output.JsonFields.WriteNullable(writer, name, localId);
        if (EntityKeys is not null)
        {
            if (KeyOf(localId) is { } key)
            {
                writer.WriteNumber(name + "Key", key);
            }
            else
            {
                writer.WriteNull(name + "Key");
            }
        }
    }
}
