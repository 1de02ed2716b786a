namespace Jixiao.Web.Bench;

/// <summary>The measurement commands the web app answers instead of serving: <c>bench-db</c> and <c>bench-api</c> (issue 8).</summary>
public static class WebBench
{
    public static bool Handles(string[] args) => args.Length > 0 && args[0] is "bench-db" or "bench-api";

    public static async Task<int> Run(string[] args)
    {
        if (BenchOptions.Parse(args, Console.Error) is not { } o) return 2;
        return o.Mode == "bench-db" ? await DbBench.Run(o, Console.Out) : await ApiBench.Run(o, Console.Out);
    }
}
