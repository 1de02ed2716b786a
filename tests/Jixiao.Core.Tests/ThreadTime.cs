using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Jixiao.Tests;

/// <summary>
/// Seconds of CPU time the calling thread has used (Linux), else wall seconds: timing tests compare work done, not
/// how long other processes on a shared machine kept the CPU.
/// </summary>
internal static class ThreadTime
{
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
        try { return ClockGetTime(3, out _) == 0; }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException) { return false; }
    }

    public static double Now()
    {
        if (!Available) return Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
        ClockGetTime(3, out var t);
        return t.Seconds + t.Nanoseconds / 1e9;
    }
}
