namespace Dateline.Cli.Ingest;

/// <summary>How an ingest run uses the machine: parallelism, limits per document and the size of write batches.</summary>
public sealed record IngestOptions
{
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>A document still processing after this long fails with kind "timeout".</summary>
    public TimeSpan PerDocumentLimit { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Documents per write transaction.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>A partial batch is committed after this long, so a slow collection still reaches the disk steadily.</summary>
    public TimeSpan BatchInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Documents read but not yet written, at most: this bounds memory whatever the collection's size.</summary>
    public int MaxInFlight { get; init; } = Math.Max(64, Environment.ProcessorCount * 32);
}
