using System.CommandLine;
using Jixiao.Documents.Reading;
using Jixiao.Documents.Writing;
using Jixiao.Model;

namespace Jixiao.Cli;

/// <summary>
/// `jixiao convert IN OUT` (formats from the extensions) and `jixiao export IN... --to DIR --format …` for many
/// tables at once: the official form as xlsx, docx, pdf or html; the data as csv or open-data json.
/// </summary>
public static class ConvertCommands
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int CannotRead = 2;

    public static Command Convert(TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var input = new Argument<string>("IN") { Description = "要读取的文件（文本、xlsx、docx、xls、pdf；“-”为标准输入）。" };
        var output = new Argument<string>("OUT") { Description = $"要写出的文件，格式由扩展名决定：{string.Join("、", Exporter.Formats)}。" };
        var mask = new Option<bool>("--mask-phones") { Description = "对个人电话号码打码（公开发布时使用）。" };
        var command = new Command("convert", "转换格式：读入一份文档，按官方表样写出 xlsx/docx/pdf/html，或写出 csv/json 数据。") { input, output, mask };
        command.SetAction(r => RunConvert(r.GetValue(input)!, r.GetValue(output)!, r.GetValue(mask), stdout, stderr, stdin));
        return command;
    }

    public static Command Export(TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var inputs = new Argument<string[]>("IN") { Description = "要读取的文件。", Arity = ArgumentArity.OneOrMore };
        var to = new Option<string>("--to") { Description = "输出目录（不存在时创建）。", Required = true };
        var formats = new Option<string[]>("--format") { Description = "一个或多个格式：xlsx docx pdf html csv json（默认 xlsx csv json）。", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => ["xlsx", "csv", "json"] };
        var year = new Option<int?>("--year") { Description = "只导出这一年度的表。" };
        var unit = new Option<string?>("--unit") { Description = "只导出这个单位（实施单位或预算单位名称中含有此文字）的表。" };
        var name = new Option<string>("--name") { Description = "输出文件名（不含扩展名）。", DefaultValueFactory = _ => "绩效目标表" };
        var mask = new Option<bool>("--mask-phones") { Description = "对个人电话号码打码（公开发布时使用）。" };
        var command = new Command("export", "批量导出：把多份文档中的表（可按年度、单位筛选）写成一个工作簿、一个 Word 文档、一个 PDF、一个 CSV 和开放数据 JSON。")
            { inputs, to, formats, year, unit, name, mask };
        command.SetAction(r => RunExport(r.GetValue(inputs)!, r.GetValue(to)!, r.GetValue(formats)!, r.GetValue(year), r.GetValue(unit), r.GetValue(name)!, r.GetValue(mask), stdout, stderr, stdin));
        return command;
    }

    public static int RunConvert(string input, string output, bool mask, TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var format = Exporter.FormatOf(output);
        if (format is null)
        {
            stderr.WriteLine($"无法从“{output}”的扩展名判断输出格式；可用：{string.Join("、", Exporter.Formats.Select(f => "." + f))}。");
            return Failed;
        }
        if (!InputFiles.TryRead(input, stdin, out var bytes, out var error)) { stderr.WriteLine(error); return CannotRead; }
        var read = OfficeReader.Read(bytes, input == "-" ? "<stdin>" : Path.GetFileName(input));
        foreach (var d in read.Diagnostics) stderr.WriteLine(TextReport.Finding(input, d));
        if (read.Tables.Count == 0) { stderr.WriteLine($"“{input}”中没有读到表，未写出文件。"); return Failed; }
        return Write([read], format, output, mask, stdout, stderr);
    }

    public static int RunExport(string[] inputs, string to, string[] formats, int? year, string? unit, string name, bool mask, TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var bad = formats.SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries)).Where(f => !Exporter.Formats.Contains(f)).ToList();
        if (bad.Count > 0) { stderr.WriteLine($"不支持的格式：{string.Join("、", bad)}；可用：{string.Join("、", Exporter.Formats)}。"); return Failed; }
        var documents = new List<ReadResult>();
        var exit = Ok;
        foreach (var input in inputs)
        {
            if (!InputFiles.TryRead(input, stdin, out var bytes, out var error)) { stderr.WriteLine(error); exit = CannotRead; continue; }
            var read = OfficeReader.Read(bytes, Path.GetFileName(input));
            var kept = read.Tables.Where(t => (year is null || t.Year == year) && (unit is null || (t.Unit ?? "").Contains(unit, StringComparison.Ordinal))).ToList();
            documents.Add(read with { Tables = kept });
        }
        var count = documents.Sum(d => d.Tables.Count);
        if (count == 0) { stderr.WriteLine("没有符合条件的表，未写出文件。"); return Failed; }
        foreach (var format in formats.SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries)).Distinct())
        {
            var result = Write(documents, format, Path.Combine(to, $"{name}.{format}"), mask, stdout, stderr);
            if (result != Ok) exit = Math.Max(exit, result);
        }
        stdout.WriteLine($"共导出 {count} 张表到 {to}");
        return exit;
    }

    private static int Write(IReadOnlyList<ReadResult> documents, string format, string path, bool mask, TextWriter stdout, TextWriter stderr)
    {
        var result = Exporter.Export(documents, format, mask);
        if (!result.Ok) { stderr.WriteLine(result.Error); return Failed; }
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllBytes(path, result.Content!);
            stdout.WriteLine($"已写出 {path}");
            if (result.Descriptor is { } descriptor)
            {
                var descriptorPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "datapackage.json");
                File.WriteAllText(descriptorPath, descriptor);
                stdout.WriteLine($"已写出 {descriptorPath}");
            }
            return Ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"无法写出“{path}”：{(ex is UnauthorizedAccessException ? "没有写入权限" : ex.Message)}");
            return Failed;
        }
    }
}
