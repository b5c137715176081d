using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dateline.Extraction.Html;

namespace Dateline.Extraction.Tests.Html;

public class ClassHintsTests
{
    private static readonly ClassHints Hints = new(string.Join('\n',
        "# test rules",
        "remove\tnavigation\t^nav$",
        "remove\tadvertisement\t^ad$",
        "keep\t-\t^quoted$",
        "positive\t-\t^story$",
        "negative\t-\t^aside$",
        "lead\t-\t^intro$"));

    private static IElement Element(string attributes)
        => new HtmlParser().ParseDocument($"<html><body><div {attributes}>x</div></body></html>").Body!.FirstElementChild!;

    [Theory]
    [InlineData("class=\"nav\"", "navigation")]
    [InlineData("class=\"  other\tad nav \"", "advertisement")]
    [InlineData("id=\"ad\" class=\"nav\"", "advertisement")]
    [InlineData("id=\"other\" class=\"x nav\"", "navigation")]
    [InlineData("class=\"nav quoted\"", null)]
    [InlineData("id=\"quoted\" class=\"ad\"", null)]
    [InlineData("class=\"\" id=\"\"", null)]
    [InlineData("class=\"navigation\"", null)]
    public void RemovalReasonReadsTheIdFirstAndAnyKeepWins(string attributes, string? expected)
    {
        var element = Element(attributes);
        Assert.Equal(expected, Hints.RemovalReason(element));

        // A second element with the same attributes gets the remembered answer.
        Assert.Equal(expected, Hints.RemovalReason(Element(attributes)));
    }

    [Theory]
    [InlineData("class=\"story\"", 1)]
    [InlineData("class=\"story aside\"", 0)]
    [InlineData("id=\"aside\"", -1)]
    [InlineData("id=\"story\" class=\"aside\"", 0)]
    [InlineData("class=\"ad\"", -1)]
    [InlineData("class=\"other\"", 0)]
    public void WeightCountsPositiveAndNegativeNamesOnce(string attributes, int expected)
        => Assert.Equal(expected, Hints.Weight(Element(attributes)));

    [Theory]
    [InlineData("class=\"x intro\"", true, false)]
    [InlineData("id=\"intro\"", true, false)]
    [InlineData("id=\"x\" class=\"story\"", false, true)]
    [InlineData("class=\"introduction\"", false, false)]
    public void LeadAndPositiveLookAtEveryName(string attributes, bool lead, bool positive)
    {
        var element = Element(attributes);
        Assert.Equal(lead, Hints.IsLead(element));
        Assert.Equal(positive, Hints.IsPositive(element));
    }
}
