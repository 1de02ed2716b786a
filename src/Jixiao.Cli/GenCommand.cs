using System.CommandLine;
using System.Globalization;
using Jixiao.Generator;

namespace Jixiao.Cli;

/// <summary>
/// `jixiao gen --tables N --seed S --out DIR [--layouts tabs,cells,…] [--errors RATE]`: writes synthetic documents
/// (the same seed gives the same bytes), an entry sheet beside each, and manifest.json saying what was planted where.
/// </summary>
public static class GenCommand
{
    public const int Ok = 0;
    public const int BadArguments = 2;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var tables = new Option<int>("--tables") { Description = "要生成的表的数量。", Required = true };
        tables.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--tables 应为正整数。"); });
        var seed = new Option<int>("--seed") { Description = "随机种子；相同的种子生成完全相同的文件。", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "输出目录（不存在时创建）。", Required = true };
        var layouts = LayoutsOption();
        var errors = ErrorsOption();
        var command = new Command("gen", "生成模拟的绩效目标表文档（各种版式），按比例埋入已知错误，并写出清单 manifest.json，用于测量审核的准确率和速度。")
        {
            tables, seed, output, layouts, errors,
        };
        command.SetAction(r => Run(r.GetValue(tables), r.GetValue(seed), r.GetValue(output)!, r.GetValue(layouts), r.GetValue(errors), stdout, stderr));
        return command;
    }

    internal static Option<string?> LayoutsOption() =>
        new("--layouts") { Description = $"使用的版式，逗号分隔：{string.Join(",", DocumentLayouts.All.Select(l => l.Name()))}（默认全部）。" };

    internal static Option<double> ErrorsOption()
    {
        var errors = new Option<double>("--errors") { Description = "埋入错误的表所占比例，0–1（默认 0.1）。", DefaultValueFactory = _ => 0.1 };
        errors.Validators.Add(r => { if (r.GetValueOrDefault<double>() is < 0 or > 1) r.AddError("--errors 应在 0 到 1 之间，如 0.1。"); });
        return errors;
    }

    /// <summary>Parses `tabs,cells`; null with a message when a name is not a layout.</summary>
    internal static IReadOnlyList<DocumentLayout>? ParseLayouts(string? text, TextWriter stderr)
    {
        if (string.IsNullOrWhiteSpace(text)) return DocumentLayouts.All;
        var result = new List<DocumentLayout>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (DocumentLayouts.Parse(part) is not { } l)
            {
                stderr.WriteLine($"--layouts 中的“{part}”不是版式；可用：{string.Join(",", DocumentLayouts.All.Select(x => x.Name()))}。");
                return null;
            }
            if (!result.Contains(l)) result.Add(l);
        }
        return result;
    }

    public static int Run(int tables, int seed, string output, string? layoutText, double errors, TextWriter stdout, TextWriter stderr)
    {
        if (ParseLayouts(layoutText, stderr) is not { } layouts) return BadArguments;
        var options = new GeneratorOptions { Seed = seed, Layouts = layouts, ErrorRate = errors };
        try
        {
            Directory.CreateDirectory(output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"无法创建输出目录“{output}”：{ex.Message}");
            return BadArguments;
        }
        long documents = 0, indicators = 0, planted = 0;
        using (var manifestFile = File.Create(Path.Combine(output, "manifest.json")))
        using (var manifest = new ManifestWriter(manifestFile, options, tables))
        {
            foreach (var doc in new DocumentGenerator(options).Generate(tables))
            {
                File.WriteAllBytes(Path.Combine(output, doc.FileName), doc.Bytes);
                File.WriteAllBytes(Path.Combine(output, doc.ActualsFileName), doc.Actuals);
                manifest.Add(doc);
                documents++;
                indicators += doc.IndicatorCount;
                planted += doc.Planted.Count();
            }
        }
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"已生成 {documents} 份文档、{tables} 张表、{indicators} 个指标，埋入错误 {planted} 处；清单：{Path.Combine(output, "manifest.json")}"));
        return Ok;
    }
}
