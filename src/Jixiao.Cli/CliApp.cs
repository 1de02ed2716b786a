using System.CommandLine;

namespace Jixiao.Cli;

/// <summary>The `jixiao` command line: one sub-command per job.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var root = new RootCommand("Jixiao 绩效目标表工具：读取、审核、评分和发布预算绩效目标表。");
        root.Subcommands.Add(ParseCommand.Create(stdout, stderr, stdin));
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr, stdin));
        root.Subcommands.Add(EntryCommands.Score(stdout, stderr, stdin));
        root.Subcommands.Add(EntryCommands.Monitor(stdout, stderr, stdin));
        root.Subcommands.Add(EntryCommands.Template(stdout, stderr, stdin));
        var parsed = root.Parse(args);
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
