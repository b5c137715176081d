using System.Text.Json;
using Dateline.Core.Model;

namespace Dateline.Core.Layers;

/// <summary>
/// The base of every layer description: override the JSON form of one record (required), and, as the layer has
/// them, its stored row (with <see cref="Layer.Table"/>), its inline marks and its panel on the article page.
/// </summary>
public abstract class Layer<T> : Layer
    where T : class
{
    protected Layer(string name)
        : base(name)
    {
    }

    public sealed override Type RecordType => typeof(T);

    public sealed override int Count(Document document) => document.Layer<T>().Length;

    public sealed override void WriteJson(Utf8JsonWriter writer, ArticleJsonContext context)
    {
        writer.WriteStartArray(Name);
        foreach (var record in context.Document.Layer<T>())
        {
            writer.WriteStartObject();
            WriteRecord(writer, record, context);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public sealed override Document ReadJson(Document document, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"\"{Name}\" must be an array");
        }

        return document.WithLayer([.. value.EnumerateArray().Select(e => ReadRecord(e, document))]);
    }

    public sealed override IEnumerable<object?[]> ToRows(Document document)
    {
        var table = Table ?? throw new InvalidOperationException($"layer {Name} is not stored");
        foreach (var record in document.Layer<T>())
        {
            var row = ToRow(record, document);
            if (row.Length != table.Columns.Count)
            {
                throw new InvalidOperationException($"layer {Name} gave {row.Length} values for {table.Columns.Count} columns");
            }

            yield return row;
        }
    }

    public sealed override Document FromRows(Document document, IEnumerable<StoredRow> rows)
        => document.WithLayer([.. rows.Select(r => FromRow(r, document))]);

    public sealed override IEnumerable<InlineMark> Marks(Document document)
    {
        foreach (var record in document.Layer<T>())
        {
            if (Mark(record, document) is { } mark)
            {
                yield return mark;
            }
        }
    }

    public override PagePanel? Panel(Document document) => null;

    /// <summary>The record's fields, inside its JSON object (written by the caller).</summary>
    protected abstract void WriteRecord(Utf8JsonWriter writer, T record, ArticleJsonContext context);

    /// <summary>A record from its JSON object; <paramref name="document"/> has the text (and earlier layers).</summary>
    protected abstract T ReadRecord(JsonElement json, Document document);

    /// <summary>The record's values, one per column of <see cref="Layer.Table"/> (types as <see cref="StoredType"/> says).</summary>
    protected virtual object?[] ToRow(T record, Document document) => throw new NotSupportedException($"layer {Name} is not stored");

    /// <summary>A record from a stored row.</summary>
    protected virtual T FromRow(StoredRow row, Document document) => throw new NotSupportedException($"layer {Name} is not stored");

    /// <summary>The record's highlight in the text, or null when it has none.</summary>
    protected virtual InlineMark? Mark(T record, Document document) => null;
}
