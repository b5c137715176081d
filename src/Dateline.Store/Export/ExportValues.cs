using System.Globalization;
using Dateline.Store.Sql;

namespace Dateline.Store.Export;

/// <summary>
/// Turns values as a store keeps them (ISO 8601 text, JSON arrays) into the typed values of <see cref="ExportColumnType"/>,
/// and formats typed values as text, the same way for every format.
/// </summary>
internal static class ExportValues
{
    /// <summary>The calendar day an ISO 8601 date or date-time starts with ("2021-08-19", "2021-08-19T14:03:00+02:00"), or null.</summary>
    public static DateOnly? Date(string? iso)
        => iso is { Length: >= 10 } && DateOnly.TryParseExact(iso.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>The yyyy-MM-dd day of <see cref="Date"/>, or null: how the store compares publication dates by day (threads, surname windows).</summary>
    public static string? Day(string? iso) => Date(iso)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The instant an ISO 8601 date-time with a UTC offset or 'Z' names, in UTC; null for a bare date or a time of day
    /// without an offset (its instant is unknown).
    /// </summary>
    public static DateTimeOffset? Timestamp(string? iso)
    {
        if (iso is not { Length: > 10 } || iso[10] is not ('T' or ' '))
        {
            return null;
        }

        var tail = iso.AsSpan(11);
        var hasOffset = tail.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || tail.LastIndexOfAny('+', '-') > 0;
        return hasOffset && DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant.ToUniversalTime() : null;
    }

    /// <summary>A list stored as a JSON array of strings (null or empty: no items).</summary>
    public static IReadOnlyList<string> TextList(string? json)
        => string.IsNullOrEmpty(json) ? [] : StoreJson.Strings(json)?.Select(s => s ?? string.Empty).ToArray() ?? [];

    /// <summary>The starts (<paramref name="end"/> false) or the ends of spans stored as a JSON array of [start, end] pairs.</summary>
    public static IReadOnlyList<long> SpanBounds(string? json, bool end)
        => string.IsNullOrEmpty(json) ? [] : (StoreJson.LongPairs(json) ?? []).Select(p => p[end ? 1 : 0]).ToArray();

    /// <summary>yyyy-MM-dd.</summary>
    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>yyyy-MM-ddTHH:mm:ss.fffZ, in UTC.</summary>
    public static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    /// <summary>A scalar value as text: numbers in the invariant culture (doubles round-trip), dates and instants in ISO 8601.</summary>
    public static string Text(object value) => value switch
    {
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateOnly day => Format(day),
        DateTimeOffset instant => Format(instant),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
