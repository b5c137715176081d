using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Language.Resolution;

/// <summary>Writes `entities`: [{id, name, type, roles, country, lat, lon, mentions: [{start, end, text}]}].</summary>
public sealed class EntitiesJsonSection : IJsonSection
{
    public void Write(Utf8JsonWriter writer, Document document)
    {
        writer.WriteStartArray("entities");
        foreach (var entity in document.Entities)
        {
            writer.WriteStartObject();
            writer.WriteString("id", entity.Id);
            writer.WriteString("name", entity.Name);
            writer.WriteString("type", entity.Label);
            writer.WriteStartArray("roles");
            foreach (var role in entity.Roles)
            {
                writer.WriteStringValue(role);
            }

            writer.WriteEndArray();
            writer.WriteString("country", entity.Country);
            if (entity.Latitude is { } lat && entity.Longitude is { } lon)
            {
                writer.WriteNumber("lat", lat);
                writer.WriteNumber("lon", lon);
            }
            else
            {
                writer.WriteNull("lat");
                writer.WriteNull("lon");
            }

            writer.WriteStartArray("mentions");
            foreach (var span in entity.Mentions)
            {
                writer.WriteStartObject();
                ArticleJsonWriter.WriteSpanFields(writer, document, span);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
