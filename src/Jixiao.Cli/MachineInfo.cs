using System.Reflection;
using System.Runtime.InteropServices;

namespace Jixiao.Cli;

/// <summary>What a measurement ran on: CPU, cores, memory, operating system, .NET, and whether the code was optimised.</summary>
public sealed record MachineInfo(string Cpu, int Cores, long MemoryBytes, string Os, string Dotnet, string Build)
{
    /// <summary>The 1-minute load average (Linux): above the number of cores, other processes were competing for them.</summary>
    public string? LoadAverage
    {
        get
        {
            try { return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : null; }
            catch (IOException) { return null; }
        }
    }

    public static MachineInfo Current()
    {
        var cpu = "unknown";
        try
        {
            if (File.Exists("/proc/cpuinfo"))
                cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
        }
        catch (IOException) { }
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        var debuggable = typeof(Jixiao.Reading.DocumentReader).Assembly.GetCustomAttribute<System.Diagnostics.DebuggableAttribute>()?.IsJITOptimizerDisabled ?? false;
        return new MachineInfo(cpu, Environment.ProcessorCount, memory, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription,
            debuggable ? "Debug（未优化：测量请用 -c Release）" : "Release");
    }
}
