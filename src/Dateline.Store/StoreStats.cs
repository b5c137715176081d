namespace Dateline.Store;

/// <summary>Counts over the whole store, with breakdowns by source (site), month of publication and entity type.</summary>
public sealed record StoreStats(long Articles, long Failures, long Duplicates, long Entities)
{
    public IReadOnlyDictionary<string, long> BySource { get; init; } = new Dictionary<string, long>();

    public IReadOnlyDictionary<string, long> ByMonth { get; init; } = new Dictionary<string, long>();

    public IReadOnlyDictionary<string, long> ByEntityType { get; init; } = new Dictionary<string, long>();

    public IReadOnlyDictionary<string, long> FailuresByKind { get; init; } = new Dictionary<string, long>();
}
