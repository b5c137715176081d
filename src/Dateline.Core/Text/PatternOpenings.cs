using System.Text.RegularExpressions;

namespace Dateline.Core.Text;

/// <summary>
/// What a regular expression's match can start with, read from its pattern: the pairs of ASCII characters a match may
/// open with (a superset: every match opens with one of them, or with a character outside ASCII) and may hold at
/// offsets 2 and 4 (so "the\s+(?:next|last)" is not tried at "the city" nor at "this"), whether a match can
/// be shorter than two characters, and the ASCII characters that, right before a position, rule a match out there (a
/// leading negative look-behind of one character class, "(?&lt;![\w'’])"). <see cref="RuleScanner"/> uses it to try a
/// rule only where it can match. Which ASCII characters a class or a literal accepts is asked of .NET's own regex
/// engine with the pattern's options, so case folding and class semantics are the engine's; a construct the reader
/// does not know (back-references, inline options but (?i:…), conditionals) makes the pattern "may start anywhere".
/// </summary>
public sealed class PatternOpenings
{
    private const int Ascii = 128;

    /// <summary>How many characters of a match's opening are read: a pair at offsets 0, 2 and 4.</summary>
    private const int Depth = 6;

    /// <summary>
    /// The most openings one part of a pattern may have while they are listed to <see cref="Depth"/> characters; a
    /// pattern with more is read to its first pair only (its later pairs may then be anything). Listing them costs
    /// start-up: with 20,000 (openings as six 128-bit sets) the amount pattern took 1.4 s and `annotate` of one text
    /// 1.35 s of CPU instead of 0.81 s; with 2,000 (sets by number) 0.737 s against main's 0.726 s (bench/startup.sh
    /// 6). With 256 the time rules lost their gain (times 346k words/s against main's 349k, bench/compare-bench.sh).
    /// </summary>
    private const int MaxOpenings = 2_000;

    /// <summary>
    /// The shortest word a match must hold for <see cref="Words"/> to be read: shorter ones ("a", "of") are in most
    /// stretches of text, and searching for them would cost more than the attempts they save.
    /// </summary>
    private const int MinWordLength = 3;

    /// <summary>The most words <see cref="Words"/> lists (a rule whose match holds one of more words is not filtered).</summary>
    private const int MaxWords = 64;

    private PatternOpenings(bool anywhere, bool empty, UInt128[] oneChar, UInt128[][] pairs, bool[] endsBefore, UInt128 blockedAfter, IReadOnlyList<string> words, UInt128 alphabet)
    {
        Words = words;
        Alphabet = alphabet;
        Anywhere = anywhere;
        CanBeEmpty = empty;
        _oneChar = oneChar;
        _pairs = pairs;
        _endsBefore = endsBefore;
        BlockedAfter = blockedAfter;
    }

    private readonly UInt128[] _oneChar;

    /// <summary>By offset ÷ 2 and the ASCII character at the offset: the ASCII characters that may follow it there.</summary>
    private readonly UInt128[][] _pairs;

    /// <summary>By offset ÷ 2: a match may end before the offset (nothing is known there).</summary>
    private readonly bool[] _endsBefore;

    /// <summary>The pattern was not understood: a match may start at any position.</summary>
    public bool Anywhere { get; }

    /// <summary>A match may be empty (it is tried at every position).</summary>
    public bool CanBeEmpty { get; }

    /// <summary>ASCII characters (bit = code) after which no match can start.</summary>
    public UInt128 BlockedAfter { get; }

    /// <summary>
    /// Words (lower-case ASCII, at least three characters) one of which every match holds, ignoring case ("times",
    /// "once" or "twice" for "(?:once|twice|\w+\s+times)\s+a\s+day"); empty when the pattern names none.
    /// </summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>
    /// The ASCII characters (bit = code) a match may hold, look-arounds left out; a match holds no other ASCII
    /// character (it may hold characters outside ASCII). Meaningful only with <see cref="Words"/>.
    /// </summary>
    public UInt128 Alphabet { get; }

