using Dateline.Core.Layers.RelatedLinks;
using Dateline.Core.Layers.RemovedBlocks;
using Dateline.Extraction.Html;

namespace Dateline.Extraction.Tests.Html;

/// <summary>The cleaner's removals undone: the page is the parsed one again, so a later pass needs no second parse.</summary>
public class RemovedNodesTests
{
    private const string Page = """
        <html><head><title>Bike lanes</title><script>var x = 1;</script></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav><!-- ad slot -->
        <div class="article"><h1>Council backs bike lanes</h1>before<!-- a comment -->after
        <p>The city council voted on Tuesday to expand the bicycle lane network.</p><script>track();</script>
        <div class="share">Share this story</div><p>The first new lanes are due to open in the spring.</p>
        <aside><p>Read more: other stories</p></aside><iframe src="https://example.com/player"></iframe></div>
        <footer><p>Contact us</p></footer><div style="display:none">hidden</div></body></html>
        """;

    [Fact]
    public void RestoringEveryRemovalGivesTheParsedTreeBack()
    {
        using var parsed = HtmlTextRenderer.Parse(Page);
        using var page = HtmlTextRenderer.Parse(Page);
        var undo = new RemovedNodes();
        var removed = new List<RemovedBlock>();
        new TreeCleaner(HtmlExtractionOptions.Default).Clean(page.Body!, useHints: true, removed, new List<RelatedLink>(), undo);
        Assert.NotEqual(parsed.DocumentElement.OuterHtml, page.DocumentElement.OuterHtml);

        undo.Restore();
        Assert.Equal(parsed.DocumentElement.OuterHtml, page.DocumentElement.OuterHtml);
        Assert.Equal(parsed.Body!.ChildNodes.Length, page.Body!.ChildNodes.Length);
    }

    [Fact]
    public void ASecondCleaningOfTheRestoredTreeRemovesWhatTheFirstDid()
    {
        using var page = HtmlTextRenderer.Parse(Page);
        var undo = new RemovedNodes();
        var first = new List<RemovedBlock>();
        var cleaner = new TreeCleaner(HtmlExtractionOptions.Default);
        cleaner.Clean(page.Body!, useHints: true, first, null, undo);
        var cleaned = page.DocumentElement.OuterHtml;

        undo.Restore();
        var second = new List<RemovedBlock>();
        cleaner.Clean(page.Body!, useHints: true, second, null, undo);
        Assert.Equal(cleaned, page.DocumentElement.OuterHtml);
        Assert.Equal(first, second);
    }

    [Fact]
    public void ANodeWithoutParentIsLeftAlone()
    {
        using var page = HtmlTextRenderer.Parse(Page);
        var orphan = page.CreateElement("p");
        var undo = new RemovedNodes();
        undo.Remove(orphan);
        undo.Restore();
        Assert.Null(orphan.Parent);
    }
}
