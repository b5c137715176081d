using System.Text.RegularExpressions;
using Dateline.Core.Text;

namespace Dateline.Core.Tests.Text;

public class PatternOpeningsTests
{
    private const RegexOptions IgnoreCase = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [Fact]
    public void ReadsTheOpeningPairsOfAnAlternation()
    {
        var o = PatternOpenings.Of(@"(?:(?<rel>last|next)\s+)?(?:every|per)\b", IgnoreCase);
        Assert.False(o.Anywhere);
        Assert.True(o.Opens('L', 'a'));
        Assert.True(o.Opens('e', 'V'));
        Assert.True(o.Opens('p', 'e'));
        Assert.False(o.Opens('e', 'a'));
        Assert.False(o.Opens('x', 'e'));
        Assert.True(o.Opens('n', 'é')); // a second character outside ASCII: whatever a pair with 'n' allows
        Assert.False(o.OneChar('e'));
    }

    [Fact]
    public void ReadsACaseSensitiveGroupCaseSensitively()
    {
        var o = PatternOpenings.Of(@"(?<![\w'-])(?-i:Q)[1-4]\b", IgnoreCase);
        Assert.False(o.Anywhere);
        Assert.True(o.Opens('Q', '3'));
        Assert.False(o.Opens('q', '3')); // the group holds its own case, as the engine does
        Assert.True(o.BlockedAfter.Contains('a'));
    }

    [Fact]
    public void ReadsThePairsAtOffsetsTwoAndFour()
    {
        var o = PatternOpenings.Of(@"the\s+(?:next|last)\s+week", IgnoreCase);
        Assert.True(o.Continues(2, 'e', ' '));
        Assert.False(o.Continues(2, 'i', 's')); // "this"
        Assert.True(o.Continues(4, 'N', 'e'));
        Assert.True(o.Continues(4, ' ', 'n')); // more than one space
        Assert.False(o.Continues(4, 'c', 'i')); // "the city"

        var shorter = PatternOpenings.Of(@"the\s+(?:next|last)\s+week|ago", IgnoreCase);
        Assert.True(shorter.Continues(2, 'o', 'x')); // "ago" ends after its third character
        Assert.False(shorter.Continues(2, 'x', 'o'));
        Assert.True(shorter.Continues(4, 'c', 'i')); // and before the fifth: nothing is known there
    }

    [Fact]
    public void KnowsWhichOpeningsMayEndBeforeAnOffset()
    {
        // "'90s" ends before offset 4; "the '90s" does not: a position opening with "t" needs a pair of that match there.
        var o = PatternOpenings.Of(@"(?:the\s+)?['’]\d0s\b", IgnoreCase);
        Assert.True(o.Continues(4, 'u', 'n')); // either kind of match
        Assert.True(o.EndsBeforeAfter(4).Contains('\''));
        Assert.False(o.EndsBeforeAfter(4).Contains('t'));
        Assert.False(o.EndsBeforeAfter(2).Contains('\''));
        Assert.False(o.ContinuesWithUnlessShort(4, 'u').Contains('n'));
        Assert.True(o.ContinuesWithUnlessShort(4, '\'').Contains('9'));
        Assert.True(o.ContinuesWithUnlessShort(2, 'e').Contains(' '));

        // Not understood: every character may end a match anywhere.
        Assert.Equal(AsciiSet.All, PatternOpenings.Of(@"(?<c>a)\k<c>", IgnoreCase).EndsBeforeAfter(2));
    }

    [Fact]
    public void KeepsTheCharactersALeadingLookbehindRulesOut()
    {
        var o = PatternOpenings.Of(@"(?<![\w'])(?:the\s+)?\d+", IgnoreCase);
        Assert.True(o.BlockedAfter.Contains('a'));
        Assert.True(o.BlockedAfter.Contains('\''));
        Assert.False(o.BlockedAfter.Contains(' '));
        Assert.True(o.OneChar('7'));
        Assert.True(o.Opens('T', 'h'));
    }

