using System.Text;
using System.Text.RegularExpressions;

namespace Dateline.Core.Text;

/// <summary>
/// What <see cref="RuleScanner"/> takes from one rule's <see cref="PatternOpenings"/>: the sets it fills its tables
/// from, for every ASCII character at once. Reading a pattern's openings costs the time rules 12-25 ms at every start
/// (bench/README.md, perf16), so a rule set's openings can be written once (<see cref="Write"/>, by a documented
/// command) into a file kept beside the rules and read back (<see cref="Read"/>). Each rule's entry carries a hash of
/// its options and pattern: an entry whose rule changed is not used (<see cref="Matches"/>), the openings are read from
/// the pattern again, and the test that regenerates the file fails until it is written again. Immutable.
/// </summary>
public sealed class RuleOpenings
{
    private const int Ascii = 128;
    private static readonly byte[] Magic = "OPN1"u8.ToArray();

    private RuleOpenings(ulong key, int length)
    {
        Key = key;
        Length = length;
    }

    /// <summary>The hash of the rule's options and pattern (<see cref="KeyOf"/>).</summary>
    public ulong Key { get; }

    /// <summary>The pattern's length in characters (checked with the hash).</summary>
    public int Length { get; }

    /// <summary>A match may open anywhere or be empty (<see cref="PatternOpenings.Anywhere"/> or <see cref="PatternOpenings.CanBeEmpty"/>): the sets below are not read.</summary>
    public bool Always { get; private init; }

    /// <summary><see cref="PatternOpenings.BlockedAfter"/>.</summary>
    public AsciiSet BlockedAfter { get; private init; }

    /// <summary><see cref="PatternOpenings.Words"/>.</summary>
    public IReadOnlyList<string> Words { get; private init; } = [];

    /// <summary><see cref="PatternOpenings.Alphabet"/>.</summary>
    public AsciiSet Alphabet { get; private init; }

    /// <summary><see cref="PatternOpenings.SpaceRuns"/>.</summary>
    public int SpaceRuns { get; private init; }

    /// <summary>The ASCII characters c with <see cref="PatternOpenings.OneChar"/>(c).</summary>
    public AsciiSet OneChars { get; private init; }

    /// <summary>The ASCII characters c with <see cref="PatternOpenings.Opens"/>(c, a character outside ASCII).</summary>
    public AsciiSet OpensBeforeNonAscii { get; private init; }

    /// <summary>By ASCII character: <see cref="PatternOpenings.SecondsAfter"/>.</summary>
    public AsciiSet[] SecondsAfter { get; private init; } = [];

    /// <summary>By offset ÷ 2 − 1 (offsets 2 and 4): <see cref="PatternOpenings.EndsBeforeAfter"/>.</summary>
    public AsciiSet[] EndsBeforeAfter { get; private init; } = [];

    /// <summary>By offset ÷ 2 − 1 and ASCII character: <see cref="PatternOpenings.ContinuesWithUnlessShort"/>.</summary>
    public AsciiSet[][] ContinuesWithUnlessShort { get; private init; } = [];

    /// <summary>A rule's openings, read from its pattern.</summary>
    public static RuleOpenings Of(string pattern, RegexOptions options) => Of(pattern, options, new PatternOpenings.ClassMembers());

    internal static RuleOpenings Of(string pattern, RegexOptions options, PatternOpenings.ClassMembers members)
    {
        var openings = PatternOpenings.Of(pattern, options, members);
        var key = KeyOf(pattern, options);
        if (openings.Anywhere || openings.CanBeEmpty)
        {
            return new RuleOpenings(key, pattern.Length) { Always = true, BlockedAfter = openings.BlockedAfter };
        }

        var oneChars = AsciiSet.Empty;
        var opens = AsciiSet.Empty;
        var seconds = new AsciiSet[Ascii];
        AsciiSet[][] continues = [new AsciiSet[Ascii], new AsciiSet[Ascii]];
        for (int a = 0; a < Ascii; a++)
        {
            if (openings.OneChar((char)a))
            {
                oneChars |= AsciiSet.Of((char)a);
            }

            if (openings.Opens((char)a, (char)Ascii))
            {
                opens |= AsciiSet.Of((char)a);
            }

            seconds[a] = openings.SecondsAfter((char)a);
            for (int later = 0; later < 2; later++)
            {
                continues[later][a] = openings.ContinuesWithUnlessShort(2 * (later + 1), (char)a);
            }
        }

        return new RuleOpenings(key, pattern.Length)
        {
            BlockedAfter = openings.BlockedAfter,
            Words = [.. openings.Words],
            Alphabet = openings.Alphabet,
            SpaceRuns = openings.SpaceRuns,
            OneChars = oneChars,
            OpensBeforeNonAscii = opens,
            SecondsAfter = seconds,
            EndsBeforeAfter = [openings.EndsBeforeAfter(2), openings.EndsBeforeAfter(4)],
            ContinuesWithUnlessShort = continues,
        };
    }

