namespace Dateline.Extraction.Input.Warc;

/// <summary>Bytes where a WARC record should start but none could be read; the reader resynchronises at the next version line.</summary>
public sealed record WarcMalformedRecord(int Index, long Offset, string Message);
