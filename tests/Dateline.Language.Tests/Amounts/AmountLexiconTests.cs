using Dateline.Language.Amounts;

namespace Dateline.Language.Tests.Amounts;

public class AmountLexiconTests
{
    [Theory]
    [InlineData("fifty-four", 54)]
    [InlineData("twenty-one", 21)]
    [InlineData("4,50,000", 450000)]
    [InlineData("1,200", 1200)]
    [InlineData("ten", 10)]
    public void ReadsNumbers(string text, double value) => Assert.Equal(value, AmountLexicon.Default.Number(text));

    [Theory]
    [InlineData("one")] // only inside a compound: alone it is an article more often than a count
    [InlineData("tenure")]
    [InlineData("fifty-ten")]
    public void RefusesWhatIsNoNumber(string text) => Assert.Null(AmountLexicon.Default.Number(text));

    [Theory]
    [InlineData("Her tenure began.")]
    [InlineData("Take Route 2 north.")]
    [InlineData("The 44th anniversary.")]
    [InlineData("At 0700 GMT it began.")]
    public void FindsNoAmountIn(string text) => Assert.Empty(new AmountExtractor().Extract(text));
}
