using System.IO.Compression;

namespace Dateline.Extraction.Input;

/// <summary>Reads possibly gzipped bytes with a size limit; gzip is told by its magic bytes, not the file name.</summary>
public static class GzipReader
{
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;

    /// <summary>Decompresses all gzip members; throws <see cref="InvalidDataException"/> when the stream is cut off or corrupt.</summary>
    public static byte[] Decompress(byte[] compressed, long maxBytes)
    {
        using var input = new MemoryStream(compressed, writable: false);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = gzip.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, n);
            if (output.Length > maxBytes)
            {
                throw new OversizeException(maxBytes);
            }
        }

        // GZipStream returns what it has when the final member lacks its trailer; check the trailer ourselves.
        if (!HasCompleteTrailer(compressed, output.Length))
        {
            throw new InvalidDataException("gzip stream is truncated (no complete trailer)");
        }

        return output.ToArray();
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
