namespace Dateline.Extraction.Datelines;

/// <summary>Where the <see cref="DatelineFinder"/> looks.</summary>
public sealed record DatelineFinderOptions
{
    /// <summary>
    /// How many leading paragraphs may hold the dateline. On the dev sets (eval/datelines) every dateline sits in the
    /// first three paragraphs (after a caption, a kicker or a standfirst); 8 leaves room for longer heads, and the
    /// finder's rules, not the position, keep sentences that start with a city out (0 invented at 8 and at 3).
    /// </summary>
    public int MaxParagraphs { get; init; } = 8;

    public static DatelineFinderOptions Default { get; } = new();
}
