using System.Text.Json;
using Dateline.Core.Model;

namespace Dateline.Core.Output;

/// <summary>Writes one group of fields of a document's JSON object; later layers (entities, quotes …) add sections.</summary>
public interface IJsonSection
{
    void Write(Utf8JsonWriter writer, Document document);
}
