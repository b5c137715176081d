using Dateline.Core.Model;
using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Tests;

public class TextDumpCleanerTests
{
    private static CleanedArticle CleanFixture(string name)
        => new TextDumpCleaner().Clean(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)));

    [Fact]
    public void WireStoryKeepsExactlyTheBody()
    {
        var a = CleanFixture("wire-story.txt");
        Assert.Equal(5, a.Paragraphs.Count);
        Assert.StartsWith("HALIFAX, Nova Scotia (CP) — The harbour authority", a.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Critics said the plan", a.Paragraphs[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(a.Paragraphs, p => p.Contains("Advertisement", StringComparison.Ordinal));
    }

    [Fact]
    public void WireStoryMetadata()
    {
        var a = CleanFixture("wire-story.txt");
        Assert.Equal("Harbour authority approves new ferry terminal", a.Title);
        Assert.Equal("2024-03-07", a.Published);
        Assert.Equal(4, a.ReadingTimeMinutes);
        Assert.Equal(["Maria Keller", "Tom Andersen"], a.Authors);
        Assert.Equal("HALIFAX", a.Dateline!.Place);
        Assert.Equal("CP", a.Dateline.Agency);
    }

    [Fact]
    public void TeaserListBecomesRelatedWithSummaries()
    {
        var a = CleanFixture("wire-story.txt");
        Assert.Equal(3, a.Related.Count);
        Assert.Equal("Coast guard rescues crew of fishing boat off Cape Breton", a.Related[0].Title);
        Assert.StartsWith("Six crew members", a.Related[0].Summary, StringComparison.Ordinal);
        Assert.Equal("Storm knocks out power to thousands", a.Related[2].Title);
        Assert.Contains(a.Removed, r => r.Text == "Recommended Stories" && r.Reason == RemovalReason.TeaserList);
    }

    [Fact]
    public void DroppedChromeIsReportedWithReasons()
    {
        var a = CleanFixture("wire-story.txt");
        Assert.Contains(a.Removed, r => r.Text == "·4 min read" && r.Reason == RemovalReason.ReadingTime);
        Assert.Contains(a.Removed, r => r.Text == "Advertisement" && r.Reason == RemovalReason.Advertisement);
        Assert.Contains(a.Removed, r => r.Text.StartsWith("Comments are closed", StringComparison.Ordinal) && r.Reason == RemovalReason.CommentNotice);
        Assert.Contains(a.Removed, r => r.Text.StartsWith("©", StringComparison.Ordinal) && r.Reason == RemovalReason.Footer);
        Assert.Contains(a.Removed, r => r.Text == "• Home" && r.Reason == RemovalReason.Navigation);
    }

    [Fact]
    public void TeaserListWithoutHeadingIsFoundByShape()
    {
        var dump = string.Join('\n',
            "A long opening paragraph of the story explains what happened in the town on Monday evening, and why it matters.",
            "A second paragraph adds the reaction of the mayor, who said the council would meet again next week to decide.",
            string.Empty,
            "  • First other story", "    Its summary sentence is here.",
            "  • Second other story", "    Another summary sentence is here.",
            "  • Third other story", "    A third summary sentence is here.");
        var a = new TextDumpCleaner().Clean(dump);
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.Equal(3, a.Related.Count);
    }

    [Fact]
    public void DensestRunPicksTheHeaviestSegment()
    {
        Assert.Equal((2, 4), TextDumpCleaner.DensestRun([-1, -5, 10, -2, 8, -20, 3]));
        Assert.Equal((0, -1), TextDumpCleaner.DensestRun([-1, -2]));
    }

    [Fact]
    public void EmptyDumpGivesNoParagraphs() => Assert.Empty(new TextDumpCleaner().Clean("\n\n").Paragraphs);
}
