namespace Dateline.Store.Threads;

/// <summary>
/// How articles are grouped into story threads (<see cref="ThreadAssigner"/>). The values were tuned on the dev part
/// (articles dated 2019) of the Wikinews thread set, eval/threads/wikinews-threads.tsv; docs/threads.md has the
/// figures for each and the command that gives them (eval/threads/run.sh).
/// </summary>
public sealed record ThreadOptions
{
    public static ThreadOptions Default { get; } = new();

    /// <summary>
    /// An article joins a thread only if one of the thread's articles was published within this many days of it
    /// (before or after). An article without a date, or a candidate without one, is compared with no time limit:
    /// the date is unknown, not far. Evidence: on the 2019 part, 3 days missed follow-ups that came a week later and
    /// 14 or more days let recurring topics (weekly sports results) merge.
    /// </summary>
    public int WindowDays { get; init; } = 60;

    /// <summary>
    /// The least cosine similarity (over the two articles' weighted feature vectors) with a thread's closest article
    /// for a new article to join that thread; below it the article starts a thread of its own. Evidence: the best
    /// pairwise F1 on the 2019 part lay on a plateau around this value (docs/threads.md).
    /// </summary>
    public double JoinThreshold { get; init; } = 0.25;

    /// <summary>
    /// Whether a thread also scores the cosine with its centroid (the sum of its articles' vectors, over the articles
    /// within the window), when higher than its closest article's: a story followed over weeks has articles each only
    /// moderately like the new one.
    /// </summary>
    public bool CentroidScoring { get; init; } = true;

    /// <summary>How many of an article's features (the highest weighted) are kept to compare it with later articles; bounds the index.</summary>
    public int FeaturesPerArticle { get; init; } = 60;

    /// <summary>Weight of an entity feature relative to a body word: a named person, place or organisation ties stories more than a word does.</summary>
    public double EntityWeight { get; init; } = 2.0;

    /// <summary>Weight of a word of the title relative to a body word: the headline names what the story is about.</summary>
    public double TitleWeight { get; init; } = 2.0;

    /// <summary>
    /// A feature is rare enough to look candidates up by while at most this share of the articles so far have it
    /// (or at most <see cref="RareMinCount"/> of them, for small collections); common features still count in the
    /// similarity through their low IDF weight, but are not searched by.
    /// </summary>
    public double RareShare { get; init; } = 0.05;

    /// <summary>See <see cref="RareShare"/>: in a young collection every feature with at most this many articles is rare.</summary>
    public int RareMinCount { get; init; } = 20;

    /// <summary>At most this many articles (the latest stored) are read per rare feature when looking for candidates; bounds the work per article.</summary>
    public int MaxPostingsPerFeature { get; init; } = 500;

    /// <summary>Words shorter than this are not features (initials, particles).</summary>
    public int MinTermLength { get; init; } = 3;
}
