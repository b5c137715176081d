namespace Dateline.Core.Model;

/// <summary>
/// The date a TIMEX3 TIME value falls on. One rule for every layer and export that dates something by a time
/// expression (events' dates, GDELT's enhanced dates); here because the stores read stored values without the
/// language layers.
/// </summary>
public static class TimexDates
{
    /// <summary>
    /// A TIME value's part before its "T" when a date stands there ("2023-11-08TAF" and "2023-11-08T18:36" are
    /// 2023-11-08, "XXXX-WXX-3TEV" is XXXX-WXX-3); null for a time of day with no date ("T18:36") and for no value.
    /// </summary>
    public static string? DateOfTime(string? value)
        => value?.IndexOf('T', StringComparison.Ordinal) is > 0 and var clock ? value[..clock] : null;
}
