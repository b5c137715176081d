using System.Text.RegularExpressions;
using Dateline.Core.Text;

namespace Dateline.Core.Tests.Text;

public class RuleOpeningsTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly string[] Pieces = ["May", "june", " 4", "30", "last", "next ", "every", " other", "two", "day", "weeks", "$", "1,200",
        "%", " percent", "about", "over", "during", " the", " weekend", "1999", " first", "-quarter", "x", "a", "b", "okaa", "’s", "½", "..", ".",
        "'", "\n", "  ", "é", "\u212A", "The ", "year", "1990", "'s", "early-", "once", " times", "abc", "abcd", " ago", "days", " o'clock", "noon"];

    /// <summary>Every set a rule's openings hold comes back from the file as it was read from the pattern.</summary>
    [Fact]
    public void ReadsBackWhatItWrote()
    {
        var patterns = RuleScannerTests.Patterns;
        var read = RuleOpenings.Read(RuleOpenings.Write(patterns, Options))!;
        Assert.Equal(patterns.Length, read.Length);
        for (int i = 0; i < patterns.Length; i++)
        {
            var fresh = RuleOpenings.Of(patterns[i], Options);
            var back = read[i];
            Assert.True(back.Matches(patterns[i], Options));
            Assert.Equal(fresh.Always, back.Always);
            Assert.Equal(fresh.BlockedAfter, back.BlockedAfter);
            Assert.Equal(fresh.Words, back.Words);
            Assert.Equal(fresh.Alphabet, back.Alphabet);
            Assert.Equal(fresh.SpaceRuns, back.SpaceRuns);
            Assert.Equal(fresh.OneChars, back.OneChars);
            Assert.Equal(fresh.OpensBeforeNonAscii, back.OpensBeforeNonAscii);
            Assert.Equal(fresh.SecondsAfter, back.SecondsAfter);
            Assert.Equal(fresh.EndsBeforeAfter, back.EndsBeforeAfter);
            Assert.Equal(fresh.ContinuesWithUnlessShort.Length, back.ContinuesWithUnlessShort.Length);
            for (int later = 0; later < fresh.ContinuesWithUnlessShort.Length; later++)
            {
                Assert.Equal(fresh.ContinuesWithUnlessShort[later], back.ContinuesWithUnlessShort[later]);
            }
        }

        // Not every rule is tried everywhere: the sets above were compared, not only the flag.
        Assert.Contains(read, r => !r.Always && r.Words.Count > 0);
        Assert.Contains(read, r => r.Always);
    }

    /// <summary>A scanner built from the file gives each rule exactly the matches of its regex, and writes the same file.</summary>
    [Fact]
    public void AScannerFromTheFileScansAsTheRegexes()
    {
        var patterns = RuleScannerTests.Patterns;
        var bytes = RuleOpenings.Write(patterns, Options);
        var scanner = new RuleScanner(patterns, Options, knownOpenings: RuleOpenings.Read(bytes));
        Assert.Equal(bytes, scanner.WriteOpenings());
        RuleScannerTests.AssertScansAsRegexes(scanner, patterns, Pieces, seed: 5, rounds: 400, maxPieces: 30);
    }

    /// <summary>
    /// Openings written for other rules (the file left stale after an edit) are not used: each entry is checked against
    /// its rule's pattern and options, and a rule whose entry does not match has its openings read from its pattern.
    /// Here every entry belongs to another rule, and would drop matches if used.
    /// </summary>
    [Fact]
    public void IgnoresOpeningsWrittenForOtherRules()
    {
        var patterns = RuleScannerTests.Patterns;
        var shifted = patterns.Skip(1).Append(patterns[0]).ToArray();
        var stale = RuleOpenings.Read(RuleOpenings.Write(shifted, Options))!;
        Assert.DoesNotContain(stale.Select((o, i) => o.Matches(patterns[i], Options)), m => m);
        Assert.False(RuleOpenings.Read(RuleOpenings.Write(patterns, Options | RegexOptions.Multiline))![0].Matches(patterns[0], Options));
        var scanner = new RuleScanner(patterns, Options, knownOpenings: stale);
        RuleScannerTests.AssertScansAsRegexes(scanner, patterns, Pieces, seed: 9, rounds: 400, maxPieces: 30);
    }

    [Fact]
    public void RejectsAMalformedFile()
    {
        var bytes = RuleOpenings.Write(RuleScannerTests.Patterns, Options);
        Assert.Null(RuleOpenings.Read(null));
        Assert.Throws<InvalidDataException>(() => RuleOpenings.Read(bytes[..^1]));
        Assert.Throws<InvalidDataException>(() => RuleOpenings.Read([.. bytes, 0]));
        Assert.Throws<InvalidDataException>(() => RuleOpenings.Read([(byte)'X', .. bytes[1..]]));
    }
}
