using Dateline.Language.Tokens;

namespace Dateline.Language.Tests.Tokens;

public class MarkupTagsTests
{
    private static string[] Tags(string text) => [.. MarkupTags.Find(text).Select(s => text[s.Start..s.End])];

    [Fact]
    public void Finds_opening_and_closing_tags_with_their_attributes()
    {
        var text = "Trump wrote: <tweet pic=\"\" author=\"realDonaldTrump\" timestamp=\"1470067200\" tweet_id=\"760070280932982784\">Nice!</tweet>. <br/>";
        Assert.Equal(
            ["<tweet pic=\"\" author=\"realDonaldTrump\" timestamp=\"1470067200\" tweet_id=\"760070280932982784\">", "</tweet>", "<br/>"],
            Tags(text));
    }

    [Theory]
    [InlineData("if a < b and b > c")]
    [InlineData("I <3 New York, 5 <6> 7")]
    [InlineData("no markup at all")]
    public void Prose_holds_no_tag(string text) => Assert.Empty(Tags(text));
}
