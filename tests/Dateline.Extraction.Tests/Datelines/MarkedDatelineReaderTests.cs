using AngleSharp.Html.Parser;
using Dateline.Extraction.Datelines;

namespace Dateline.Extraction.Tests.Datelines;

public class MarkedDatelineReaderTests
{
    private static readonly MarkedDatelineReader Reader = new("# test marks\n(^|[-_])dateline([-_]|$)\n");

    private static string? PlaceIn(string attributes)
        => Reader.Read(new HtmlParser().ParseDocument($"<html><body><p>Other text.</p><span {attributes}>WASHINGTON —</span></body></html>"))?.Place;

    [Theory]
    [InlineData("class=\"story-dateline\"")]
    [InlineData("class=\"meta\n\tstory-dateline\fsmall\"")]
    [InlineData("class=\"meta\" id=\"page_dateline\"")]
    [InlineData("class=\"dateline meta\"")]
    public void AnyMarkedClassNameOrTheIdMarksTheElement(string attributes)
        => Assert.Equal("WASHINGTON", PlaceIn(attributes));

    [Theory]
    [InlineData("class=\"meta datelines small\"")]
    [InlineData("class=\"meta\" id=\"datelinex\"")]
    [InlineData("class=\"\"")]
    public void UnmarkedElementsAreNotRead(string attributes)
        => Assert.Null(PlaceIn(attributes));
}
