using System.Buffers;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Dateline.Core.Text;

/// <summary>
/// Runs a set of rules (up to 64 regexes) over a text and gives each rule exactly the matches of its
/// <see cref="Regex.Matches(string)"/>, with one pass over the text instead of one scan per rule: each rule's pattern is
/// read once (<see cref="PatternOpenings"/>: the character pairs a match can open with and hold at offsets 2 and 4, the
/// characters before a position that rule it out), and at each position only the rules that can match there are tried, anchored (<c>\G</c>). A
/// rule's search for its next match from a position tries the positions in order and reports the first that matches;
/// the positions skipped here cannot match, so the same matches come out. A rule given its opening words (the
/// constructor's <c>openingWords</c>) is instead tried only at the text's runs of ASCII letters that an
/// <see cref="AsciiWordTable"/> of those words holds: one walk over the words of a text serves every such rule.
/// Immutable and thread-safe.
/// </summary>
public sealed class RuleScanner
{
    private const int Ascii = 128;

    private readonly TieredRegex[] _anchored;
    private readonly ulong _all;

    /// <summary>Rules tried at every position (a match may be empty, or the pattern was not understood).</summary>
    private readonly ulong _always;

    /// <summary>By the ASCII pair at a position (first × 128 + second): the rules that may match there.</summary>
    private readonly ulong[] _pair = new ulong[Ascii * Ascii];

    /// <summary>By the ASCII character at a position followed by a character outside ASCII.</summary>
    private readonly ulong[] _first = new ulong[Ascii];

    /// <summary>By the ASCII character at the last position: the rules a one-character match may come from.</summary>
    private readonly ulong[] _last = new ulong[Ascii];

    /// <summary>By the ASCII character before a position: the rules that cannot start after it.</summary>
    private readonly ulong[] _blockedAfter = new ulong[Ascii];

    /// <summary>
    /// The ASCII characters after which no rule can open (<see cref="_blockedAfter"/> of every rule: letters and digits
    /// for rules that open only at a word's start); null when there are none. The position scan passes over a run of
    /// them at once instead of looking every position after one up in the pair tables (times: four positions in five).
    /// </summary>
    private readonly SearchValues<char>? _blocksEvery;

    /// <summary>
    /// By offset ÷ 2 − 1 (offsets 2 and 4 from a position) and the ASCII pair there: the rules whose match may hold it
    /// (<see cref="PatternOpenings.ContinuesWithUnlessShort"/>). Most positions a rule opens at ("th" for rules opening
    /// with "the") fail on these.
    /// </summary>
    private readonly ulong[][] _laterPair = [new ulong[Ascii * Ascii], new ulong[Ascii * Ascii]];

    /// <summary>As <see cref="_laterPair"/>, for an ASCII character followed by a character outside ASCII or the end.</summary>
    private readonly ulong[][] _laterFirst = [new ulong[Ascii], new ulong[Ascii]];

    /// <summary>
    /// By offset ÷ 2 − 1 and the ASCII character at a position: the rules whose match opening with it may end before
    /// the offset (<see cref="PatternOpenings.EndsBeforeAfter"/>), which pass that offset's check whatever is there.
    /// Before, a rule with any short match passed it at every position: date-decade2 ("'90s", or "the '90s") was tried
    /// at every "the".
    /// </summary>
    private readonly ulong[][] _shortAfter = [new ulong[Ascii], new ulong[Ascii]];

    /// <summary>
    /// Rules whose every match holds one of a few words (<see cref="PatternOpenings.Words"/>): such a rule is tried at a
    /// position only when one of its words occurs ahead before an ASCII character no match of it holds
    /// (<see cref="PatternOpenings.Alphabet"/>), so "\w+\s+times" is not tried at every word of a text.
    /// </summary>
    private readonly ulong _worded;

    /// <summary>
    /// By rule: its words, searched for ignoring case (null for a rule without); built on first use, as building them
    /// all cost the first document of the time layer 7 ms (bench's start-up line, 0.004 → 0.011 s).
    /// </summary>
    private readonly Lazy<SearchValues<string>>?[] _words;

