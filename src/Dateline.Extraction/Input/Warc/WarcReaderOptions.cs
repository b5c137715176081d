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

    /// <summary>Most header lines per record: fields and their folded continuation lines.</summary>
    public int MaxHeaderFields { get; init; } = 1000;

    /// <summary>
    /// Most bytes of header per record. Real records' headers are a few hundred bytes to a few KB (the Common Crawl,
    /// Heritrix and wget files of ../shared/data/warc); this leaves room for a hundred times that and bounds what a
    /// damaged header of long lines may hold in memory.
    /// </summary>
    public int MaxHeaderBytes { get; init; } = 1024 * 1024;
}
