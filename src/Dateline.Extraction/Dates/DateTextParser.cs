using System.Globalization;
using System.Text.RegularExpressions;

namespace Dateline.Extraction.Dates;

/// <summary>
/// Finds a calendar date written in a short line of page text: ISO ("2019-11-18T20:51:19Z"), English month names
/// ("November 18, 2019", "Oct. 9, 2018", "18 November 2019") and day-first numerals ("18.11.2019").
/// </summary>
public static partial class DateTextParser
{
    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateOnly? Find(string text)
    {
        var m = IsoDate().Match(text);
        if (m.Success && TryMake(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var iso))
        {
            return iso;
        }

        m = MonthDayYear().Match(text);
        if (m.Success && Month(m.Groups["mon"].Value) is { } mon1 && TryMake(m.Groups["y"].Value, mon1.ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value, out var mdy))
        {
            return mdy;
        }

        m = DayMonthYear().Match(text);
        if (m.Success && Month(m.Groups["mon"].Value) is { } mon2 && TryMake(m.Groups["y"].Value, mon2.ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value, out var dmy))
        {
            return dmy;
        }

        m = DottedDate().Match(text);
        return m.Success && TryMake(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var dotted) ? dotted : null;
    }

    private static int? Month(string name)
    {
        var lower = name.ToLowerInvariant();
        var i = Array.FindIndex(MonthPrefixes, p => lower.StartsWith(p, StringComparison.Ordinal));
        return i >= 0 ? i + 1 : null;
    }

    private static bool TryMake(string y, string m, string d, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(y, CultureInfo.InvariantCulture, out var year) || !int.TryParse(m, CultureInfo.InvariantCulture, out var month) || !int.TryParse(d, CultureInfo.InvariantCulture, out var day))
        {
            return false;
        }

        if (year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})[-/](?<m>\d{1,2})[-/](?<d>\d{1,2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DottedDate();
}
