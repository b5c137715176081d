using System.IO.Compression;

namespace Dateline.Extraction.Input;

/// <summary>Reads possibly gzipped bytes with a size limit; gzip is told by its magic bytes, not the file name.</summary>
public static class GzipReader
{
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;

    /// <summary>
    /// Decompresses all gzip members. A stream cut off or damaged part way gives what was decompressed before the
    /// damage, marked <see cref="Gunzipped.Truncated"/> with the <see cref="Gunzipped.Damage"/> named, so a caller can
    /// salvage it with a warning.
    /// </summary>
    /// <exception cref="OversizeException">More than <paramref name="maxBytes"/> bytes.</exception>
    public static Gunzipped Decompress(byte[] compressed, long maxBytes) => Decompress(compressed, maxBytes, 1);

    private static Gunzipped Decompress(byte[] compressed, long maxBytes, int layer)
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
            // The read that met the damage threw away what it had decompressed before it: for a page with a wrong
            // checksum in its trailer, that was the whole page. The bytes before the damage are read again: through
            // gzip (every member before a damaged one), and as raw deflate from the first member's data, which checks
            // no trailer (a single member whose data is whole and whose checksum or length is wrong).
            var salvaged = UntilDamage(() => new GZipStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress));
            if (FirstMemberData(compressed) is { } start)
            {
                var raw = UntilDamage(() => new DeflateStream(new MemoryStream(compressed, start, compressed.Length - start, writable: false), CompressionMode.Decompress));
                salvaged = raw.Length > salvaged.Length ? raw : salvaged;
            }

            return new Gunzipped(salvaged, Truncated: true, $"the gzip stream is damaged after {salvaged.Length} bytes (bad data, or a wrong checksum or length in its trailer)");
        }

        // GZipStream returns what it has when the final member lacks its trailer; check the trailer ourselves.
        if (!HasCompleteTrailer(compressed, output.Length))
        {
            return new Gunzipped(output.ToArray(), Truncated: true, "the gzip stream is cut off");
        }

        // A gzip of a gzip (a server compressing a page it stored compressed) is unwrapped again, a few layers deep.
        var bytes = output.ToArray();
        return IsGzip(bytes) && layer < MaxLayers ? Decompress(bytes, maxBytes, layer + 1) : new Gunzipped(bytes, Truncated: false);
    }

    /// <summary>Layers of gzip unwrapped: two are met on the web (a compressed page compressed again in transit); more is left as it is, a binary page.</summary>
    private const int MaxLayers = 3;

    /// <summary>
    /// Every byte a decoder gives before it meets damage. It throws on the read that meets it and drops what that
    /// read decompressed, so a first pass counts what whole reads give, and a second reads that much, then the rest a
    /// byte at a time (at most one read's 80 KB). Called on damaged streams only, already read once within the limit.
    /// </summary>
    private static byte[] UntilDamage(Func<Stream> open)
    {
        var buffer = new byte[81920];
        long whole = 0;
        try
        {
            using var counting = open();
            int n;
            while ((n = counting.Read(buffer, 0, buffer.Length)) > 0)
            {
                whole += n;
            }
        }
        catch (InvalidDataException)
        {
            // The damage: the second pass reads up to it.
        }

        using var output = new MemoryStream();
        try
        {
            using var stream = open();
            int n;
            while ((n = stream.Read(buffer, 0, output.Length < whole ? (int)Math.Min(buffer.Length, whole - output.Length) : 1)) > 0)
            {
                output.Write(buffer, 0, n);
            }
        }
        catch (InvalidDataException)
        {
            // What came before the damage is kept.
        }

        return output.ToArray();
    }

    /// <summary>Where the first member's deflate data starts, after its header (RFC 1952: extra field, name, comment, header CRC); null when the header is cut.</summary>
    private static int? FirstMemberData(byte[] gz)
    {
        if (gz.Length < 10)
        {
            return null;
        }

        var flags = gz[3];
        var at = 10;
        if ((flags & 4) != 0)
        {
            at = at + 2 <= gz.Length ? at + 2 + (gz[at] | (gz[at + 1] << 8)) : int.MaxValue;
        }

        foreach (var flag in (ReadOnlySpan<int>)[8, 16])
        {
            if ((flags & flag) != 0 && at < gz.Length)
            {
                var end = Array.IndexOf(gz, (byte)0, at);
                at = end < 0 ? int.MaxValue : end + 1;
            }
        }

        if ((flags & 2) != 0 && at < gz.Length)
        {
            at += 2;
        }

        return at < gz.Length ? at : null;
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
