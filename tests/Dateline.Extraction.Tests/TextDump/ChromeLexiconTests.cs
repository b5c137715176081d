using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Tests.TextDump;

/// <summary>
/// The lexicon's first test is one scan for "does any rule match": rules anchored at the start and the others are asked
/// apart, and a rule that looks anchored but is not ("^a|b") must still be found anywhere in the line.
/// </summary>
public class ChromeLexiconTests
{
    private const string Rules = """
        error widget	^oops!?$
        share prompt	\bshare this\b
        footer	^all rights|reserved\b
        caption	^\(photo[^|)]*\)$
        label	^(?:read|see) (?:more|also)$
        """;

    private static readonly ChromeLexicon Lexicon = new(Rules, "related stories\nmore from (?:us|them)");

    [Theory]
    [InlineData("Oops!", "error widget")]
    [InlineData("Please share this story", "share prompt")]
    [InlineData("All rights to the photo", "footer")]
    [InlineData("Some rights reserved", "footer")]
    [InlineData("(Photo: a|b)", null)]
    [InlineData("(Photo by the author)", "caption")]
    [InlineData("Read more", "label")]
    [InlineData("We said oops", null)]
    [InlineData("Read more of this", null)]
    [InlineData("", null)]
    public void TheFirstMatchingRuleGivesTheReason(string line, string? reason)
        => Assert.Equal(reason, Lexicon.Match(line));

    [Theory]
    [InlineData("Related stories", true)]
    [InlineData("More from us:", true)]
    [InlineData("Our related stories", false)]
    public void TeaserHeadingsMatchTheWholeLine(string line, bool heading)
        => Assert.Equal(heading, Lexicon.IsTeaserHeading(line));

    [Fact]
    public void EveryShippedRuleParses()
    {
        // the rules' regexes are built at their first use (TieredRegex), so a broken pattern would only throw on a page
        // that reaches it: every shipped rule is built here
        Assert.NotEmpty(ChromeLexicon.Default.Rules);
        Assert.All(ChromeLexicon.Default.Rules, rule => Assert.NotNull(rule.Pattern.Regex));
        Assert.All(Dateline.Extraction.Html.BlockPhrases.Default.Rules, rule => Assert.NotNull(rule.Pattern.Regex));
        Assert.All(Dateline.Extraction.Html.BlockPhrases.Default.TeaserLabels, label => Assert.NotNull(label.Regex));
    }
}
