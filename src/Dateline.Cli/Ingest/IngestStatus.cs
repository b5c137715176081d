namespace Dateline.Cli.Ingest;

/// <summary>A snapshot of a running ingest for progress output.</summary>
public sealed record IngestStatus(long Done, long Stored, long Failed, long Skipped, long BytesRead, long TotalBytes, TimeSpan Elapsed)
{
    public double Rate => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>Share of the input read, 0..1, or null when its size is unknown (stdin).</summary>
    public double? Fraction => TotalBytes > 0 ? Math.Min(1.0, (double)BytesRead / TotalBytes) : null;

    /// <summary>Time left, estimated from the bytes read so far.</summary>
    public TimeSpan? Eta => Fraction is { } f && f > 0.001 ? TimeSpan.FromSeconds(Elapsed.TotalSeconds * (1 - f) / f) : null;
}