    [Fact]
    public void ReadsTheWordsEveryMatchHolds()
    {
        var o = PatternOpenings.Of(@"(?<![\w'])(?:once|twice|\w+\s+times)\s+(?:a|per)\s+day", IgnoreCase);
        Assert.Equal(["once", "times", "twice"], o.Words.Order());
        Assert.True(o.Alphabet.Contains('Q'));
        Assert.True(o.Alphabet.Contains(' '));
        Assert.False(o.Alphabet.Contains('.'));
        Assert.False(o.Alphabet.Contains('\'')); // only in the look-behind

        Assert.Equal(["ago"], PatternOpenings.Of(@"\d+\s+(?:days?|weeks?)\s+ago\b", IgnoreCase).Words);
        Assert.Equal(["o'clock"], PatternOpenings.Of(@"\d+\s+o'clock", IgnoreCase).Words);
        Assert.Equal(["day-long", "days-long"], PatternOpenings.Of(@"days?-long", IgnoreCase).Words.Order());
        Assert.Equal(["years."], PatternOpenings.Of(@"(?:\d\s+)years\.", IgnoreCase).Words); // an escaped full stop is a literal too
    }

    [Fact]
    public void CountsTheRunsOfWhiteSpaceAMatchMayHold()
    {
        Assert.Equal(0, PatternOpenings.Of(@"\w+-long\b", IgnoreCase).SpaceRuns);
        Assert.Equal(1, PatternOpenings.Of(@"\w+\s+times", IgnoreCase).SpaceRuns); // "\s+" is one run however long
        Assert.Equal(3, PatternOpenings.Of(@"(?:no\s+more\s+than\s+|about\s+)?\d+(?=\s+\w+\s+x)", IgnoreCase).SpaceRuns); // the longest branch; a look-ahead holds none
        Assert.Equal(2, PatternOpenings.Of(@"(?:twenty|thirty)[- ](?:one|two)\s*days", IgnoreCase).SpaceRuns); // a class with a space, and "\s*"
        Assert.Equal(4, PatternOpenings.Of(@"(?:\w+\s){2,4}day", IgnoreCase).SpaceRuns); // a bounded repeat: its bound times its item's runs
        Assert.Equal(3, PatternOpenings.Of("a\u00A0b[\\W]c d", IgnoreCase).SpaceRuns); // white space outside ASCII, and in a negated class
        Assert.Equal(int.MaxValue, PatternOpenings.Of(@"(?:\w+\s)+day", IgnoreCase).SpaceRuns); // an unbounded repeat of words and spaces
        Assert.Equal(int.MaxValue, PatternOpenings.Of(@"a.*day", IgnoreCase).SpaceRuns);
        Assert.Equal(int.MaxValue, PatternOpenings.Of(@"(?<c>a)\k<c>", IgnoreCase).SpaceRuns); // not understood
    }

    [Fact]
    public void WhiteSpaceIsWhatTheEngineMatchesWithBackslashS()
    {
        // SpaceRuns takes "\s" for char.IsWhiteSpace (a repeat of it is one run of such characters): ask the engine.
        var space = new Regex(@"^\s$", IgnoreCase);
        for (int c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(char.IsWhiteSpace((char)c), space.IsMatch(((char)c).ToString()));
        }
    }

    [Fact]
    public void NamesNoWordAMatchMayLack()
    {
        Assert.Empty(PatternOpenings.Of(@"\d+(?=\s+percent)", IgnoreCase).Words); // a look-ahead holds nothing of the match
        Assert.Empty(PatternOpenings.Of(@"(?:about\s+)?\d+", IgnoreCase).Words);
        Assert.Empty(PatternOpenings.Of(@"(?:a|an)\s+\d", IgnoreCase).Words); // too short to search for
        Assert.Empty(PatternOpenings.Of(@"times|\d+", IgnoreCase).Words);
        Assert.Empty(PatternOpenings.Of(@"(?:times)*\d", IgnoreCase).Words);
    }

