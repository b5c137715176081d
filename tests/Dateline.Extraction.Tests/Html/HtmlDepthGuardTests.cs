using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Extraction.Html;

namespace Dateline.Extraction.Tests.Html;

public class HtmlDepthGuardTests
{
    [Fact]
    public void OrdinaryPagesPass()
    {
        var html = "<html><head><title>x < y</title><script>if (a < b) { document.write('<div><div><div>'); }</script></head><body>"
                   + string.Concat(Enumerable.Repeat("<p>para<br><img src=x>", 5000)) + "<ul>" + string.Concat(Enumerable.Repeat("<li>item", 5000)) + "</ul>"
                   + "<div><div><section><article><p>text</article></section></div></div><!-- <div><div> --></body></html>";
        Assert.True(HtmlDepthGuard.EstimateDepth(html, 2000) < 20);
    }

    [Fact]
    public void HundredThousandDeepNestingIsRefusedBeforeParsing()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "x" + string.Concat(Enumerable.Repeat("</div>", 100_000));
        var document = Document.FromRaw(new RawPage("deep", "deep.html", ReadOnlyMemory<byte>.Empty)).WithContent(new DecodedContent(html, ContentKind.Html, "utf-8"));
        var e = Assert.Throws<DocumentException>(() => new HtmlDepthGuard().Process(document, ProcessingContext.None));
        Assert.Equal(ErrorKinds.Malformed, e.Kind);
    }

    [Fact]
    public void RawTextEndsAtItsOwnEndTagInAnyCase()
    {
        // "</" of other tags inside a script does not end it; its own end tag does, whatever its case, and that end
        // tag closes nothing counted (body is not counted: the parser closes it implicitly).
        var html = "<body><div><SCRIPT>var s = '</div>' + '<div><div><div><div>';</Script><div><div>x</div></div></div></body>";
        Assert.Equal(3, HtmlDepthGuard.EstimateDepth(html, 100));

        // Without an end tag the rest of the page is the script's.
        Assert.Equal(1, HtmlDepthGuard.EstimateDepth("<body><div><style>p { } <div><div><div>", 100));
    }

    [Theory]
    [InlineData("<div/>")] // the slash opens a div all the same outside SVG and MathML
    [InlineData("<div></x>")] // an end tag with nothing of its name open closes nothing
    [InlineData("<div></span>")]
    public void NestingThatEndTagsDoNotCloseIsCounted(string unit)
    {
        // 100,000 of each parsed past the 60 s limit while the estimate said 1.
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(unit, 3000)) + "x</body></html>";
        Assert.True(HtmlDepthGuard.EstimateDepth(html, 2000) > 2000);
    }

    [Fact]
    public void AnEndTagClosesItsNearestOpenElementAndThoseAbove()
    {
        // </div> closes the span and em left open inside it; the stray </b> closes nothing.
        var html = "<body>" + string.Concat(Enumerable.Repeat("<div><span><em>text</b></div>", 3000)) + "<section><div><span>x";
        Assert.Equal(3, HtmlDepthGuard.EstimateDepth(html, 2000));
    }

    [Fact]
    public void SelfClosingTagsCloseInSvgAndMathOnly()
    {
        var svg = "<body><div><svg>" + string.Concat(Enumerable.Repeat("<path d=\"M0 0\"/><g/>", 3000)) + "</svg><math><mi/></math><svg/></div>";
        Assert.Equal(2, HtmlDepthGuard.EstimateDepth(svg, 2000));
        Assert.Equal(4, HtmlDepthGuard.EstimateDepth("<body><div><span/><em/><i/>x", 2000));
    }
}
