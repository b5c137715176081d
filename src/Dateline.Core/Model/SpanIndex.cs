namespace Dateline.Core.Model;

/// <summary>
/// "Does any of these spans hold (or overlap) this one?" in O(log n), for spans in any order, overlapping or not:
/// sorted by start once, with the furthest end any span up to each place reaches. A layer that asks this of every
/// match against every span of another layer is quadratic on a page that holds many of both (30,000 quoted titles
/// and 60,000 numbers: 11 s of the amounts stage's 12 s, bench/README.md, "Red-team pass, twentieth sitting"). The
/// sort is stable, so for spans given in start order the indices <see cref="Within"/> and <see cref="LastOverlapping"/>
/// answer are the given ones (the speaker resolver's mentions: every quote's speaker scanned every mention, 17 % of the
/// profile at 20,000 quotes, the same section's follow-up).
/// </summary>
public sealed class SpanIndex
{
    private readonly TextSpan[] _spans;

    /// <summary>The furthest end of the spans up to and including each index.</summary>
    private readonly int[] _furthestEnd;

    private SpanIndex(TextSpan[] spans)
    {
        _spans = spans;
        _furthestEnd = new int[spans.Length];
        var furthest = 0;
        for (var i = 0; i < spans.Length; i++)
        {
            furthest = Math.Max(furthest, spans[i].End);
            _furthestEnd[i] = furthest;
        }
    }

    /// <summary>The index of <paramref name="spans"/>, sorted by start; spans of one start keep their order.</summary>
    public static SpanIndex Of(IEnumerable<TextSpan> spans) => new([.. spans.OrderBy(s => s.Start)]);

    /// <summary>Whether some span holds <paramref name="span"/> whole (<see cref="TextSpan.Contains"/>).</summary>
    public bool AnyContains(TextSpan span)
    {
        var last = LastStartingAtOrBefore(span.Start);
        return last >= 0 && _furthestEnd[last] >= span.End;
    }

    /// <summary>Whether some span overlaps <paramref name="span"/> (<see cref="TextSpan.Overlaps"/>).</summary>
    public bool AnyOverlaps(TextSpan span)
    {
        var last = LastStartingAtOrBefore(span.End - 1);
        return last >= 0 && _furthestEnd[last] > span.Start;
    }

    /// <summary>The indices, in start order, of the spans <paramref name="phrase"/> holds (<see cref="TextSpan.Contains"/>).</summary>
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

    /// <summary>The index, in start order, of the last span overlapping <paramref name="span"/> (<see cref="TextSpan.Overlaps"/>) that <paramref name="keep"/> keeps, else -1.</summary>
    public int LastOverlapping(TextSpan span, Func<int, bool> keep)
    {
        foreach (var i in Overlapping(span))
        {
            if (keep(i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The indices of the spans that hold <paramref name="span"/> whole (<see cref="TextSpan.Contains"/>), last in start order first.</summary>
    public IEnumerable<int> Holding(TextSpan span)
    {
        // below the last index whose furthest end reaches the span's end, no span holds it
        for (var i = LastStartingAtOrBefore(span.Start); i >= 0 && _furthestEnd[i] >= span.End; i--)
        {
            if (_spans[i].Contains(span))
            {
                yield return i;
            }
        }
    }

    /// <summary>The indices of the spans overlapping <paramref name="span"/> (<see cref="TextSpan.Overlaps"/>), last in start order first.</summary>
    public IEnumerable<int> Overlapping(TextSpan span)
    {
        // a span starting at or after the end overlaps nothing before it; below the last index whose furthest end
        // is past the start, no span reaches into it
        for (var i = LastStartingAtOrBefore(span.End - 1); i >= 0 && _furthestEnd[i] > span.Start; i--)
        {
            if (span.Overlaps(_spans[i]))
            {
                yield return i;
            }
        }
    }

    /// <summary>
    /// The index, in start order, of the last span starting at or before <paramref name="position"/>, else -1: where a
    /// walk back over the spans that end by <paramref name="position"/> may begin, as every span after it ends later.
    /// </summary>
    public int LastStartingAtOrBefore(int position) => TextSpans.FirstStartingAtOrAfter(_spans, position + 1) - 1;
}
