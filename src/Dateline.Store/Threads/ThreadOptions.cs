namespace Dateline.Store.Threads;

/// <summary>
/// How articles are grouped into story threads (<see cref="ThreadAssigner"/>). The values were chosen by pairwise F1 on
/// the two dev sets: the dev part (the 171 articles dated 2019) of the Wikinews thread set,
/// eval/threads/wikinews-threads.tsv, and the newswire set, eval/threads/newswire-threads.tsv (331 articles);
/// `dotnet run eval/threads/tune.cs` prints the figures quoted here (each option varied around the others' defaults),
/// docs/threads.md has them all. The newswire figures quoted are against revision 2 of that set; against revision 3
/// (eval/threads/GUIDELINE.md, clarification 7) every option below is still the best of its grid (docs/threads.md).
/// </summary>
public sealed record ThreadOptions
{
    public static ThreadOptions Default { get; } = new();

    /// <summary>
    /// An article joins a thread only through an article published within this many days of it (before or after),
    /// so a thread can run for months while each step is shorter. An article without a date, or a candidate without
    /// one, is compared with no time limit: its date is unknown, not far. Evidence (dev F1 at the threshold below, on
    /// the Wikinews 2019 part and the newswire set): 7 days 0.35 and 0.45, 30 days 0.59 and 0.59, 60 days 0.883 and
    /// 0.746, 90 days 0.883 and 0.769 (Wikinews follow-ups come weeks apart, newswire stories such as a custody case
    /// or an alliance's enlargement resume after two or three quiet months); 120 days and more let unrelated sequels
    /// in on Wikinews (docs/threads.md).
    /// </summary>
    public int WindowDays { get; init; } = 90;

    /// <summary>
    /// The least similarity (<see cref="EntityShare"/>) with a thread's closest article for a new article to join that
    /// thread; below it the article starts a thread of its own. Evidence (dev F1, 90-day window, Wikinews 2019 part
    /// and newswire set): 0.2 0.81 and 0.73, 0.25 0.867 and 0.758, 0.3 0.883 and 0.769, 0.35 0.817 and 0.696.
    /// </summary>
    public double JoinThreshold { get; init; } = 0.3;

    /// <summary>
    /// The similarity of two articles is this share of the cosine of their entities plus the rest of the cosine of
    /// their words (<see cref="ThreadFeatures.Similarity"/>), each part scaled to unit length on its own, so a long
    /// digest's many words do not drown the names it shares with a short report of the same story. Evidence (dev F1 at
    /// a 60-day window and threshold 0.3, Wikinews 2019 part and newswire set): 0.5 0.854 and 0.682, 0.6 0.883 and
    /// 0.700, 0.7 0.883 and 0.746, 0.8 0.853 and 0.748, 0.9 0.868 and 0.755 (0.9 loses at its neighbours: 0.825 and
    /// 0.724 at 0.25); the plain cosine of all features, which this replaced, 0.875 and 0.703 at its own best
    /// setting (60 days, 0.25).
    /// </summary>
    public double EntityShare { get; init; } = 0.7;

    /// <summary>
    /// How many of an article's features (the heaviest) are kept to compare it with later articles; bounds the index.
    /// Evidence (dev F1, Wikinews 2019 part / newswire set): 30 0.883 / 0.745, 60 0.883 / 0.769, 120 0.853 / 0.771.
    /// </summary>
    public int FeaturesPerArticle { get; init; } = 60;

    /// <summary>
    /// Weight of an entity feature relative to a body word: a named person, place or organisation ties stories more
    /// than a word does. Evidence (dev F1, Wikinews 2019 part / newswire set): 1 0.877 / 0.720, 2 0.883 / 0.769,
    /// 3 0.883 / 0.761.
    /// </summary>
    public double EntityWeight { get; init; } = 2.0;

    /// <summary>
    /// Weight of a word of the title relative to a body word: the headline names what the story is about. Evidence
    /// (dev F1, Wikinews 2019 part / newswire set): 1 0.825 / 0.779, 2 0.810 / 0.775, 3 0.883 / 0.769, 4 0.883 / 0.761;
    /// the newswire set's untitled briefs prefer a lighter title, the Wikinews part loses more than it gains.
    /// </summary>
    public double TitleWeight { get; init; } = 3.0;

    /// <summary>
    /// A feature is rare enough to look candidates up by while at most this share of the articles so far have it
    /// (or at most <see cref="RareMinCount"/> of them, for small collections); common features still count in the
    /// similarity through their low IDF weight, but are not searched by. Evidence (dev F1, Wikinews 2019 part / newswire
    /// set): 0.05 0.883 / 0.769, 0.15 0.883 / 0.758; the smaller also bounds the work per article.
    /// </summary>
    public double RareShare { get; init; } = 0.05;

    /// <summary>See <see cref="RareShare"/>: in a young collection every feature of at most this many articles is rare (20: 0.883 / 0.769, 60: 0.883 / 0.758).</summary>
    public int RareMinCount { get; init; } = 20;

    /// <summary>
    /// How many candidates (those sharing the most rare weight) are compared with the new article on all their kept
    /// features (the cosine <see cref="JoinThreshold"/> is defined on); bounds the work per article. Comparing on all
    /// kept features rather than on the rare ones alone left the dev figures as they were.
    /// </summary>
    public int CandidatesCompared { get; init; } = 50;

    /// <summary>At most this many articles (the latest stored) are read per rare feature when looking for candidates; bounds the work per article.</summary>
    public int MaxPostingsPerFeature { get; init; } = 500;

    /// <summary>
    /// How many postings (an article having a rare feature, with its weight, thread and day) one transaction's assigner
    /// keeps in memory, so that a feature searched by several articles of a batch is read from the store once
    /// (postings never change once written; the batch's own articles are added as they are placed). Changes no thread,
    /// only the work: the cache is emptied when it would grow past this (32 bytes a posting, so 8 MB at the default). On the first 2,000 VOA passages the last batch of 256 keeps fewer than 84,000 (all its articles'
    /// kept features' postings up to the batch's end: an upper bound); a store of millions, where a rare feature may
    /// have 500, fills it and starts again (bench/README.md, "Postings, vectors and frequencies read once a batch").
    /// </summary>
    public int PostingsCached { get; init; } = 250_000;

    /// <summary>
    /// How many stored articles' vectors (decoded, their keys numbered) one transaction's assigner keeps, so that a
    /// candidate compared with several articles of a batch is read and decoded once. Changes no thread, only the work:
    /// emptied when full (a vector of 60 features about 1 KB, so ~10 MB at the default; a batch of 256 articles compares
    /// at most 256 × 50 and places 256).
    /// </summary>
    public int VectorsCached { get; init; } = 10_000;

    /// <summary>
    /// How many features one transaction's assigner keeps (<see cref="ThreadFeatureTable"/>: each once, numbered, with
    /// its document frequency, read once, counted up in memory and written together when the batch ends, and its
    /// cached postings; the decoded vectors hold the numbers). Changes no thread, only the work: the counts held back
    /// are written and every feature is forgotten (postings and vectors with them) when it would grow past this (a
    /// batch of 256 VOA passages has ~6,000 distinct words besides its entities; 5,012 passages ~40,000 features).
    /// </summary>
    public int FrequenciesCached { get; init; } = 200_000;

    /// <summary>Words shorter than this are not features (initials, particles).</summary>
    public int MinTermLength { get; init; } = 3;
}
