namespace Dateline.Language.Times;

/// <summary>The codes of <see cref="TimexType"/> as TIMEX3 and the output contract write them.</summary>
public static class TimexTypes
{
    public static string Code(this TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };

    public static TimexType Parse(string code) => code switch
    {
        "DATE" => TimexType.Date,
        "TIME" => TimexType.Time,
        "DURATION" => TimexType.Duration,
        "SET" => TimexType.Set,
        _ => throw new FormatException($"'{code}' is not a TIMEX3 type (DATE, TIME, DURATION, SET)"),
    };
}
