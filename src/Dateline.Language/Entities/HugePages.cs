using System.Runtime.InteropServices;

namespace Dateline.Language.Entities;

/// <summary>
/// Large arrays that a load fills at once (model weight tables): allocated without clearing and, on Linux, advised to
/// the kernel for transparent huge pages. Every 4 KB page touched for the first time costs a page fault (about 4 µs
/// each on the 2-core test machine: 37k of them, about a quarter of `annotate`'s start-up CPU); with huge pages a 2 MB
/// extent costs one, and lookups in the table miss the TLB less. Where the advice is not available (another system,
/// huge pages off) the array is an ordinary one.
/// </summary>
internal static class HugePages
{
    private const int MadviseHugePage = 14; // MADV_HUGEPAGE (linux/mman.h)
    private const long HugePageBytes = 2 << 20;

    /// <summary>An array of <paramref name="length"/> elements whose content is undefined until written.</summary>
    public static T[] Allocate<T>(int length)
        where T : unmanaged
    {
        var array = GC.AllocateUninitializedArray<T>(length);
        long bytes = (long)length * Marshal.SizeOf<T>();
        if (bytes < 2 * HugePageBytes || !OperatingSystem.IsLinux())
        {
            return array;
        }

        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            long start = (long)handle.AddrOfPinnedObject();
            long first = (start + HugePageBytes - 1) & ~(HugePageBytes - 1);
            long end = (start + bytes) & ~(HugePageBytes - 1);
            if (end > first)
            {
                _ = Madvise((nint)first, (nuint)(end - first), MadviseHugePage);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // No libc madvise: ordinary pages.
        }
        finally
        {
            handle.Free();
        }

        return array;
    }

    // DllImport, not LibraryImport: the arguments are blittable, and the generated stub would need unsafe code.
    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nint address, nuint length, int advice);
}
