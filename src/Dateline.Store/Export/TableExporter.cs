using System.Globalization;
using System.Text;
using System.Text.Json;
using Dateline.Core.Output;
using Parquet;
using Parquet.Schema;

namespace Dateline.Store.Export;

/// <summary>Writes the store's tables as files: one per table, in JSON Lines, CSV (RFC 4180) or Parquet. Rows stream; Parquet buffers one row group.</summary>
public static class TableExporter
{
    /// <summary>Rows per Parquet row group: bounds memory while keeping groups large enough to compress well.</summary>
    private const int RowGroupSize = 10_000;

    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Csv => ".csv",
        ExportFormat.Parquet => ".parquet",
        _ => ".jsonl",
    };

    /// <summary>
    /// Every table into <paramref name="directory"/> (created if missing), one file each, named after the table. A
    /// file is written under a temporary name and renamed when complete, so the directory never holds a half-written one.
    /// </summary>
    public static void WriteAll(IEnumerable<ExportTable> tables, ExportFormat format, string directory, Action<string, long>? written = null)
    {
        Directory.CreateDirectory(directory);
        foreach (var table in tables)
        {
            var path = Path.Combine(directory, table.Name + Extension(format));
            var partial = path + ".partial";
            long rows;
            using (var file = File.Create(partial))
            {
                rows = Write(table, format, file);
            }

            File.Move(partial, path, overwrite: true);
            written?.Invoke(path, rows);
        }
    }

    public static long Write(ExportTable table, ExportFormat format, Stream output) => format switch
    {
        ExportFormat.Csv => WriteCsv(table, output),
        ExportFormat.Parquet => WriteParquet(table, output).GetAwaiter().GetResult(),
        _ => WriteJsonl(table, output),
    };

    private static long WriteJsonl(ExportTable table, Stream output)
    {
        long rows = 0;
        using var writer = new Utf8JsonWriter(output, ArticleJsonWriter.CompactOptions);
        foreach (var row in table.ReadRows())
        {
            writer.Reset();
            writer.WriteStartObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var name = table.Columns[i].Name;
                switch (row[i])
                {
                    case null: writer.WriteNull(name); break;
                    case long l: writer.WriteNumber(name, l); break;
                    case double d: writer.WriteNumber(name, d); break;
                    default: writer.WriteString(name, Convert.ToString(row[i], CultureInfo.InvariantCulture)); break;
                }
            }

            writer.WriteEndObject();
            writer.Flush();
            output.WriteByte((byte)'\n');
            rows++;
        }

        return rows;
    }

    private static long WriteCsv(ExportTable table, Stream output)
    {
        long rows = 0;
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(',', table.Columns.Select(c => Quote(c.Name))));
        foreach (var row in table.ReadRows())
        {
            writer.WriteLine(string.Join(',', row.Select(v => v is null ? string.Empty : Quote(Convert.ToString(v, CultureInfo.InvariantCulture)!))));
            rows++;
        }

        return rows;
    }

    private static string Quote(string value)
        => value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static async Task<long> WriteParquet(ExportTable table, Stream output)
    {
        var fields = table.Columns.Select(c => new DataField(c.Name, c.Type switch
        {
            ExportColumnType.Integer => typeof(long?),
            ExportColumnType.Real => typeof(double?),
            _ => typeof(string),
        }, isNullable: true)).ToArray();
        var schema = new ParquetSchema(fields);
        long rows = 0;
        await using var writer = await ParquetWriter.CreateAsync(schema, output);
        var buffer = new List<object?[]>(RowGroupSize);

        async Task Flush()
        {
            using var group = writer.CreateRowGroup();
            for (var i = 0; i < fields.Length; i++)
            {
                var column = i;
                switch (table.Columns[i].Type)
                {
                    case ExportColumnType.Integer:
                        await group.WriteAsync<long>(fields[i], buffer.Select(r => r[column] is null ? (long?)null : Convert.ToInt64(r[column], CultureInfo.InvariantCulture)).ToArray().AsMemory());
                        break;
                    case ExportColumnType.Real:
                        await group.WriteAsync<double>(fields[i], buffer.Select(r => r[column] is null ? (double?)null : Convert.ToDouble(r[column], CultureInfo.InvariantCulture)).ToArray().AsMemory());
                        break;
                    default:
                        await group.WriteAsync(fields[i], buffer.Select(r => r[column] is null ? null : Convert.ToString(r[column], CultureInfo.InvariantCulture)).ToArray());
                        break;
                }
            }

            buffer.Clear();
        }

        foreach (var row in table.ReadRows())
        {
            buffer.Add(row);
            rows++;
            if (buffer.Count == RowGroupSize)
            {
                await Flush();
            }
        }

        if (buffer.Count > 0 || rows == 0)
        {
            await Flush();
        }

        return rows;
    }
}
