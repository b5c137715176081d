using Dateline.Extraction.Tests.Html;
using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Tests.Datelines;

/// <summary>Datelines through the whole extraction, on small pages and dumps written for the purpose.</summary>
public class PageDatelineTests
{
    private const string Story =
        "<p>The city council voted on Tuesday to expand the bicycle lane network, a plan that has divided residents for more than two years.</p>"
        + "<p>Supporters said the lanes would make streets safer, while shop owners warned that losing parking would hurt business in the old town.</p>"
        + "<p>The first new lanes are due to open in the spring, according to the transport department, which will publish a timetable next month.</p>";

    [Fact]
    public void DatelineOpeningTheFirstParagraphHasItsSpan()
    {
        var doc = HtmlExtractionTests.Extract($"<html><body><article><h1>Council backs bike lanes</h1><p>HAYWARD, Calif. (AP) — {Story[3..]}</article></body></html>");
        var d = doc.Metadata.Dateline;
        Assert.NotNull(d);
        Assert.Equal("HAYWARD, Calif.", d.Place);
        Assert.Equal("AP", d.Agency);
        Assert.Equal("HAYWARD, Calif. (AP) — ", doc.Text[d.Span!.Value.Start..d.Span.Value.End]);
    }

    [Fact]
    public void DatelineInItsOwnElementAfterTheBylineIsKept()
    {
        var doc = HtmlExtractionTests.Extract($"""
            <html><body><article><h1>Council backs bike lanes</h1><p class="byline">By Jane Doe</p>
            <p>BAAR, SWITZERLAND</p>{Story}</article></body></html>
            """);
        var d = doc.Metadata.Dateline;
        Assert.NotNull(d);
        Assert.Equal("BAAR, SWITZERLAND", d.Place);
        Assert.StartsWith("BAAR, SWITZERLAND\n\nThe city council voted", doc.Text, StringComparison.Ordinal);
        Assert.Equal("BAAR, SWITZERLAND", doc.Text[d.Span!.Value.Start..d.Span.Value.End]);
    }

    [Fact]
    public void DatelineMarkedUpBesideTheBodyIsRead()
    {
        var doc = HtmlExtractionTests.Extract($"""
            <html><body><article><h1>Council backs bike lanes</h1>
            <div class="ArticlePage-articleBody"><span class="ArticlePage-dateline">WASHINGTON&nbsp;—&nbsp;</span>
            <div class="RichTextArticleBody">{Story}</div></div></article></body></html>
            """);
        Assert.Equal("WASHINGTON", doc.Metadata.Dateline?.Place);
        Assert.Null(doc.Metadata.Dateline?.Agency);
    }

    [Fact]
    public void AMarkedElementThatHoldsADateIsNoDateline()
    {
        var doc = HtmlExtractionTests.Extract($"""
            <html><body><article><h1>Council backs bike lanes</h1><div class="story-dateline">November 5, 2023</div>
            <div class="body">{Story}</div></article></body></html>
            """);
        Assert.Null(doc.Metadata.Dateline);
    }

    [Fact]
    public void AStoryThatStartsWithACityHasNoDateline()
    {
        var doc = HtmlExtractionTests.Extract($"<html><body><article><h1>A city of bikes</h1><p>London is the city where the council voted on Tuesday to expand the bicycle lane network.</p>{Story}</article></body></html>");
        Assert.Null(doc.Metadata.Dateline);
    }

    [Fact]
    public void TextDumpDatelineOnItsOwnLineBeforeTheStory()
    {
        var dump = string.Join('\n',
            "Home | News | Sport",
            "Council backs bike lanes",
            "By Jane Doe",
            string.Empty,
            "NEW DELHI:",
            string.Empty,
            "The city council voted on Tuesday to expand the bicycle lane network, a plan that has divided residents for more than two years.",
            string.Empty,
            "Supporters said the lanes would make streets safer, while shop owners warned that losing parking would hurt business in the old town.",
            string.Empty,
            "The first new lanes are due to open in the spring, according to the transport department, which will publish a timetable next month.");
        var a = new TextDumpCleaner().Clean(dump);
        Assert.NotNull(a.Dateline);
        Assert.Equal("NEW DELHI", a.Dateline.Place);
    }
}
