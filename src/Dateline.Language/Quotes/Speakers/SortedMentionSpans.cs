using Dateline.Core.Model;

namespace Dateline.Language.Quotes.Speakers;

/// <summary>
/// The speaker resolver's mentions, in their text order (by start, as given), asked for the ones a phrase holds and the
/// last one overlapping a span without a scan of them all: at 20,000 quotes in one text every quote's speaker scanned
/// every mention (17 % of the profile, bench/README.md, "Red-team pass, twentieth sitting", its follow-up).
/// </summary>
internal sealed class SortedMentionSpans
{
    private readonly TextSpan[] _spans;

    /// <summary>The furthest end of the spans up to and including each index.</summary>
    private readonly int[] _furthestEnd;

    /// <param name="spans">Sorted by start; the order among spans of one start is kept.</param>
    public SortedMentionSpans(IEnumerable<TextSpan> spans)
    {
        _spans = [.. spans];
        _furthestEnd = new int[_spans.Length];
        var furthest = int.MinValue;
        for (var i = 0; i < _spans.Length; i++)
        {
            furthest = Math.Max(furthest, _spans[i].End);
            _furthestEnd[i] = furthest;
        }
    }

    /// <summary>The indices of the spans <paramref name="phrase"/> holds (<see cref="TextSpan.Contains"/>), in order.</summary>
    public IEnumerable<int> Within(TextSpan phrase)
    {
        for (var i = TextSpans.FirstStartingAtOrAfter(_spans, phrase.Start); i < _spans.Length && _spans[i].Start <= phrase.End; i++)
        {
            if (phrase.Contains(_spans[i]))
            {
                yield return i;
            }
        }
    }

    /// <summary>The index of the last span overlapping <paramref name="span"/> (<see cref="TextSpan.Overlaps"/>) that <paramref name="keep"/> keeps, else -1.</summary>
    public int LastOverlapping(TextSpan span, Func<int, bool> keep)
    {
        // a span starting at or after the end overlaps nothing before it; below the last index whose furthest end
        // is past the start, no span reaches into it
        for (var i = TextSpans.FirstStartingAtOrAfter(_spans, span.End) - 1; i >= 0 && _furthestEnd[i] > span.Start; i--)
        {
            if (span.Overlaps(_spans[i]) && keep(i))
            {
                return i;
            }
        }

        return -1;
    }
}
