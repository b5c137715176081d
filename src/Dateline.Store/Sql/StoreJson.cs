using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dateline.Store.Sql;

/// <summary>
/// The JSON arrays the store binds as statement parameters (<c>json_each(@rows)</c>) and keeps in list columns, through
/// source-generated serializers: a Native AOT build has no reflection-based JSON (bench/README.md, "Start-up: Native
/// AOT"). They write what the reflection-based default wrote (same options, same converters).
/// </summary>
internal static class StoreJson
{
    public static string Array(IEnumerable<long> values) => JsonSerializer.Serialize(values, StoreJsonContext.Default.IEnumerableInt64);

    public static string Array(IEnumerable<string> values) => JsonSerializer.Serialize(values, StoreJsonContext.Default.IEnumerableString);

    /// <summary>Pairs (spans' start and end) as arrays of two numbers.</summary>
    public static string Array(IEnumerable<int[]> pairs) => JsonSerializer.Serialize(pairs, StoreJsonContext.Default.IEnumerableInt32Array);

    /// <summary>Rows of mixed numbers (a row and its score): each value written as its runtime type.</summary>
    public static string Array(IEnumerable<object[]> rows) => JsonSerializer.Serialize(rows, StoreJsonContext.Default.IEnumerableObjectArray);

    public static string[]? Strings(string json) => JsonSerializer.Deserialize(json, StoreJsonContext.Default.StringArray);

    public static int[][]? Pairs(string json) => JsonSerializer.Deserialize(json, StoreJsonContext.Default.Int32ArrayArray);

    public static long[][]? LongPairs(string json) => JsonSerializer.Deserialize(json, StoreJsonContext.Default.Int64ArrayArray);
}

[JsonSerializable(typeof(IEnumerable<long>))]
[JsonSerializable(typeof(IEnumerable<string>))]
[JsonSerializable(typeof(IEnumerable<int[]>))]
[JsonSerializable(typeof(IEnumerable<object[]>))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(int[][]))]
[JsonSerializable(typeof(long[][]))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
