using CsvHelper;

namespace Dateline.Store.Tests.Export;

/// <summary>A delimited file read with CsvHelper, as a researcher's script reads it: header names (when it has them) and every record's fields.</summary>
internal sealed record CsvFile(IReadOnlyList<string> Headers, IReadOnlyList<string[]> Records)
{
    public static CsvFile Read(byte[] bytes, char separator = ',', bool header = true, CsvMode mode = CsvMode.Rfc4180)
    {
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { Separator = separator, HasHeader = header, Mode = mode, MalformedData = CsvMalformedDataHandling.Throw });
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return new CsvFile(header ? [.. reader.Headers] : [], records);
    }

    /// <summary>Records as name → value, by the header.</summary>
    public IReadOnlyList<Dictionary<string, string>> Rows
        => [.. Records.Select(r => Headers.Select((h, i) => (h, v: i < r.Length ? r[i] : string.Empty)).ToDictionary(p => p.h, p => p.v, StringComparer.Ordinal))];
}
