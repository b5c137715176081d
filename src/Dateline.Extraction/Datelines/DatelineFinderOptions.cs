namespace Dateline.Extraction.Datelines;

/// <summary>Where the <see cref="DatelineFinder"/> looks.</summary>
public sealed record DatelineFinderOptions
{
    /// <summary>
    /// How many leading paragraphs may hold the dateline. On the dev sets (eval/datelines) HTML bodies have it in
    /// their first three paragraphs (after a caption or a standfirst), but text dumps keep more head lines: one
    /// dev-text page has its "SAN FRANCISCO (AP) —" in the 8th paragraph, another its "VIENNA —" in the 6th. With 8,
    /// 0 datelines are invented on the 768 dev pages: the finder's rules, not the position, keep sentences that
    /// start with a city out.
    /// </summary>
    public int MaxParagraphs { get; init; } = 8;

    public static DatelineFinderOptions Default { get; } = new();
}
