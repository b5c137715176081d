using System.Text.RegularExpressions;
using Dateline.Core.Text;

namespace Dateline.Core.Tests.Text;

public class TieredRegexTests
{
    private const string Pattern = @"(?<![\w'])(?<month>May|June)\s+(?<day>[0-3]?\d)\b";

    [Fact]
    public void StartsInterpretedAndCompilesAfterEnoughUses()
    {
        var regex = new TieredRegex(Pattern, RegexOptions.IgnoreCase | RegexOptions.Compiled);
        Assert.False(regex.Regex.Options.HasFlag(RegexOptions.Compiled));
        Assert.False(regex.IsCompiled);
        for (int i = 0; i < TieredRegex.CompileAfter; i++)
        {
            _ = regex.Regex;
        }

        Assert.True(regex.IsCompiled);
        Assert.True(regex.Regex.Options.HasFlag(RegexOptions.IgnoreCase));
    }

    [Fact]
    public void BuildsItsRegexAtTheFirstUseSoABrokenPatternThrowsThen()
    {
        var broken = new TieredRegex("(?:unclosed", RegexOptions.None); // nothing parsed yet: a rule never tried costs nothing
        Assert.False(broken.IsCompiled);
        Assert.Throws<RegexParseException>(() => broken.IsMatch("text"));

        var regex = new TieredRegex(Pattern, RegexOptions.IgnoreCase);
        Assert.Same(regex.Regex, regex.Regex); // built once
    }

    [Fact]
    public void BothTiersFindTheSameMatchesAndGroups()
    {
        const string text = "On may 4, June 30 and May 31 (not mayday 2) they met; June 7.";
        var regex = new TieredRegex(Pattern, RegexOptions.IgnoreCase);
        var first = Describe(regex.Regex.Matches(text));
        while (!regex.IsCompiled)
        {
            _ = regex.Regex;
        }

        Assert.Equal(first, Describe(regex.Regex.Matches(text)));
        Assert.Equal(["3:may 4:may:4", "10:June 30:June:30", "22:May 31:May:31", "54:June 7:June:7"], first);
    }

    [Fact]
    public void BothTiersKeepTheMatchTimeOut()
    {
        var timeout = TimeSpan.FromSeconds(3);
        var regex = new TieredRegex(Pattern, RegexOptions.IgnoreCase, timeout);
        Assert.Equal(timeout, regex.Regex.MatchTimeout);
        while (!regex.IsCompiled)
        {
            _ = regex.Regex;
        }

        Assert.Equal(timeout, regex.Regex.MatchTimeout);
    }

    [Fact]
    public void CompilesAfterTheUsesItWasGivenCountingEachMatchCall()
    {
        var regex = new TieredRegex(Pattern, RegexOptions.IgnoreCase, Regex.InfiniteMatchTimeout, compileAfter: 3);
        Assert.True(regex.IsMatch("until June 30"));
        Assert.Equal("may 4", regex.Match("on may 4 and May 5").Value);
        Assert.False(regex.IsCompiled);
        Assert.False(regex.IsMatch("in mayday 2"));
        Assert.True(regex.IsCompiled);
        Assert.True(regex.IsMatch("by May 31"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TieredRegex(Pattern, RegexOptions.None, Regex.InfiniteMatchTimeout, compileAfter: 0));
    }

    private static List<string> Describe(MatchCollection matches)
        => [.. matches.Select(m => $"{m.Index}:{m.Value}:{m.Groups["month"].Value}:{m.Groups["day"].Value}")];
}
