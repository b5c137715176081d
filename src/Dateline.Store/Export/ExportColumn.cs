namespace Dateline.Store.Export;

/// <summary>A column of an exported table; values are string, long or double (or null).</summary>
public sealed record ExportColumn(string Name, ExportColumnType Type);
