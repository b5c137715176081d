using System.Text.RegularExpressions;
using Dateline.Core.Model;

namespace Dateline.Language.Times;

/// <summary>A rule's match before overlaps are resolved and the value normalized.</summary>
internal sealed record TimexCandidate(TimexRule Rule, Match Match)
{
    public TextSpan Span => new(Match.Index, Match.Index + Match.Length);

    /// <summary>The match's group <paramref name="name"/>, by its number in the rule's regex (<see cref="TimexLexicon.GroupNumbers"/>).</summary>
    public Group Group(TimexGroup name) => Match.Groups[TimexLexicon.Default.GroupNumbers(Rule)[(int)name]];
}
