using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Store.Sql;

namespace Dateline.Store.Layers;

/// <summary>
/// Turns a layer row's values (typed by <see cref="StoredType"/>) into the values of its stored fields and back, the
/// same way for every store. Entity references go through the article's entity keys; lists are JSON arrays (null
/// when empty).
/// </summary>
public static class StoredValues
{
    /// <summary>The fields of one row, in the order of <see cref="StoredColumn.Fields"/> over the table's columns.</summary>
    public static object?[] ToFields(StoredTable table, object?[] row, IReadOnlyDictionary<string, long> entityKeys)
    {
        var fields = new object?[LayerSchema.Fields(table).Count];
        ToFields(table, row, entityKeys, fields, 0);
        return fields;
    }

    /// <summary>
    /// Writes the fields of one row into <paramref name="into"/> from <paramref name="offset"/> on (the batch writer
    /// builds each stored row in one array, after its article and position: no list and copies per row).
    /// </summary>
    public static void ToFields(StoredTable table, object?[] row, IReadOnlyDictionary<string, long> entityKeys, object?[] into, int offset)
    {
        var f = offset;
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var value = row[i];
            switch (table.Columns[i].Type)
            {
                case StoredType.Span:
                    var span = (TextSpan?)value;
                    into[f++] = span?.Start;
                    into[f++] = span?.End;
                    break;
                case StoredType.EntityRef:
                    var local = (string?)value;
                    into[f++] = local is not null && entityKeys.TryGetValue(local, out var key) ? key : null;
                    into[f++] = local;
                    break;
                case StoredType.TextList:
                    var strings = (IReadOnlyList<string>?)value ?? [];
                    into[f++] = strings.Count == 0 ? null : StoreJson.Array(strings);
                    break;
                case StoredType.SpanList:
                    var spans = (IReadOnlyList<TextSpan>?)value ?? [];
                    into[f++] = spans.Count == 0 ? null : StoreJson.Array(spans.Select(s => new[] { s.Start, s.End }));
                    break;
                case StoredType.Integer:
                    into[f++] = value is null ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case StoredType.Real:
                    into[f++] = value is null ? null : Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                    break;
                default:
                    into[f++] = (string?)value;
                    break;
            }
        }
    }

    /// <summary>A row from stored fields (in field order); <paramref name="field"/> reads field i, null for NULL.</summary>
    public static StoredRow FromFields(StoredTable table, Func<int, object?> field)
    {
        var values = new object?[table.Columns.Count];
        var f = 0;
        for (var i = 0; i < table.Columns.Count; i++)
        {
            switch (table.Columns[i].Type)
            {
                case StoredType.Span:
                    var start = field(f++);
                    var end = field(f++);
                    values[i] = start is null || end is null ? null : new TextSpan(ToInt(start), ToInt(end));
                    break;
                case StoredType.EntityRef:
                    f++; // the collection-wide key; the article's own id follows
                    values[i] = field(f++) as string;
                    break;
                case StoredType.TextList:
                    values[i] = field(f++) is string json ? StoreJson.Strings(json) ?? [] : Array.Empty<string>();
                    break;
                case StoredType.SpanList:
                    values[i] = field(f++) is string pairs
                        ? (StoreJson.Pairs(pairs) ?? []).Select(p => new TextSpan(p[0], p[1])).ToArray()
                        : Array.Empty<TextSpan>();
                    break;
                default:
                    values[i] = field(f++);
                    break;
            }
        }

        return new StoredRow(values);
    }

    /// <summary>Article entity id → collection-wide key, from the entity-reference fields of stored rows.</summary>
    public static void CollectKeys(StoredTable table, Func<int, object?> field, IDictionary<string, long> keys)
    {
        var f = 0;
        foreach (var column in table.Columns)
        {
            if (column.Type == StoredType.EntityRef && field(f) is { } key && field(f + 1) is string local)
            {
                keys[local] = Convert.ToInt64(key, System.Globalization.CultureInfo.InvariantCulture);
            }

            f += column.Fields.Count;
        }
    }

    private static int ToInt(object value) => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
}
