namespace Dateline.Extraction.Input;

/// <summary>What <see cref="GzipReader"/> decompressed, and whether the stream was cut off or damaged before its end.</summary>
public sealed record Gunzipped(byte[] Bytes, bool Truncated);
