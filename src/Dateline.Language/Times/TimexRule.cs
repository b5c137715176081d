using Dateline.Core.Text;

namespace Dateline.Language.Times;

/// <summary>One recognition rule of Data/time-rules.txt: its id, TIMEX3 type and pattern (interpreted at first, compiled once a run uses it: <see cref="TieredRegex"/>).</summary>
internal sealed record TimexRule(string Id, TimexType Type, TieredRegex Pattern);
