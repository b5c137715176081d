using System.IO.Compression;

namespace Dateline.Extraction.Input;

/// <summary>Reads possibly gzipped bytes with a size limit; gzip is told by its magic bytes, not the file name.</summary>
public static class GzipReader
{
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;

    /// <summary>
    /// Decompresses all gzip members. A stream cut off or damaged part way gives what was decompressed before the
    /// damage, marked <see cref="Gunzipped.Truncated"/>, so a caller can salvage it with a warning.
    /// </summary>
    /// <exception cref="OversizeException">More than <paramref name="maxBytes"/> bytes.</exception>
    public static Gunzipped Decompress(byte[] compressed, long maxBytes)
    {
        using var input = new MemoryStream(compressed, writable: false);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            int n;
            while ((n = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, n);
                if (output.Length > maxBytes)
                {
                    throw new OversizeException(maxBytes);
                }
            }
        }
        catch (InvalidDataException)
        {
            return new Gunzipped(output.ToArray(), Truncated: true);
        }

        // GZipStream returns what it has when the final member lacks its trailer; check the trailer ourselves.
        return new Gunzipped(output.ToArray(), !HasCompleteTrailer(compressed, output.Length));
    }

    private static bool HasCompleteTrailer(byte[] compressed, long decompressedLength)
    {
        if (compressed.Length < 18)
        {
            return false;
        }

        // ISIZE (the last four bytes) is the length of the last member's data modulo 2^32; for a single member it
        // must equal what we decompressed. For several members it bounds it from below, which is all we check.
        var isize = BitConverter.ToUInt32(compressed, compressed.Length - 4);
        return isize <= (uint)(decompressedLength & 0xFFFFFFFF) || decompressedLength > uint.MaxValue;
    }
}
