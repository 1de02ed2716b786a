using System.CommandLine;
using Jixiao.Exchange;
using Jixiao.Profiles;
using Jixiao.Documents.Reading;
using Jixiao.Reading;
using Jixiao.Review;

namespace Jixiao.Cli;

/// <summary>`jixiao check FILE... [--format text|json|sarif] [--profile FILE]`: reviews tables with the check catalogue.</summary>
public static class CheckCommand
{
    public const int Clean = 0;
    public const int HasErrors = 1;
    public const int CannotRead = 2;

    public static Command Create(TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var files = new Argument<string[]>("FILE") { Description = "要审核的文件；“-”表示标准输入。", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "输出格式：text（默认）、json（交换格式，含 diagnostics）或 sarif（SARIF 2.1.0）。", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var profile = new Option<string?>("--profile") { Description = "审核口径配置文件（JSON）；默认使用随附的全国口径。" };
        var command = new Command("check", "按检查目录审核绩效目标表，给出每条问题和表的等级（优/良/中/差）。") { files, format, profile };
        command.SetAction(r => Run(r.GetValue(files)!, r.GetValue(format)!, r.GetValue(profile), stdout, stderr, stdin));
        return command;
    }

    public static int Run(string[] files, string format, string? profilePath, TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        if (!ProfileFiles.TryLoad(profilePath, stderr, out var profile)) return CannotRead;
        var reviews = new List<(DocumentReview Review, string Uri)>();
        var cannotRead = false;
        foreach (var file in files)
        {
            if (!InputFiles.TryRead(file, stdin, out var bytes, out var error))
            {
                stderr.WriteLine(error);
                cannotRead = true;
                continue;
            }
            var name = file == "-" ? "<stdin>" : Path.GetFileName(file);
            reviews.Add((Reviewer.Review(OfficeReader.Read(bytes, name), profile), file == "-" ? "stdin" : file));
        }
        switch (format)
        {
            case "json": stdout.WriteLine(ExchangeWriter.Write(reviews.Select(r => r.Review), asArray: files.Length > 1)); break;
            case "sarif": stdout.WriteLine(SarifWriter.Write(reviews, typeof(CheckCommand).Assembly.GetName().Version?.ToString() ?? "0")); break;
            default: foreach (var (r, uri) in reviews) ReviewReport.Write(r, uri, profile, stdout); break;
        }
        if (cannotRead) return CannotRead;
        return reviews.Any(r => r.Review.HasErrors) ? HasErrors : Clean;
    }
}
