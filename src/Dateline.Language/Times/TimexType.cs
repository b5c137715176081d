namespace Dateline.Language.Times;

/// <summary>The TIMEX3 types, written as their upper-case names (DATE, TIME, DURATION, SET).</summary>
public enum TimexType
{
    Date,
    Time,
    Duration,
    Set,
}
