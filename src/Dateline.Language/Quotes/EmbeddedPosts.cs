using Dateline.Core.Model;

namespace Dateline.Language.Quotes;

/// <summary>
/// Where a text's embedded-post markers (quote-embed-markers.txt: "pic.twitter.com/" …) lie, found once, so whether a
/// sentence's paragraph holds one is two binary searches. Reading the paragraph again for every sentence was
/// quadratic in a paragraph of many sentences: 20,000 attributed quotes in one paragraph spent 7 of the quote
/// stage's 17 s there (bench/README.md, "Red-team pass, twentieth sitting").
/// </summary>
internal sealed class EmbeddedPosts
{
    private readonly int _length;

    /// <summary>The positions of the text's line breaks, in order.</summary>
    private readonly int[] _breaks;

    /// <summary>Where each marker occurrence starts, in order, and the nearest end of the occurrences from each on.</summary>
    private readonly int[] _starts;

    private readonly int[] _nearestEndFrom;

    public EmbeddedPosts(string text, IReadOnlyList<string> markers)
    {
        _length = text.Length;
        var breaks = new List<int>();
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            breaks.Add(i);
        }

        _breaks = [.. breaks];
        var found = new List<(int Start, int End)>();
        foreach (var marker in markers)
        {
            // Every occurrence, overlapping ones too: ordinal case-insensitive matching keeps a marker's length.
            for (var i = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase); i >= 0 && i < text.Length; i = text.IndexOf(marker, i + 1, StringComparison.OrdinalIgnoreCase))
            {
                found.Add((i, i + marker.Length));
                if (marker.Length == 0)
                {
                    break;
                }
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        _starts = [.. found.Select(f => f.Start)];
        _nearestEndFrom = new int[found.Count];
        var nearest = int.MaxValue;
        for (var i = found.Count - 1; i >= 0; i--)
        {
            nearest = Math.Min(nearest, found[i].End);
            _nearestEndFrom[i] = nearest;
        }
    }

    /// <summary>
    /// Whether the paragraph (the lines) holding <paramref name="s"/> is an embedded post: its words are the post's,
    /// not a report the article makes.
    /// </summary>
    public bool InPost(TextSpan s)
    {
        // The line break at or after the span's end, and the one before its start: the paragraph between them.
        var next = FirstAtOrAfter(_breaks, s.End);
        var end = next < _breaks.Length ? _breaks[next] : _length;
        var previous = FirstAtOrAfter(_breaks, s.Start) - 1;
        var start = s.Start == 0 || previous < 0 ? 0 : _breaks[previous] + 1;
        var first = FirstAtOrAfter(_starts, start);
        return first < _starts.Length && _nearestEndFrom[first] <= end;
    }

    private static int FirstAtOrAfter(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
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
}
