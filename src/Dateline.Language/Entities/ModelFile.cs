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

    /// <summary>
    /// The next <paramref name="count"/> values of the body where they lie (no copy): the body is in memory (the mapped
    /// assembly of an embedded model, or the one read of a file), so a table written as it is used in memory is ready
    /// at once and only the pages a lookup touches are ever read.
    /// </summary>
    public static unsafe ModelArray<T> Take<T>(BinaryReader reader, int count)
        where T : unmanaged
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("model tables are stored little-endian");
        }

        var body = reader.BaseStream as UnmanagedMemoryStream
            ?? throw new InvalidOperationException("model tables are read from a body in memory (ModelFile.Read)");
        long bytes = (long)count * sizeof(T);
        if (count < 0 || body.Length - body.Position < bytes)
        {
            throw new EndOfStreamException();
        }

        var start = body.PositionPointer;
        body.Position += bytes;
        return new ModelArray<T>((T*)start, count, body switch { PinnedBody p => p.Owner, LargePageBody l => l.Owner, _ => null });
    }

    /// <summary>Writes values as they lie in memory (little-endian), to be read back with <see cref="Take{T}"/>.</summary>
    public static void WriteArray<T>(BinaryWriter writer, ReadOnlySpan<T> values)
        where T : unmanaged
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("model tables are stored little-endian");
        }

        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values));
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

    /// <summary>
    /// The body in memory: an embedded resource as it lies in the mapped assembly; anything else (a file, a pipe) read
    /// whole into one pinned array with one read, and a gzip file (1f 8b, written before) inflated into it.
    /// </summary>
    private static UnmanagedMemoryStream Open(Stream stream)
    {
        if (stream is UnmanagedMemoryStream memory)
        {
            if (!IsGzip(memory))
            {
                return LargePageBody.Of(memory) ?? memory;
            }

            return PinnedBody.Of(new GZipStream(memory, CompressionMode.Decompress), -1);
        }

        if (stream.CanSeek && !IsGzip(stream))
        {
            return PinnedBody.Of(stream, stream.Length - stream.Position);
        }

        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return IsGzip(copy)
            ? PinnedBody.Of(new GZipStream(copy, CompressionMode.Decompress), -1)
            : PinnedBody.Of(copy, copy.Length);
    }

    private static bool IsGzip(Stream stream)
    {
        long start = stream.Position;
        Span<byte> head = stackalloc byte[2];
        int read = stream.ReadAtLeast(head, 2, throwOnEndOfStream: false);
        stream.Position = start;
        return read == 2 && head[0] == 0x1f && head[1] == 0x8b;
    }

    /// <summary>A body read into a pinned array (it never moves), which the tables taken from it keep alive.</summary>
    private sealed unsafe class PinnedBody : UnmanagedMemoryStream
    {
        private PinnedBody(byte[] owner, long length)
            : base((byte*)Unsafe.AsPointer(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(owner)), length)
        {
            Owner = owner;
        }

        public byte[] Owner { get; }

        /// <summary>Reads <paramref name="length"/> bytes (or, when -1, to the end) of a stream.</summary>
        public static PinnedBody Of(Stream stream, long length)
        {
            if (length < 0)
            {
                var copy = new MemoryStream();
                stream.CopyTo(copy);
                copy.Position = 0;
                return Of(copy, copy.Length);
            }

            // One spare byte so an empty body still has an element to point at.
            var owner = GC.AllocateUninitializedArray<byte>(checked((int)length + 1), pinned: true);
            stream.ReadExactly(owner, 0, (int)length);
            return new PinnedBody(owner, length);
        }
    }

    /// <summary>
    /// A large embedded body (the recognizer's, the gazetteer's and the tagger's tables) copied into memory the kernel
    /// is asked to back with 2 MiB pages (Linux, <c>madvise(MADV_HUGEPAGE)</c>): the lookups read the tables at random
    /// places, and with 4 KiB pages nearly every one of them also missed the address-translation cache (34 MB of
    /// recognizer tables span 8,300 pages, a few dozen 2 MiB ones). The bytes are the same, so every lookup reads the
    /// same values.
    /// </summary>
    private sealed unsafe class LargePageBody : UnmanagedMemoryStream
    {
        private const int PageBytes = 2 << 20;

        private LargePageBody(NativeBlock owner, long length)
            : base((byte*)owner.Start, length)
        {
            Owner = owner;
        }

        public NativeBlock Owner { get; }

        /// <summary>The bytes from the stream's position to its end in large pages, or null (not Linux, smaller than <see cref="ModelMemory.LargePageMinBytes"/>, switched off).</summary>
        public static LargePageBody? Of(UnmanagedMemoryStream memory)
        {
            long length = memory.Length - memory.Position;
            if (!OperatingSystem.IsLinux() || length < ModelMemory.LargePageMinBytes || !ModelMemory.LargePages)
            {
                return null;
            }

            nuint size = (nuint)((length + PageBytes - 1) / PageBytes * PageBytes);
            var block = new NativeBlock(size, PageBytes);
            // asked before the first write, so the pages are large when they are first touched; without the call
            // (another C library) the copy is in ordinary pages, read the same
            try
            {
                _ = Madvise(block.Start, size, MadvHugePage);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
            }

            new ReadOnlySpan<byte>(memory.PositionPointer, checked((int)length)).CopyTo(new Span<byte>(block.Start, checked((int)length)));
            ReleaseSource(memory.PositionPointer, length);
            return new LargePageBody(block, length);
        }

        /// <summary>
        /// Lets go of the source's pages once they are copied: an embedded body lies in the assembly's read-only mapping
        /// of its file, and the copy faulted all of it in, so without this the process held every table twice (the
        /// mapped file's pages and the copy: ~50 MB of ingest's resident memory, bench/README.md, "Ingest's peak
        /// memory at its plateau"). <c>madvise(MADV_DONTNEED)</c> unmaps the whole pages inside the body; the file's
        /// pages stay in the page cache, and a later read of the same place maps them again from the file, with the
        /// same bytes. Only where the body lies in a mapping that is file-backed and not writable (nothing in the
        /// process can have changed those pages, so the file holds what they held); anything else (a body in the
        /// process's own memory, where the call would zero it) is left as it is.
        /// </summary>
        private static void ReleaseSource(byte* start, long length)
        {
            long page = Environment.SystemPageSize;
            long first = ((long)start + page - 1) / page * page;
            long end = ((long)start + length) / page * page;
            if (end <= first || !ReadOnlyFileMapping.Holds(first, end))
            {
                return;
            }

            try
            {
                _ = Madvise((void*)first, (nuint)(end - first), MadvDontNeed);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
            }
        }

        private const int MadvDontNeed = 4;
        private const int MadvHugePage = 14;

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "madvise")]
        private static extern int Madvise(void* address, nuint length, int advice);
    }

    /// <summary>Whether an address range lies in one mapping of a file that the process cannot write (Linux, <c>/proc/self/maps</c>).</summary>
    internal static class ReadOnlyFileMapping
    {
        public static bool Holds(long start, long end)
        {
            const string Maps = "/proc/self/maps";
            if (!OperatingSystem.IsLinux() || !File.Exists(Maps))
            {
                return false;
            }

            // "start-end perms offset dev inode path": an anonymous mapping has inode 0
            foreach (var line in File.ReadLines(Maps))
            {
                var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                int dash = fields[0].IndexOf('-');
                long from = long.Parse(fields[0].AsSpan(0, dash), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
                long to = long.Parse(fields[0].AsSpan(dash + 1), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
                if (start >= from && start < to)
                {
                    return end <= to && fields.Length >= 5 && fields[1].Length >= 2 && fields[1][1] == '-' && fields[4] != "0";
                }
            }

            return false;
        }
    }

    /// <summary>Native memory aligned as asked, freed when no table holds it any more.</summary>
    internal sealed unsafe class NativeBlock
    {
        public NativeBlock(nuint size, nuint alignment)
        {
            Start = System.Runtime.InteropServices.NativeMemory.AlignedAlloc(size, alignment);
            Size = size;
            GC.AddMemoryPressure((long)size);
        }

        ~NativeBlock()
        {
            System.Runtime.InteropServices.NativeMemory.AlignedFree(Start);
            GC.RemoveMemoryPressure((long)Size);
        }

        public void* Start { get; }

        public nuint Size { get; }
    }
}

/// <summary>How the shipped models' large tables are held in memory (<see cref="ModelMemory"/>).</summary>
public enum ModelPages
{
    /// <summary>Read where they lie in the assembly's mapping: a run of one short text touches a few pages of each.</summary>
    InPlace,

    /// <summary>Copied at load into memory backed by 2 MiB pages (Linux): every lookup after is faster, the copy costs the load.</summary>
    Large,
}

/// <summary>
/// Where the shipped models' tables are kept in memory (<see cref="ModelFile"/>). A host that annotates many documents
/// (ingest, serve, worker, bench, `annotate` of a stream or a folder) sets <see cref="Pages"/> to
/// <see cref="ModelPages.Large"/> before the first model loads: in `bench` the recognizer ran ×1.08–1.17 and the tagger
/// ×1.11–1.23 faster, every stage ×1.02–1.13, for about 40 ms of CPU at load (the copy's pages take the place of the mapped file's, which are let go of once copied). The default stays
/// <see cref="ModelPages.InPlace"/> because a one-text `annotate` paid those 40 ms on a 0.26 s start-up (×1.15 CPU,
/// bench/README.md, "Model tables in large pages").
/// </summary>
public static class ModelMemory
{
    /// <summary>Embedded model bodies at least this large are copied into large pages: ner.bin (34 MB), geo.bin (10.5 MB), pos.bin (4.8 MB).</summary>
    public const long LargePageMinBytes = 4 << 20;

    /// <summary>What the host asks for; read when each model loads (a model already loaded keeps its pages).</summary>
    public static ModelPages Pages { get; set; } = ModelPages.InPlace;

    /// <summary><c>DATELINE_MODEL_LARGE_PAGES=0</c> or <c>1</c> overrides the host's choice (to compare, or where memory is tight).</summary>
    private static readonly bool? Override = Environment.GetEnvironmentVariable("DATELINE_MODEL_LARGE_PAGES") switch
    {
        "0" => false,
        "1" => true,
        _ => null,
    };

    /// <summary>Whether a model loading now is copied into large pages.</summary>
    internal static bool LargePages => Override ?? Pages == ModelPages.Large;
}
