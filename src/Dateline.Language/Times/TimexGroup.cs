namespace Dateline.Language.Times;

/// <summary>
/// The named groups of the time rules (Data/time-rules.txt) that <see cref="TimexNormalizer"/> and the tagger read
/// (<see cref="TimexCandidate.Group"/>): a group's name is its member's name in lower case (<see cref="TimexLexicon.GroupNumbers"/> resolves each once per rule). Read by name,
/// a group cost two look-ups of the name in the regex's table per test, ~10 % of the times stage (bench/README.md,
/// "perf-warm3").
/// </summary>
internal enum TimexGroup
{
    Ago,
    Ampm,
    Anaq,
    Century,
    Clockword,
    Day,
    Edge,
    Decade,
    Decade2,
    Decadeword,
    Ended,
    Fourth,
    Frac,
    Half,
    Holiday,
    Hour,
    Minute,
    Mnum,
    Month,
    Num,
    Part,
    Quarter,
    Qyear,
    Ref,
    Rel,
    Season,
    Setword,
    Theyear,
    Thatyear,
    Unit,
    Units,
    Weekday,
    Weekdays,
    Weekend,
    Year,
    Yearago,
    Yearback,
    Yearbackq,
}
