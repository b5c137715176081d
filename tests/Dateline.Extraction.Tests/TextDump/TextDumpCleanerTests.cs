using Dateline.Core.Layers.RemovedBlocks;
using Dateline.Core.Model;
using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Tests.TextDump;

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
        Assert.Equal("HALIFAX, Nova Scotia", a.Dateline!.Place);
        Assert.Equal("CP", a.Dateline.Agency);
        Assert.Equal(new TextSpan(0, "HALIFAX, Nova Scotia (CP) — ".Length), a.Dateline.Span);
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
    public void ATeaserHeadingInsideARunOfPlainItemsStillStartsAList()
    {
        // The menu's items carry no summaries, so the run is no teaser list; its indented "Recommended Stories" line
        // reads as a summary of the item before it, and the scan must still start a list there.
        var dump = string.Join('\n',
            "A long opening paragraph of the story explains what happened in the town on Monday evening, and why it matters.",
            "A second paragraph adds the reaction of the mayor, who said the council would meet again next week to decide.",
            string.Empty,
            "• Home", "• World", "• Business",
            "    Recommended Stories",
            "• Ferry service returns to the island after storm repairs",
            "• Council approves budget for new school buildings");
        var a = new TextDumpCleaner().Clean(dump);
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.Equal(["Ferry service returns to the island after storm repairs", "Council approves budget for new school buildings"],
            a.Related.Select(r => r.Title));
    }

    [Theory]
    [InlineData("5:45 AM PST 11/19/2019 by Jane Doe", "2019-11-19", "Jane Doe")]
    [InlineData("Posted on Oktober 27, 2015 by Admin", "2015-10-27", null)]
    [InlineData("21:17 18.11.2019 Get short URL", "2019-11-18", null)]
    [InlineData("sexta-feira, 22 de outubro de 2010 às 20:13", "2010-10-22", null)]
    public void ADateLineUnderTheHeadlineIsNeitherTitleNorBody(string dateLine, string published, string? author)
    {
        var dump = string.Join('\n',
            "Council Votes to Close the Old Library",
            dateLine,
            string.Empty,
            "The council voted on Tuesday to close the old library and move its books to the new community centre.",
            "Opponents of the plan said the centre was too far from the town's schools for children to walk there.");
        var a = new TextDumpCleaner().Clean(dump);
        Assert.Equal("Council Votes to Close the Old Library", a.Title);
        Assert.Equal(published, a.Published);
        Assert.Equal(author is null ? [] : [author], a.Authors);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void AListIntroducedByAColonStaysWithTheBody()
    {
        var dump = string.Join('\n',
            "The band announced on Monday that it would tour again next summer, for the first time in nearly a decade.",
            "Tickets go on sale on Friday, and the organisers expect most of the larger venues to sell out within days.",
            "The tour dates:",
            "June 9 -- Riverside Arena, Springfield",
            "June 12 -- Harbour Hall, Bayport",
            "June 15 -- Civic Centre, Lakeview",
            "© 2020 Example News. All rights reserved.");
        var a = new TextDumpCleaner().Clean(dump);
        Assert.Equal(6, a.Paragraphs.Count);
        Assert.Equal("June 15 -- Civic Centre, Lakeview", a.Paragraphs[^1]);
    }

    [Fact]
    public void CommentsAfterTheArticleAreNotBody()
    {
        var article = string.Join('\n',
            "The council voted on Tuesday to close the old library and move its books to the new community centre.",
            "Opponents of the plan said the centre was too far from the town's schools for children to walk there.",
            "The mayor said the move would save money that could be spent on longer opening hours at the new site.");
        var comments = string.Join('\n', Enumerable.Range(1, 12).Select(i => $"reader{i} says:\n    Comment number {i} from a reader who thinks this decision is {(i % 2 == 0 ? "wrong" : "right")} and explains why at some length here."));
        var a = new TextDumpCleaner().Clean(article + "\n12 responses to “Council decides”\n" + comments);
        Assert.Equal(3, a.Paragraphs.Count);
        Assert.Contains(a.Removed, r => r.Reason == RemovalReason.CommentNotice);
    }

    [Fact]
    public void RepeatedArticleTextIsDroppedAsDuplicate()
    {
        var p1 = "The ministry said on Tuesday that the new rules would apply to every school from the start of the next year.";
        var p2 = "Teachers' unions welcomed the decision but warned that many schools lacked the staff to carry it out properly.";
        var a = new TextDumpCleaner().Clean(string.Join('\n', p1, p2, "Share", p1 + " " + p2));
        Assert.Equal([p1, p2], a.Paragraphs);
        Assert.Contains(a.Removed, r => r.Reason == RemovalReason.Duplicate);
    }

    [Fact]
    public void DensestRunPicksTheHeaviestSegment()
    {
        Assert.Equal((2, 4), TextDumpCleaner.DensestRun([-1, -5, 10, -2, 8, -20, 3]));
        Assert.Equal((0, -1), TextDumpCleaner.DensestRun([-1, -2]));
    }

    [Fact]
    public void EmptyDumpGivesNoParagraphs() => Assert.Empty(new TextDumpCleaner().Clean("\n\n").Paragraphs);
    /// <summary>
    /// A line with the shape of a comment's author ("Name says:") that introduces a quotation in the story is no comment
    /// heading: the story goes on under it (PolNeAR train: eleven paragraphs were cut as footer); a real author line
    /// followed by the reader's words stays chrome.
    /// </summary>
    [Fact]
    public void ASaysLineBeforeAQuotationIsNoCommentHeading()
    {
        const string prose = "The consulate had been attacked by armed groups during the night, and the officials who spoke to reporters described the scene in detail.";
        var dump = string.Join('\n', prose, prose.Replace("night", "evening", StringComparison.Ordinal), "Reporter Jomana Karadsheh says:",
            "\"Well Anderson, according to the eyewitness the situation there is a frontline, and security forces were engaged in heavy fighting.\"",
            "There were also emails that night showing that administration officials knew which group was behind the attack on the compound.",
            "The first official acknowledgement of a planned attack appears to have come weeks later, in testimony before a closed committee hearing.");
        var a = new TextDumpCleaner().Clean(dump);
        Assert.Contains(a.Paragraphs, p => p.StartsWith("The first official acknowledgement", StringComparison.Ordinal));
        Assert.Contains("Reporter Jomana Karadsheh says:", a.Paragraphs);
        Assert.DoesNotContain(a.Removed, r => r.Reason is RemovalReason.CommentNotice or RemovalReason.Footer);

        var comments = new TextDumpCleaner().Clean(string.Join('\n', prose, "John Smith says:", "I never read such nonsense in my life, the paper should be ashamed of this."));
        Assert.Contains(comments.Removed, r => r.Reason == RemovalReason.CommentNotice && r.Text == "John Smith says:");
    }
}
