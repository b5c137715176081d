using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Quotes;
using Dateline.Language.Times;

namespace Dateline.Language.Tests.Times;

public class TimeTaggerTests
{
    /// <summary>
    /// A quoted "last night" in a story told the day before publication counts from the story's day: the tagger knows
    /// it is quoted from the quote extractor's <see cref="QuotedStretchesLayer"/>, not from marks it finds itself.
    /// </summary>
    [Fact]
    public void TheTaggerReadsTheQuotedStretchesFromTheirLayer()
    {
        const string Text = "Rivals met at a debate here Wednesday night. At 9:30 p.m., the campaign wrote: “Trump lost Last Night.”";
        var doc = GivenEntities.Pipeline([]).Process(Document.FromText("t", Text, new ArticleMetadata { Published = "2023-11-09" })).Document!;
        string LastNight(Document d) => d.Layer<TimeExpression>().Single(t => d.TextOf(t.Span) == "Last Night").Value!;
        Assert.Equal("2023-11-07TNI", LastNight(doc));

        var unquoted = new TimeTagger().Process(doc.WithLayer<QuotedStretch>([]), ProcessingContext.None);
        Assert.NotEqual("2023-11-07TNI", LastNight(unquoted)); // the same words with no quoted stretch count from publication
    }

    /// <summary>
    /// A wire dateline a day after the document date tells the story from its day ("NEW YORK, Dec. 14 (UPI) — … a poll
    /// released Monday", dct Sunday 13 December: that Monday, unseen news audit 10); a dateline the day before moves
    /// "yesterday" with it (AQUAINT's Xinhua items); without a dateline, or one more than two days off, the dct stands.
    /// </summary>
    [Theory]
    [InlineData("NEW YORK, Dec. 14 (UPI) — In an NBC News poll released Monday, Clinton led.", "2015-12-13", true, "Monday", "2015-12-14")]
    [InlineData("NEW YORK, Dec. 14 (UPI) — In an NBC News poll released Monday, Clinton led.", "2015-12-13", false, "Monday", "2015-12-07")]
    [InlineData("NEW YORK, Dec. 24 (UPI) — In an NBC News poll released Monday, Clinton led.", "2015-12-13", true, "Monday", "2015-12-07")]
    [InlineData("JOHANNESBURG, August 7 (Xinhua) -- South Africa said yesterday it deplored the bombing.", "1998-08-08", true, "yesterday", "1998-08-06")]
    [InlineData("JOHANNESBURG, August 7 (Xinhua) -- South Africa said yesterday it deplored the bombing.", "1998-08-08", false, "yesterday", "1998-08-07")]
    public void ADatelineDayNearTheDctIsTheStorysDay(string text, string dct, bool withDateline, string words, string expected)
    {
        int dash = text.IndexOfAny(['—', '-']);
        var line = withDateline ? new TextSpan(0, dash + (text[dash + 1] == '-' ? 2 : 1)) : (TextSpan?)null;
        var times = new TimeTagger().Tag(text, DateOnly.Parse(dct, System.Globalization.CultureInfo.InvariantCulture), [new TextSpan(0, text.Length)], dateline: line);
        Assert.Equal(expected, times.Single(t => text[t.Span.Start..t.Span.End] == words).Value);
    }

    /// <summary>
    /// Holidays by date or by rule (Data/time-holidays.txt), valued against the dct's year like a bare month-day;
    /// "the eve of" one is the day before (unseen samples 14-15: "Bastille Day", "the eve of Martin Luther King Day").
    /// </summary>
    [Theory]
    [InlineData("Hollande spoke on Bastille Day.", "2016-08-03", "Bastille Day", "2016-07-14")]
    [InlineData("They debate on the eve of Martin Luther King Day.", "2016-01-17", "the eve of Martin Luther King Day", "2016-01-17")]
    [InlineData("Offices close on Martin Luther King Jr. Day.", "2016-01-10", "Martin Luther King Jr. Day", "2016-01-18")]
    [InlineData("He flew home on Christmas Eve.", "2016-12-27", "Christmas Eve", "2016-12-24")]
    [InlineData("The parade was held on Memorial Day.", "2016-06-03", "Memorial Day", "2016-05-30")]
    [InlineData("The parade was held on Memorial Day.", "2021-06-03", "Memorial Day", "2021-05-31")]
    [InlineData("The strike began on Labor Day.", "2016-09-07", "Labor Day", "2016-09-05")]
    [InlineData("The family gathered on Thanksgiving.", "2016-11-28", "Thanksgiving", "2016-11-24")]
    public void AHolidayIsValuedInTheDctsYear(string text, string dct, string words, string expected)
        => Assert.Equal(expected, ValueOf(text, dct, words));

    [Fact]
    public void TheEveOfAHolidayWithoutADctIsTheDayBefore()
    {
        const string text = "Palestinians marched through Bethlehem celebrating the Eve of Christmas.";
        var times = new TimeTagger().Tag(text, null, [new TextSpan(0, text.Length)]);
        Assert.Equal("XXXX-12-24", times.Single(t => text[t.Span.Start..t.Span.End] == "the Eve of Christmas").Value);
    }

    /// <summary>"MONTH of last year" is one expression, the month of the year before (unseen sample 14: "January of last
    /// year" was "January" and "last year"), as "MONTH last year" was.</summary>
    [Theory]
    [InlineData("Sales fell in January of last year.", "2016-01-18", "January of last year", "2015-01")]
    [InlineData("Sales fell in January last year.", "2016-01-18", "January last year", "2015-01")]
    [InlineData("The vote comes in March of next year.", "2016-01-18", "March of next year", "2017-03")]
    public void AMonthOfARelativeYearIsOneExpression(string text, string dct, string words, string expected)
        => Assert.Equal(expected, ValueOf(text, dct, words));

    private static string? ValueOf(string text, string dct, string words)
    {
        var times = new TimeTagger().Tag(text, DateOnly.Parse(dct, System.Globalization.CultureInfo.InvariantCulture), [new TextSpan(0, text.Length)]);
        return times.Single(t => text[t.Span.Start..t.Span.End] == words).Value;
    }
}
