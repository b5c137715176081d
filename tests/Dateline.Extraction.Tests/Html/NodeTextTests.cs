using Dateline.Extraction.Html;

namespace Dateline.Extraction.Tests.Html;

/// <summary>The text measures share one walk stack per thread: a walk cut short must not leak into the next one.</summary>
public class NodeTextTests
{
    [Fact]
    public void CollapsedTextFollowsDocumentOrderWithRunsOfSpaceCollapsed()
    {
        using var page = HtmlTextRenderer.Parse("<body><div id='a'><p>One\n  two</p><ul><li>three</li><li> four </li></ul>five</div></body>");
        Assert.Equal("One two three four five", NodeTextAccess.Collapsed(page.GetElementById("a")!));
    }

    [Fact]
    public void AWalkCutShortLeavesNothingForTheNext()
    {
        using var first = HtmlTextRenderer.Parse("<body><div id='a'><p>Alpha beta</p><p>gamma</p><p>delta</p><p>epsilon</p></div></body>");
        using var second = HtmlTextRenderer.Parse("<body><div id='b'><span>Zeta</span> <em>eta</em></div></body>");

        var cut = NodeTextAccess.Collapsed(first.GetElementById("a")!, max: 5);
        Assert.Equal("Alpha beta", cut);

        // Nodes left on the stack by the cut walk would show up here as text of the first page.
        Assert.Equal("Zeta eta", NodeTextAccess.Collapsed(second.GetElementById("b")!));
        Assert.Equal("Alpha beta gamma delta epsilon", NodeTextAccess.Collapsed(first.GetElementById("a")!));
    }

    [Fact]
    public void TextsOfASubtreeCanBeWalkedWhileAnotherMeasureRuns()
    {
        using var page = HtmlTextRenderer.Parse("<body><div id='a'><p>one</p><p>two</p></div><div id='b'><p>three</p></div></body>");
        var seen = new List<string>();
        foreach (var text in NodeTextAccess.Texts(page.GetElementById("a")!))
        {
            // A measure inside the enumeration uses the shared stack; the enumeration keeps its own.
            seen.Add(text.Data + ":" + NodeTextAccess.Collapsed(page.GetElementById("b")!));
        }

        Assert.Equal(["one:three", "two:three"], seen);
    }
}
