namespace Dateline.Store.Export;

/// <summary>The forms `export` writes: three table formats (a file per table) and two article-level standards (one file).</summary>
public enum ExportFormat
{
    /// <summary>JSON Lines: a file per table, one object per row; lists are arrays, dates ISO 8601 strings.</summary>
    Jsonl,

    /// <summary>CSV (RFC 4180, UTF-8 with a byte order mark): a file per table; lists are joined with ';'.</summary>
    Csv,

    /// <summary>Apache Parquet: a file per table, with LIST, DATE and TIMESTAMP logical types.</summary>
    Parquet,

    /// <summary>A GDELT Global Knowledge Graph 2.1-style tab-separated file: one row per article (docs/exports.md).</summary>
    Gkg,

    /// <summary>schema.org <c>NewsArticle</c> objects in JSON-LD, one per line per article.</summary>
    Jsonld,
}
