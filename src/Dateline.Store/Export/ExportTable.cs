namespace Dateline.Store.Export;

/// <summary>A table to export. <see cref="ReadRows"/> streams rows from the store each time it is enumerated.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<ExportColumn> Columns, Func<IEnumerable<object?[]>> ReadRows);
