namespace Dateline.Extraction.Input.Warc;

/// <summary>Limits of the WARC reader.</summary>
public sealed record WarcReaderOptions
{
    public static WarcReaderOptions Default { get; } = new();

    /// <summary>Blocks larger than this are skipped (reported as oversize), never buffered.</summary>
    public long MaxBlockBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Record types whose blocks are read; others are framed and skipped.</summary>
    public IReadOnlySet<string> BlockTypes { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "response", "resource" };

    /// <summary>Longest header line accepted.</summary>
    public int MaxHeaderLine { get; init; } = 64 * 1024;

    /// <summary>Most header fields per record.</summary>
    public int MaxHeaderFields { get; init; } = 1000;
}
