namespace Dateline.Extraction.Input;

/// <summary>
/// What <see cref="GzipReader"/> decompressed, and whether the stream was cut off or damaged before its end;
/// <see cref="Damage"/> says which, in words a warning can carry ("cut off", "damaged after N bytes …").
/// </summary>
public sealed record Gunzipped(byte[] Bytes, bool Truncated, string? Damage = null);
