using System.Text.RegularExpressions;

namespace Dateline.Language.Times;

/// <summary>One recognition rule of Data/time-rules.txt: its id, TIMEX3 type and compiled pattern.</summary>
internal sealed record TimexRule(string Id, TimexType Type, Regex Pattern);
