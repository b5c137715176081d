namespace Dateline.Store.Ingest;

/// <summary>What an ingest run did. Skipped inputs were already stored (same content hash) and were not processed again.</summary>
public sealed record IngestSummary(long Read, long Stored, long Failed, long Skipped, long NearDuplicates)
{
    public double Seconds { get; init; }
}
