using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Tests.TextDump;

public class TextDumpParserTests
{
    [Theory]
    [InlineData(" date 2021-08-19 Russia supports withdrawal", "2021-08-19", "Russia supports withdrawal")]
    [InlineData("date 2020-02-29 Leap day story ", "2020-02-29", "Leap day story")]
    public void HeaderLineGivesDateAndTitle(string line, string date, string title)
    {
        var h = DumpHeaderParser.Parse(line);
        Assert.NotNull(h);
        Assert.Equal(date, h.Date);
        Assert.Equal(title, h.Title);
    }

    [Theory]
    [InlineData("date 2021-02-30 Not a real day")]
    [InlineData("updated 2021-08-19 Title")]
    [InlineData("The date 2021-08-19 was a Thursday")]
    public void NonHeadersAreRejected(string line) => Assert.Null(DumpHeaderParser.Parse(line));

    [Theory]
    [InlineData("·2 min read", 2)]
    [InlineData("5 minute read", 5)]
    [InlineData("Reading time: 7 minutes", 7)]
    [InlineData("12 min read", 12)]
    public void ReadingTimeIsMinutes(string line, int minutes) => Assert.Equal(minutes, ReadingTimeParser.Parse(line));

    [Theory]
    [InlineData("I read it in 2 minutes and then left the building for the afternoon")]
    [InlineData("Read more")]
    public void OtherLinesHaveNoReadingTime(string line) => Assert.Null(ReadingTimeParser.Parse(line));

    [Theory]
    [InlineData("By Jane Doe", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy", new[] { "Mike Wall" })]
    [InlineData("by Finian Cunningham", new[] { "Finian Cunningham" })]
    public void BylinesGiveNames(string line, string[] names) => Assert.Equal(names, BylineParser.Parse(line));

    [Theory]
    [InlineData("By the way, this is not a byline at all")]
    [InlineData("Bystanders watched")]
    public void NonBylinesGiveNoNames(string line) => Assert.Null(BylineParser.Parse(line));
}
