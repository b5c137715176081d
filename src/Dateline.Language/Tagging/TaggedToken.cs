using Dateline.Core.Model;

namespace Dateline.Language.Tagging;

/// <summary>A token with its part of speech; the token's text is read through the span.</summary>
public sealed record TaggedToken(TextSpan Span, PartOfSpeech Tag) : IAnnotation
{
    /// <summary>
    /// The index of the first token of <paramref name="tags"/> (in text order) that starts at or after
    /// <paramref name="position"/>, or the count when none does (<see cref="TextSpans.FirstStartingAtOrAfter"/> for tags).
    /// </summary>
    public static int FirstStartingAtOrAfter<TList>(TList tags, int position)
        where TList : IReadOnlyList<TaggedToken> // generic, so that an ImmutableArray is read without boxing
    {
        int lo = 0, hi = tags.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tags[mid].Span.Start < position)
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
