using System.Globalization;

namespace Dateline.Store.Search;

/// <summary>
/// The date bounds of the store's filters (search, quotes, events, threads): yyyy, yyyy-MM or yyyy-MM-dd, inclusive; a
/// year or a month as the upper bound means all of it. One check for every host: the CLI's --from/--to and the web's
/// from/to parameters.
/// </summary>
public static class DateBounds
{
    /// <summary>Whether <paramref name="value"/> (trimmed) is written yyyy, yyyy-MM or yyyy-MM-dd, and is a real date.</summary>
    public static bool IsValid(string value)
    {
        var v = value.Trim();
        return v.Length switch
        {
            4 => DateTime.TryParseExact(v, "yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            7 => DateTime.TryParseExact(v, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            10 => DateTime.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => false,
        };
    }

    /// <summary>
    /// What an ISO date column is compared with (&lt;=) for the upper bound <paramref name="to"/>: a bare year or month
    /// covers its whole span (2020 → up to 2020-12-31 and any time of that day), a day is itself.
    /// </summary>
    internal static string Upper(string to)
    {
        var bound = to.Trim();
        return bound.Length < 10 ? bound + "\uffff" : bound;
    }
}
