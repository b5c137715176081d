namespace Dateline.Store.Sql;

/// <summary>
/// The current row of a query run by <see cref="CommandCache.ForEach"/>: its columns read in place, whether the query
/// ran as an ADO.NET command or through <see cref="INativeStatements"/>. Valid only inside the callback.
/// </summary>
internal interface IRow
{
    bool IsNull(int column);

    long Int64(int column);

    double Double(int column);

    string Text(int column);

    /// <summary>A BLOB column without a copy where the database allows it (valid until the next row).</summary>
    ReadOnlySpan<byte> Blob(int column);
}
