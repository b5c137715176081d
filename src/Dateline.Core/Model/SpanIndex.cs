namespace Dateline.Core.Model;

/// <summary>
/// "Does any of these spans hold (or overlap) this one?" in O(log n), for spans in any order, overlapping or not:
/// sorted by start once, with the furthest end any span up to each place reaches. A layer that asks this of every
/// match against every span of another layer is quadratic on a page that holds many of both (30,000 quoted titles
/// and 60,000 numbers: 11 s of the amounts stage's 12 s, bench/README.md, "Red-team pass, twentieth sitting").
/// </summary>
public sealed class SpanIndex
{
    private readonly TextSpan[] _spans;

    /// <summary>The furthest end of the spans up to and including each index.</summary>
    private readonly int[] _furthestEnd;

    private SpanIndex(TextSpan[] spans)
    {
        Array.Sort(spans, (a, b) => a.Start.CompareTo(b.Start));
        _spans = spans;
        _furthestEnd = new int[spans.Length];
        var furthest = 0;
        for (var i = 0; i < spans.Length; i++)
        {
            furthest = Math.Max(furthest, spans[i].End);
            _furthestEnd[i] = furthest;
        }
    }

    public static SpanIndex Of(IEnumerable<TextSpan> spans) => new([.. spans]);

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

    private int LastStartingAtOrBefore(int position) => TextSpans.FirstStartingAtOrAfter(_spans, position + 1) - 1;
}