    /// <summary>Whether a match can be exactly the one ASCII character <paramref name="c"/>.</summary>
    public bool OneChar(char c) => Anywhere || CanBeEmpty || (c < Ascii && Has(_oneChar[0], c));

    /// <summary>Whether a match can open with ASCII <paramref name="first"/> followed by <paramref name="second"/> (any character when it is not ASCII).</summary>
    public bool Opens(char first, char second)
    {
        if (Anywhere || CanBeEmpty || first >= Ascii || Has(_oneChar[0], first))
        {
            return true;
        }

        var seconds = _pairs[0][first];
        return second >= Ascii ? seconds != UInt128.Zero : Has(seconds, second);
    }

    /// <summary>
    /// Whether a match may hold ASCII <paramref name="first"/> at <paramref name="offset"/> (2 or 4) from its start and
    /// <paramref name="second"/> right after it (any character when it is not ASCII), or end before either: with
    /// <see cref="Opens"/> a superset of what the match can start with, so a position failing it cannot match.
    /// </summary>
    public bool Continues(int offset, char first, char second)
    {
        if (offset is not (2 or 4))
        {
            throw new ArgumentOutOfRangeException(nameof(offset), "offset 2 or 4");
        }

        int at = offset / 2;
        if (Anywhere || CanBeEmpty || first >= Ascii || _endsBefore[at])
        {
            return true;
        }

        var seconds = _pairs[at][first];
        return second >= Ascii ? seconds != UInt128.Zero : Has(seconds, second);
    }

    /// <summary>
    /// The ASCII characters (bit = code) that can follow ASCII <paramref name="first"/> at a match's opening: bit b is
    /// set exactly when <see cref="Opens"/>(first, b) holds, for every ASCII b at once.
    /// </summary>
    public UInt128 SecondsAfter(char first)
        => Anywhere || CanBeEmpty || first >= Ascii || Has(_oneChar[0], first) ? UInt128.MaxValue : _pairs[0][first];

    /// <summary>Reads a pattern; never throws (an unknown construct gives <see cref="Anywhere"/>).</summary>
    public static PatternOpenings Of(string pattern, RegexOptions options) => Of(pattern, options, []);

    /// <summary>Reads a pattern with a cache of the classes already asked of the engine (patterns of one rule set share many).</summary>
    internal static PatternOpenings Of(string pattern, RegexOptions options, Dictionary<string, UInt128> members)
    {
        options &= RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Singleline;
        try
        {
            var reader = new Reader(pattern, options, members);
            var node = reader.ReadAll();
            int depth = Depth;
            HashSet<Opening> openings;
            try
            {
                openings = node.Openings(Depth);
            }
            catch (TooManyOpenings)
            {
                depth = 2;
                openings = node.Openings(2);
            }

            var sets = reader.Sets;
            var oneChar = new UInt128[1];
            var pairs = new UInt128[Depth / 2][];
            var endsBefore = new bool[Depth / 2];
            for (int at = 0; at < Depth / 2; at++)
            {
                pairs[at] = new UInt128[Ascii];
            }

            bool empty = false;
            foreach (var o in openings)
            {
                if (o.Length == 0)
                {
                    empty = true;
                }
                else if (o.Length == 1)
                {
                    oneChar[0] |= sets[o[0]];
                }

                for (int at = 0; at < Depth / 2; at++)
                {
                    int offset = 2 * at;
                    if (offset >= depth || o.Length <= offset)
                    {
                        // Not read that far, or the match may end before the offset: nothing is known there.
                        endsBefore[at] = true;
                        continue;
                    }

                    if (o.Length == offset + 1)
                    {
                        // The match may end after the character at the offset (at offset 0: OneChar says so).
                        if (at > 0)
                        {
                            Accept(pairs[at], sets[o[offset]], ~UInt128.Zero);
                        }

                        continue;
                    }

                    Accept(pairs[at], sets[o[offset]], sets[o[offset + 1]]);
                }
            }

            var words = node.Required() is { Count: > 0 and <= MaxWords } required && required.All(w => w.Length >= MinWordLength) ? required : [];
            return new PatternOpenings(false, empty, oneChar, pairs, endsBefore, node.LeadingLookbehindBlock(), words, node.Alphabet());
        }
        catch (NotSupportedException)
        {
            var pairs = new UInt128[Depth / 2][];
            var endsBefore = new bool[Depth / 2];
            for (int at = 0; at < Depth / 2; at++)
            {
                pairs[at] = new UInt128[Ascii];
                endsBefore[at] = true;
            }

            return new PatternOpenings(true, true, [UInt128.Zero], pairs, endsBefore, UInt128.Zero, [], ~UInt128.Zero);
        }
    }

