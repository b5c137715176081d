using Dateline.Store.Search;

namespace Dateline.Store.Queries;

/// <summary>A timeline of the articles a search matches, or of the articles mentioning one entity.</summary>
public sealed record TimelineQuery(TimelineInterval Interval)
{
    /// <summary>The search whose matches are counted; ignored when <see cref="EntityId"/> is set.</summary>
    public SearchQuery? Search { get; init; }

    public long? EntityId { get; init; }

    /// <summary>At most this many buckets, the latest kept: bounds the answer for day buckets over decades.</summary>
    public int MaxBuckets { get; init; } = 1000;
}
