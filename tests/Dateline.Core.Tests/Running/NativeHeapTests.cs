using System.Runtime.InteropServices;
using Dateline.Core.Running;

namespace Dateline.Core.Tests.Running;

public class NativeHeapTests
{
    [Fact]
    public void FreedSmallBlocksBelowOneStillInUseAreGivenBackByATrim()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.False(NativeHeap.Trim());
            return;
        }

        // 48 MB in 256-byte blocks (each from an arena, none mapped on its own), written, then all freed but the
        // last: glibc shrinks an arena only from its top, so without a trim the freed pages stay resident
        const int Count = 192 * 1024;
        var blocks = new nint[Count];
        var ones = Enumerable.Repeat((byte)1, 256).ToArray();
        for (int i = 0; i < Count; i++)
        {
            blocks[i] = Marshal.AllocHGlobal(256);
            Marshal.Copy(ones, 0, blocks[i], 256);
        }

        for (int i = 0; i < Count - 1; i++)
        {
            Marshal.FreeHGlobal(blocks[i]);
        }

        long before = ResidentAnonymousKib();
        bool gaveBack = NativeHeap.Trim();
        long after = ResidentAnonymousKib();
        Marshal.FreeHGlobal(blocks[Count - 1]);

        Assert.True(gaveBack);
        Assert.True(before - after > 24 * 1024, $"resident anonymous memory {before} KiB before the trim, {after} KiB after");
    }

    private static long ResidentAnonymousKib()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("RssAnon:", StringComparison.Ordinal));
        return long.Parse(line["RssAnon:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}
