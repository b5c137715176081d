namespace Dateline.Language.Times;

/// <summary>A normalized TIMEX3 type and value.</summary>
internal sealed record TimexValue(TimexType Type, string Value);
