using Jixiao.Monitoring;

namespace Jixiao.Cli;

/// <summary>Colours for a terminal; plain text when the output is redirected or NO_COLOR is set.</summary>
public static class Terminal
{
    public static bool Colour { get; set; } = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;

    public static string Light(Light? light)
    {
        if (light is not { } l) return "—";
        var text = l.ToChinese();
        if (!Colour) return text;
        var code = l switch { Monitoring.Light.Red => "31", Monitoring.Light.Yellow => "33", Monitoring.Light.Green => "32", _ => "34" };
        return $"\u001b[{code}m●{text}\u001b[0m";
    }
}
