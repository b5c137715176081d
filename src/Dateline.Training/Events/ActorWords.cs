using System.Text.RegularExpressions;

namespace Dateline.Training.Events;

/// <summary>
/// Whether two actors as written are the same, as eval/events/score_events.py decides it (its `actor_match`): lower
/// case, without a leading determiner or a trailing "'s", one's words a run within the other's; both absent match.
/// The trainer labels candidates by it, so it learns what the scorer counts.
/// </summary>
public static partial class ActorWords
{
    public static bool Match(string? predicted, string? gold)
    {
        var p = Words(predicted);
        var g = Words(gold);
        if (p is null || g is null)
        {
            return p is null && g is null;
        }

        return Contains(p, g) || Contains(g, p);
    }

    private static string[]? Words(string? actor)
    {
        if (actor is null)
        {
            return null;
        }

        var a = Determiner().Replace(actor.Trim().ToLowerInvariant().Replace('’', '\''), "");
        a = Possessive().Replace(a, "");
        return [.. Word().Matches(a).Select(m => m.Value)];
    }

    private static bool Contains(string[] big, string[] small)
    {
        int n = small.Length;
        for (int i = 0; n > 0 && i + n <= big.Length; i++)
        {
            if (big.AsSpan(i, n).SequenceEqual(small))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?:the|a|an)\s+")]
    private static partial Regex Determiner();

    [GeneratedRegex("'s$")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"[\w.'-]+")]
    private static partial Regex Word();
}
