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

    /// <summary>
    /// The shipped rules on labels and prompts against the same words in reported prose, which they once removed from
    /// Wikinews and TimeBank bodies ("like this", "newsletter", "copyrighted").
    /// </summary>
    [Theory]
    [InlineData("Like this:", "share/follow prompt")]
    [InlineData("Share this", "share/follow prompt")]
    [InlineData("But, Eichenbaum said: ``Sometimes an incident like this will do more to energize those who are pro-choice.''", null)]
    [InlineData("Many open source projects do it like this, we're no different.", null)]
    [InlineData("JPost Newsletter", "newsletter")]
    [InlineData("• Newsletters", "newsletter")]
    [InlineData("Get the day's top headlines delivered to your inbox every morning by subscribing to our newsletter.", "newsletter")]
    [InlineData("Abonnieren Sie jetzt den apolut-Newsletter: https://apolut.net/newsletter/", "newsletter")]
    [InlineData("Jerry Steinman, publisher of Beer Marketers Insights, a trade newsletter, said Anheuser's announcement means a price war.", null)]
    [InlineData("© 2019 The New Arab", "footer")]
    [InlineData("Copyright 2020 Example Media", "footer")]
    [InlineData("IMPRESSUM | DATENSCHUTZ | COPYRIGHT ANDRÉ LOIBL | THIS IS A KANGA PROJECT", "footer")]
    [InlineData("(copyright Frank Messina; reprinted with permission)", "footer")]
    [InlineData("The URLs to copyrighted songs were removed from the source code on November 16.", null)]
    [InlineData("What are the problems with the DMCA 1201 which is circumvention of copyright protection measures?", null)]
    public void LabelsAreChromeAndTheSameWordsInProseAreNot(string line, string? reason)
        => Assert.Equal(reason, ChromeLexicon.Default.Match(line));

    /// <summary>
    /// Credit and sign-up cues inside a full sentence of running prose are words of the story (PolNeAR train texts, which
    /// the cleaner cut as caption and newsletter); the same cues in credits, labels and prompts stay chrome.
    /// </summary>
    [Theory]
    [InlineData("As Karadsheh spoke about how the consulate had been taken over and looted, eerie video credited to Reuters/Libya showed the scattered groups of fighters with heavy weapons. They looked like terrorists.", null)]
    [InlineData("According to a Reuters/Ipsos poll, the two candidates are in a dead heat nationally.", null)]
    [InlineData("Her goal was not dating or anything more salacious. She merely wanted men to sign up for mobile updates from Bernie Sanders's presidential campaign.", null)]
    [InlineData("The Romanian hacker who first revealed that Hillary Clinton used a private email address while she was secretary of state was sentenced to more than four years in federal prison Thursday.", null)]
    [InlineData("Scott Olson via Getty Images.", "caption")]
    [InlineData("Christoph Blocher reacts during an electoral meeting of the Swiss People’s Party on October 2, 2015. (FABRICE COFFRINI/AFP/Getty Images.)", "caption")]
    [InlineData("President Trump speaks to reporters at the White House in Washington, U.S., November 20, 2019. REUTERS/Jonathan Ernst", "caption")]
    [InlineData("For more, sign up for the What’s Working newsletter.", "newsletter")]
    [InlineData("Want more updates from Amanda? Sign up for her newsletter, Piping Hot Truth.", "newsletter")]
    [InlineData("HUFFPOLLSTER VIA EMAIL! - You can receive this daily update every weekday morning via email! Just click here, enter your email address, and click “sign up.” That’s all there is to it (and you can unsubscribe anytime).", "newsletter")]
    [InlineData("Click here to sign up for email alerts on the latest news from the campaign trail delivered to your inbox.", "newsletter")]
    [InlineData("Enter your email address:", "newsletter")]
    public void CuesInRunningProseAreNoChrome(string line, string? reason)
        => Assert.Equal(reason, ChromeLexicon.Default.Match(line));

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
