using System.IO.Compression;
using System.Security.Cryptography;

namespace Dateline.Language.Entities;

/// <summary>
/// The container of model and ensemble files: gzip around a binary body. Reading a file that is not one (not gzip,
/// cut off) fails with an <see cref="InvalidDataException"/> that names the file.
/// </summary>
internal static class ModelFile
{
    public static void Write(string path, Action<BinaryWriter> writeBody)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(gzip);
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

    /// <summary>Decompresses a stream and reads its body, starting with the four-byte magic number.</summary>
    public static T Read<T>(Stream stream, Func<BinaryReader, uint, T> readBody)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var reader = new BinaryReader(buffered);
        uint magic;
        try
        {
            magic = reader.ReadUInt32();
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new InvalidDataException("not a Dateline NER model (not gzip-compressed model data)", e);
        }

        return readBody(reader, magic);
    }

    /// <summary>SHA-256 of a body as it would be saved (before compression): the reproducibility check.</summary>
    public static string Sha256(Action<BinaryWriter> writeBody)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writeBody(writer);
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }
}
