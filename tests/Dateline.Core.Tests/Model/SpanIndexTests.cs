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

    /// <summary>
    /// Brute-force equivalence: random spans sorted by start (ties in the order given, twins, empty and nested spans, a
    /// long one reaching over the rest); every answer is the scan of the whole list's, in the same order.
    /// </summary>
    [Fact]
    public void IndicesAnswerAsTheScanOfSpansGivenInStartOrder()
    {
        var random = new Random(20261207);
        for (int trial = 0; trial < 400; trial++)
        {
            int length = random.Next(1, 200);
            TextSpan Span(int reach)
            {
                int start = random.Next(0, length + 1);
                return new TextSpan(start, random.Next(start, Math.Min(length, start + reach) + 1));
            }

            var spans = Enumerable.Range(0, random.Next(0, 40)).Select(_ => Span(random.Next(8) == 0 ? 200 : 15))
                .OrderBy(s => s.Start).ToList();
            var index = SpanIndex.Of(spans);
            for (int ask = 0; ask < 40; ask++)
            {
                var phrase = Span(40);
                Assert.Equal(Enumerable.Range(0, spans.Count).Where(i => phrase.Contains(spans[i])), index.Within(phrase));
                int parity = random.Next(3);
                Func<int, bool> keep = i => parity == 2 || i % 2 == parity;
                var last = Enumerable.Range(0, spans.Count).Where(i => spans[i].Overlaps(phrase) && keep(i)).DefaultIfEmpty(-1).Last();
                Assert.Equal(last, index.LastOverlapping(phrase, keep));
                var probe = Span(random.Next(4) == 0 ? 0 : 20);
                Assert.Equal(Enumerable.Range(0, spans.Count).Where(i => spans[i].Contains(probe)).Reverse(), index.Holding(probe));
                Assert.Equal(Enumerable.Range(0, spans.Count).Where(i => spans[i].Overlaps(probe)).Reverse(), index.Overlapping(probe));
                int position = random.Next(-1, length + 2);
                Assert.Equal(Enumerable.Range(0, spans.Count).Where(i => spans[i].Start <= position).DefaultIfEmpty(-1).Last(), index.LastStartingAtOrBefore(position));
            }
        }
    }

    [Fact]
    public void A_long_span_before_short_ones_is_still_found_overlapping()
    {
        var index = SpanIndex.Of([new TextSpan(0, 100), new TextSpan(10, 12), new TextSpan(20, 22)]);
        Assert.Equal(0, index.LastOverlapping(new TextSpan(50, 51), _ => true));
        Assert.Equal(2, index.LastOverlapping(new TextSpan(21, 60), _ => true));
        Assert.Equal(-1, index.LastOverlapping(new TextSpan(100, 101), _ => true));
        Assert.Equal([1, 2], index.Within(new TextSpan(10, 22)));
        Assert.Equal([2, 0], index.Holding(new TextSpan(20, 21)));
        Assert.Equal([0], index.Holding(new TextSpan(50, 51)));
        Assert.Empty(index.Holding(new TextSpan(50, 101)));
    }

    private static TextSpan Span(Random random)
    {
        var start = random.Next(0, 40);
        return new TextSpan(start, start + random.Next(0, 10));
    }
}
