namespace Jixiao.Cli.Tests;

/// <summary>Runs the command line in-process, as a person would from a shell, and the sample documents it is run on.</summary>
internal static class Cli
{
    public static string Seed(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var exit = CliApp.Run(args, o, e, () => Stream.Null);
        return (exit, o.ToString(), e.ToString());
    }
}
