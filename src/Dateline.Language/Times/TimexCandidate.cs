using System.Text.RegularExpressions;
using Dateline.Core.Model;

namespace Dateline.Language.Times;

/// <summary>A rule's match before overlaps are resolved and the value normalized.</summary>
internal sealed record TimexCandidate(TimexRule Rule, Match Match)
{
    public TextSpan Span => new(Match.Index, Match.Index + Match.Length);
}
