using System.Text.RegularExpressions;

namespace Dateline.Core.Text;

/// <summary>
/// An alternation of literal branches (escaped words and phrases of a data file) in an order the regex engine reads
/// fast: the branches that open with the same letter next to each other, each group in the order given. The engine
/// factors a run of neighbouring branches that open alike into one test of their first character (and of their longer
/// shared prefix), so a position a group cannot match costs one test, not one per branch; in the given order (longest
/// first) neighbours rarely open alike, and the interpreter tried every branch at every word: the quote stage's comma
/// tails, where the cue list (231 words), the speaker stop words and the cue traps are tried at each word after a
/// comma, ran ×2 faster regrouped (bench/README.md, "perf-warm2").
///
/// The same matches. Matched left to right, a branch can match at a position only if it opens with the character
/// there, and under <c>(?i)</c> an ASCII letter's case forms (and the Kelvin sign of k) match that letter alone, so two
/// branches of different groups never both match at one position: the branches that can match there are tried in the
/// given order either way, and the first whose continuation succeeds is the same. Matched right to left, inside a
/// look-behind, a look-around holds when any branch fits, in whatever order they are tried (no branch captures: they
/// are literals). Branches that do not all open with an ASCII letter or digit are left in the given order.
/// </summary>
public static class RegexAlternation
{
    /// <summary>The branches joined by '|', grouped by their first character (ignoring an ASCII letter's case), each group in the order given.</summary>
    public static string ByFirstLetter(IEnumerable<string> branches)
    {
        var list = branches.ToList();
        if (list.Exists(b => b.Length == 0 || !char.IsAsciiLetterOrDigit(b[0])))
        {
            return string.Join('|', list);
        }

        // GroupBy is stable: groups in the order their first branch comes, branches within a group as given
        return string.Join('|', list.GroupBy(b => char.ToLowerInvariant(b[0])).SelectMany(g => g));
    }

    /// <summary>
    /// A data file's phrases as one group: escaped, longest first (so a phrase is not cut by a shorter one it opens
    /// with), a space matching any run of white space, an apostrophe either form when <paramref name="anyApostrophe"/>,
    /// joined <see cref="ByFirstLetter"/>.
    /// </summary>
    public static string OfPhrases(IEnumerable<string> phrases, bool anyApostrophe = false)
        => "(?:" + ByFirstLetter(phrases.OrderByDescending(p => p.Length).Select(p => Escape(p, anyApostrophe))) + ")";

    private static string Escape(string phrase, bool anyApostrophe)
    {
        string escaped = Regex.Escape(phrase).Replace("\\ ", "\\s+", StringComparison.Ordinal);
        return anyApostrophe ? escaped.Replace("'", "['’]", StringComparison.Ordinal) : escaped;
    }
}