    /// <summary>Every character of <paramref name="firsts"/> may be followed by those of <paramref name="seconds"/>.</summary>
    private static void Accept(UInt128[] pairs, UInt128 firsts, UInt128 seconds)
    {
        for (int c = 0; c < Ascii; c++)
        {
            if (Has(firsts, (char)c))
            {
                pairs[c] |= seconds;
            }
        }
    }

    private static bool Has(UInt128 set, char c) => ((set >> c) & UInt128.One) != UInt128.Zero;

    /// <summary>The ASCII characters one class or literal of the pattern accepts, asked of the engine.</summary>
    private static UInt128 AsciiMembers(string atom, RegexOptions options, Dictionary<string, UInt128> cache)
    {
        string key = ((int)options).ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + atom;
        if (cache.TryGetValue(key, out var known))
        {
            return known;
        }

        var regex = new Regex("^(?:" + atom + ")$", options);
        UInt128 set = UInt128.Zero;
        Span<char> one = stackalloc char[1];
        for (int c = 0; c < Ascii; c++)
        {
            one[0] = (char)c;
            if (regex.IsMatch(one))
            {
                set |= UInt128.One << c;
            }
        }

        cache[key] = set;
        return set;
    }

    /// <summary>A pattern part has more openings than <see cref="MaxOpenings"/> at the depth asked.</summary>
    private sealed class TooManyOpenings : Exception;

    /// <summary>
    /// An opening: up to <see cref="Depth"/> character sets, one per character, each by its number in the pattern's
    /// table of sets (<see cref="Reader.Sets"/>), ten bits apiece: small to hash and to extend.
    /// </summary>
    private readonly record struct Opening(int Length, ulong Sets)
    {
        public const int MaxSets = 1 << SetBits;
        private const int SetBits = 10;

        public static readonly Opening None = default;

        public static Opening Of(int set) => new(1, (ulong)set);

        public int this[int i] => (int)((Sets >> (i * SetBits)) & (MaxSets - 1));

        public Opening Then(Opening next)
        {
            int length = Math.Min(Length + next.Length, Depth);
            if (length == Length)
            {
                return this;
            }

            ulong sets = (Sets | (next.Sets << (Length * SetBits))) & ((1UL << (length * SetBits)) - 1);
            return new Opening(length, sets);
        }
    }

    private static HashSet<Opening> Bounded(HashSet<Opening> openings)
        => openings.Count > MaxOpenings ? throw new TooManyOpenings() : openings;

    private abstract class Node
    {
        /// <summary>Every opening of length up to <paramref name="k"/>; a shorter one means the match can end there.</summary>
        public abstract HashSet<Opening> Openings(int k);

        public virtual UInt128 LeadingLookbehindBlock() => UInt128.Zero;

        private (bool Read, List<string>? Words) _exact;
        private (bool Read, List<string>? Words) _required;

        /// <summary>Every string a match can be (lower-case), when they are few and known; else null. Read once per node.</summary>
        public List<string>? Exact()
        {
            if (!_exact.Read)
            {
                _exact = (true, ReadExact());
            }

            return _exact.Words;
        }

        /// <summary>Strings (lower-case) one of which every match holds, when known; else null. Read once per node.</summary>
        public List<string>? Required()
        {
            if (!_required.Read)
            {
                _required = (true, ReadRequired());
            }

            return _required.Words;
        }

        protected virtual List<string>? ReadExact() => null;

