using System.CommandLine;

namespace Jixiao.Cli;

/// <summary>The `jixiao` command line: one sub-command per job.</summary>
public static class CliApp
{
    /// <summary>Exit code of an internal error (EX_SOFTWARE).</summary>
    public const int InternalError = 70;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var root = new RootCommand("Jixiao 绩效目标表工具：读取、审核、评分和发布预算绩效目标表。");
        root.Subcommands.Add(ParseCommand.Create(stdout, stderr, stdin));
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr, stdin));
        root.Subcommands.Add(EntryCommands.Score(stdout, stderr, stdin));
        root.Subcommands.Add(EntryCommands.Monitor(stdout, stderr, stdin));
        root.Subcommands.Add(EntryCommands.Template(stdout, stderr, stdin));
        root.Subcommands.Add(ConvertCommands.Convert(stdout, stderr, stdin));
        root.Subcommands.Add(ConvertCommands.Export(stdout, stderr, stdin));
        root.Subcommands.Add(GenCommand.Create(stdout, stderr));
        root.Subcommands.Add(BenchCommand.Create(stdout, stderr));
        var parsed = root.Parse(args);
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            // A bug must not show users a stack trace: say what happened and how to report it.
            stderr.WriteLine($"jixiao 遇到内部错误（{ex.GetType().Name}：{ex.Message}）。已读取的文件没有被修改；请把命令和输入文件反馈给维护者。");
            return InternalError;
        }
    }
}
