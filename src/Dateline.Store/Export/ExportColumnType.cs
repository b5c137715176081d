namespace Dateline.Store.Export;

/// <summary>
/// What an exported column holds, so each file format can give it its own type: a CSV cell, a JSON value, a Parquet
/// logical type. The row value each type carries is named below (or null).
/// </summary>
public enum ExportColumnType
{
    /// <summary>A <see cref="string"/>.</summary>
    Text,

    /// <summary>A <see cref="long"/>.</summary>
    Integer,

    /// <summary>A <see cref="double"/>.</summary>
    Real,

    /// <summary>A <see cref="DateOnly"/>: a calendar day (Parquet DATE).</summary>
    Date,

    /// <summary>A <see cref="DateTimeOffset"/> in UTC (Parquet TIMESTAMP, milliseconds, adjusted to UTC).</summary>
    Timestamp,

    /// <summary>An <see cref="IReadOnlyList{T}"/> of strings, never null (Parquet LIST of strings; CSV joins with ';').</summary>
    TextList,

    /// <summary>An <see cref="IReadOnlyList{T}"/> of <see cref="long"/>s, never null (Parquet LIST of INT64; CSV joins with ';').</summary>
    IntegerList,
}