        protected virtual List<string>? ReadRequired() => Exact() is { } exact && !exact.Contains(string.Empty) ? exact : null;

        /// <summary>The ASCII characters a match may hold.</summary>
        public abstract UInt128 Alphabet();
    }

    /// <summary>Every concatenation of one string of each list, or null when there would be more than <see cref="MaxWords"/>.</summary>
    private static List<string>? Product(List<string> left, List<string> right)
    {
        if (left.Count * right.Count > MaxWords)
        {
            return null;
        }

        var all = new List<string>(left.Count * right.Count);
        foreach (var l in left)
        {
            foreach (var r in right)
            {
                var both = l + r;
                if (!all.Contains(both))
                {
                    all.Add(both);
                }
            }
        }

        return all;
    }

    /// <summary>
    /// Of two lists of required words, the one that narrows more: its shortest word is the longer (a rarer word), then
    /// it has fewer words; a list with a word under <see cref="MinWordLength"/> is worth nothing.
    /// </summary>
    private static List<string>? Better(List<string>? a, List<string>? b)
    {
        static int Worth(List<string>? words) => words is { Count: > 0 } && words.All(w => w.Length >= MinWordLength) ? words.Min(w => w.Length) : 0;
        int wa = Worth(a), wb = Worth(b);
        if (wa != wb)
        {
            return wa > wb ? a : b;
        }

        return wa == 0 ? null : a!.Count <= b!.Count ? a : b;
    }

    /// <param name="literal">The ASCII character the set is a literal of (lower-case; its other case is a member too), or null.</param>
    private sealed class CharSet(UInt128 members, int id, char? literal) : Node
    {
        public UInt128 Members { get; } = members;

        public override HashSet<Opening> Openings(int k) => k == 0 ? [Opening.None] : [Opening.Of(id)];

        protected override List<string>? ReadExact() => literal is { } c ? [c.ToString()] : null;

        public override UInt128 Alphabet() => Members;
    }

    /// <summary>A zero-width assertion (anchor, \b, look-around); a negative look-behind of one class keeps the class.</summary>
    private sealed class ZeroWidth(UInt128 blockedBefore) : Node
    {
        public UInt128 BlockedBefore { get; } = blockedBefore;

        public override HashSet<Opening> Openings(int k) => [Opening.None];

        public override UInt128 LeadingLookbehindBlock() => BlockedBefore;

        protected override List<string>? ReadExact() => [string.Empty];

        public override UInt128 Alphabet() => UInt128.Zero;
    }

    private sealed class Sequence(List<Node> items) : Node
    {
        public List<Node> Items { get; } = items;

        public override HashSet<Opening> Openings(int k)
        {
            var current = new HashSet<Opening> { Opening.None };
            foreach (var item in Items)
            {
                if (current.All(o => o.Length >= k))
                {
                    break;
                }

                var next = new HashSet<Opening>();
                var cache = new Dictionary<int, HashSet<Opening>>();
                foreach (var o in current)
                {
                    if (o.Length >= k)
                    {
                        next.Add(o);
                        continue;
                    }

                    int rest = k - o.Length;
                    if (!cache.TryGetValue(rest, out var tails))
                    {
                        cache[rest] = tails = item.Openings(rest);
                    }

                    foreach (var t in tails)
                    {
                        next.Add(o.Then(t));
                    }

                    Bounded(next);
                }

                current = Bounded(next);
            }

            return current;
        }

        /// <summary>Look-behinds before the first consuming item all hold at the match start.</summary>
        public override UInt128 LeadingLookbehindBlock()
        {
            UInt128 blocked = UInt128.Zero;
            foreach (var item in Items)
            {
                if (item is not ZeroWidth z)
                {
                    // The first consuming item starts where the match starts.
                    return blocked | item.LeadingLookbehindBlock();
                }

                blocked |= z.BlockedBefore;
            }

            return blocked;
        }

        protected override List<string>? ReadExact()
        {
            List<string> all = [string.Empty];
            foreach (var item in Items)
            {
                if (item.Exact() is not { } exact || Product(all, exact) is not { } longer)
                {
                    return null;
                }

                all = longer;
            }

            return all;
        }

