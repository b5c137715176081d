using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Language.Amounts;

/// <summary>`amounts`: [{start, end, text, value, modifier, unit, upperValue (ranges only)}].</summary>
public sealed class AmountsJsonSection : IJsonSection
{
    public void Write(Utf8JsonWriter writer, Document document)
    {
        writer.WriteStartArray("amounts");
        foreach (var a in document.Layer<Amount>())
        {
            writer.WriteStartObject();
            ArticleJsonWriter.WriteSpanFields(writer, document, a.Span);
            writer.WriteNumber("value", a.Value);
            ArticleJsonWriter.WriteNullable(writer, "modifier", a.Modifier);
            ArticleJsonWriter.WriteNullable(writer, "unit", a.Unit);
            if (a.UpperValue is { } u)
            {
                writer.WriteNumber("upperValue", u);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
