using Dateline.Store.Sqlite;

namespace Dateline.Store.Tests.Sqlite;

public sealed class NativeHeapTests
{
    [Fact]
    public void FreedMemoryIsKeptWhereTheCLibraryIsGlibcAndNothingChangesElsewhere()
    {
        var glibc = OperatingSystem.IsLinux() && (File.Exists("/lib/x86_64-linux-gnu/libc.so.6") || File.Exists("/lib/aarch64-linux-gnu/libc.so.6") || File.Exists("/lib64/libc.so.6"));
        Assert.Equal(glibc, NativeHeap.KeepFreedMemory());
    }
}
