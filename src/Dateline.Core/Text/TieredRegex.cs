using System.Text.RegularExpressions;

namespace Dateline.Core.Text;

/// <summary>
/// A regular expression built from data at run time that starts interpreted and switches to a compiled one after
/// <see cref="CompileAfter"/> uses. A compiled regex costs its IL and a JIT of it before the first match (tens of
/// milliseconds for a rule of alternations, over a second for the dozens of rules of a layer), which a process that
/// annotates one short text never earns back; the interpreter finds exactly the same matches, only slower, so a long
/// run compiles once it has shown that it will use the rule. Thread-safe: both regexes are immutable and either may
/// serve a call. The interpreted regex too is built at the first use, not at construction: a layer builds dozens of
/// rules, and a short text tries few of them (parsing the patterns was ~10 % of a one-text `annotate`, bench/README.md
/// "The argument weights in a binary layout"); a broken pattern therefore throws at its first use (each lexicon's
/// tests use every rule).
/// </summary>
public sealed class TieredRegex
{
    /// <summary>
    /// Uses before compiling. Set when the time rules each scanned a whole text (48 patterns over news texts, one use
    /// per text): compiling one rule cost about as much as 50-100 interpreted scans of a text, so a run of a few dozen
    /// texts broke even. Tried anchored instead, the time rules now stay interpreted (<see cref="Never"/>).
    /// </summary>
    public const int CompileAfter = 32;

    /// <summary>
    /// The <c>compileAfter</c> of a pattern that stays interpreted: one whose matches the compiled form does not speed
    /// up enough to earn its compilation back in any run: every <see cref="RuleScanner"/> rule tried anchored
    /// (bench/README.md "perf-times2"), and patterns too large for the optimizing JIT, whose compiled form runs at
    /// MinOpts (the quote tails, "perf-pipeline").
    /// </summary>
    public const int Never = int.MaxValue;

    private readonly string _pattern;
    private readonly RegexOptions _options;
    private readonly TimeSpan _matchTimeout;
    private readonly int _compileAfter;
    private Regex? _current;
    private int _uses;

    /// <param name="pattern">The pattern.</param>
    /// <param name="options">Options without <see cref="RegexOptions.Compiled"/> (this class adds it when it compiles).</param>
    public TieredRegex(string pattern, RegexOptions options)
        : this(pattern, options, Regex.InfiniteMatchTimeout)
    {
    }

    /// <param name="pattern">The pattern.</param>
    /// <param name="options">Options without <see cref="RegexOptions.Compiled"/> (this class adds it when it compiles).</param>
    /// <param name="matchTimeout">The match time-out of both regexes (patterns run over hostile page text).</param>
    public TieredRegex(string pattern, RegexOptions options, TimeSpan matchTimeout)
        : this(pattern, options, matchTimeout, CompileAfter)
    {
    }

    /// <param name="pattern">The pattern.</param>
    /// <param name="options">Options without <see cref="RegexOptions.Compiled"/> (this class adds it when it compiles).</param>
    /// <param name="matchTimeout">The match time-out of both regexes (patterns run over hostile page text).</param>
    /// <param name="compileAfter">
    /// Uses before compiling, for a pattern run many times per text (per line, per class name) instead of once: the
    /// caller scales <see cref="CompileAfter"/> by its uses per text; <see cref="Never"/>: interpreted always.
    /// </param>
    public TieredRegex(string pattern, RegexOptions options, TimeSpan matchTimeout, int compileAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(compileAfter, 1);
        _pattern = pattern;
        _options = options & ~RegexOptions.Compiled;
        _matchTimeout = matchTimeout;
        _compileAfter = compileAfter;
    }

    /// <summary>The regex to run now: interpreted for the first uses, compiled after.</summary>
    public Regex Regex
    {
        get
        {
            if (_compileAfter != Never && _uses <= _compileAfter && Interlocked.Increment(ref _uses) == _compileAfter)
            {
                Volatile.Write(ref _current, new Regex(_pattern, _options | RegexOptions.Compiled, _matchTimeout));
            }

            return Volatile.Read(ref _current) ?? Interpreted();
        }
    }

    /// <summary>The interpreted regex, built by the first use (two threads may both build one; either serves).</summary>
    private Regex Interpreted()
    {
        var built = new Regex(_pattern, _options, _matchTimeout);
        return Interlocked.CompareExchange(ref _current, built, null) ?? built;
    }

    /// <summary>Whether the compiled regex is in use.</summary>
    public bool IsCompiled => Volatile.Read(ref _current) is { } current && (current.Options & RegexOptions.Compiled) != 0;

    public override string ToString() => _pattern;

    /// <summary>Whether the pattern matches somewhere in <paramref name="input"/> (one use).</summary>
    public bool IsMatch(string input) => Regex.IsMatch(input);

    /// <summary>The first match in <paramref name="input"/> (one use).</summary>
    public Match Match(string input) => Regex.Match(input);
}
