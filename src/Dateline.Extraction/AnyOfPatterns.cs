using System.Text.RegularExpressions;
using Dateline.Core.Text;

namespace Dateline.Extraction;

/// <summary>
/// Whether any of a list of data-file patterns matches a text, in at most two scans: one alternation of the patterns
/// anchored at the text's start (tried at its first position only) and one of the rest. In one alternation of both,
/// every position of the text was tried against every branch, anchored or not: the chrome phrases' alternation (48
/// anchored rules, 11 not) was a tenth of the warm extraction in the bench once compiled (bench/README.md).
/// </summary>
internal sealed class AnyOfPatterns
{
    private readonly TieredRegex? _anchored;
    private readonly TieredRegex? _floating;

    public AnyOfPatterns(IEnumerable<string> patterns, RegexOptions options, int compileAfter)
    {
        var list = patterns.ToList();
        var anchored = list.Where(AnchoredAtStart).ToList();
        var floating = list.Where(p => !AnchoredAtStart(p)).ToList();
        _anchored = Alternation(anchored, options, compileAfter);
        _floating = Alternation(floating, options, compileAfter);
    }

    /// <summary>Whether some pattern of the list matches somewhere in <paramref name="text"/>.</summary>
    public bool IsMatch(string text) => (_anchored?.IsMatch(text) ?? false) || (_floating?.IsMatch(text) ?? false);

    private static TieredRegex? Alternation(List<string> patterns, RegexOptions options, int compileAfter)
        => patterns.Count == 0 ? null : new TieredRegex(string.Join('|', patterns.Select(p => $"(?:{p})")), options, Regex.InfiniteMatchTimeout, compileAfter);

    /// <summary>
    /// Whether the pattern can match only at the text's start: it opens with ^ and has no alternative outside a group
    /// (in "^a|b" the anchor binds the first alternative only). Without RegexOptions.Multiline, which no list uses.
    /// </summary>
    internal static bool AnchoredAtStart(string pattern)
    {
        if (!pattern.StartsWith('^'))
        {
            return false;
        }

        var depth = 0;
        var inClass = false;
        for (var i = 1; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++; // the escaped character is a literal
            }
            else if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
                if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                {
                    i++; // "[]…]": a leading ] is a member of the class
                }
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth--;
            }
            else if (c == '|' && depth == 0)
            {
                return false;
            }
        }

        return true;
    }
}
