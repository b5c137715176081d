namespace Dateline.Store.Ingest;

/// <summary>How an ingest writes: the size of write batches and how long a partial batch may wait.</summary>
public sealed record IngestOptions
{
    /// <summary>Documents per write transaction.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>A partial batch is committed after this long, so a slow collection still reaches the disk steadily.</summary>
    public TimeSpan BatchInterval { get; init; } = TimeSpan.FromSeconds(2);
}
