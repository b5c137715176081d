using Dateline.Core.Running;

namespace Dateline.Store.Ingest;

/// <summary>How an ingest writes: the size of write batches and how long a partial batch may wait.</summary>
public sealed record IngestOptions
{
    /// <summary>Documents per write transaction.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>A partial batch is committed after this long, so a slow collection still reaches the disk steadily.</summary>
    public TimeSpan BatchInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// After each batch is written, the C library's heap gives its free pages back (<see cref="NativeHeap.Trim"/>):
    /// the JIT's and SQLite's freed memory, which glibc otherwise keeps resident. Evidence: bench/README.md, "Ingest's
    /// peak memory at its plateau" (peak RSS and CPU with and without).
    /// </summary>
    public bool TrimNativeHeap { get; init; } = true;
}
