namespace Dateline.Core.Model;

/// <summary>Lookups by binary search in spans that lie in text order without overlapping (paragraphs, sentences).</summary>
public static class TextSpans
{
    /// <summary>The index of the last span that starts at or before <paramref name="position"/>, else -1.</summary>
    public static int LastStartingAtOrBefore(IReadOnlyList<TextSpan> spans, int position)
    {
        int lo = 0, hi = spans.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (spans[mid].Start <= position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>The index of the first span that starts at or after <paramref name="position"/>, else the spans' length.</summary>
    public static int FirstStartingAtOrAfter(ReadOnlySpan<TextSpan> spans, int position)
    {
        int lo = 0, hi = spans.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (spans[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The index of the span that contains <paramref name="position"/>, else -1.</summary>
    public static int IndexContaining(IReadOnlyList<TextSpan> spans, int position)
    {
        int i = LastStartingAtOrBefore(spans, position);
        return i >= 0 && position < spans[i].End ? i : -1;
    }
}
