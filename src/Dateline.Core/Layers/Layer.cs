using System.Text.Json;
using Dateline.Core.Model;

namespace Dateline.Core.Layers;

/// <summary>
/// An annotation layer, described once: its record type, how it is written to and read from the article's JSON,
/// the table it is stored in, and how the article page shows it. The store, the API's article, the article page and
/// export iterate the registered layers (<see cref="LayerSet"/>) instead of naming them, so a new layer is one
/// folder (record, component, this description) plus one line in a <c>Use…()</c> extension. Implement
/// <see cref="Layer{T}"/>; instances are immutable and shared.
/// </summary>
public abstract class Layer : Capability
{
    private protected Layer(string name)
        : base(name)
    {
    }

    /// <summary>The record the layer holds, one per annotation (the key of <see cref="Document.Layer{T}"/>).</summary>
    public abstract Type RecordType { get; }

    /// <summary>
    /// Whether the article JSON carries the layer (<c>extract</c>, <c>annotate</c>, the API). Working layers that
    /// only feed later components (tokens, sentences) still have a JSON form but are left out of the contract.
    /// </summary>
    public virtual bool IsInJson => true;

    /// <summary>The table the store keeps the layer in, or null when it is not stored (it can be recomputed).</summary>
    public virtual StoredTable? Table => null;

    /// <summary>
    /// Where the layer's inline marks nest on the article page when spans overlap: lower is outer (paragraphs 0,
    /// quotes 10, entity mentions 20, times 30, amounts 40; a new layer defaults to innermost).
    /// </summary>
    public virtual int MarkOrder => 100;

    /// <summary>
    /// Whether the article page shows the layer's marks before the reader turns layers on or off: entity mentions do;
    /// the rest start off, so the text stays readable with many layers.
    /// </summary>
    public virtual bool MarksShownByDefault => false;

    /// <summary>The entries the layer adds to the article page's colour legend (beside its on/off switch).</summary>
    public virtual IReadOnlyList<LegendEntry> Legend => [];

    /// <summary>
    /// The closed vocabularies of the layer's stored text columns, by column name: every value such a column may hold,
    /// as stored (the events layer's <c>type</c>: ASSAULT, PROTEST …). Hosts check filters on those columns against
    /// them without naming the layer's enums.
    /// </summary>
    public virtual IReadOnlyDictionary<string, IReadOnlyList<string>> Vocabularies { get; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>How many records the document holds in this layer.</summary>
    public abstract int Count(Document document);

    /// <summary>Writes the layer as one property of the article object: <c>"name": [ … ]</c>.</summary>
    public abstract void WriteJson(Utf8JsonWriter writer, ArticleJsonContext context);

    /// <summary>Reads the value of the layer's JSON property back into the document.</summary>
    public abstract Document ReadJson(Document document, JsonElement value);

    /// <summary>The document's records as rows of <see cref="Table"/>'s columns, in layer order.</summary>
    public abstract IEnumerable<object?[]> ToRows(Document document);

    /// <summary>Rows of <see cref="Table"/>, in stored order, back into the document's layer.</summary>
    public abstract Document FromRows(Document document, IEnumerable<StoredRow> rows);

    /// <summary>The spans the article page highlights in the text.</summary>
    public abstract IEnumerable<InlineMark> Marks(Document document);

    /// <summary>A list the article page shows beside or below the text, or null.</summary>
    public abstract PagePanel? Panel(Document document);
}
