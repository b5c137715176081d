using System.Runtime.InteropServices;

namespace Dateline.Store.Sqlite;

/// <summary>
/// How the C heap that SQLite allocates from (glibc's malloc) gives memory back to the system. A search allocates and
/// frees several MiB (sorters, temporary tables, statements); by default glibc then trims the heap's top (brk) and
/// the next search faults the pages in again, with TLB flushes: a profile of a 100k-article run had 5-6 % of its
/// samples in page faults, TLB flushes and brk. Keeping freed memory (the trim threshold raised, a top pad) removes
/// that churn; the process's memory stays at its peak instead of shrinking between searches. A setting of the whole
/// process, so it is the host's to make (`dateline serve`, the search bench), not a side effect of opening a store.
/// Evidence (bench/README.md, issue 20, session 9): 100k articles, StoreBench queries --warm 20, three interleaved
/// pairs with the same setting made through GLIBC_TUNABLES: CPU p95 10.4-10.7 -> 9.1-9.9 ms, p50 3.6-4.4 -> 2.9-3.1 ms.
/// </summary>
public static class NativeHeap
{
    /// <summary>Freed memory at the heap's top is kept up to this much before it is given back (glibc's default: 128 KiB, raised dynamically up to 64 MiB).</summary>
    public const int TrimThresholdBytes = 256 << 20;

    /// <summary>Extra memory taken at each growth of the heap, so a search's allocations do not grow it piecemeal.</summary>
    public const int TopPadBytes = 32 << 20;

    private const int TrimThreshold = -1;
    private const int TopPad = -2;

    /// <summary>Applies <see cref="TrimThresholdBytes"/> and <see cref="TopPadBytes"/> where the C library is glibc; false elsewhere (nothing changed).</summary>
    public static bool KeepFreedMemory()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return mallopt(TrimThreshold, TrimThresholdBytes) == 1 && mallopt(TopPad, TopPadBytes) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Another C library (musl has no mallopt of these).
            return false;
        }
    }

    [DllImport("libc.so.6", CallingConvention = CallingConvention.Cdecl)]
    private static extern int mallopt(int param, int value);
}
