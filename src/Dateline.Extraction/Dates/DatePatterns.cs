using System.Globalization;
using System.Text.RegularExpressions;
using Dateline.Core.Text;

namespace Dateline.Extraction.Dates;

/// <summary>
/// Finds calendar dates in text, in the written forms of many languages: ISO ("2020-03-12", "2020/03/12"), day-first
/// numerals ("12.03.2020", "12/03/2020"), month names ("12. März 2020", "March 12, 2020", "12 mars 2020") and
/// compact forms in URLs ("/2020/03/12/", "20200312"). Dates outside [earliest, latest] are no dates.
/// </summary>
public sealed partial class DatePatterns
{
    private readonly TieredRegex _all;
    private readonly MonthNames _months;
    private readonly DateOnly _earliest;
    private readonly DateOnly _latest;

    private static readonly Lazy<DatePatterns> AnyPlausible = new(() => new DatePatterns(new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31)));

    public DatePatterns(DateOnly earliest, DateOnly latest, MonthNames? months = null)
    {
        _months = months ?? MonthNames.Default;
        _earliest = earliest;
        _latest = latest;
        var mon = _months.Alternation;
        var y = @"(?:19|20)\d{2}";
        _all = new TieredRegex(
            $@"(?<![\d.])(?<iy>{y})-(?<im>[01]?\d)-(?<id>[0-3]?\d)(?:[T ](?<itime>\d{{1,2}}:\d{{2}}))?(?!\d)"
            + $@"|(?<![\d/])(?<sy>{y})/(?<sm>[01]?\d)/(?<sd>[0-3]?\d)(?![\d/])"
            + $@"|(?<![\d.])(?<dd>[0-3]?\d)\.\s?(?<dm>[01]?\d)\.\s?(?<dy>{y}|\d{{2}})(?!\d)(?:\s*(?:,|um|-|–)?\s*(?<dtime>\d{{1,2}}[:.]\d{{2}}))?"
            + $@"|(?<![\d/])(?<s1>[0-3]?\d)/(?<s2>[0-3]?\d)/(?<s3>{y})(?![\d/])"
            + $@"|(?<![\w])(?<nd>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?\s*(?:de\s+|of\s+)?(?<nm>{mon})\.?,?\s*(?:de\s+)?(?<ny>{y})(?!\d)"
            + $@"|(?<![\w])(?<mm>{mon})\.?\s+(?<md>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<my>{y})(?!\d)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// Dates from 1990 to 2100 in the default month names: for telling whether a short line of page text is a date
    /// line ("November 18, 2019", "18.11.2019"). Immutable, so one instance serves every caller.
    /// </summary>
    public static DatePatterns Plausible => AnyPlausible.Value;

    /// <summary>Every valid date in the text, in order.</summary>
    public IEnumerable<DateMatch> FindAll(string text, bool dayFirst = true)
    {
        // Every form holds a digit (\d: a Unicode decimal digit): a text without one, most short lines and blocks a
        // page is asked about, has no date and is not scanned.
        if (!HasDigit(text))
        {
            yield break;
        }

        foreach (Match m in _all.Regex.Matches(text))
        {
            if (ToDate(m, dayFirst) is { } date)
            {
                yield return new DateMatch(date, m.Index, m.Groups["itime"].Success || m.Groups["dtime"].Success);
            }
        }
    }

    private static bool HasDigit(string text)
    {
        if (text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return true;
        }

        if (System.Text.Ascii.IsValid(text))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    public DateOnly? First(string text, bool dayFirst = true) => FindAll(text, dayFirst).Select(d => (DateOnly?)d.Date).FirstOrDefault();

    /// <summary>A date stated as an ISO 8601 value (meta tags, datetime attributes, JSON-LD), or null.</summary>
    public DateOnly? ParseIso(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var m = IsoValue().Match(value.Trim());
        if (m.Success)
        {
            return Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
        }

        // Values like "20200312" or "Thu, 12 Mar 2020 10:00:00 GMT" or "12.03.2020".
        var compact = Compact().Match(value.Trim());
        return compact.Success ? Make(compact.Groups["y"].Value, compact.Groups["m"].Value, compact.Groups["d"].Value) : First(value);
    }

    /// <summary>A full date in a URL path ("/2020/03/12/", "/2020-03-12-", "_20200312"), or null.</summary>
    public DateOnly? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        var m = UrlDate().Match(url);
        if (m.Success && Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) is { } date)
        {
            return date;
        }

        var compact = UrlCompact().Match(url);
        return compact.Success ? Make(compact.Groups["y"].Value, compact.Groups["m"].Value, compact.Groups["d"].Value) : null;
    }

    private DateOnly? ToDate(Match m, bool dayFirst)
    {
        if (m.Groups["iy"].Success)
        {
            return Make(m.Groups["iy"].Value, m.Groups["im"].Value, m.Groups["id"].Value);
        }

        if (m.Groups["sy"].Success)
        {
            return Make(m.Groups["sy"].Value, m.Groups["sm"].Value, m.Groups["sd"].Value);
        }

        if (m.Groups["dd"].Success)
        {
            var year = m.Groups["dy"].Value;
            if (year.Length == 2)
            {
                year = "20" + year;
            }

            return Make(year, m.Groups["dm"].Value, m.Groups["dd"].Value);
        }

        if (m.Groups["s1"].Success)
        {
            var a = int.Parse(m.Groups["s1"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups["s2"].Value, CultureInfo.InvariantCulture);
            var first = a > 12 || (b <= 12 && dayFirst);
            return first ? Make(m.Groups["s3"].Value, m.Groups["s2"].Value, m.Groups["s1"].Value) : Make(m.Groups["s3"].Value, m.Groups["s1"].Value, m.Groups["s2"].Value);
        }

        if (m.Groups["nd"].Success && _months.Month(m.Groups["nm"].Value) is { } nm)
        {
            return Make(m.Groups["ny"].Value, nm.ToString(CultureInfo.InvariantCulture), m.Groups["nd"].Value);
        }

        if (m.Groups["mm"].Success && _months.Month(m.Groups["mm"].Value) is { } mm)
        {
            return Make(m.Groups["my"].Value, mm.ToString(CultureInfo.InvariantCulture), m.Groups["md"].Value);
        }

        return null;
    }

    private DateOnly? Make(string y, string m, string d)
    {
        if (!int.TryParse(y, CultureInfo.InvariantCulture, out var year) || !int.TryParse(m, CultureInfo.InvariantCulture, out var month) || !int.TryParse(d, CultureInfo.InvariantCulture, out var day))
        {
            return null;
        }

        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateOnly(year, month, day);
        return date < _earliest || date > _latest ? null : date;
    }

    [GeneratedRegex(@"^(?<y>\d{4})-?(?<m>\d{2})-?(?<d>\d{2})(?:$|[T\s])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoValue();

    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})(?<m>[01]\d)(?<d>[0-3]\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex Compact();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/_-](?<m>[01]?\d)[/_-](?<d>[0-3]?\d)(?:[/_.-]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"[/_-](?<y>(?:19|20)\d{2})(?<m>[01]\d)(?<d>[0-3]\d)(?:[/_.-]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlCompact();
}
