namespace Dateline.Core.Layers;

/// <summary>The kinds of value a stored column holds; each store maps them to its own column types.</summary>
public enum StoredType
{
    /// <summary>A string or null.</summary>
    Text,

    /// <summary>A whole number (<see cref="long"/>) or null.</summary>
    Integer,

    /// <summary>A floating-point number (<see cref="double"/>) or null.</summary>
    Real,

    /// <summary>A <see cref="Model.TextSpan"/> or null, stored as two whole numbers.</summary>
    Span,

    /// <summary>
    /// The id of one of the article's entities or null; the store keeps it with the key of the collection-wide entity
    /// it belongs to, so rows can be joined to entities across articles.
    /// </summary>
    EntityRef,

    /// <summary>A list of strings (never null), stored as a JSON array.</summary>
    TextList,

    /// <summary>A list of <see cref="Model.TextSpan"/>s (never null), stored as a JSON array of [start, end] pairs.</summary>
    SpanList,
}
