using System.Globalization;

namespace Dateline.Store.Queries;

/// <summary>Fills the periods a timeline has no articles in, so a chart's x-axis is time, not just the busy days.</summary>
public static class TimelinePeriods
{
    public static IReadOnlyList<TimelineBucket> Fill(IReadOnlyList<TimelineBucket> buckets, TimelineInterval interval, int maxBuckets)
    {
        if (buckets.Count == 0)
        {
            return buckets;
        }

        var byPeriod = buckets.ToDictionary(b => b.Period, StringComparer.Ordinal);
        if (!TryParse(buckets[0].Period, interval, out var first) || !TryParse(buckets[^1].Period, interval, out var last))
        {
            return buckets;
        }

        var filled = new List<TimelineBucket>();
        for (var d = first; d <= last; d = Next(d, interval))
        {
            var key = Format(d, interval);
            filled.Add(byPeriod.TryGetValue(key, out var b) ? b : new TimelineBucket(key, 0, 0));
        }

        return filled.Count > maxBuckets ? filled[^maxBuckets..] : filled;
    }

    private static bool TryParse(string period, TimelineInterval interval, out DateOnly date)
        => DateOnly.TryParseExact(period, interval == TimelineInterval.Month ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static DateOnly Next(DateOnly d, TimelineInterval interval) => interval switch
    {
        TimelineInterval.Day => d.AddDays(1),
        TimelineInterval.Week => d.AddDays(7),
        _ => d.AddMonths(1),
    };

    private static string Format(DateOnly d, TimelineInterval interval)
        => d.ToString(interval == TimelineInterval.Month ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
