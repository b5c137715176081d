using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Dateline.Core.Running;

/// <summary>
/// A stopwatch of the calling thread's CPU time (Linux `CLOCK_THREAD_CPUTIME_ID`, a vDSO call), so a benchmark's
/// figure does not count the time a busy neighbour held the core; elsewhere it falls back to wall time
/// (<see cref="CountsCpu"/> says which). One clock for the language bench and the store's search bench.
/// </summary>
public sealed class ThreadClock
{
    private const int ClockThreadCpuTime = 3;
    private static readonly bool Supported = OperatingSystem.IsLinux() && Probe();

    private long _started;
    private long _elapsedTicks;

    /// <summary>Whether the clock counts CPU time (true) or wall time.</summary>
    public static bool CountsCpu => Supported;

    public TimeSpan Elapsed => TimeSpan.FromTicks(_elapsedTicks);

    public void Start() => _started = Now();

    public void Stop() => _elapsedTicks += Now() - _started;

    /// <summary>Now in 100 ns ticks.</summary>
    private static long Now()
    {
        if (Supported && clock_gettime(ClockThreadCpuTime, out var t) == 0)
        {
            return (t.Seconds * 1_000_000_000 + t.Nanoseconds) / 100;
        }

        return Stopwatch.GetTimestamp() * TimeSpan.TicksPerSecond / Stopwatch.Frequency;
    }

    private static bool Probe()
    {
        try
        {
            return clock_gettime(ClockThreadCpuTime, out _) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc")]
    private static extern int clock_gettime(int clockId, out TimeSpec time);

    /// <summary>struct timespec on 64-bit Linux.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