    /// <summary>
    /// How many times a worded rule is tried in a text before its words are searched for: a search costs about as much
    /// as a few dozen attempts (1-4 µs per KB of news text against 0.3-1 µs per attempt of the time rules), so only the
    /// rules that open at many positions of a text ("\w+\s+times" at every word) pay for it. Set on the first 1,300
    /// corpus passages (harness timing the time rules, one core): searching from the first attempt made the word
    /// checks cost 250 ms against 290 ms of attempts saved; after 8 attempts they cost little and set-times went from
    /// 156,040 attempts to a few per text.
    /// </summary>
    private const int TriesBeforeWords = 8;

    /// <summary>By rule: the ASCII characters no match of it holds.</summary>
    private readonly SearchValues<char>?[] _stops;

    /// <summary>
    /// By rule: the most runs of white space a match of it holds (<see cref="PatternOpenings.SpaceRuns"/>;
    /// <see cref="int.MaxValue"/>: unbounded). A worded rule is tried at a position only when its next word lies within
    /// that many runs of white space: "dur-num" ("the past two years") is not tried at every "a" and "the" of a text
    /// whose next unit word is sentences away.
    /// </summary>
    private readonly int[] _spaceRuns;

    /// <summary>The worded rules whose words are searched for from their first try in a text (the constructor's <c>wordsAtOnce</c>).</summary>
    private readonly ulong _wordsAtOnce;

    /// <summary>The rules given opening words (the constructor's <c>openingWords</c>): at an ASCII letter, tried only at their words' runs, in a text the table can read.</summary>
    private readonly ulong _atWords;

    /// <summary>The rules of <see cref="_atWords"/> that open at nothing but their words (<see cref="OpeningWords.Elsewhere"/> false): never tried by position.</summary>
    private readonly ulong _onlyAtWords;

    /// <summary>The opening words of the rules in <see cref="_atWords"/>, each with the bits of the rules it opens (null when none).</summary>
    private readonly AsciiWordTable? _openingWords;

    /// <summary>The opening prefixes (<see cref="OpeningWords.Prefixes"/>) with their rules' bits, and their lengths in increasing order.</summary>
    private readonly AsciiWordTable? _openingPrefixes;
    private readonly int[] _prefixLengths = [];