        /// <summary>The best of the items' required words and of the strings of each run of items with known strings ("t","i","m","e","s").</summary>
        protected override List<string>? ReadRequired()
        {
            List<string>? best = null;
            List<string>? run = null;
            foreach (var item in Items)
            {
                best = Better(best, item.Required());
                if (item.Exact() is { } exact)
                {
                    // Too many strings: the run ends, and a new one starts after the item.
                    run = run is null ? exact : Product(run, exact);
                    best = Better(best, run);
                }
                else
                {
                    run = null;
                }
            }

            return best;
        }

        public override UInt128 Alphabet()
        {
            UInt128 all = UInt128.Zero;
            foreach (var item in Items)
            {
                all |= item.Alphabet();
            }

            return all;
        }
    }

    private sealed class Alternation(List<Node> branches) : Node
    {
        public override HashSet<Opening> Openings(int k)
        {
            var all = new HashSet<Opening>();
            foreach (var b in branches)
            {
                all.UnionWith(b.Openings(k));
                Bounded(all);
            }

            return Bounded(all);
        }

        /// <summary>A character blocks the start only when it blocks every branch.</summary>
        public override UInt128 LeadingLookbehindBlock()
        {
            UInt128 blocked = ~UInt128.Zero;
            foreach (var b in branches)
            {
                blocked &= b.LeadingLookbehindBlock();
            }

            return branches.Count == 0 ? UInt128.Zero : blocked;
        }

        protected override List<string>? ReadExact() => Union(b => b.Exact());

        /// <summary>A word of some branch: each branch must require one.</summary>
        protected override List<string>? ReadRequired() => Union(b => b.Required());

        public override UInt128 Alphabet()
        {
            UInt128 all = UInt128.Zero;
            foreach (var b in branches)
            {
                all |= b.Alphabet();
            }

            return all;
        }

        private List<string>? Union(Func<Node, List<string>?> of)
        {
            var all = new List<string>();
            foreach (var b in branches)
            {
                if (of(b) is not { } words)
                {
                    return null;
                }

                foreach (var w in words)
                {
                    if (!all.Contains(w))
                    {
                        all.Add(w);
                    }
                }

                if (all.Count > MaxWords)
                {
                    return null;
                }
            }

            return all;
        }
    }

    /// <param name="max">The most repetitions, or null when unbounded.</param>
    private sealed class Repeat(Node item, int min, int? max) : Node
    {
        private Repeat? _more;

        public override HashSet<Opening> Openings(int k)
        {
            if (k == 0)
            {
                return [Opening.None];
            }

            var first = item.Openings(k);
            var all = new HashSet<Opening>();
            if (min == 0)
            {
                all.Add(Opening.None);
            }

            foreach (var o in first)
            {
                if (o.Length == 0 || o.Length >= k)
                {
                    all.Add(o);
                    continue;
                }

                // After one round the item may repeat any number of times (a superset of what the bounds allow).
                foreach (var t in (_more ??= new Repeat(item, 0, null)).Openings(k - o.Length))
                {
                    all.Add(o.Then(t));
                }

                Bounded(all);
            }

            return Bounded(all);
        }

        public override UInt128 LeadingLookbehindBlock() => min > 0 ? item.LeadingLookbehindBlock() : UInt128.Zero;

        /// <summary>An optional item ("s?", "(?:st|nd)?"): its strings and the empty one; other repeats are not listed.</summary>
        protected override List<string>? ReadExact()
            => max == 1 && item.Exact() is { } exact ? (min == 0 && !exact.Contains(string.Empty) ? [.. exact, string.Empty] : exact) : null;

        protected override List<string>? ReadRequired() => min > 0 ? item.Required() : null;

        public override UInt128 Alphabet() => item.Alphabet();
    }

    /// <summary>A recursive-descent reader of the .NET pattern syntax the rules use.</summary>
    private sealed class Reader(string pattern, RegexOptions options, Dictionary<string, UInt128> members)
    {
        private readonly Dictionary<UInt128, int> _setIds = [];
        private int _pos;
        private RegexOptions _options = options;

