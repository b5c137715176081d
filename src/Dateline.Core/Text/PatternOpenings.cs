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

    private PatternOpenings(bool anywhere, bool empty, AsciiSet oneChar, AsciiSet[][] pairs, bool[] endsBefore, bool[] unread, AsciiSet[] shortFirsts, AsciiSet blockedAfter, IReadOnlyList<string> words, AsciiSet alphabet, int spaceRuns)
    {
        _unread = unread;
        _shortFirsts = shortFirsts;
        Words = words;
        Alphabet = alphabet;
        SpaceRuns = spaceRuns;
        Anywhere = anywhere;
        CanBeEmpty = empty;
        _oneChar = oneChar;
        _pairs = pairs;
        _endsBefore = endsBefore;
        BlockedAfter = blockedAfter;
    }

    private readonly AsciiSet _oneChar;

    /// <summary>By offset ÷ 2 and the ASCII character at the offset: the ASCII characters that may follow it there.</summary>
    private readonly AsciiSet[][] _pairs;

    /// <summary>By offset ÷ 2: a match may end before the offset (nothing is known there).</summary>
    private readonly bool[] _endsBefore;

    /// <summary>By offset ÷ 2: the openings were not read that far (nothing is known there for any match).</summary>
    private readonly bool[] _unread;

    /// <summary>By offset ÷ 2: the ASCII characters a match that ends before the offset may open with.</summary>
    private readonly AsciiSet[] _shortFirsts;

    /// <summary>The pattern was not understood: a match may start at any position.</summary>
    public bool Anywhere { get; }

    /// <summary>A match may be empty (it is tried at every position).</summary>
    public bool CanBeEmpty { get; }

    /// <summary>ASCII characters after which no match can start.</summary>
    public AsciiSet BlockedAfter { get; }

    /// <summary>
    /// Words (lower-case ASCII, at least three characters) one of which every match holds, ignoring case ("times",
    /// "once" or "twice" for "(?:once|twice|\w+\s+times)\s+a\s+day"); empty when the pattern names none.
    /// </summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>
    /// The ASCII characters a match may hold, look-arounds left out; a match holds no other ASCII character (it may
    /// hold characters outside ASCII). Meaningful only with <see cref="Words"/>.
    /// </summary>
    public AsciiSet Alphabet { get; }

    /// <summary>
    /// The most maximal runs of white space (<see cref="char.IsWhiteSpace(char)"/>, what <c>\s</c> matches) a match can
    /// hold, look-arounds left out; <see cref="int.MaxValue"/> when unbounded or not known. Read from the pattern: a
    /// class that accepts a white-space character counts one run, a repeat of an item that holds only white space
    /// ("\s+") one run however long, a bounded repeat its bound times its item's runs, a sequence the sum of its items'
    /// runs, an alternation its largest branch (runs that touch only merge, so the bound holds). With
    /// <see cref="Words"/>: a match holds one of its words, so from the match's start to that word lie at most this
    /// many runs (<see cref="RuleScanner"/> tries a worded rule only within that reach of a word).
    /// </summary>
    public int SpaceRuns { get; }

    /// <summary>Whether a match can be exactly the one ASCII character <paramref name="c"/>.</summary>
    public bool OneChar(char c) => Anywhere || CanBeEmpty || _oneChar.Contains(c);

    /// <summary>Whether a match can open with ASCII <paramref name="first"/> followed by <paramref name="second"/> (any character when it is not ASCII).</summary>
    public bool Opens(char first, char second)
    {
        var seconds = SecondsAfter(first);
        return second >= Ascii ? !seconds.IsEmpty : seconds.Contains(second);
    }

    /// <summary>
    /// Whether a match may hold ASCII <paramref name="first"/> at <paramref name="offset"/> (2 or 4) from its start and
    /// <paramref name="second"/> right after it (any character when it is not ASCII), or end before either: with
    /// <see cref="Opens"/> a superset of what the match can start with, so a position failing it cannot match.
    /// </summary>
    public bool Continues(int offset, char first, char second)
    {
        var seconds = ContinuesWith(offset, first);
        return second >= Ascii ? !seconds.IsEmpty : seconds.Contains(second);
    }

    /// <summary>
    /// The ASCII characters that can follow ASCII <paramref name="first"/> at a match's opening: b is in the set exactly
    /// when <see cref="Opens"/>(first, b) holds, for every ASCII b at once.
    /// </summary>
    public AsciiSet SecondsAfter(char first)
        => Anywhere || CanBeEmpty || first >= Ascii || _oneChar.Contains(first) ? AsciiSet.All : _pairs[0][first];

    /// <summary>
    /// The ASCII characters b for which <see cref="Continues"/>(<paramref name="offset"/>, first, b) holds, for every
    /// ASCII b at once (the scanner's tables are filled from these sets, not from 128 questions per character).
    /// </summary>
    public AsciiSet ContinuesWith(int offset, char first)
    {
        if (offset is not (2 or 4))
        {
            throw new ArgumentOutOfRangeException(nameof(offset), "offset 2 or 4");
        }

        int at = offset / 2;
        return Anywhere || CanBeEmpty || first >= Ascii || _endsBefore[at] ? AsciiSet.All : _pairs[at][first];
    }

    /// <summary>
    /// As <see cref="ContinuesWith"/>, for a match that does not end before <paramref name="offset"/>: with
    /// <see cref="EndsBeforeAfter"/>, a match opening with ASCII c holds a pair of this set at the offset unless c is
    /// in that set ("'90s" ends before offset 4, "the '90s" does not: a position opening with "th" is ruled out by
    /// the pair at offset 4 although the rule's shortest match ends before it).
    /// </summary>
    public AsciiSet ContinuesWithUnlessShort(int offset, char first)
    {
        int at = AtOffset(offset);
        return Anywhere || CanBeEmpty || first >= Ascii || _unread[at] ? AsciiSet.All : _pairs[at][first];
    }

    /// <summary>
    /// The ASCII characters a match that ends before <paramref name="offset"/> (2 or 4) may open with (every one when
    /// nothing is known there).
    /// </summary>
    public AsciiSet EndsBeforeAfter(int offset)
    {
        int at = AtOffset(offset);
        return Anywhere || CanBeEmpty || _unread[at] ? AsciiSet.All : _shortFirsts[at];
    }

    private static int AtOffset(int offset) => offset is 2 or 4 ? offset / 2 : throw new ArgumentOutOfRangeException(nameof(offset), "offset 2 or 4");

    /// <summary>Reads a pattern; never throws (an unknown construct gives <see cref="Anywhere"/>).</summary>
    public static PatternOpenings Of(string pattern, RegexOptions options) => Of(pattern, options, new ClassMembers());

    /// <summary>Reads a pattern with a cache of the classes already asked of the engine (patterns of one rule set share many).</summary>
    internal static PatternOpenings Of(string pattern, RegexOptions options, ClassMembers members)
    {
        options &= RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Singleline;
        try
        {
            var reader = new Reader(pattern, options, members);
            var node = reader.ReadAll();
            int depth = Depth;
            OpeningSet openings;
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
            var oneChar = AsciiSet.Empty;
            var pairs = new AsciiSet[Depth / 2][];
            var endsBefore = new bool[Depth / 2];
            var unread = new bool[Depth / 2];
            var shortFirsts = new AsciiSet[Depth / 2];
            for (int at = 0; at < Depth / 2; at++)
            {
                pairs[at] = new AsciiSet[Ascii];
                unread[at] = 2 * at >= depth;
            }

            bool empty = false;
            for (int i = 0; i < openings.Count; i++)
            {
                ulong o = openings[i];
                int length = Opening.Length(o);
                if (length == 0)
                {
                    empty = true;
                }
                else if (length == 1)
                {
                    oneChar |= sets[Opening.Set(o, 0)];
                }

                for (int at = 0; at < Depth / 2; at++)
                {
                    int offset = 2 * at;
                    if (offset >= depth || length <= offset)
                    {
                        // Not read that far, or the match may end before the offset: nothing is known there.
                        endsBefore[at] = true;
                        if (length > 0)
                        {
                            shortFirsts[at] |= sets[Opening.Set(o, 0)];
                        }

                        continue;
                    }

                    if (length == offset + 1)
                    {
                        // The match may end after the character at the offset (at offset 0: OneChar says so).
                        if (at > 0)
                        {
                            Accept(pairs[at], sets[Opening.Set(o, offset)], AsciiSet.All);
                        }

                        continue;
                    }

                    Accept(pairs[at], sets[Opening.Set(o, offset)], sets[Opening.Set(o, offset + 1)]);
                }
            }

            var words = node.Required() is { Count: > 0 and <= MaxWords } required && required.All(w => w.Length >= MinWordLength) ? required : [];
            return new PatternOpenings(false, empty, oneChar, pairs, endsBefore, unread, shortFirsts, node.LeadingLookbehindBlock(), words, node.Alphabet(), node.SpaceRuns());
        }
        catch (NotSupportedException)
        {
            var pairs = new AsciiSet[Depth / 2][];
            var endsBefore = new bool[Depth / 2];
            var unread = new bool[Depth / 2];
            for (int at = 0; at < Depth / 2; at++)
            {
                pairs[at] = new AsciiSet[Ascii];
                endsBefore[at] = true;
                unread[at] = true;
            }

            return new PatternOpenings(true, true, AsciiSet.Empty, pairs, endsBefore, unread, new AsciiSet[Depth / 2], AsciiSet.Empty, [], AsciiSet.All, int.MaxValue);
        }
    }

    /// <summary>Every character of <paramref name="firsts"/> may be followed by those of <paramref name="seconds"/>.</summary>
    private static void Accept(AsciiSet[] pairs, AsciiSet firsts, AsciiSet seconds)
    {
        for (int c = firsts.Lowest; c >= 0; firsts = firsts.Without(c), c = firsts.Lowest)
        {
            pairs[c] |= seconds;
        }
    }

    /// <summary>
    /// The ASCII characters of the classes and literals of patterns, asked of the engine once per class and options
    /// (the patterns of one rule set share many).
    /// </summary>
    internal sealed class ClassMembers
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private AsciiSet[] _sets = new AsciiSet[16];
        private bool[] _spaces = new bool[16];

        /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> holds for (25 in all; none outside the BMP).</summary>
        private static readonly char[] WhiteSpace = [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)];

        /// <summary>The ASCII characters one class or literal of a pattern accepts with <paramref name="options"/>.</summary>
        public AsciiSet Of(string atom, RegexOptions options)
        {
            int id = Ask(atom, options); // first: asking may grow the arrays
            return _sets[id];
        }

        /// <summary>Whether one class or literal of a pattern accepts some white-space character (ASCII or not) with <paramref name="options"/>.</summary>
        public bool MayBeSpace(string atom, RegexOptions options)
        {
            int id = Ask(atom, options);
            return _spaces[id];
        }

        private int Ask(string atom, RegexOptions options)
        {
            string key = ((int)options).ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + atom;
            if (_index.TryGetValue(key, out int known))
            {
                return known;
            }

            var regex = new Regex("^(?:" + atom + ")$", options);
            var set = AsciiSet.Empty;
            Span<char> one = stackalloc char[1];
            for (int c = 0; c < Ascii; c++)
            {
                one[0] = (char)c;
                if (regex.IsMatch(one))
                {
                    set |= AsciiSet.Of((char)c);
                }
            }

            bool space = false;
            foreach (char c in WhiteSpace)
            {
                one[0] = c;
                space |= regex.IsMatch(one);
            }

            int id = _index.Count;
            if (id == _sets.Length)
            {
                _sets = Doubled(_sets);
                _spaces = Doubled(_spaces);
            }

            _sets[id] = set;
            _spaces[id] = space;
            _index[key] = id;
            return id;
        }
    }

    // Growing arrays without Array.Resize<T>, whose instantiations over these types ReadyToRun does not precompile.
    private static T[] Doubled<T>(T[] items)
    {
        var more = new T[items.Length * 2];
        Array.Copy(items, more, items.Length);
        return more;
    }

    /// <summary>A pattern part has more openings than <see cref="MaxOpenings"/> at the depth asked.</summary>
    private sealed class TooManyOpenings : Exception;

    /// <summary>
    /// An opening packed in a <see cref="ulong"/>: up to <see cref="Depth"/> character sets, one per character, each by
    /// its number in the pattern's table of sets (<see cref="Reader.Sets"/>), ten bits apiece from the low end, and the
    /// length in the bits above them: small to hash and to extend.
    /// </summary>
    private static class Opening
    {
        public const int MaxSets = 1 << SetBits;
        private const int SetBits = 10;
        private const int LengthShift = Depth * SetBits;

        public const ulong None = 0;

        public static ulong Of(int set) => (1UL << LengthShift) | (uint)set;

        public static int Length(ulong opening) => (int)(opening >> LengthShift);

        public static int Set(ulong opening, int i) => (int)((opening >> (i * SetBits)) & (MaxSets - 1));

        public static ulong Then(ulong opening, ulong next)
        {
            int length = Length(opening);
            int joined = Math.Min(length + Length(next), Depth);
            if (joined == length)
            {
                return opening;
            }

            // The mask keeps the joined sets and drops both lengths (joined × 10 ≤ 60 bits).
            ulong sets = (opening | (next << (length * SetBits))) & ((1UL << (joined * SetBits)) - 1);
            return ((ulong)joined << LengthShift) | sets;
        }
    }

    /// <summary>
    /// A set of openings: an open-addressing table over the packed keys and the keys in the order added (a plain class,
    /// so ReadyToRun precompiles it, where a <c>HashSet</c> of a struct of this assembly is JIT-compiled at every start).
    /// </summary>
    private sealed class OpeningSet
    {
        private ulong[] _items;
        private int[] _slots;

        public OpeningSet(int capacity = 4)
        {
            int size = 8;
            while (size < capacity * 2)
            {
                size *= 2;
            }

            _items = new ulong[Math.Max(capacity, 4)];
            _slots = new int[size];
        }

        public static OpeningSet Single(ulong opening)
        {
            var set = new OpeningSet(1);
            set.Add(opening);
            return set;
        }

        public int Count { get; private set; }

        public ulong this[int index] => _items[index];

        /// <summary>Adds an opening; false when it was there.</summary>
        public bool Add(ulong opening)
        {
            int mask = _slots.Length - 1;
            int slot = Slot(opening, mask);
            while (_slots[slot] != 0)
            {
                if (_items[_slots[slot] - 1] == opening)
                {
                    return false;
                }

                slot = (slot + 1) & mask;
            }

            if (Count == _items.Length)
            {
                _items = Doubled(_items);
            }

            _items[Count] = opening;
            Count++;
            _slots[slot] = Count;
            if (Count * 2 > _slots.Length)
            {
                Grow();
            }

            return true;
        }

        public void UnionWith(OpeningSet other)
        {
            for (int i = 0; i < other.Count; i++)
            {
                Add(other[i]);
            }
        }

        /// <summary>Whether every opening is at least <paramref name="k"/> characters long.</summary>
        public bool AllAtLeast(int k)
        {
            for (int i = 0; i < Count; i++)
            {
                if (Opening.Length(_items[i]) < k)
                {
                    return false;
                }
            }

            return true;
        }

        private static int Slot(ulong opening, int mask) => (int)((opening * 0x9E3779B97F4A7C15UL) >> 40) & mask;

        private void Grow()
        {
            _slots = new int[_slots.Length * 2];
            int mask = _slots.Length - 1;
            for (int i = 0; i < Count; i++)
            {
                int slot = Slot(_items[i], mask);
                while (_slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                _slots[slot] = i + 1;
            }
        }
    }

    private static OpeningSet Bounded(OpeningSet openings)
        => openings.Count > MaxOpenings ? throw new TooManyOpenings() : openings;

    private abstract class Node
    {
        /// <summary>The openings already listed, by the length asked (a node is asked the same length many times).</summary>
        private readonly OpeningSet?[] _listed = new OpeningSet?[Depth + 1];

        /// <summary>
        /// Every opening of length up to <paramref name="k"/>; a shorter one means the match can end there. The set is
        /// kept and given again: callers never change it.
        /// </summary>
        public OpeningSet Openings(int k) => _listed[k] ??= List(k);

        public virtual AsciiSet LeadingLookbehindBlock() => AsciiSet.Empty;

        protected abstract OpeningSet List(int k);

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

        /// <summary>The ASCII characters a match may hold.</summary>
        public abstract AsciiSet Alphabet();

        /// <summary>The most maximal runs of white space a match may hold (<see cref="PatternOpenings.SpaceRuns"/>; <see cref="int.MaxValue"/>: unbounded).</summary>
        public abstract int SpaceRuns();

        /// <summary>Whether every character a match may hold is white space (false when not known).</summary>
        public abstract bool OnlySpace();

        protected virtual List<string>? ReadExact() => null;

        protected virtual List<string>? ReadRequired() => Exact() is { } exact && !exact.Contains(string.Empty) ? exact : null;
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
    /// <param name="mayBeSpace">The set accepts some white-space character.</param>
    /// <param name="onlySpace">The set accepts white space only (<c>\s</c>, a literal space).</param>
    private sealed class CharSet(AsciiSet members, int id, char? literal, bool mayBeSpace, bool onlySpace) : Node
    {
        public AsciiSet Members { get; } = members;

        public override int SpaceRuns() => mayBeSpace ? 1 : 0;

        public override bool OnlySpace() => onlySpace;

        protected override OpeningSet List(int k) => OpeningSet.Single(k == 0 ? Opening.None : Opening.Of(id));

        protected override List<string>? ReadExact() => literal is { } c ? [c.ToString()] : null;

        public override AsciiSet Alphabet() => Members;
    }

    /// <summary>A zero-width assertion (anchor, \b, look-around); a negative look-behind of one class keeps the class.</summary>
    private sealed class ZeroWidth(AsciiSet blockedBefore) : Node
    {
        public AsciiSet BlockedBefore { get; } = blockedBefore;

        public override AsciiSet LeadingLookbehindBlock() => BlockedBefore;

        protected override OpeningSet List(int k) => OpeningSet.Single(Opening.None);

        protected override List<string>? ReadExact() => [string.Empty];

        public override AsciiSet Alphabet() => AsciiSet.Empty;

        public override int SpaceRuns() => 0;

        public override bool OnlySpace() => true;
    }

    private sealed class Sequence(List<Node> items) : Node
    {
        public List<Node> Items { get; } = items;

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

        public override AsciiSet Alphabet()
        {
            var all = AsciiSet.Empty;
            foreach (var item in Items)
            {
                all |= item.Alphabet();
            }

            return all;
        }

        public override int SpaceRuns()
        {
            long sum = 0;
            foreach (var item in Items)
            {
                sum += item.SpaceRuns();
            }

            return (int)Math.Min(sum, int.MaxValue);
        }

        public override bool OnlySpace() => Items.TrueForAll(i => i.OnlySpace());

        /// <summary>Look-behinds before the first consuming item all hold at the match start.</summary>
        public override AsciiSet LeadingLookbehindBlock()
        {
            var blocked = AsciiSet.Empty;
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

        protected override OpeningSet List(int k)
        {
            var current = OpeningSet.Single(Opening.None);
            foreach (var item in Items)
            {
                if (current.AllAtLeast(k))
                {
                    break;
                }

                var next = new OpeningSet(current.Count);
                for (int i = 0; i < current.Count; i++)
                {
                    ulong o = current[i];
                    int length = Opening.Length(o);
                    if (length >= k)
                    {
                        next.Add(o);
                        continue;
                    }

                    var tails = item.Openings(k - length);
                    for (int j = 0; j < tails.Count; j++)
                    {
                        next.Add(Opening.Then(o, tails[j]));
                    }

                    Bounded(next);
                }

                current = Bounded(next);
            }

            return current;
        }
    }

    private sealed class Alternation(List<Node> branches) : Node
    {
        protected override List<string>? ReadExact() => Union(b => b.Exact());

        /// <summary>A word of some branch: each branch must require one.</summary>
        protected override List<string>? ReadRequired() => Union(b => b.Required());

        public override AsciiSet Alphabet()
        {
            var all = AsciiSet.Empty;
            foreach (var b in branches)
            {
                all |= b.Alphabet();
            }

            return all;
        }

        public override int SpaceRuns() => branches.Count == 0 ? 0 : branches.Max(b => b.SpaceRuns());

        public override bool OnlySpace() => branches.TrueForAll(b => b.OnlySpace());

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

        /// <summary>A character blocks the start only when it blocks every branch.</summary>
        public override AsciiSet LeadingLookbehindBlock()
        {
            var blocked = AsciiSet.All;
            foreach (var b in branches)
            {
                blocked &= b.LeadingLookbehindBlock();
            }

            return branches.Count == 0 ? AsciiSet.Empty : blocked;
        }

        protected override OpeningSet List(int k)
        {
            var all = new OpeningSet(branches.Count);
            foreach (var b in branches)
            {
                all.UnionWith(b.Openings(k));
                Bounded(all);
            }

            return Bounded(all);
        }
    }

    /// <param name="max">The most repetitions, or null when unbounded.</param>
    private sealed class Repeat(Node item, int min, int? max) : Node
    {
        private Repeat? _more;

        public override AsciiSet LeadingLookbehindBlock() => min > 0 ? item.LeadingLookbehindBlock() : AsciiSet.Empty;

        /// <summary>An optional item ("s?", "(?:st|nd)?"): its strings and the empty one; other repeats are not listed.</summary>
        protected override List<string>? ReadExact()
            => max == 1 && item.Exact() is { } exact ? (min == 0 && !exact.Contains(string.Empty) ? [.. exact, string.Empty] : exact) : null;

        protected override List<string>? ReadRequired() => min > 0 ? item.Required() : null;

        public override AsciiSet Alphabet() => item.Alphabet();

        /// <summary>
        /// A repeat of white space alone is one run however often it repeats (its characters touch); a bounded repeat
        /// holds at most its bound times the item's runs; any other unbounded repeat of an item with white space is unbounded.
        /// </summary>
        public override int SpaceRuns()
        {
            int runs = item.SpaceRuns();
            if (runs == 0 || max == 0)
            {
                return 0;
            }

            if (item.OnlySpace())
            {
                return 1;
            }

            return max is { } m ? (int)Math.Min((long)m * runs, int.MaxValue) : int.MaxValue;
        }

        public override bool OnlySpace() => item.OnlySpace();

        protected override OpeningSet List(int k)
        {
            if (k == 0)
            {
                return OpeningSet.Single(Opening.None);
            }

            var first = item.Openings(k);
            var all = new OpeningSet(first.Count);
            if (min == 0)
            {
                all.Add(Opening.None);
            }

            for (int i = 0; i < first.Count; i++)
            {
                ulong o = first[i];
                int length = Opening.Length(o);
                if (length == 0 || length >= k)
                {
                    all.Add(o);
                    continue;
                }

                // After one round the item may repeat any number of times (a superset of what the bounds allow).
                var tails = (_more ??= new Repeat(item, 0, null)).Openings(k - length);
                for (int j = 0; j < tails.Count; j++)
                {
                    all.Add(Opening.Then(o, tails[j]));
                }

                Bounded(all);
            }

            return Bounded(all);
        }
    }

    /// <summary>A recursive-descent reader of the .NET pattern syntax the rules use.</summary>
    private sealed class Reader(string pattern, RegexOptions options, ClassMembers members)
    {
        /// <summary>By a hash of a set: its number + 1 (0: free), open addressing over twice the most sets.</summary>
        private readonly int[] _setSlots = new int[2 * Opening.MaxSets];
        private AsciiSet[] _sets = new AsciiSet[16];
        private int _setCount;
        private int _pos;
        private RegexOptions _options = options;

        /// <summary>A quantifier's bounds, "{2}", "{2,}", "{2,5}" (anything else is a literal brace).</summary>
        private static readonly Regex BoundsSyntax = new(@"^\{(\d+)(,(\d*))?\}");

        /// <summary>The opening of a named group, "?&lt;name&gt;".</summary>
        private static readonly Regex NameSyntax = new(@"^\?<[A-Za-z_]\w*>");

        /// <summary>The character sets of the pattern, by the number an <see cref="Opening"/> holds (the array may be longer).</summary>
        public AsciiSet[] Sets => _sets;

        /// <param name="mayBeSpace">The set accepts some white-space character.</param>
        /// <param name="onlySpace">The set accepts nothing but white space.</param>
        private CharSet Set(AsciiSet members, char? literal, bool mayBeSpace, bool onlySpace)
        {
            int mask = _setSlots.Length - 1;
            int slot = (int)(((members.Low * 0x9E3779B97F4A7C15UL) ^ (members.High * 0xC2B2AE3D27D4EB4FUL)) >> 40) & mask;
            while (_setSlots[slot] != 0)
            {
                int known = _setSlots[slot] - 1;
                if (_sets[known].Low == members.Low && _sets[known].High == members.High)
                {
                    return new CharSet(members, known, literal, mayBeSpace, onlySpace);
                }

                slot = (slot + 1) & mask;
            }

            int id = _setCount;
            if (id == Opening.MaxSets)
            {
                throw new NotSupportedException("too many character sets");
            }

            if (id == _sets.Length)
            {
                _sets = Doubled(_sets);
            }

            _sets[id] = members;
            _setCount++;
            _setSlots[slot] = id + 1;
            return new CharSet(members, id, literal, mayBeSpace, onlySpace);
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
            var m = BoundsSyntax.Match(pattern, _pos, pattern.Length - _pos);
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
                {
                    string text = ReadClassText();
                    return Set(members.Of(text, _options), null, members.MayBeSpace(text, _options), false);
                }

                case '\\':
                    return ReadEscape();
                case '.':
                    _pos++;
                    return Set(members.Of(".", _options), null, true, false);
                case '^':
                case '$':
                    _pos++;
                    return new ZeroWidth(AsciiSet.Empty);
                case '*' or '+' or '?':
                    throw new NotSupportedException("quantifier without an atom");
                default:
                    _pos++;
                    if (char.IsAscii(c))
                    {
                        bool space = char.IsWhiteSpace(c);
                        return Set(AsciiLiteral(c), char.ToLowerInvariant(c), space, space);
                    }

                    string escaped = Regex.Escape(c.ToString());
                    return Set(members.Of(escaped, _options), null, members.MayBeSpace(escaped, _options), false);
            }
        }

        /// <summary>
        /// An ASCII literal accepts itself and, ignoring case, its other case: no other ASCII character (what the engine
        /// answers too, without building a regex per character at start-up).
        /// </summary>
        private AsciiSet AsciiLiteral(char c)
        {
            var set = AsciiSet.Of(c);
            if ((_options & RegexOptions.IgnoreCase) != 0 && char.IsAsciiLetter(c))
            {
                set |= AsciiSet.Of(char.ToLowerInvariant(c)) | AsciiSet.Of(char.ToUpperInvariant(c));
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
                return new ZeroWidth(AsciiSet.Empty);
            }

            if (char.IsDigit(e) || e is 'k' or 'p' or 'P' or 'x' or 'u' or 'c')
            {
                throw new NotSupportedException("back-reference or code escape");
            }

            string atom = pattern.Substring(_pos, 2);
            _pos += 2;
            // An escaped ASCII punctuation mark or space ("\.", "\-", "\ ") is a literal of itself.
            char? literal = char.IsAscii(e) && !char.IsLetterOrDigit(e) && !char.IsControl(e) ? e : null;
            // "\s" matches exactly the characters char.IsWhiteSpace holds for (PatternOpeningsTests asks the engine).
            return Set(members.Of(atom, _options), literal, members.MayBeSpace(atom, _options), atom is "\\s" or "\\ ");
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
                var rest = pattern.AsSpan(_pos);
                if (rest.StartsWith("?:"))
                {
                    _pos += 2;
                }
                else if (rest.StartsWith("?i:") || rest.StartsWith("?-i:"))
                {
                    // Case-insensitive inside, or case-sensitive ("(?-i:Q)"): the classes are asked of the engine with
                    // the option on or off.
                    bool sensitive = rest[1] == '-';
                    _pos += sensitive ? 4 : 3;
                    var outer = _options;
                    _options = sensitive ? _options & ~RegexOptions.IgnoreCase : _options | RegexOptions.IgnoreCase;
                    var group = ReadAlternation();
                    _options = outer;
                    if (_pos >= pattern.Length || pattern[_pos] != ')')
                    {
                        throw new NotSupportedException("unclosed group");
                    }

                    _pos++;
                    return group;
                }
                else if (rest.StartsWith("?=") || rest.StartsWith("?!"))
                {
                    _pos += 2;
                    zeroWidth = true;
                }
                else if (rest.StartsWith("?<=") || rest.StartsWith("?<!"))
                {
                    negativeBehind = rest[2] == '!';
                    _pos += 3;
                    zeroWidth = true;
                }
                else if (NameSyntax.Match(pattern, _pos, pattern.Length - _pos) is { Success: true } name)
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
            return new ZeroWidth(negativeBehind && SingleSet(inner) is { } set ? set.Members : AsciiSet.Empty);
        }

        private static CharSet? SingleSet(Node inner)
            => inner switch
            {
                CharSet s => s,
                Sequence { Items: [CharSet s] } => s,
                _ => null,
            };
    }
}