    [Fact]
    public void AnOptionalLookbehindRulesNothingOut()
        => Assert.True(PatternOpenings.Of(@"(?:(?<!x)a)?b", IgnoreCase).BlockedAfter.IsEmpty);

    [Fact]
    public void UnknownConstructsMayStartAnywhere()
    {
        Assert.True(PatternOpenings.Of(@"(a)\1", IgnoreCase).Anywhere);
        Assert.True(PatternOpenings.Of(@"(?m:a)b", RegexOptions.None).Anywhere);
        Assert.True(PatternOpenings.Of(@"\p{Lu}x", RegexOptions.None).Anywhere);
    }

    [Fact]
    public void AsciiLiteralsAcceptWhatTheEngineAccepts()
    {
        foreach (var options in new[] { RegexOptions.None, IgnoreCase })
        {
            for (char c = ' '; c < (char)127; c++)
            {
                if ("\\[](){}|*+?.^$#".Contains(c, StringComparison.Ordinal))
                {
                    continue;
                }

                var o = PatternOpenings.Of(c + "x", options);
                for (char t = (char)0; t < (char)128; t++)
                {
                    Assert.Equal(Regex.IsMatch(t + "x", "^" + c + "x$", options), o.Opens(t, 'x'));
                }
            }
        }
    }

    [Fact]
    public void AnEmptyMatchMayStartAnywhere()
        => Assert.True(PatternOpenings.Of(@"a*", IgnoreCase).CanBeEmpty);

    [Theory]
    [InlineData(@"(?:(?<rel>last|next)\s+)?(?:every|per)\b")]
    [InlineData(@"\d+\s*(?:days?|weeks?)")]
    [InlineData(@"a|[x-z]b|\w")]
    [InlineData(@"(?<![a-z])the\s+day")]
    [InlineData(@"a*")]
    public void TheSecondsAfterACharacterAreThePairsItOpens(string pattern)
    {
        var o = PatternOpenings.Of(pattern, IgnoreCase);
        for (char a = '\0'; a < 128; a++)
        {
            var seconds = o.SecondsAfter(a);
            for (char b = '\0'; b < 128; b++)
            {
                Assert.Equal(o.Opens(a, b), seconds.Contains(b));
            }
        }
    }

    [Theory]
    [InlineData(@"the\s+(?:next|last)\s+week|ago")]
    [InlineData(@"\d+\s*(?:days?|weeks?)")]
    [InlineData(@"(?<![a-z])the\s+day")]
    [InlineData(@"(a)\1")]
    public void TheSetsOfLaterCharactersAreThePairsItContinuesWith(string pattern)
    {
        var o = PatternOpenings.Of(pattern, IgnoreCase);
        foreach (int offset in new[] { 2, 4 })
        {
            for (char a = '\0'; a < 128; a++)
            {
                var seconds = o.ContinuesWith(offset, a);
                for (char b = '\0'; b < 128; b++)
                {
                    Assert.Equal(o.Continues(offset, a, b), seconds.Contains(b));
                }

                Assert.Equal(o.Continues(offset, a, 'é'), !seconds.IsEmpty);
            }
        }
    }

    [Fact]
    public void ReadsBoundsAndNamedGroupsWithoutCopyingThePattern()
    {
        var o = PatternOpenings.Of(@"x(?<n>a{2,3})b", IgnoreCase);
        Assert.True(o.Opens('x', 'a'));
        Assert.True(o.Continues(2, 'a', 'b')); // "xaab"
        Assert.True(o.Continues(2, 'a', 'a'));
        Assert.False(o.Continues(2, 'c', 'a')); // the group is read as a repeat, the name skipped
        Assert.False(o.Opens('n', 'a'));
        Assert.True(PatternOpenings.Of("x{", IgnoreCase).Opens('x', '{')); // a literal brace
    }
}
