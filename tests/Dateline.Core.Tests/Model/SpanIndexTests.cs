using Dateline.Core.Model;

namespace Dateline.Core.Tests.Model;

public class SpanIndexTests
{
    // The index answers as asking every span does, for spans in any order, nested, overlapping, empty or repeated.
    [Fact]
    public void AnswersAsAskingEverySpanDoes()
    {
        var random = new Random(5);
        for (var round = 0; round < 200; round++)
        {
            var spans = Enumerable.Range(0, random.Next(0, 12)).Select(_ => Span(random)).ToList();
            var index = SpanIndex.Of(spans);
            for (var q = 0; q < 40; q++)
            {
                var probe = Span(random);
                Assert.Equal(spans.Any(s => s.Contains(probe)), index.AnyContains(probe));
                Assert.Equal(spans.Any(s => s.Overlaps(probe)), index.AnyOverlaps(probe));
            }
        }
    }

    [Fact]
    public void ASpanInsideAnEarlierLongerOneIsHeldThoughALaterOneIsNot()
    {
        var index = SpanIndex.Of([new TextSpan(20, 22), new TextSpan(0, 100), new TextSpan(10, 12)]);
        Assert.True(index.AnyContains(new TextSpan(15, 30)));
        Assert.False(index.AnyContains(new TextSpan(90, 101)));
        Assert.True(index.AnyOverlaps(new TextSpan(99, 120)));
        Assert.False(index.AnyOverlaps(new TextSpan(100, 120)));
        Assert.False(SpanIndex.Of([]).AnyOverlaps(new TextSpan(0, 5)));
    }

    private static TextSpan Span(Random random)
    {
        var start = random.Next(0, 40);
        return new TextSpan(start, start + random.Next(0, 10));
    }
}
