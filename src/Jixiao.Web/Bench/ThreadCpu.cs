using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Jixiao.Web.Bench;

/// <summary>
/// CPU time of the calling thread (Linux's per-thread clock; elsewhere wall time), so that work done on one thread —
/// an SQLite import runs entirely on the caller's — can be told apart from time the machine gave to other processes.
/// </summary>
public static class ThreadCpu
{
    private const int ThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>Whether <see cref="Now"/> is CPU time (true) or wall time (false).</summary>
    public static bool Available { get; } = OperatingSystem.IsLinux() && Probe();

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ThreadCpuTime, out _) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    public static TimeSpan Now()
    {
        if (!Available) return Stopwatch.GetElapsedTime(0);
        ClockGetTime(ThreadCpuTime, out var t);
        return TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100);
    }
}