    /// <param name="rules">The rules' patterns, at most 64; their matches come back in this order.</param>
    /// <param name="options">The options of every rule (not right to left); each rule is a <see cref="TieredRegex"/> that is never compiled.</param>
    /// <param name="matchTimeout">The match time-out of every rule; none when null.</param>
    /// <param name="wordsAtOnce">
    /// The rules (by index) whose words are searched for from their first try in a text instead of after
    /// <see cref="TriesBeforeWords"/> tries: rules that open at many positions of most texts, whose words within their
    /// reach are rare ("a" and "the" for a duration's unit word); the search then saves more attempts than it costs.
    /// </param>
    /// <param name="openingWords">
    /// By rule index: the runs of ASCII letters every match of the rule that opens with an ASCII letter opens at
    /// (<see cref="OpeningWords"/>: the caller's claim, to be tested against <see cref="Regex.Matches(string)"/>; the
    /// rule's pattern must rule out a start after an ASCII letter, which is checked here). Such a rule is tried at an
    /// ASCII letter only where a run of its words starts, instead of wherever its openings fit; in a text holding a
    /// character the engine folds to an ASCII letter (<see cref="AsciiWordTable.HasEngineAsciiFold"/>) it is tried as
    /// the other rules are.
    /// </param>
    public RuleScanner(IReadOnlyList<string> rules, RegexOptions options, TimeSpan? matchTimeout = null, IEnumerable<int>? wordsAtOnce = null, IReadOnlyDictionary<int, OpeningWords>? openingWords = null)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rules.Count, 64, nameof(rules));
        if ((options & RegexOptions.RightToLeft) != 0)
        {
            throw new ArgumentException("right-to-left rules are not supported", nameof(options));
        }

        Count = rules.Count;
        _anchored = new TieredRegex[rules.Count];
        _words = new Lazy<SearchValues<string>>?[rules.Count];
        _stops = new SearchValues<char>?[rules.Count];
        _spaceRuns = new int[rules.Count];
        foreach (int i in wordsAtOnce ?? [])
        {
            ArgumentOutOfRangeException.ThrowIfNegative(i, nameof(wordsAtOnce));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, rules.Count, nameof(wordsAtOnce));
            _wordsAtOnce |= 1UL << i;
        }

        var members = new PatternOpenings.ClassMembers();
        var tableWords = new List<(string Word, ulong Classes)>();
        var tablePrefixes = new List<(string Word, ulong Classes)>();
        for (int i = 0; i < rules.Count; i++)
        {
            // Only the anchored form is built: the rule's own regex would never run. It stays interpreted: an anchored
            // attempt at a position that fits costs about the same compiled (the time rules 2.0 µs interpreted, 2.3
            // compiled), the quote and amount patterns are too large for the optimizing JIT (their compiled forms ran
            // at MinOpts, slower than the interpreter), and compiling them cost seconds of CPU per process
            // (bench/README.md, "perf-times2" and "perf-pipeline").
            _anchored[i] = new TieredRegex("\\G(?:" + rules[i] + ")", options, matchTimeout ?? Regex.InfiniteMatchTimeout, TieredRegex.Never);
            ulong bit = 1UL << i;
            _all |= bit;
            var openings = PatternOpenings.Of(rules[i], options, members);
            if (openingWords is not null && openingWords.TryGetValue(i, out var opening))
            {
                // A match that may open after a letter opens inside a run, not at one.
                if (openings.Anywhere || openings.CanBeEmpty || !BlocksEveryLetter(openings.BlockedAfter))
                {
                    throw new ArgumentException($"rule {i} may open elsewhere than at the start of a run of letters: '{rules[i]}'", nameof(openingWords));
                }

                _atWords |= bit;
                _onlyAtWords |= opening.Elsewhere ? 0 : bit;
                tableWords.AddRange(opening.Words.Select(w => (w, bit)));
                tablePrefixes.AddRange((opening.Prefixes ?? []).Select(w => (w, bit)));
            }

            if (openings.Anywhere || openings.CanBeEmpty)
            {
                _always |= bit;
                continue;
            }

            if (openings.Words.Count > 0)
            {
                _worded |= bit;
                string[] words = [.. openings.Words];
                _words[i] = new(() => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase));
                var stops = new List<char>();
                for (int c = 0; c < Ascii; c++)
                {
                    if (!openings.Alphabet.Contains((char)c))
                    {
                        stops.Add((char)c);
                    }
                }

                _stops[i] = SearchValues.Create([.. stops]);
                _spaceRuns[i] = openings.SpaceRuns;
            }

            for (int a = 0; a < Ascii; a++)
            {
                bool one = openings.OneChar((char)a);
                if (one)
                {
                    _last[a] |= bit;
                }

                if (openings.Opens((char)a, (char)Ascii))
                {
                    _first[a] |= bit;
                }

                // The pairs (a, b) with one || Opens(a, b), read as a set of b instead of asked 128 times.
                Mark(_pair, a, one ? AsciiSet.All : openings.SecondsAfter((char)a), bit);
                if (openings.BlockedAfter.Contains((char)a))
                {
                    _blockedAfter[a] |= bit;
                }

                for (int later = 0; later < _laterPair.Length; later++)
                {
                    if (openings.EndsBeforeAfter(2 * (later + 1)).Contains((char)a))
                    {
                        _shortAfter[later][a] |= bit;
                    }

                    var seconds = openings.ContinuesWithUnlessShort(2 * (later + 1), (char)a);
                    if (!seconds.IsEmpty)
                    {
                        // Continues(offset, a, b) for b outside ASCII.
                        _laterFirst[later][a] |= bit;
                    }

                    Mark(_laterPair[later], a, seconds, bit);
                }
            }
        }

        foreach (int i in openingWords?.Keys ?? [])
        {
            ArgumentOutOfRangeException.ThrowIfNegative(i, nameof(openingWords));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, rules.Count, nameof(openingWords));
        }

        _openingWords = tableWords.Count > 0 ? new AsciiWordTable(tableWords) : null;
        if (tablePrefixes.Count > 0)
        {
            _openingPrefixes = new AsciiWordTable(tablePrefixes);
            _prefixLengths = [.. tablePrefixes.Select(w => w.Word.Length).Distinct().Order()];
        }

        var blocksEvery = new List<char>();
        for (int a = 0; a < Ascii; a++)
        {
            if ((_blockedAfter[a] & _all) == _all)
            {
                blocksEvery.Add((char)a);
            }
        }

        _blocksEvery = blocksEvery.Count > 0 ? SearchValues.Create([.. blocksEvery]) : null;

        // Rules tried everywhere pass every later check.
        for (int later = 0; later < _laterPair.Length; later++)
        {
            for (int k = 0; k < _laterPair[later].Length; k++)
            {
                _laterPair[later][k] |= _always;
            }

            for (int k = 0; k < _laterFirst[later].Length; k++)
            {
                _laterFirst[later][k] |= _always;
            }
        }
    }

    /// <summary>Whether every ASCII letter is in <paramref name="blocked"/>.</summary>
    private static bool BlocksEveryLetter(AsciiSet blocked)
    {
        for (char c = 'A'; c <= 'z'; c++)
        {
            if (char.IsAsciiLetter(c) && !blocked.Contains(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Sets <paramref name="bit"/> in the table's entries of the pairs (<paramref name="first"/>, b) for each b of <paramref name="seconds"/>.</summary>
    private static void Mark(ulong[] pairs, int first, AsciiSet seconds, ulong bit)
    {
        for (int b = seconds.Lowest; b >= 0; seconds = seconds.Without(b), b = seconds.Lowest)
        {
            pairs[(first * Ascii) + b] |= bit;
        }
    }

    /// <summary>
    /// The regex rule <paramref name="rule"/>'s matches come from (its pattern anchored, <c>\G(?:…)</c>): where its
    /// groups' numbers are read once instead of looking their names up at every match.
    /// </summary>
    public Regex RuleRegex(int rule) => _anchored[rule].Regex;

    /// <summary>How many rules.</summary>
    public int Count { get; }

    /// <summary>Each rule's matches in text order, as <see cref="Regex.Matches(string)"/> of that rule gives them.</summary>
    /// <param name="text">The text.</param>
    /// <param name="cancellation">Checked between stretches of the text.</param>
    public IReadOnlyList<Match>[] Scan(string text, CancellationToken cancellation = default)
    {
        int n = Count;
        var found = new List<Match>?[n];
        var regexes = new Regex?[n];
        Span<int> next = stackalloc int[n];
        // A text holding a character the engine folds to an ASCII letter is scanned without the word filter, whose
        // search ignores case ordinally and would not see it.
        bool fold = AsciiWordTable.HasEngineAsciiFold(text);
        ulong worded = fold ? 0 : _worded;
        ulong onlyAtWords = fold ? 0 : _onlyAtWords;
        if (onlyAtWords != 0)
        {
            ScanWords(text, onlyAtWords, found, regexes, next, cancellation);
        }

        // The rules tried position by position (none when every rule was tried at its words), of which those tried at
        // an ASCII letter only where a run of their words starts.
        ulong byPosition = _all & ~onlyAtWords;
        ulong atLetterByWords = fold ? 0 : _atWords & ~_onlyAtWords;
        Span<int> tries = stackalloc int[n];
        tries.Clear();
        Span<int> wordAt = stackalloc int[n];
        Span<int> stopAt = stackalloc int[n];
        Span<int> reachFrom = stackalloc int[n];
        wordAt.Fill(-1);
        stopAt.Fill(-1);
        var blocksEvery = _blocksEvery;
        int checkedAt = int.MinValue / 2;
        for (int p = 0; byPosition != 0 && p <= text.Length; p++)
        {
            if (p - checkedAt >= 4096)
            {
                cancellation.ThrowIfCancellationRequested();
                checkedAt = p;
            }

            if (blocksEvery is not null && p > 0 && blocksEvery.Contains(text[p - 1]))
            {
                // No rule opens here nor after the rest of the run: the first position that may is after the run's
                // end (the loop's step), or none when the run reaches the end of the text.
                int run = text.AsSpan(p).IndexOfAnyExcept(blocksEvery);
                p = run < 0 ? text.Length : p + run;
                continue;
            }

            ulong mask = _always;
            if (p < text.Length)
            {
                char c = text[p];
                if (c >= Ascii)
                {
                    mask = _all;
                }
                else if (p + 1 == text.Length)
                {
                    mask |= _last[c];
                }
                else
                {
                    char d = text[p + 1];
                    mask |= d >= Ascii ? _first[c] : _pair[(c * Ascii) + d];
                }
            }

            mask &= byPosition;
            if (atLetterByWords != 0 && p < text.Length && char.IsAsciiLetter(text[p]))
            {
                // Their openings fitting here is needed too: the word is looked up only then.
                ulong byWords = mask & atLetterByWords;
                mask &= ~atLetterByWords;
                if (byWords != 0 && (p == 0 || !char.IsAsciiLetter(text[p - 1])))
                {
                    int end = p + 1;
                    while (end < text.Length && char.IsAsciiLetter(text[end]))
                    {
                        end++;
                    }

                    mask |= RulesOpeningWith(text.AsSpan(p, end - p)) & byWords;
                }
            }

            if (p > 0 && text[p - 1] < Ascii)
            {
                mask &= ~_blockedAfter[text[p - 1]];
            }

            for (int later = 0; later < _laterPair.Length && mask != 0; later++)
            {
                mask &= Later(text, p + (2 * (later + 1)), later) | (p < text.Length && text[p] < Ascii ? _shortAfter[later][text[p]] : ulong.MaxValue);
            }

            while (mask != 0)
            {
                int i = BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                if (p < next[i])
                {
                    continue;
                }

                // The rule's regex, read once per text where it may open.
                var regex = regexes[i] ??= _anchored[i].Regex;
                if (((worded >> i) & 1) != 0 && ++tries[i] > (((_wordsAtOnce >> i) & 1) != 0 ? 0 : TriesBeforeWords) && !WordAhead(text, p, i, wordAt, stopAt, reachFrom))
                {
                    continue;
                }

                var m = regex.Match(text, p);
                if (m.Success)
                {
                    (found[i] ??= []).Add(m);
                    next[i] = m.Length == 0 ? p + 1 : p + m.Length;
                }
            }
        }

        var result = new IReadOnlyList<Match>[n];
        for (int i = 0; i < n; i++)
        {
            result[i] = (IReadOnlyList<Match>?)found[i] ?? [];
        }

        return result;
    }

    /// <summary>
    /// Tries the rules of <paramref name="rules"/> at the runs of ASCII letters of <paramref name="text"/> that are
    /// their opening words, in text order, never before a rule's previous match ended (no match of such a rule is
    /// empty): the matches its <see cref="Regex.Matches(string)"/> gives, as a match opens only at such a run.
    /// </summary>
    private void ScanWords(string text, ulong rules, List<Match>?[] found, Regex?[] regexes, Span<int> next, CancellationToken cancellation)
    {
        var span = text.AsSpan();
        int checkedAt = 0;
        cancellation.ThrowIfCancellationRequested();
        for (int from = 0; AsciiWordTable.NextWord(span, ref from, out int start, out int length);)
        {
            if (from - checkedAt > 4096)
            {
                cancellation.ThrowIfCancellationRequested();
                checkedAt = from;
            }

            ulong mask = RulesOpeningWith(span.Slice(start, length)) & rules;
            while (mask != 0)
            {
                int i = BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                if (start < next[i])
                {
                    continue;
                }

                // One use of the rule per text where one of its words occurs, as the scan by positions counts.
                var m = (regexes[i] ??= _anchored[i].Regex).Match(text, start);
                if (m.Success)
                {
                    (found[i] ??= []).Add(m);
                    next[i] = start + m.Length;
                }
            }
        }
    }

    /// <summary>
    /// The rules whose opening words (the constructor's <c>openingWords</c>) hold <paramref name="word"/>, a run of
    /// ASCII letters in any case, as bits by rule index (0 when none).
    /// </summary>
    public ulong RulesOpeningWith(ReadOnlySpan<char> word)
    {
        ulong rules = _openingWords?.Classes(word) ?? 0;
        foreach (int length in _prefixLengths)
        {
            if (length > word.Length)
            {
                break;
            }

            rules |= _openingPrefixes!.Classes(word[..length]);
        }

        return rules;
    }

    /// <summary>
    /// Whether a word of rule <paramref name="i"/> starts at or after <paramref name="p"/> before the next character no
    /// match of the rule holds, with at most the rule's runs of white space between <paramref name="p"/> and it: a match
    /// from <paramref name="p"/> holds one of the words and every character up to it, and the nearest word ahead is no
    /// farther than the one the match holds. The next word, the next such character and where the word's reach starts
    /// are remembered per rule and found again once passed.
    /// </summary>
    private bool WordAhead(string text, int p, int i, Span<int> wordAt, Span<int> stopAt, Span<int> reachFrom)
    {
        if (wordAt[i] < p)
        {
            int k = text.AsSpan(p).IndexOfAny(_words[i]!.Value);
            wordAt[i] = k < 0 ? int.MaxValue : p + k;
            reachFrom[i] = -1;
        }

        if (wordAt[i] == int.MaxValue)
        {
            return false;
        }

        if (stopAt[i] < p)
        {
            int k = text.AsSpan(p).IndexOfAny(_stops[i]!);
            stopAt[i] = k < 0 ? text.Length : p + k;
        }

        if (wordAt[i] > stopAt[i])
        {
            return false;
        }

        if (_spaceRuns[i] == int.MaxValue)
        {
            return true;
        }

        if (reachFrom[i] < 0)
        {
            reachFrom[i] = ReachStart(text, wordAt[i], _spaceRuns[i], p);
        }

        return p >= reachFrom[i];
    }

    /// <summary>
    /// The first position from which at most <paramref name="runs"/> maximal runs of white space lie before
    /// <paramref name="word"/>, or <paramref name="floor"/> when that is one (the positions asked after it are later):
    /// the text is walked back from the word, and the walk stops at the floor or in the run one too many.
    /// </summary>
    private static int ReachStart(string text, int word, int runs, int floor)
    {
        int seen = 0;
        bool inRun = false;
        for (int j = word - 1; j >= floor; j--)
        {
            bool space = char.IsWhiteSpace(text[j]);
            if (space && !inRun && ++seen > runs)
            {
                return j + 1;
            }

            inRun = space;
        }

        return floor;
    }

    /// <summary>The rules that may hold the characters at <paramref name="q"/> and after it (every rule past the text's end or outside ASCII).</summary>
    private ulong Later(string text, int q, int later)
    {
        if (q >= text.Length || text[q] >= Ascii)
        {
            return ulong.MaxValue;
        }

        char a = text[q];
        if (q + 1 == text.Length || text[q + 1] >= Ascii)
        {
            return _laterFirst[later][a];
        }

        return _laterPair[later][(a * Ascii) + text[q + 1]];
    }
}
