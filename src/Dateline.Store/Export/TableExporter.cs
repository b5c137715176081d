using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dateline.Core.Output;
using Parquet;
using Parquet.Schema;

namespace Dateline.Store.Export;

/// <summary>
/// Writes the store's tables as files a researcher loads directly: one per table, in JSON Lines, CSV (RFC 4180, UTF-8
/// with a byte order mark so spreadsheet programs read it as UTF-8, lists joined with ';') or Parquet (LIST, DATE and
/// TIMESTAMP logical types). Rows stream; Parquet buffers one row group.
/// </summary>
public static class TableExporter
{
    /// <summary>Rows per Parquet row group: bounds memory while keeping groups large enough to compress well.</summary>
    private const int RowGroupSize = 10_000;

    /// <summary>What joins the items of a list column in a CSV cell.</summary>
    public const char CsvListSeparator = ';';

    /// <summary>The file extension of a table format, with its dot.</summary>
    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Csv => ".csv",
        ExportFormat.Parquet => ".parquet",
        ExportFormat.Jsonl => ".jsonl",
        _ => throw new ArgumentException($"{format} is not a table format", nameof(format)),
    };

    /// <summary>Whether <paramref name="format"/> writes a file per table (JSON Lines, CSV, Parquet).</summary>
    public static bool IsTableFormat(ExportFormat format) => format is ExportFormat.Jsonl or ExportFormat.Csv or ExportFormat.Parquet;

    /// <summary>
    /// Every table into <paramref name="directory"/> (created if missing), one file each, named after the table. A
    /// file is written under a temporary name and renamed when complete, so the directory never holds a half-written one.
    /// </summary>
    /// <param name="tables">The tables, as <see cref="IArticleStore.ExportTables"/> gives them.</param>
    /// <param name="format">A table format (<see cref="IsTableFormat"/>).</param>
    /// <param name="directory">Where the files go.</param>
    /// <param name="written">Called after each file with its path and row count.</param>
    public static void WriteAll(IEnumerable<ExportTable> tables, ExportFormat format, string directory, Action<string, long>? written = null)
    {
        Directory.CreateDirectory(directory);
        foreach (var table in tables)
        {
            var path = Path.Combine(directory, table.Name + Extension(format));
            var rows = ExportFiles.WriteWhole(path, file => Write(table, format, file));
            written?.Invoke(path, rows);
        }
    }

    /// <summary>One table to <paramref name="output"/> in a table format; returns the number of rows written.</summary>
    public static long Write(ExportTable table, ExportFormat format, Stream output) => format switch
    {
        ExportFormat.Csv => WriteCsv(table, output),
        ExportFormat.Parquet => WriteParquet(table, output).GetAwaiter().GetResult(),
        ExportFormat.Jsonl => WriteJsonl(table, output),
        _ => throw new ArgumentException($"{format} is not a table format", nameof(format)),
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
                writer.WritePropertyName(table.Columns[i].Name);
                switch (row[i])
                {
                    case null: writer.WriteNullValue(); break;
                    case long l: writer.WriteNumberValue(l); break;
                    case double d: writer.WriteNumberValue(d); break;
                    case string s: writer.WriteStringValue(s); break;
                    case IEnumerable list:
                        writer.WriteStartArray();
                        foreach (var item in list)
                        {
                            if (item is long n)
                            {
                                writer.WriteNumberValue(n);
                            }
                            else
                            {
                                writer.WriteStringValue(ExportValues.Text(item!));
                            }
                        }

                        writer.WriteEndArray();
                        break;
                    default: writer.WriteStringValue(ExportValues.Text(row[i]!)); break;
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

        // The byte order mark tells spreadsheet programs the file is UTF-8 (without it, Excel reads curly quotes as mojibake).
        output.Write(Encoding.UTF8.Preamble);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(',', table.Columns.Select(c => CsvField(c.Name))));
        foreach (var row in table.ReadRows())
        {
            writer.WriteLine(string.Join(',', row.Select(v => v is null ? string.Empty : CsvField(CsvText(v)))));
            rows++;
        }

        return rows;
    }

    /// <summary>A cell's text: a list's items joined with ';' (an item's own ';' becomes ','), anything else as <see cref="ExportValues.Text"/>.</summary>
    private static string CsvText(object value)
        => value is IEnumerable list and not string
            ? string.Join(CsvListSeparator, list.Cast<object>().Select(i => ExportValues.Text(i).Replace(CsvListSeparator, ',')))
            : ExportValues.Text(value);

    private static string CsvField(string value)
        => value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static Field ParquetField(ExportColumn column) => column.Type switch
    {
        ExportColumnType.Integer => new DataField<long?>(column.Name),
        ExportColumnType.Real => new DataField<double?>(column.Name),
        ExportColumnType.Date => new DataField<DateOnly?>(column.Name),
        ExportColumnType.Timestamp => new DateTimeDataField(column.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, isNullable: true),
        ExportColumnType.TextList => new ListField(column.Name, new DataField<string>("element", true)),
        ExportColumnType.IntegerList => new ListField(column.Name, new DataField<long?>("element")),
        _ => new DataField<string>(column.Name, true),
    };

    private static async Task<long> WriteParquet(ExportTable table, Stream output)
    {
        var schema = new ParquetSchema(table.Columns.Select(ParquetField).ToArray());
        var leaves = schema.GetDataFields();
        long rows = 0;
        await using var writer = await ParquetWriter.CreateAsync(schema, output);
        var buffer = new List<object?[]>(RowGroupSize);

        async Task Flush()
        {
            using var group = writer.CreateRowGroup();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var column = i;
                var field = leaves[i];
                switch (table.Columns[i].Type)
                {
                    case ExportColumnType.Integer:
                        await group.WriteAsync<long>(field, buffer.Select(r => r[column] is null ? (long?)null : Convert.ToInt64(r[column], CultureInfo.InvariantCulture)).ToArray().AsMemory());
                        break;
                    case ExportColumnType.Real:
                        await group.WriteAsync<double>(field, buffer.Select(r => r[column] is null ? (double?)null : Convert.ToDouble(r[column], CultureInfo.InvariantCulture)).ToArray().AsMemory());
                        break;
                    case ExportColumnType.Date:
                        await group.WriteAsync<DateOnly>(field, buffer.Select(r => (DateOnly?)r[column]).ToArray().AsMemory());
                        break;
                    case ExportColumnType.Timestamp:
                        await group.WriteAsync<DateTime>(field, buffer.Select(r => ((DateTimeOffset?)r[column])?.UtcDateTime).ToArray().AsMemory());
                        break;
                    case ExportColumnType.TextList:
                        var texts = Flatten(buffer.Select(r => (IReadOnlyList<string>?)r[column] ?? []));
                        await group.WriteAsync(field, texts.Values, texts.Levels);
                        break;
                    case ExportColumnType.IntegerList:
                        var numbers = Flatten(buffer.Select(r => ((IReadOnlyList<long>?)r[column] ?? []).Select(n => (long?)n).ToArray()));
                        await group.WriteAsync<long>(field, numbers.Values.ToArray().AsMemory(), numbers.Levels);
                        break;
                    default:
                        await group.WriteAsync(field, buffer.Select(r => r[column] is null ? null : ExportValues.Text(r[column]!)).ToArray());
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

    /// <summary>
    /// A list column's values in Parquet's flat form: every item with repetition level 0 when it starts a row's list and
    /// 1 when it continues it; an empty list is one null at level 0.
    /// </summary>
    private static FlatList<T> Flatten<T>(IEnumerable<IReadOnlyList<T>> lists)
    {
        var values = new List<T?>();
        var levels = new List<int>();
        foreach (var list in lists)
        {
            if (list.Count == 0)
            {
                values.Add(default);
                levels.Add(0);
                continue;
            }

            for (var i = 0; i < list.Count; i++)
            {
                values.Add(list[i]);
                levels.Add(i == 0 ? 0 : 1);
            }
        }

        return new FlatList<T>(values, [.. levels]);
    }

    private sealed record FlatList<T>(List<T?> Values, int[] Levels);
}
