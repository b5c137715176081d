namespace Dateline.Language.Times;

/// <summary>A normalized TIMEX3 type and value.</summary>
internal sealed record TimexValue(string Type, string Value);
