namespace Dateline.Store.Export;

/// <summary>The file formats `export` writes.</summary>
public enum ExportFormat
{
    Jsonl,
    Csv,
    Parquet,
}
