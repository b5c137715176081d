using System.Runtime.InteropServices;

namespace Dateline.Core.Running;

/// <summary>
/// The C library's heap (glibc's malloc), where the runtime's JIT and SQLite take their memory. glibc keeps what is
/// freed: each thread's arena (a 64 MiB reservation) shrinks only from its top, so the JIT's transient memory of a
/// burst of compilations on the pipeline's worker stays resident after it is freed. In `ingest -j 1` one arena held
/// 63.5 MB with 2.1 MB in use from the first 200 documents on (glibc's malloc_stats at 700 documents; the worker's
/// native allocations in 200 documents, 124 MiB, were nearly all the JIT's), and a <c>malloc_trim(0)</c> called from a
/// debugger in the middle of a 12,000-document ingest took the process from 250 to 180 MB resident (bench/README.md,
/// "Ingest's peak memory at its plateau").
/// </summary>
public static class NativeHeap
{
    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>
    /// Gives the free pages of every arena back to the system (<c>malloc_trim(0)</c>: whole free pages anywhere in an
    /// arena, not only at its top). Nothing in use moves or changes. False where there is no such call (not Linux, a C
    /// library without it) or nothing was given back.
    /// </summary>
    public static bool Trim()
    {
        if (_unavailable)
        {
            return false;
        }

        try
        {
            return MallocTrim(0) != 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
