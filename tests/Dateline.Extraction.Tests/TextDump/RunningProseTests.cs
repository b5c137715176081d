using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Tests.TextDump;

/// <summary>A cue inside a long sentence that goes on past it and does not address the reader is running prose.</summary>
public class RunningProseTests
{
    private static readonly RunningProse Prose = new(["your", "our", "us"]);

    private static bool Holds(string text, string cue) => Prose.Holds(text, text.IndexOf(cue, StringComparison.Ordinal), cue.Length);

    [Theory]
    [InlineData("The latest Reuters/Ipsos poll showed Trump leading the field with support of 31 percent of Republican voters.", "Reuters/", true)]
    // the cue opens its sentence (an imperative)
    [InlineData("Sign up for updates from the campaign and the candidates on the trail through the primaries and the convention.", "Sign up for updates", false)]
    // the cue closes its sentence (a credit)
    [InlineData("Supporters cheer as the candidate speaks at a rally in Des Moines on the eve of the caucuses via Getty Images", "Getty Images", false)]
    // a short sentence
    [InlineData("A Reuters/Ipsos poll showed a tie.", "Reuters/", false)]
    // a sentence that addresses the reader
    [InlineData("Each morning we send the latest Reuters/Ipsos poll figures and analysis straight to your inbox for free.", "Reuters/", false)]
    // the US is no pronoun
    [InlineData("In the US the latest Reuters/Ipsos poll showed Trump leading the field with support of 31 percent.", "Reuters/", true)]
    // only the cue's own sentence counts
    [InlineData("Photo by AP Photo/Evan Vucci. The candidate spoke for an hour to a crowd of some three thousand supporters in the rain.", "AP Photo", false)]
    public void TellsRunningProseFromCreditsAndPrompts(string text, string cue, bool holds)
        => Assert.Equal(holds, Holds(text, cue));
}
