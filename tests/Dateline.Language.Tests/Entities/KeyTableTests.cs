using Dateline.Language.Entities;

namespace Dateline.Language.Tests.Entities;

public class KeyTableTests
{
    [Fact]
    public void Every_key_is_found_with_its_value_and_no_other_key_is()
    {
        var random = new Random(7);
        var entries = new Dictionary<ulong, uint> { [0] = 1, [ulong.MaxValue] = 2, [1UL << 63] = 3 };
        while (entries.Count < 5000)
        {
            entries[(ulong)random.NextInt64() * 3] = (uint)random.Next();
        }

        // A run of keys sharing their top bits (uneven keys): slower, never wrong.
        for (ulong k = 0; k < 300; k++)
        {
            entries[(5UL << 60) + k] = (uint)k;
        }

        foreach (var table in new[] { KeyTable.Of(entries), SavedAndRead(KeyTable.Of(entries)) })
        {
            Assert.Equal(entries.Count, table.Count);
            foreach (var (key, value) in entries)
            {
                Assert.True(table.TryGetValue(key, out uint found), $"key {key}");
                Assert.Equal(value, found);
            }

            for (int i = 0; i < 5000; i++)
            {
                ulong absent = ((ulong)random.NextInt64() * 3) + 1;
                Assert.Equal(entries.ContainsKey(absent), table.TryGetValue(absent, out _));
            }
        }
    }

    [Fact]
    public void An_empty_table_finds_nothing()
    {
        Assert.False(KeyTable.Empty.TryGetValue(0, out _));
        Assert.False(SavedAndRead(KeyTable.Empty).TryGetValue(ulong.MaxValue, out _));
    }

    [Fact]
    public void A_cut_off_table_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(0x12345678u);
            KeyTable.Of(new Dictionary<ulong, uint> { [1] = 1, [2] = 2 }).Write(writer);
        }

        var bytes = buffer.ToArray()[..^3];
        Assert.Throws<EndOfStreamException>(() => ModelFile.Read(new MemoryStream(bytes), (reader, _) => KeyTable.Read(reader)));
    }

    private static KeyTable SavedAndRead(KeyTable table)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(0x12345678u);
            table.Write(writer);
        }

        buffer.Position = 0;
        return ModelFile.Read(buffer, (reader, _) => KeyTable.Read(reader));
    }
}