        /// <summary>The character sets of the pattern, by the number an <see cref="Opening"/> holds.</summary>
        public List<UInt128> Sets { get; } = [];

        private CharSet Set(UInt128 members, char? literal = null)
        {
            if (!_setIds.TryGetValue(members, out int id))
            {
                id = Sets.Count;
                if (id == Opening.MaxSets)
                {
                    throw new NotSupportedException("too many character sets");
                }

                Sets.Add(members);
                _setIds[members] = id;
            }

            return new CharSet(members, id, literal);
        }

        public Node ReadAll()
        {
            var node = ReadAlternation();
            if (_pos != pattern.Length)
            {
                throw new NotSupportedException("unbalanced )");
            }

            return node;
        }

        private Node ReadAlternation()
        {
            var branches = new List<Node> { ReadSequence() };
            while (_pos < pattern.Length && pattern[_pos] == '|')
            {
                _pos++;
                branches.Add(ReadSequence());
            }

            return branches.Count == 1 ? branches[0] : new Alternation(branches);
        }

        private Sequence ReadSequence()
        {
            var items = new List<Node>();
            while (_pos < pattern.Length && pattern[_pos] is not '|' and not ')')
            {
                var atom = ReadAtom();
                items.Add(ReadQuantifier(atom));
            }

            return new Sequence(items);
        }

        private Node ReadQuantifier(Node atom)
        {
            while (_pos < pattern.Length)
            {
                int min;
                int? max = null;
                switch (pattern[_pos])
                {
                    case '*':
                        min = 0;
                        _pos++;
                        break;
                    case '?':
                        min = 0;
                        max = 1;
                        _pos++;
                        break;
                    case '+':
                        min = 1;
                        _pos++;
                        break;
                    case '{' when TryReadBounds(out int lower, out int? upper):
                        min = lower;
                        max = upper;
                        break;
                    default:
                        return atom;
                }

                if (_pos < pattern.Length && pattern[_pos] == '?')
                {
                    _pos++; // lazy: the same strings
                }

                atom = atom is ZeroWidth ? atom : new Repeat(atom, min, max);
            }

            return atom;
        }

