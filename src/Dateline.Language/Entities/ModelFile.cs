using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace Dateline.Language.Entities;

/// <summary>
/// The container of model, ensemble and gazetteer files: the binary body as it is, starting with a four-byte magic
/// number, so loading reads the bytes without inflating them (the shipped files are embedded, and an embedded
/// resource is read straight from the mapped assembly). Files written before are gzip around the same body and are
/// still read. Reading a file that is neither (cut off, another kind) fails with an <see cref="InvalidDataException"/>
/// that names the file.
/// </summary>
internal static class ModelFile
{
    /// <summary>Reads record <paramref name="index"/> from its bytes.</summary>
    public delegate void RecordReader(ReadOnlySpan<byte> record, int index);

    public static void Write(string path, Action<BinaryWriter> writeBody)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var buffered = new BufferedStream(file, 1 << 16);
        using var writer = new BinaryWriter(buffered);
        writeBody(writer);
    }

    public static T Read<T>(string path, Func<Stream, T> read)
    {
        using var file = File.OpenRead(path);
        try
        {
            return read(file);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{path}: the model file ends early (cut off?)", e);
        }
    }

    /// <summary>Reads a body, starting with the four-byte magic number; a gzip-compressed body is inflated first.</summary>
    public static T Read<T>(Stream stream, Func<BinaryReader, uint, T> readBody)
    {
        using var body = Open(stream);
        using var reader = new BinaryReader(body);
        uint magic;
        try
        {
            magic = reader.ReadUInt32();
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new InvalidDataException("not a Dateline model file (too short, or broken gzip)", e);
        }

        return readBody(reader, magic);
    }

    /// <summary>
    /// Reads <paramref name="count"/> fixed-size records (little-endian, as <see cref="BinaryWriter"/> wrote them) in
    /// blocks instead of value by value: the bulk of a model is millions of them.
    /// </summary>
    /// <remarks>
    /// Loading runs once, before tiered compilation would optimize its loops: they are compiled optimized at once.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ReadRecords(BinaryReader reader, int count, int recordBytes, RecordReader read)
    {
        var block = new byte[Math.Min(Math.Max(count, 1), 1 << 14) * recordBytes];
        for (int i = 0; i < count;)
        {
            int n = Math.Min(count - i, block.Length / recordBytes);
            reader.BaseStream.ReadExactly(block, 0, n * recordBytes);
            for (int k = 0; k < n; k++, i++)
            {
                read(block.AsSpan(k * recordBytes, recordBytes), i);
            }
        }
    }

    /// <summary>SHA-256 of a body as it is saved: the reproducibility check.</summary>
    public static string Sha256(Action<BinaryWriter> writeBody)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writeBody(writer);
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    /// <summary>The body's bytes: the stream itself (buffered) or, for a gzip file (1f 8b), its inflated content.</summary>
    private static Stream Open(Stream stream)
    {
        if (!stream.CanSeek)
        {
            // A pipe: read it whole, then look (model files are tens of megabytes at most).
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }

        long start = stream.Position;
        Span<byte> head = stackalloc byte[2];
        int read = stream.ReadAtLeast(head, 2, throwOnEndOfStream: false);
        stream.Position = start;
        bool gzip = read == 2 && head[0] == 0x1f && head[1] == 0x8b;
        return new BufferedStream(gzip ? new GZipStream(stream, CompressionMode.Decompress) : stream, 1 << 16);
    }
}
