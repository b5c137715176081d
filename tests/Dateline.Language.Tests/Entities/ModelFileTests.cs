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
}
