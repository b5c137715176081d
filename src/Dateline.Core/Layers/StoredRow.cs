using Dateline.Core.Model;

namespace Dateline.Core.Layers;

/// <summary>A row of a layer's table as read back: one value per <see cref="StoredTable.Columns"/> entry, typed by it.</summary>
public readonly struct StoredRow(IReadOnlyList<object?> values)
{
    public string? Text(int column) => (string?)values[column];

    public string RequiredText(int column) => Text(column) ?? throw new InvalidDataException($"stored column {column} is null");

    public long? Integer(int column) => values[column] is { } v ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    public double? Real(int column) => values[column] is { } v ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    public TextSpan? Span(int column) => (TextSpan?)values[column];

    public TextSpan RequiredSpan(int column) => Span(column) ?? throw new InvalidDataException($"stored span column {column} is null");

    /// <summary>The article's entity id the column refers to.</summary>
    public string? EntityRef(int column) => (string?)values[column];

    public IReadOnlyList<string> TextList(int column) => (IReadOnlyList<string>?)values[column] ?? [];

    public IReadOnlyList<TextSpan> SpanList(int column) => (IReadOnlyList<TextSpan>?)values[column] ?? [];
}
