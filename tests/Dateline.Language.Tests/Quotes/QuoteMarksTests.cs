using Dateline.Core.Model;
using Dateline.Language.Quotes;

namespace Dateline.Language.Tests.Quotes;

/// <summary>`` '' marks are read as “ ” by the quote rules, at the same offsets, and quotes keep them whole.</summary>
public class QuoteMarksTests
{
    private static TypographicText Read(string text) => QuoteMarks.Typographic(text, [new TextSpan(0, text.Length)], 12);

    [Fact]
    public void DoubledMarksAreWrittenAsCurlyOnesWithTheirPaddingOutside()
    {
        const string Text = "He said his ``Files'' site was shut.";
        var read = Read(Text);
        Assert.Equal("He said his  \u201CFiles\u201D  site was shut.", read.Text);
        Assert.Equal(["\u201CFiles\u201D"], read.Quotes.Select(q => read.Text[q.Start..q.End]));
        var whole = read.Whole(read.Quotes[0]);
        Assert.Equal("``Files''", Text[whole.Start..whole.End]);
    }

    [Fact]
    public void NytStyleOpeningMarksAreReadByTheirRole()
    {
        Assert.Equal(" \u201CWe waited,\u201D  Isakson said.", Read("''We waited,'' Isakson said.").Text);
    }

    [Fact]
    public void ATextWithoutDoubledMarksIsReadAsItStands()
    {
        const string Text = "\u201CNo,\u201D she said. \"Yes,\" he said. It's Tom's.";
        var read = Read(Text);
        Assert.Same(Text, read.Text);
        Assert.Equal(QuoteMarks.Find(Text, [new TextSpan(0, Text.Length)], 12), read.Quotes);
    }

    [Fact]
    public void ASpanTakesAMarkOnItsSideWholeAndLeavesOneOnTheOtherSideOut()
    {
        const string Text = "``A,'' he said. ``B, '' she said.";
        var read = Read(Text);
        Assert.Equal(new TextSpan(0, 6), read.Whole(new TextSpan(1, 5)));
        Assert.Equal(new TextSpan(6, 15), read.Whole(new TextSpan(5, 15)));
        Assert.Equal(new TextSpan(16, 23), read.Whole(new TextSpan(17, 22)));
        Assert.Equal(new TextSpan(7, 14), read.Whole(new TextSpan(7, 14)));
    }

    [Fact]
    public void TheLastTwoOfThreeApostrophesAfterAWordCloseTheQuote()
    {
        const string Text = "``Say `Hallelujah,''' she said.";
        Assert.Equal(["``Say `Hallelujah,'''"], QuoteMarks.Find(Text, [new TextSpan(0, Text.Length)], 12).Select(q => Text[q.Start..q.End]));
    }
}
