namespace Dateline.Core.Model;

/// <summary>A page as it arrived: bytes plus whatever the container told about it.</summary>
public sealed record RawPage(string Id, string Source, ReadOnlyMemory<byte> Bytes)
{
    /// <summary>Charset declared outside the bytes (HTTP header, WARC record), if any.</summary>
    public string? DeclaredCharset { get; init; }

    /// <summary>Content type declared outside the bytes, if any.</summary>
    public string? DeclaredContentType { get; init; }

    /// <summary>The page URL when the container knows it; extractors may use it (dates in URLs, canonical links).</summary>
    public string? Url { get; init; }

    /// <summary>Metadata supplied alongside the page (JSON Lines input), used when the page itself lacks it.</summary>
    public ArticleMetadata? Supplied { get; init; }

    /// <summary>Text already decoded by the container (JSON Lines input); when set, <see cref="Bytes"/> is ignored.</summary>
    public string? PreDecodedText { get; init; }

    /// <summary>Kind declared by the container; Unknown means sniff the content.</summary>
    public ContentKind DeclaredKind { get; init; }

    /// <summary>What the reader noticed about the input (a WARC record cut short); the document starts with these warnings.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