        private bool TryReadBounds(out int min, out int? max)
        {
            var m = Regex.Match(pattern[_pos..], @"^\{(\d+)(,(\d*))?\}");
            min = 0;
            max = null;
            if (!m.Success)
            {
                return false; // a literal brace
            }

            min = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (!m.Groups[2].Success)
            {
                max = min;
            }
            else if (m.Groups[3].Length > 0)
            {
                max = int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            _pos += m.Length;
            return true;
        }

        private Node ReadAtom()
        {
            char c = pattern[_pos];
            switch (c)
            {
                case '(':
                    return ReadGroup();
                case '[':
                    return Set(AsciiMembers(ReadClassText(), _options, members));
                case '\\':
                    return ReadEscape();
                case '.':
                    _pos++;
                    return Set(AsciiMembers(".", _options, members));
                case '^':
                case '$':
                    _pos++;
                    return new ZeroWidth(UInt128.Zero);
                case '*' or '+' or '?':
                    throw new NotSupportedException("quantifier without an atom");
                default:
                    _pos++;
                    return char.IsAscii(c) ? Set(AsciiLiteral(c), char.ToLowerInvariant(c)) : Set(AsciiMembers(Regex.Escape(c.ToString()), _options, members));
            }
        }

        /// <summary>
        /// An ASCII literal accepts itself and, ignoring case, its other case: no other ASCII character (what the engine
        /// answers too, without building a regex per character at start-up).
        /// </summary>
        private UInt128 AsciiLiteral(char c)
        {
            var set = UInt128.One << c;
            if ((_options & RegexOptions.IgnoreCase) != 0 && char.IsAsciiLetter(c))
            {
                set |= (UInt128.One << char.ToLowerInvariant(c)) | (UInt128.One << char.ToUpperInvariant(c));
            }

            return set;
        }

        private Node ReadEscape()
        {
            if (_pos + 1 >= pattern.Length)
            {
                throw new NotSupportedException("trailing backslash");
            }

            char e = pattern[_pos + 1];
            if (e is 'b' or 'B' or 'A' or 'z' or 'Z' or 'G')
            {
                _pos += 2;
                return new ZeroWidth(UInt128.Zero);
            }

            if (char.IsDigit(e) || e is 'k' or 'p' or 'P' or 'x' or 'u' or 'c')
            {
                throw new NotSupportedException("back-reference or code escape");
            }

            string atom = pattern.Substring(_pos, 2);
            _pos += 2;
            // An escaped ASCII punctuation mark or space ("\.", "\-", "\ ") is a literal of itself.
            char? literal = char.IsAscii(e) && !char.IsLetterOrDigit(e) && !char.IsControl(e) ? e : null;
            return Set(AsciiMembers(atom, _options, members), literal);
        }

        private string ReadClassText()
        {
            int start = _pos;
            _pos++;
            if (_pos < pattern.Length && pattern[_pos] == '^')
            {
                _pos++;
            }

            if (_pos < pattern.Length && pattern[_pos] == ']')
            {
                _pos++;
            }

            while (_pos < pattern.Length && pattern[_pos] != ']')
            {
                if (pattern[_pos] == '[')
                {
                    throw new NotSupportedException("class subtraction");
                }

                if (pattern[_pos] == '\\')
                {
                    if (_pos + 1 < pattern.Length && pattern[_pos + 1] is 'p' or 'P' or 'x' or 'u' or 'c')
                    {
                        throw new NotSupportedException("code escape in a class");
                    }

                    _pos++;
                }

                _pos++;
            }

            if (_pos >= pattern.Length)
            {
                throw new NotSupportedException("unclosed class");
            }

            _pos++;
            return pattern[start.._pos];
        }

        private Node ReadGroup()
        {
            _pos++;
            bool zeroWidth = false, negativeBehind = false;
            if (_pos < pattern.Length && pattern[_pos] == '?')
            {
                string rest = pattern[_pos..];
                if (rest.StartsWith("?:", StringComparison.Ordinal))
                {
                    _pos += 2;
                }
                else if (rest.StartsWith("?i:", StringComparison.Ordinal))
                {
                    // Case-insensitive inside: the classes are asked of the engine with the option on.
                    _pos += 3;
                    var outer = _options;
                    _options |= RegexOptions.IgnoreCase;
                    var group = ReadAlternation();
                    _options = outer;
                    if (_pos >= pattern.Length || pattern[_pos] != ')')
                    {
                        throw new NotSupportedException("unclosed group");
                    }

                    _pos++;
                    return group;
                }
                else if (rest.StartsWith("?=", StringComparison.Ordinal) || rest.StartsWith("?!", StringComparison.Ordinal))
                {
                    _pos += 2;
                    zeroWidth = true;
                }
                else if (rest.StartsWith("?<=", StringComparison.Ordinal) || rest.StartsWith("?<!", StringComparison.Ordinal))
                {
                    negativeBehind = rest[2] == '!';
                    _pos += 3;
                    zeroWidth = true;
                }
                else if (Regex.Match(rest, @"^\?<[A-Za-z_]\w*>") is { Success: true } name)
                {
                    _pos += name.Length;
                }
                else
                {
                    throw new NotSupportedException("group kind");
                }
            }

            var inner = ReadAlternation();
            if (_pos >= pattern.Length || pattern[_pos] != ')')
            {
                throw new NotSupportedException("unclosed group");
            }

            _pos++;
            if (!zeroWidth)
            {
                return inner;
            }

            // (?<![class]) at the start: a character of the class right before the position rules the match out.
            return new ZeroWidth(negativeBehind && SingleSet(inner) is { } set ? set : UInt128.Zero);
        }

        private static UInt128? SingleSet(Node inner)
            => inner switch
            {
                CharSet s => s.Members,
                Sequence { Items: [CharSet s] } => s.Members,
                _ => null,
            };
    }
}
