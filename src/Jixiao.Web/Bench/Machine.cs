using System.Reflection;
using System.Runtime.InteropServices;

namespace Jixiao.Web.Bench;

/// <summary>What a measurement ran on, in one line: CPU, cores, memory, operating system, .NET, and whether the code was optimised.</summary>
public static class Machine
{
    /// <summary>The 1-, 5- and 15-minute load averages: on a shared 2-core machine they say how much of it the measurement had.</summary>
    public static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    public static string Describe()
    {
        var cpu = "unknown CPU";
        try
        {
            if (File.Exists("/proc/cpuinfo"))
                cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
        }
        catch (IOException)
        {
            // No CPU name: the rest of the line still says enough.
        }
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0;
        var debug = typeof(Machine).Assembly.GetCustomAttribute<System.Diagnostics.DebuggableAttribute>()?.IsJITOptimizerDisabled ?? false;
        return $"{cpu}，{Environment.ProcessorCount} 核，内存 {memory:0.0} GB，{RuntimeInformation.OSDescription}，{RuntimeInformation.FrameworkDescription}，"
               + (debug ? "Debug（未优化：测量请用 -c Release）" : "Release");
    }
}
