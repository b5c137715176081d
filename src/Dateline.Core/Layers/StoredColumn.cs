namespace Dateline.Core.Layers;

/// <summary>
/// A column of a layer's table. Its stored fields are named from <see cref="Name"/> the same way in every store:
/// a span gives <c>name_start</c> and <c>name_end</c> (the record's own span, <see cref="OwnSpan"/>, gives
/// <c>start</c> and <c>end</c>); an entity reference gives <c>name</c> (the collection-wide key) and
/// <c>local_name</c> (the article's entity id); any other type one field <c>name</c>.
/// </summary>
public sealed record StoredColumn(string Name, StoredType Type)
{
    /// <summary>The span of the record itself.</summary>
    public static StoredColumn OwnSpan { get; } = new(string.Empty, StoredType.Span);

    public static StoredColumn Text(string name) => new(name, StoredType.Text);

    public static StoredColumn Integer(string name) => new(name, StoredType.Integer);

    public static StoredColumn Real(string name) => new(name, StoredType.Real);

    public static StoredColumn Span(string name) => new(name, StoredType.Span);

    public static StoredColumn EntityRef(string name) => new(name, StoredType.EntityRef);

    public static StoredColumn TextList(string name) => new(name, StoredType.TextList);

    public static StoredColumn SpanList(string name) => new(name, StoredType.SpanList);

    /// <summary>The stored fields of this column, by the rule above.</summary>
    public IReadOnlyList<StoredField> Fields => Type switch
    {
        StoredType.Span when Name.Length == 0 => [new("start", StoredFieldKind.Integer), new("end", StoredFieldKind.Integer)],
        StoredType.Span => [new(Name + "_start", StoredFieldKind.Integer), new(Name + "_end", StoredFieldKind.Integer)],
        StoredType.EntityRef => [new(Name, StoredFieldKind.EntityKey), new("local_" + Name, StoredFieldKind.Text)],
        StoredType.Integer => [new(Name, StoredFieldKind.Integer)],
        StoredType.Real => [new(Name, StoredFieldKind.Real)],
        _ => [new(Name, StoredFieldKind.Text)],
    };
}
