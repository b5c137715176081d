namespace Dateline.Store.Export;

/// <summary>A column of an exported table: its name and the kind of value its rows hold (<see cref="ExportColumnType"/>).</summary>
/// <param name="Name">The column name, lower-case with '_' (the header in CSV, the property in JSON Lines, the field in Parquet).</param>
/// <param name="Type">The kind of value, which says the CLR type of each row value.</param>
public sealed record ExportColumn(string Name, ExportColumnType Type);
