using System.Globalization;
using System.Text.RegularExpressions;
using Dateline.Core.Model;

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

    /// <summary>Whether the expression that set <see cref="Reference"/> named its weekday ("Dec. 18, a Wednesday").</summary>
    private bool _referenceNamesWeekday;

    private readonly DateOnly? _published = dct;

    /// <summary>The last date the text named itself (a year, quarter, month or day; not one counted back from another).</summary>
    public string? Mentioned { get; private set; }

    /// <summary>Where the expression that named <see cref="Mentioned"/> starts in the text (-1 before any).</summary>
    public int MentionedAt { get; private set; } = -1;

    /// <summary>
    /// Whether the text wrote the year of <see cref="Mentioned"/> in its own voice ("June 9, 2020", "in 2020"; not in a
    /// quote) or carried it from one it wrote (the next date of a list under "2020 dates:"), rather than the tense
    /// guessing it.
    /// </summary>
    public bool MentionedYearWritten { get; private set; }

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
    /// <param name="yearWritten">Whether the text wrote the expression's year in its own voice or carried it from one it wrote.</param>
    /// <param name="movesStory">False for a day the text names as scheduled ahead ("Lowe's reports earnings Wednesday"): the story stays on its day ("hosts a conference call at 9 a.m." after it is the day before).</param>
    public TimeExpression Read(TimeExpression expression, TimexCandidate candidate, Tense tense, List<TimeExpression> accepted, bool yearWritten = false, bool movesStory = true)
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
            else if (!lastCandidate.Group(TimexGroup.Year).Success
                && TimexNormalizer.AgreeingYear(named.Month, named.Day, weekday, named.Year, tense) is { } year)
            {
                var corrected = Iso(new DateOnly(year, named.Month, named.Day)) + last.Value![10..];
                accepted[^1] = last with { Value = corrected };
                expression = expression with { Type = TimexType.Date, Value = Iso(new DateOnly(year, named.Month, named.Day)) };
            }
        }

        expression = InNarrativeOrder(expression, candidate, tense, accepted);

        if (movesStory && Day(expression.Value) is { } day)
        {
            Reference = day;
            _referenceNamesWeekday = candidate.Group(TimexGroup.Weekday).Success;
        }

        if (expression.Type == TimexType.Date && !candidate.Group(TimexGroup.Ago).Success && !candidate.Group(TimexGroup.Yearback).Success && expression.Value is { } v && CalendarDatePattern().IsMatch(v)
            && !NamesALaw(expression, v))
        {
            Mentioned = v;
            MentionedAt = expression.Span.Start;
            MentionedYearWritten = yearWritten;
            MentionedQuarter = v.Contains("-Q", StringComparison.Ordinal) ? v : MentionedQuarter;
        }

        _last = expression;
        _lastCandidate = candidate;
        return expression;
    }

    /// <summary>
    /// "The first phase of returns started June 15, …, and two weeks later the department moved", "Obama's 2008
    /// victory. Voters … backed Obama's opponent … four years later": a whole count of years, months, weeks or days
    /// followed by "later", told right after a date the text named (no other time expression between) in the same
    /// sentence or the one after it, is that date moved on by the count (DATE 2020-06-29, 2012), "later" included in
    /// the span; at the date's granularity, and only when the unit is no finer than it ("three days later" after "in
    /// 2008" stays the length). Anything else (a vague count, "A few days later"; a date further back, TimeBank
    /// wsj_0585's "Three days later" two sentences after "Oct. 12", counted from a date the text does not give) stays
    /// a DURATION, as TimeBank and AQUAINT write every "N units later" they hold, and so does a comparison ("March 31,
    /// 2021. The date is about three months later than expected"; unseen news audits 1 and 4, issue 17).
    /// </summary>
    public TimeExpression CountedFrom(TimeExpression expression, List<TimeExpression> accepted, IReadOnlyList<TextSpan> sentences)
    {
        if (expression.Type != TimexType.Duration || expression.Value is not { } v || WholePeriodPattern().Match(v) is not { Success: true } period
            || LaterPattern().Match(text, expression.Span.End) is not { Success: true } later
            || Mentioned is not { } mentioned || accepted.Count == 0 || accepted[^1].Span.Start != MentionedAt || accepted[^1].Value != mentioned
            || TextSpans.IndexContaining(sentences, MentionedAt) is not (>= 0 and var named)
            || TextSpans.IndexContaining(sentences, expression.Span.Start) - named is not (0 or 1)
            || !int.TryParse(period.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            || Moved(mentioned, n, period.Groups["u"].Value[0]) is not { } moved)
        {
            return expression;
        }

        return new TimeExpression(new TextSpan(expression.Span.Start, later.Index + later.Length), TimexType.Date, moved);
    }

    /// <summary>A calendar date (2008, 2019-Q3, 2020-06, 2020-06-15) moved on by n units, at its granularity; null when the unit is finer than it.</summary>
    private static string? Moved(string date, int n, char unit)
    {
        int year = int.Parse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        if (unit == 'Y' && (date.Length == 4 || date[5] == 'Q'))
        {
            return (year + n).ToString("0000", CultureInfo.InvariantCulture) + date[4..];
        }

        if (date.Length == 7 && date[5] != 'Q' && unit is 'Y' or 'M')
        {
            var month = new DateOnly(year, int.Parse(date.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture), 1).AddMonths(unit == 'Y' ? 12 * n : n);
            return month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }

        if (Day(date) is { } day)
        {
            return Iso(unit switch { 'Y' => day.AddYears(n), 'M' => day.AddMonths(n), 'W' => day.AddDays(DaysInAWeek * n), _ => day.AddDays(n) });
        }

        return null;
    }

    [GeneratedRegex(@"^P(?<n>\d+)(?<u>[YMWD])$")]
    private static partial Regex WholePeriodPattern();

    [GeneratedRegex(@"\G\s+later\b(?!\s+than\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LaterPattern();

    /// <summary>
    /// A past weekday read along the story rather than back from the publication date. Told in a week the text named
    /// with a weekday ("on Dec. 18, a Wednesday … late Tuesday evening" in a story of Dec. 30) it is the one nearest
    /// that day (Dec. 17, not Dec. 24). Told after another weekday of its sentence with "and" ("surpassed 60,000 on
    /// Wednesday and approached that number on Thursday" in a story of Wednesday), the two are in that order: the
    /// earlier one goes back a week when the later one was read before it.
    /// </summary>
    private TimeExpression InNarrativeOrder(TimeExpression expression, TimexCandidate candidate, Tense tense, List<TimeExpression> accepted)
    {
        if (_published is not { } published || !IsWeekdayWithoutRel(candidate) || tense == Tense.Future
            || Day(expression.Value) is not { } day || day > published || accepted.Count == 0 || _last is not { } last || !ReferenceEquals(accepted[^1], last))
        {
            return expression;
        }

        if (_referenceNamesWeekday && Reference is { } reference && reference < published.AddDays(-DaysInAWeek) && day > reference)
        {
            int shift = ((TimexNormalizer.IsoWeekday(day) - TimexNormalizer.IsoWeekday(reference) + 10) % DaysInAWeek) - 3;
            return expression with { Value = Iso(reference.AddDays(shift)) + expression.Value![10..] };
        }

        if (_lastCandidate is { } lastCandidate && IsWeekdayWithoutRel(lastCandidate) && Day(last.Value) is { } lastDay && day < lastDay
            && CoordinatedPattern().IsMatch(text.AsSpan(last.Span.End, Math.Max(0, expression.Span.Start - last.Span.End))))
        {
            accepted[^1] = last with { Value = Iso(lastDay.AddDays(-DaysInAWeek)) + last.Value![10..] };
        }

        return expression;
    }

    private const int DaysInAWeek = 7;

    /// <summary>
    /// A year alone that opens a document's name ("Johnson's 1964 Civil Rights Act": <see cref="TimexLexicon.LawName"/>):
    /// it names the law, not a time the text tells of, and is no <see cref="Mentioned"/> date.
    /// </summary>
    private bool NamesALaw(TimeExpression expression, string value)
        => value.Length == 4 && TimexLexicon.Default.LawName.IsMatch(text, expression.Span.End);

    /// <summary>A weekday without "last", "next" or "this" ("Wednesday", "late Tuesday evening").</summary>
    private static bool IsWeekdayWithoutRel(TimexCandidate c) => c.Rule.Id == "date-weekday" && !c.Group(TimexGroup.Rel).Success;

    /// <summary>"Wednesday" alone: no "last", "next", part of day or clock time around it.</summary>
    private static bool IsBareWeekday(TimexCandidate c)
        => c.Rule.Id == "date-weekday" && !c.Group(TimexGroup.Rel).Success && !c.Group(TimexGroup.Edge).Success && !c.Group(TimexGroup.Part).Success;

    private static int WeekdayNumber(TimexCandidate c)
        => TimexLexicon.Default.Weekdays.TryGetValue(c.Group(TimexGroup.Weekday).Value, out var n) ? n : 0;

    /// <summary>The day of a value that names one ("2019-12-18", "2019-12-18T18:36"), else null.</summary>
    private static DateOnly? Day(string? value)
        => value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}(?:-Q[1-4]|-\d\d(?:-\d\d)?)?$")]
    private static partial Regex CalendarDatePattern();

    /// <summary>
    /// What joins two past clauses told in order, each with its weekday: "and" before a past verb ("… on Wednesday and
    /// approached that number on Thursday"), no sentence end, no "after" or "before". Not "and" alone: "statements made
    /// Friday and Thursday" (TimeBank) and "attacks in Kenya and Tanzania Friday" (AQUAINT) list, they do not narrate.
    /// </summary>
    [GeneratedRegex(@"^[^.;!?]*\band\s+[a-z]+ed\b[^.;!?]*$(?<!\b(?:after|before|since|until)\b.*)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex CoordinatedPattern();

    /// <summary>What stands between a date and a weekday in apposition: ", a", " (", ", which was a".</summary>
    [GeneratedRegex(@"^\s*[,(\u2014\u2013]\s*(?:(?:which|that)\s+(?:was|is|will\s+be)\s+)?(?:an?\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ApposedPattern();
}
