namespace Dateline.Language.Times;

/// <summary>
/// One recognition rule of Data/time-rules.txt: its id, TIMEX3 type and pattern (macros expanded; run by
/// <see cref="TimexLexicon.Scanner"/>), and its index among <see cref="TimexLexicon.Rules"/>.
/// </summary>
internal sealed record TimexRule(string Id, TimexType Type, string Pattern, int Index);
