using System.Runtime.InteropServices;

namespace Dateline.Store.Bench;

/// <summary>
/// CPU time of the calling thread (Linux's CLOCK_THREAD_CPUTIME_ID): on a shared machine the wall clock of a query
/// grows with the neighbours' load, its CPU time hardly. NaN where the clock is not available.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTime = 3;

    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return double.NaN;
        }

        return ClockGetTime(ThreadCpuTime, out var time) == 0 ? (time.Seconds * 1000.0) + (time.Nanoseconds / 1e6) : double.NaN;
    }

    // DllImport, not LibraryImport: the generated marshalling needs unsafe code, and this blittable call needs none.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
