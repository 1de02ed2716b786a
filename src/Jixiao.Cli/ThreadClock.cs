using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Jixiao.Cli;

/// <summary>
/// Time a thread spent on the CPU, so that phases measured on a busy machine are not charged for the time other
/// processes had the CPU. Linux's per-thread clock; elsewhere wall time.
/// </summary>
internal sealed class ThreadClock
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

    private static readonly bool Available = OperatingSystem.IsLinux() && Probe();

    private static bool Probe()
    {
        try { return ClockGetTime(ThreadCpuTime, out _) == 0; }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException) { return false; }
    }

    /// <summary>Whether the times are CPU times (true) or wall times (false).</summary>
    public static bool IsCpuTime => Available;

    private long _started;
    private long _elapsed;

    private static long Now()
    {
        if (!Available) return Stopwatch.GetTimestamp() * 1_000_000_000 / Stopwatch.Frequency;
        ClockGetTime(ThreadCpuTime, out var t);
        return t.Seconds * 1_000_000_000 + t.Nanoseconds;
    }

    public void Start() => _started = Now();

    public void Stop() => _elapsed += Now() - _started;

    public double Seconds => _elapsed / 1e9;
}
