namespace Dateline.Store.Threads;

/// <summary>
/// How articles are grouped into story threads (<see cref="ThreadAssigner"/>). The values were chosen on the dev part
/// (the 171 articles dated 2019) of the Wikinews thread set, eval/threads/wikinews-threads.tsv, by pairwise F1;
/// `dotnet run eval/threads/tune.cs` prints the figures quoted here, docs/threads.md has them all.
/// </summary>
public sealed record ThreadOptions
{
    public static ThreadOptions Default { get; } = new();

    /// <summary>
    /// An article joins a thread only through an article published within this many days of it (before or after),
    /// so a thread can run for months while each step is shorter. An article without a date, or a candidate without
    /// one, is compared with no time limit: its date is unknown, not far. Evidence (dev F1 at the threshold below):
    /// 7 days 0.39, 14 days 0.58, 30 days 0.66, 60 days 0.875, 90 days 0.875: Wikinews follow-ups come weeks apart,
    /// and 60 is the shortest window that finds them.
    /// </summary>
    public int WindowDays { get; init; } = 60;

    /// <summary>
    /// The least cosine similarity (of the two articles' weighted feature vectors) with a thread's closest article for
    /// a new article to join that thread; below it the article starts a thread of its own. Evidence (dev, 60-day
    /// window): 0.15 F1 0.66 (P 0.49), 0.2 F1 0.81, 0.25 F1 0.875 (P 0.80, R 0.97), 0.3 F1 0.83, 0.35 F1 0.82 (R 0.75).
    /// </summary>
    public double JoinThreshold { get; init; } = 0.25;

    /// <summary>
    /// How many of an article's features (the heaviest) are kept to compare it with later articles; bounds the index.
    /// Evidence (dev F1): 30 0.864, 60 0.875, 120 0.854.
    /// </summary>
    public int FeaturesPerArticle { get; init; } = 60;

    /// <summary>
    /// Weight of an entity feature relative to a body word: a named person, place or organisation ties stories more
    /// than a word does. Evidence (dev F1): 1 0.843, 2 0.875, 3 0.854.
    /// </summary>
    public double EntityWeight { get; init; } = 2.0;

    /// <summary>
    /// Weight of a word of the title relative to a body word: the headline names what the story is about. Evidence
    /// (dev F1): 1 0.786, 2 0.867, 3 0.875, 4 0.790.
    /// </summary>
    public double TitleWeight { get; init; } = 3.0;

    /// <summary>
    /// A feature is rare enough to look candidates up by while at most this share of the articles so far have it
    /// (or at most <see cref="RareMinCount"/> of them, for small collections); common features still count in the
    /// similarity through their low IDF weight, but are not searched by. Evidence: 0.05 and 0.15 give the same dev
    /// figures; the smaller bounds the work per article.
    /// </summary>
    public double RareShare { get; init; } = 0.05;

    /// <summary>See <see cref="RareShare"/>: in a young collection every feature of at most this many articles is rare (20 and 60 give the same dev figures).</summary>
    public int RareMinCount { get; init; } = 20;

    /// <summary>
    /// How many candidates (those sharing the most rare weight) are compared with the new article on all their kept
    /// features (the cosine <see cref="JoinThreshold"/> is defined on); bounds the work per article. Comparing on all
    /// kept features rather than on the rare ones alone left the dev figures as they were.
    /// </summary>
    public int CandidatesCompared { get; init; } = 50;

    /// <summary>At most this many articles (the latest stored) are read per rare feature when looking for candidates; bounds the work per article.</summary>
    public int MaxPostingsPerFeature { get; init; } = 500;

    /// <summary>Words shorter than this are not features (initials, particles).</summary>
    public int MinTermLength { get; init; } = 3;
}
