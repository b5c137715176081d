using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Works;

namespace Dateline.Language.Tests.Works;

public class QuotedTitlesTests
{
    [Theory]
    [InlineData("1917", true)]
    [InlineData("The Day After Tomorrow", true)]
    [InlineData("Friday Night Lights,", true)]
    [InlineData("Pride and Prejudice", true)]
    [InlineData("Ocean’s Eleven", true)]
    [InlineData("Écrits Choisis", true)]
    [InlineData("the Day After", false)] // a minor word may not open a title
    [InlineData("We will vote next week,", false)]
    [InlineData("Stop. Now", false)]
    [InlineData("Who Cares?", false)]
    [InlineData("One Two Three Four Five Six", true)]
    [InlineData("One Two Three Four Five Six Seven", false)]
    [InlineData(" , .", false)]
    [InlineData("", false)]
    public void ReadsATitleFromItsWords(string inner, bool title) => Assert.Equal(title, QuotedTitles.IsTitle(inner));

    [Fact]
    public void FindsTheInnerSpansOfQuotedTitles()
    {
        const string Text = "She starred in “Friday Night Lights” and said \"we will win\" before \"1917\".";
        var spans = QuotedTitles.Find(Text);
        Assert.Equal(["Friday Night Lights", "1917"], spans.Select(s => Text[s.Start..s.End]));
    }

    [Fact]
    public void ADocumentReadsItsTitlesFromTheLayerOnceFound()
    {
        var doc = Document.FromText("t", "The film “Parasite” won.");
        var withLayer = new QuotedTitlesComponent().Process(doc, ProcessingContext.None);
        Assert.Equal([new TextSpan(10, 18)], QuotedTitles.Of(withLayer));
        Assert.Equal(QuotedTitles.Of(withLayer), QuotedTitles.Of(doc)); // without the layer, found in the text

        var given = withLayer.WithLayer<QuotedTitle>([]);
        Assert.Empty(QuotedTitles.Of(given)); // the layer is what later components read
    }
}
