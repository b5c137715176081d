using Dateline.Core.Layers.RemovedBlocks;
using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Tests.TextDump;

/// <summary>The start of a text named by the page's summary (meta description) among short lines before the running text.</summary>
public class DescribedOpeningTests
{
    private static readonly string[] Lines =
    [
        "Harbour Society",
        "Where: Harbour Hall, Quay Street 4",
        "Host: Jane Doe",
        "Two talks of ten minutes each, then questions from members and guests until nine.",
    ];

    [Fact]
    public void LinesThatSpellTheDescriptionsStartOpenTheText()
    {
        var opening = new DescribedOpening("Where: Harbour Hall, Quay Street 4 Host: Jane Doe Two talks of ten minutes…", 40);
        Assert.Equal(1, opening.Find(Lines, 3));
    }

    [Fact]
    public void AShortMatchOrOneThatCutsItsFirstLineNamesNothing()
    {
        Assert.Equal(3, new DescribedOpening("Host: Jane Doe", 40).Find(Lines, 3));
        Assert.Equal(3, new DescribedOpening("Where: Harbour Hall and the quay, with a host and two talks", 40).Find(Lines, 3));
        Assert.Equal(3, new DescribedOpening(null, 40).Find(Lines, 3));
    }

    [Fact]
    public void OnlyLinesBeforeTheFirstRunningTextAreLookedAt()
        => Assert.Equal(0, new DescribedOpening("Where: Harbour Hall, Quay Street 4 Host: Jane Doe", 40).Find(Lines, 0));

    [Fact]
    public void TheDumpOfAPageStartsWhereItsDescriptionDoes()
    {
        var sidebar = "This blog is published under a free licence, unless a post says otherwise, and may be shared with its source named.";
        var dump = string.Join('\n', "Harbour Society", "Menu", "Where: Harbour Hall, Quay Street 4", "Host: Jane Doe", "Agenda: two talks", "Teilen Sie dies mit:", sidebar);
        var plain = new TextDumpCleaner().Clean(dump);
        Assert.Equal([sidebar], plain.Paragraphs);

        var described = new TextDumpCleaner().Clean(dump, default, new DescribedOpening("Where: Harbour Hall, Quay Street 4 Host: Jane Doe Agenda: two talks", 40));
        Assert.Equal("Where: Harbour Hall, Quay Street 4", described.Paragraphs[0]);
        Assert.Contains("Agenda: two talks", described.Paragraphs);
        Assert.DoesNotContain("Teilen Sie dies mit:", described.Paragraphs);
        Assert.Contains(described.Removed, r => r.Reason == RemovalReason.SharePrompt && r.Text == "Teilen Sie dies mit:");
    }

    [Theory]
    [InlineData("Teilen Sie dies mit:", RemovalReason.SharePrompt)]
    [InlineData("Gefällt mir Wird geladen...", RemovalReason.SharePrompt)]
    [InlineData("Liken Lade …", RemovalReason.SharePrompt)]
    [InlineData("%d Bloggern gefällt das:", RemovalReason.SharePrompt)]
    [InlineData("Keine Kommentare Kommentare sind geschlossen.", RemovalReason.CommentNotice)]
    [InlineData("Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit berlin von Jane Doe. Permanentlink.", RemovalReason.Footer)]
    [InlineData("This entry was posted in News and tagged harbour, ferry.", RemovalReason.Footer)]
    public void BlogWidgetLabelsAreChrome(string line, string reason) => Assert.Equal(reason, ChromeLexicon.Default.Match(line));

    [Fact]
    public void ASentenceAboutAPublishedPaperIsNoPostFooter()
        => Assert.Null(ChromeLexicon.Default.Match("Der Beitrag wurde im Frühjahr in einer Fachzeitschrift veröffentlicht und später übersetzt."));

    [Fact]
    public void RelatedPostsHeadingOpensATeaserList() => Assert.True(ChromeLexicon.Default.IsTeaserHeading("Ähnliche Beiträge"));
}
