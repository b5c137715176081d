using Dateline.Core.Model;
using Dateline.Language.Quotes;

namespace Dateline.Language.Tests.Quotes;

public class QuoteIndexTests
{
    /// <summary>
    /// Brute-force equivalence: quotes appended in any order between the questions (as the indirect reading's AddRange
    /// does), with and without cues, empty and overlapping spans; every answer is the whole list's, asked item by item.
    /// </summary>
    [Fact]
    public void EveryAnswerIsTheWholeListsAsQuotesAreAppended()
    {
        var random = new Random(20261207);
        for (int trial = 0; trial < 300; trial++)
        {
            var text = new string('x', random.Next(1, 200));
            var quotes = new List<QuoteDraft>();
            var index = new QuoteIndex(text, quotes);
            TextSpan Span()
            {
                int start = random.Next(0, text.Length + 1);
                return new TextSpan(start, random.Next(start, Math.Min(text.Length, start + 40) + 1));
            }

            for (int step = 0; step < 60; step++)
            {
                if (random.Next(3) == 0)
                {
                    quotes.Add(new QuoteDraft(Span(), QuoteKind.Indirect, random.Next(4) == 0 ? null : Span(), null, 0));
                }

                var s = Span();
                Assert.Equal(quotes.Any(q => q.Span.Overlaps(s)), index.AnyOverlaps(s));
                Assert.Equal(quotes.Any(q => q.Cue is { } c && s.Contains(c)), index.AnyCueIn(s));
                Assert.Equal(quotes.Where(q => q.Cue is { } c && s.Contains(c)).ToList(), index.WithCueIn(s));
                var cue = Span();
                Assert.Equal(quotes.Any(q => q.Cue == cue), index.HasCue(cue));
            }
        }
    }
}
