using System.Text.RegularExpressions;
using Dateline.Core.Text;

namespace Dateline.Extraction;

/// <summary>
/// The patterns extraction builds from its data files (chrome phrases, class hints, block phrases, date hints) start
/// interpreted and compile once a run has used them often (<see cref="TieredRegex"/>). Compiling them all when the
/// pipeline was built, and JIT-compiling each at its first match, was most of `extract`'s start-up on one text
/// (bench/README.md); the interpreter finds exactly the same matches.
/// </summary>
internal static class ExtractionPatterns
{
    /// <summary>
    /// Uses of a pattern before it is compiled. These patterns run once per line, block or class name of a page, not
    /// once per page: a text dump has 262 lines on average (dev-text: 29,922 in 114 pages), an HTML page about 320
    /// block elements and 263 distinct class names and ids (dev: 114 pages), so this is the times rules' 32 texts.
    /// </summary>
    public const int CompileAfterUses = TieredRegex.CompileAfter * 256;

    /// <summary>
    /// Uses of a rule tried only where the one alternation of its list matched (chrome phrases, block phrases) before it
    /// is compiled: such a rule runs on the few blocks of a page that some rule of the list matches, 12.7 per page on
    /// HTML dev (1,443 blocks removed by phrase rules on its 114 pages), so 16 pages of hits are the times rules' 32
    /// texts. With the line threshold the rules never compiled: the interpreter running them was 6 % of the warm
    /// extraction in the bench (bench/README.md).
    /// </summary>
    public const int RuleCompileAfterUses = TieredRegex.CompileAfter * 16;

    /// <summary>A data-file pattern, interpreted for a run's first pages.</summary>
    public static TieredRegex Tiered(string pattern, RegexOptions options)
        => new(pattern, options, Regex.InfiniteMatchTimeout, CompileAfterUses);

    /// <summary>
    /// Uses of a list's alternation asked once per block of a page's body (chrome phrases, block phrases) before it is
    /// compiled: the block filter sees 25-40 blocks per HTML dev page and pass (25.3 kept, plus the removed ones), not the
    /// 320 block elements of the page, so at the line threshold the alternations stayed interpreted for some 250 pages
    /// (most of a bench run, whose profile showed the interpreter under them: bench/README.md).
    /// </summary>
    public const int BlockCompileAfterUses = TieredRegex.CompileAfter * 32;

    /// <summary>A rule of a list that is asked only where the list's alternation (<see cref="AnyOf"/>) matched.</summary>
    public static TieredRegex Rule(string pattern, RegexOptions options)
        => new(pattern, options, Regex.InfiniteMatchTimeout, RuleCompileAfterUses);

    /// <summary>
    /// One pattern matching where any of <paramref name="patterns"/> matches (none: never), for telling in one scan that a
    /// text matches no rule of a list before the rules are tried one by one.
    /// </summary>
    public static AnyOfPatterns AnyOf(IEnumerable<string> patterns, RegexOptions options)
        => new(patterns, options, BlockCompileAfterUses);
}
