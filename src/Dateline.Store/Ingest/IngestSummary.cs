namespace Dateline.Store.Ingest;

/// <summary>
/// What an ingest run did with every input: stored, failed (recorded with the reason), skipped because it was already
/// stored or recorded (same content hash; not processed again), or passed over by the reader (hidden, not a page,
/// reached twice through links; <see cref="PassedOver"/>).
/// </summary>
public sealed record IngestSummary(long Read, long Stored, long Failed, long Skipped, long NearDuplicates)
{
    public long PassedOver { get; init; }

    public double Seconds { get; init; }
}
