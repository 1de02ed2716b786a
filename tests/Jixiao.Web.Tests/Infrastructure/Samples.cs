using System.Text;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>Documents to upload: the seeds as published, and one-table documents made from seed 000 under any project name.</summary>
public static class Samples
{
    public const string Seed000 = "000_a2e8745f1a3936ea.txt";
    public const string Seed001 = "001_e7de79ac1631b66e.txt";
    public const string Seed003 = "003_d79471f5f42d8eb5.txt";
    public const string Seed004 = "004_99c72457ea777f4c.txt";

    /// <summary>The project of seed 000 that the one-table documents copy: 100 万元, 14 weighted indicators, no error finding.</summary>
    public const string TemplateProject = "信访稳定工作专项";

    /// <summary>Its manager's phone as published, which public views must mask.</summary>
    public const string Phone = "19112413693";

    public const string MaskedPhone = "191****3693";

    public const int TemplateIndicators = 14;

    public static byte[] Seed(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", name));

    /// <summary>A document with one project table (seed 000's 信访稳定工作专项) renamed to <paramref name="projectName"/>.</summary>
    public static byte[] OneTable(string projectName) => Encoding.UTF8.GetBytes(Block(projectName));

    /// <summary>A document with <paramref name="count"/> such tables, named prefix-1 … prefix-N.</summary>
    public static byte[] ManyTables(int count, string prefix) =>
        Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, count).Select(i => Block($"{prefix}-{i}"))));

    /// <summary>A unique project name, so that a test can find its own tables and nobody else's.</summary>
    public static string UniqueName(string what = "测试项目") => $"{what}{Guid.NewGuid().ToString("N")[..8]}";

    private static readonly Lazy<string> TemplateBlock = new(() =>
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "seeds", Seed000));
        var start = Array.FindIndex(lines, l => l.StartsWith("项目名称\t" + TemplateProject, StringComparison.Ordinal)) - 4;
        var end = Array.FindIndex(lines, start + 5, l => l.StartsWith("2023年", StringComparison.Ordinal));
        return string.Join("\n", lines[start..end]) + "\n\n";
    });

    private static string Block(string projectName) => TemplateBlock.Value.Replace(TemplateProject, projectName, StringComparison.Ordinal);
}
