using System.CommandLine;
using Jixiao.Exchange;
using Jixiao.Model;
using Jixiao.Documents.Reading;
using Jixiao.Reading;

namespace Jixiao.Cli;

/// <summary>`jixiao parse FILE... [--format text|json]`: reads published tables and prints them.</summary>
public static class ParseCommand
{
    public const int Ok = 0;
    public const int CannotOpen = 2;

    public static Command Create(TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var files = new Argument<string[]>("FILE") { Description = "要读取的文件；“-”表示标准输入。", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "输出格式：text（默认，便于人工核对）或 json（交换格式）。", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("parse", "读取绩效目标表（文本），输出表头信息和指标。") { files, format };
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(format)!, stdout, stderr, stdin));
        return command;
    }

    public static int Run(string[] files, string format, TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var results = new List<ReadResult>();
        var exit = Ok;
        foreach (var file in files)
        {
            if (!InputFiles.TryRead(file, stdin, out var bytes, out var error))
            {
                stderr.WriteLine(error);
                exit = CannotOpen;
                continue;
            }
            results.Add(OfficeReader.Read(bytes, file == "-" ? "<stdin>" : Path.GetFileName(file)));
        }
        if (format == "json") stdout.WriteLine(ExchangeWriter.Write(results, asArray: files.Length > 1));
        else foreach (var r in results) TextReport.Write(r, stdout);
        return exit;
    }
}