    /// <summary>A 64-bit FNV-1a hash of the options and the pattern's characters.</summary>
    public static ulong KeyOf(string pattern, RegexOptions options)
    {
        const ulong prime = 1099511628211;
        ulong h = 14695981039346656037;
        var o = (uint)options;
        for (int i = 0; i < 4; i++)
        {
            h = (h ^ ((o >> (8 * i)) & 0xFF)) * prime;
        }

        foreach (char c in pattern)
        {
            h = (h ^ (c & 0xFFu)) * prime;
            h = (h ^ (uint)(c >> 8)) * prime;
        }

        return h;
    }

    /// <summary>Whether this entry was written for <paramref name="pattern"/> with <paramref name="options"/>.</summary>
    public bool Matches(string pattern, RegexOptions options) => Length == pattern.Length && Key == KeyOf(pattern, options);

    /// <summary>Writes the openings of <paramref name="rules"/> (each read from its pattern) in the file format <see cref="Read"/> reads.</summary>
    public static byte[] Write(IReadOnlyList<string> rules, RegexOptions options)
    {
        var members = new PatternOpenings.ClassMembers();
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(rules.Count);
            foreach (var rule in rules)
            {
                Of(rule, options, members).WriteEntry(w);
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The entries of a file <see cref="Write"/> wrote, in rule order; null when <paramref name="data"/> is null (no
    /// file). A malformed file throws <see cref="InvalidDataException"/>.
    /// </summary>
    public static RuleOpenings[]? Read(byte[]? data)
    {
        if (data is null)
        {
            return null;
        }

        try
        {
            using var r = new BinaryReader(new MemoryStream(data, writable: false), Encoding.UTF8);
            if (!r.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                throw new InvalidDataException("not a rule openings file (OPN1)");
            }

            var count = r.ReadInt32();
            if (count is < 0 or > 64)
            {
                throw new InvalidDataException($"a rule openings file holds 0-64 rules, not {count}");
            }

            var entries = new RuleOpenings[count];
            for (int i = 0; i < count; i++)
            {
                entries[i] = ReadOne(r);
            }

            if (r.BaseStream.Position != data.Length)
            {
                throw new InvalidDataException("bytes after the last rule of a rule openings file");
            }

            return entries;
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("a rule openings file ends early", e);
        }
    }

    private void WriteEntry(BinaryWriter w)
    {
        w.Write(Key);
        w.Write(Length);
        w.Write(Always);
        WriteSet(w, BlockedAfter);
        if (Always)
        {
            return;
        }

        w.Write(Words.Count);
        foreach (var word in Words)
        {
            w.Write(word);
        }

        WriteSet(w, Alphabet);
        w.Write(SpaceRuns);
        WriteSet(w, OneChars);
        WriteSet(w, OpensBeforeNonAscii);
        WriteSets(w, SecondsAfter);
        WriteSet(w, EndsBeforeAfter[0]);
        WriteSet(w, EndsBeforeAfter[1]);
        WriteSets(w, ContinuesWithUnlessShort[0]);
        WriteSets(w, ContinuesWithUnlessShort[1]);
    }

    private static RuleOpenings ReadOne(BinaryReader r)
    {
        var key = r.ReadUInt64();
        var length = r.ReadInt32();
        var always = r.ReadBoolean();
        var blockedAfter = ReadSet(r);
        if (always)
        {
            return new RuleOpenings(key, length) { Always = true, BlockedAfter = blockedAfter };
        }

        var wordCount = r.ReadInt32();
        if (wordCount is < 0 or > 1 << 16)
        {
            throw new InvalidDataException($"a rule openings entry holds {wordCount} words");
        }

        var words = new string[wordCount];
        for (int i = 0; i < wordCount; i++)
        {
            words[i] = r.ReadString();
        }

        return new RuleOpenings(key, length)
        {
            BlockedAfter = blockedAfter,
            Words = words,
            Alphabet = ReadSet(r),
            SpaceRuns = r.ReadInt32(),
            OneChars = ReadSet(r),
            OpensBeforeNonAscii = ReadSet(r),
            SecondsAfter = ReadSets(r),
            EndsBeforeAfter = [ReadSet(r), ReadSet(r)],
            ContinuesWithUnlessShort = [ReadSets(r), ReadSets(r)],
        };
    }

    private static void WriteSet(BinaryWriter w, AsciiSet set)
    {
        w.Write(set.Low);
        w.Write(set.High);
    }

    private static AsciiSet ReadSet(BinaryReader r) => new(r.ReadUInt64(), r.ReadUInt64());

    /// <summary>128 sets, as the set of characters whose entry is not empty, then those entries in order.</summary>
    private static void WriteSets(BinaryWriter w, AsciiSet[] sets)
    {
        var present = AsciiSet.Empty;
        for (int a = 0; a < Ascii; a++)
        {
            if (!sets[a].IsEmpty)
            {
                present |= AsciiSet.Of((char)a);
            }
        }

        WriteSet(w, present);
        for (int a = 0; a < Ascii; a++)
        {
            if (!sets[a].IsEmpty)
            {
                WriteSet(w, sets[a]);
            }
        }
    }

    private static AsciiSet[] ReadSets(BinaryReader r)
    {
        var sets = new AsciiSet[Ascii];
        var present = ReadSet(r);
        for (int a = present.Lowest; a >= 0; present = present.Without(a), a = present.Lowest)
        {
            sets[a] = ReadSet(r);
        }

        return sets;
    }
}
