using Dateline.Core.Model;

namespace Dateline.Core.Tests.Model;

public class TextSpansTests
{
    private static readonly TextSpan[] Spans = [new(0, 5), new(7, 12), new(12, 20)];

    [Theory]
    [InlineData(-1, -1)]
    [InlineData(0, 0)]
    [InlineData(6, 0)]
    [InlineData(7, 1)]
    [InlineData(12, 2)]
    [InlineData(99, 2)]
    public void FindsTheLastSpanStartingAtOrBefore(int position, int index)
        => Assert.Equal(index, TextSpans.LastStartingAtOrBefore(Spans, position));

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, -1)]
    [InlineData(6, -1)]
    [InlineData(11, 1)]
    [InlineData(12, 2)]
    [InlineData(20, -1)]
    public void FindsTheSpanContainingAPosition(int position, int index)
        => Assert.Equal(index, TextSpans.IndexContaining(Spans, position));

    [Fact]
    public void FindsNothingInNoSpans() => Assert.Equal(-1, TextSpans.IndexContaining([], 3));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(4, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(99, 3)]
    public void FindsTheFirstSpanStartingAtOrAfter(int position, int expected)
    {
        TextSpan[] spans = [new(0, 3), new(5, 7), new(8, 12)];
        Assert.Equal(expected, TextSpans.FirstStartingAtOrAfter(spans, position));
    }
}
