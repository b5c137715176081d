using System.Runtime.InteropServices;
using Dateline.Language.Entities;

namespace Dateline.Language.Tests.Entities;

public class ModelFileTests
{
    [Theory]
    [InlineData(1000, ModelPages.Large)] // too small: read where it lies
    [InlineData((int)(ModelMemory.LargePageMinBytes / 4) + 1000, ModelPages.InPlace)] // the default: read where it lies
    [InlineData((int)(ModelMemory.LargePageMinBytes / 4) + 1000, ModelPages.Large)] // copied into large pages (Linux)
    public unsafe void Tables_of_a_body_in_memory_hold_its_values_wherever_they_are_kept(int count, ModelPages pages)
    {
        var before = ModelMemory.Pages;
        ModelMemory.Pages = pages;
        var values = new int[count];
        var random = new Random(11);
        for (int i = 0; i < count; i++)
        {
            values[i] = random.Next();
        }

        // a body in native memory, as an embedded resource lies in the mapped assembly: the magic, then the ints
        long length = 4 + (count * 4L);
        byte* memory = (byte*)NativeMemory.Alloc((nuint)length);
        try
        {
            using var body = new UnmanagedMemoryStream(memory, length, length, FileAccess.ReadWrite);
            using (var writer = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(0x4c444f4du);
                ModelFile.WriteArray<int>(writer, values);
            }

            body.Position = 0;
            var table = ModelFile.Read(body, (reader, magic) =>
            {
                Assert.Equal(0x4c444f4du, magic);
                return ModelFile.Take<int>(reader, count);
            });

            Assert.Equal(values, table.Span.ToArray());

            // a body in the process's own memory is never let go of after its copy: it still holds its values
            Assert.Equal(values, new ReadOnlySpan<int>(memory + 4, count).ToArray());

            // the body overwritten: a table read in place sees it, a copy does not (and keeps its memory alive itself)
            bool copied = OperatingSystem.IsLinux() && ModelMemory.LargePages && length - 4 >= ModelMemory.LargePageMinBytes;
            new Span<byte>(memory + 4, count * 4).Clear();
            Assert.Equal(copied ? values[0] : 0, table.Span[0]);
            Assert.Equal(copied ? values[^1] : 0, table.Span[^1]);
            Assert.Equal(copied, table.Owner is not null);
        }
        finally
        {
            NativeMemory.Free(memory);
            ModelMemory.Pages = before;
        }
    }

    [Fact]
    public unsafe void A_body_in_a_read_only_file_mapping_is_let_go_of_once_copied_and_reads_the_same_after()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var before = ModelMemory.Pages;
        ModelMemory.Pages = ModelPages.Large;
        int count = (int)(ModelMemory.LargePageMinBytes / 4) + 300_000;
        var values = new int[count];
        var random = new Random(5);
        for (int i = 0; i < count; i++)
        {
            values[i] = random.Next();
        }

        // as an embedded model lies in the assembly's mapping of its file: the magic, then the ints, mapped read-only
        var path = Path.Combine(Path.GetTempPath(), $"modelfile-{Guid.NewGuid():N}.bin");
        try
        {
            ModelFile.Write(path, writer =>
            {
                writer.Write(0x4c444f4du);
                ModelFile.WriteArray<int>(writer, values);
            });
            using var mapped = System.IO.MemoryMappedFiles.MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, System.IO.MemoryMappedFiles.MemoryMappedFileAccess.Read);
            using var view = mapped.CreateViewAccessor(0, 0, System.IO.MemoryMappedFiles.MemoryMappedFileAccess.Read);
            byte* start = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            try
            {
                start += view.PointerOffset;
                long length = 4 + (count * 4L);
                int sum = 0;
                for (long i = 0; i < length; i += Environment.SystemPageSize)
                {
                    sum += start[i]; // every page of the body resident, as the copy leaves them
                }

                using var body = new UnmanagedMemoryStream(start, length);
                var table = ModelFile.Read(body, (reader, magic) => ModelFile.Take<int>(reader, count));

                Assert.Equal(values, table.Span.ToArray());
                Assert.NotNull(table.Owner);
                long middle = (long)(start + (length / 2));
                Assert.False(Resident(middle - (middle % Environment.SystemPageSize)));

                // read again, the mapping gives the file's bytes
                Assert.Equal(values, new ReadOnlySpan<int>(start + 4, count).ToArray());
                Assert.True(sum >= 0);
            }
            finally
            {
                view.SafeMemoryMappedViewHandle.ReleasePointer();
            }
        }
        finally
        {
            ModelMemory.Pages = before;
            File.Delete(path);
        }
    }

    /// <summary>Whether the page at an address is mapped in this process now (<c>/proc/self/pagemap</c>, bit 63).</summary>
    private static bool Resident(long address)
    {
        using var pagemap = File.OpenRead("/proc/self/pagemap");
        pagemap.Position = address / Environment.SystemPageSize * 8;
        Span<byte> entry = stackalloc byte[8];
        pagemap.ReadExactly(entry);
        return (BitConverter.ToUInt64(entry) >> 63) != 0;
    }
}
