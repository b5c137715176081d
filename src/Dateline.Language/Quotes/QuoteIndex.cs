using System.Runtime.InteropServices;
using Dateline.Core.Model;

namespace Dateline.Language.Quotes;

/// <summary>
/// The questions the indirect-speech reading asks of every quote found so far, for each sentence ("does a quote overlap
/// it, is a quote's cue inside it, which quotes have their cue inside it"), answered in O(log n) over a list that grows
/// while it is read: the quotes appended since the last question are indexed before each answer. Asking the whole list
/// for each sentence was quadratic on a page of many quotes (20,000 <c>"We will win N," said NAME.</c>: bench/README.md,
/// "Red-team pass, twentieth sitting"). Only appends are seen: an item changed in place after it was indexed is not.
/// </summary>
internal sealed class QuoteIndex(string text, List<QuoteDraft> quotes)
{
    /// <summary>Prefix maximum (a Fenwick tree over text positions, 1-based) of the quotes' ends, by their start; -1 when none.</summary>
    private int[]? _furthestEnd;

    /// <summary>The cues of the quotes that have one, sorted by start (then index), and their quotes' indices beside them.</summary>
    private readonly List<TextSpan> _cueSpans = [];

    private readonly List<int> _cueQuotes = [];

    private readonly HashSet<TextSpan> _cues = [];

    private int _seen;

    /// <summary>Whether some quote overlaps <paramref name="span"/> (<see cref="TextSpan.Overlaps"/>).</summary>
    public bool AnyOverlaps(TextSpan span)
    {
        Catch();
        if (_furthestEnd is null || span.End <= 0)
        {
            return false;
        }

        // a quote starting before span.End whose end passes span.Start
        int best = -1;
        for (int i = Math.Min(span.End, _furthestEnd.Length - 1); i > 0; i -= i & -i)
        {
            best = Math.Max(best, _furthestEnd[i]);
        }

        return best > span.Start;
    }

    /// <summary>Whether some quote's cue lies inside <paramref name="span"/> (<see cref="TextSpan.Contains"/>).</summary>
    public bool AnyCueIn(TextSpan span)
    {
        Catch();
        for (int k = FirstCueAtOrAfter(span.Start); k < _cueSpans.Count && _cueSpans[k].Start <= span.End; k++)
        {
            if (span.Contains(_cueSpans[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether some quote has this cue.</summary>
    public bool HasCue(TextSpan cue)
    {
        Catch();
        return _cues.Contains(cue);
    }

    /// <summary>The quotes whose cue lies inside <paramref name="span"/>, in the list's order.</summary>
    public List<QuoteDraft> WithCueIn(TextSpan span)
    {
        Catch();
        var found = new List<int>();
        for (int k = FirstCueAtOrAfter(span.Start); k < _cueSpans.Count && _cueSpans[k].Start <= span.End; k++)
        {
            if (span.Contains(_cueSpans[k]))
            {
                found.Add(_cueQuotes[k]);
            }
        }

        found.Sort();
        return found.ConvertAll(i => quotes[i]);
    }

    private int FirstCueAtOrAfter(int position) => TextSpans.FirstStartingAtOrAfter(CollectionsMarshal.AsSpan(_cueSpans), position);

    /// <summary>Indexes the quotes appended since the last question.</summary>
    private void Catch()
    {
        for (; _seen < quotes.Count; _seen++)
        {
            var q = quotes[_seen];
            if (_furthestEnd is null)
            {
                _furthestEnd = new int[Math.Max(text.Length, q.Span.Start) + 2];
                Array.Fill(_furthestEnd, -1);
            }

            for (int i = q.Span.Start + 1; i < _furthestEnd.Length; i += i & -i)
            {
                _furthestEnd[i] = Math.Max(_furthestEnd[i], q.Span.End);
            }

            if (q.Cue is { } cue)
            {
                _cues.Add(cue);
                int at = FirstCueAtOrAfter(cue.Start + 1); // after the cues of the same start: their indices are smaller
                _cueSpans.Insert(at, cue);
                _cueQuotes.Insert(at, _seen);
            }
        }
    }
}
