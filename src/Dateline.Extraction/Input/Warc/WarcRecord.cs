namespace Dateline.Extraction.Input.Warc;

/// <summary>
/// One WARC record: its header fields and, for the types a reader asked for, its block. <see cref="Offset"/> is the
/// byte offset of the record in the (decompressed) WARC stream, <see cref="Index"/> its position in the file.
/// </summary>
public sealed record WarcRecord(int Index, long Offset, string Version, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    /// <summary>The block (Content-Length bytes after the header), when it was read; null when skipped.</summary>
    public byte[]? Block { get; init; }

    /// <summary>The declared Content-Length of the block.</summary>
    public long ContentLength { get; init; }

    /// <summary>The stream ended before the declared block did; <see cref="Block"/> holds what was there.</summary>
    public bool Truncated { get; init; }

    /// <summary>The block was larger than the reader's limit and was skipped.</summary>
    public bool Oversize { get; init; }

    public string? Type => Header("WARC-Type");

    public string? TargetUri => Header("WARC-Target-URI")?.Trim('<', '>');

    public string? ContentType => Header("Content-Type");

    public string? RecordId => Header("WARC-Record-ID");

    /// <summary>WARC-Date when it parses (old crawls write dates such as 2008-10-294T05:21:46-0700, which do not).</summary>
    public DateTimeOffset? Date => DateTimeOffset.TryParse(Header("WARC-Date"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    /// <summary>The first value of a header field, by case-insensitive name.</summary>
    public string? Header(string name)
    {
        foreach (var (key, value) in Headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
