using System.Globalization;
using System.Text.RegularExpressions;

namespace Dateline.Language.Times;

/// <summary>
/// The time a news text is talking about, read along the text as HeidelTime does for news: the reference day starts
/// at the publication date and moves to each day the text names ("Friday", "Dec. 18", "yesterday"), so that "At
/// 6:36 p.m." after "Friday" is that Friday and "the next day" is the day after the last one named. The tagger feeds
/// it the expressions in text order.
/// </summary>
internal sealed partial class NarrativeTime(string text, DateOnly? dct)
{
    private TimeExpression? _last;
    private TimexCandidate? _lastCandidate;

    /// <summary>The last date the text named itself (a year, quarter, month or day; not one counted back from another).</summary>
    public string? Mentioned { get; private set; }

    /// <summary>The last quarter the text named itself ("the third quarter"), for "the quarter".</summary>
    public string? MentionedQuarter { get; private set; }

    /// <summary>The day under discussion: the last day named so far, else the publication date (null without one).</summary>
    public DateOnly? Reference { get; private set; } = dct;

    /// <summary>
    /// Takes the next expression (in text order) with the expressions accepted so far, and returns it as it should be
    /// kept. A weekday in apposition to the date before it ("Dec. 18, a Wednesday") is that date; when the date's year
    /// was only guessed and the weekday does not fall on it, the weekday picks the year, and the date before (the last
    /// of <paramref name="accepted"/>) is corrected with it.
    /// </summary>
    public TimeExpression Read(TimeExpression expression, TimexCandidate candidate, Tense tense, List<TimeExpression> accepted)
    {
        if (_last is { } last && _lastCandidate is { } lastCandidate && IsBareWeekday(candidate)
            && accepted.Count > 0 && ReferenceEquals(accepted[^1], last)
            && ApposedPattern().IsMatch(text.AsSpan(last.Span.End, Math.Max(0, expression.Span.Start - last.Span.End)))
            && Day(last.Value) is { } named)
        {
            int weekday = candidate.Rule.Id == "date-weekday" ? WeekdayNumber(candidate) : 0;
            if (TimexNormalizer.IsoWeekday(named) == weekday)
            {
                expression = expression with { Type = last.Type, Value = last.Value };
            }
            else if (!lastCandidate.Match.Groups["year"].Success
                && TimexNormalizer.AgreeingYear(named.Month, named.Day, weekday, named.Year, tense) is { } year)
            {
                var corrected = Iso(new DateOnly(year, named.Month, named.Day)) + last.Value![10..];
                accepted[^1] = last with { Value = corrected };
                expression = expression with { Type = TimexType.Date, Value = Iso(new DateOnly(year, named.Month, named.Day)) };
            }
        }

        if (Day(expression.Value) is { } day)
        {
            Reference = day;
        }

        if (expression.Type == TimexType.Date && !candidate.Match.Groups["ago"].Success && !candidate.Match.Groups["yearback"].Success && expression.Value is { } v && CalendarDatePattern().IsMatch(v))
        {
            Mentioned = v;
            MentionedQuarter = v.Contains("-Q", StringComparison.Ordinal) ? v : MentionedQuarter;
        }

        _last = expression;
        _lastCandidate = candidate;
        return expression;
    }

    /// <summary>"Wednesday" alone: no "last", "next", part of day or clock time around it.</summary>
    private static bool IsBareWeekday(TimexCandidate c)
        => c.Rule.Id == "date-weekday" && !c.Match.Groups["rel"].Success && !c.Match.Groups["edge"].Success && !c.Match.Groups["part"].Success;

    private static int WeekdayNumber(TimexCandidate c)
        => TimexLexicon.Default.Weekdays.TryGetValue(c.Match.Groups["weekday"].Value, out var n) ? n : 0;

    /// <summary>The day of a value that names one ("2019-12-18", "2019-12-18T18:36"), else null.</summary>
    private static DateOnly? Day(string? value)
        => value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}(?:-Q[1-4]|-\d\d(?:-\d\d)?)?$")]
    private static partial Regex CalendarDatePattern();

    /// <summary>What stands between a date and a weekday in apposition: ", a", " (", ", which was a".</summary>
    [GeneratedRegex(@"^\s*[,(\u2014\u2013]\s*(?:(?:which|that)\s+(?:was|is|will\s+be)\s+)?(?:an?\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ApposedPattern();
}
