using System.Text;
using System.Text.Json;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao parse` end to end through <see cref="CliApp.Run"/>: output formats, standard input, and files that cannot be opened.</summary>
public class ParseCommandTests
{
    private const string Seed000 = "000_a2e8745f1a3936ea.txt";
    private const string Seed001 = "001_e7de79ac1631b66e.txt";

    private static readonly string[] Seed000Projects = ["信访稳定工作专项", "复杂疑难问题专项", "涉稳信息员经费", "信访移动专项租线"];

    // The CLI project copies the seeds beside its output, and so beside this test assembly.
    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    private static string MissingFile => Path.Combine(AppContext.BaseDirectory, "samples", "no-such-file.txt");

    private sealed record Run(int Exit, string Stdout, string Stderr);

    private static Run Parse(string[] args, byte[]? stdin = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        // Standard input is only there when a test gives it: reading it otherwise is a bug.
        Func<Stream> input = stdin is null ? () => throw new InvalidOperationException("standard input was read") : () => new MemoryStream(stdin);
        var exit = CliApp.Run(["parse", .. args], stdout, stderr, input);
        return new Run(exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Parse_SeedAsText_PrintsProjectsAndIndicators()
    {
        var run = Parse([Sample(Seed000)]);

        run.Exit.Should().Be(0);
        run.Stderr.Should().BeEmpty();
        run.Stdout.Should().Contain(Seed000).And.ContainAll(Seed000Projects);
        var row = run.Stdout.Split('\n').Should().ContainSingle(l => l.Contains("县领导公开接访服务量")).Subject;
        row.Should().ContainAll("≥", "200", "次");
    }

    [Fact]
    public void Parse_SeedAsJson_WritesExchangeFormat()
    {
        var run = Parse([Sample(Seed000), "--format", "json"]);

        run.Exit.Should().Be(0);
        run.Stderr.Should().BeEmpty();
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        root.ValueKind.Should().Be(JsonValueKind.Object);
        root.GetProperty("source").GetString().Should().Be(Seed000);
        root.GetProperty("encoding").GetString().Should().Be("utf-8");
        var tables = root.GetProperty("tables");
        tables.GetArrayLength().Should().Be(5);
        tables[0].GetProperty("kind").GetString().Should().Be("department");

        var project = tables[1];
        project.GetProperty("kind").GetString().Should().Be("project");
        project.GetProperty("stage").GetString().Should().Be("target");
        project.GetProperty("year").GetInt32().Should().Be(2023);
        project.GetProperty("projectName").GetString().Should().Be("信访稳定工作专项");
        project.GetProperty("funds").GetProperty("total").GetDecimal().Should().Be(100m);

        var indicator = project.GetProperty("indicators")[0];
        indicator.GetProperty("name").GetString().Should().Be("县领导公开接访服务量");
        indicator.GetProperty("level1").GetString().Should().Be("产出指标");
        indicator.GetProperty("level2").GetString().Should().Be("数量指标");
        indicator.GetProperty("comparator").GetString().Should().Be(">=");
        indicator.GetProperty("value").GetDecimal().Should().Be(200m);
        indicator.GetProperty("unit").GetString().Should().Be("次");
        indicator.GetProperty("weight").GetDecimal().Should().Be(10m);
        indicator.GetProperty("horizon").GetString().Should().Be("annual");
    }

    [Fact]
    public void Parse_TwoFilesAsJson_WritesArrayInArgumentOrder()
    {
        var run = Parse([Sample(Seed001), Sample(Seed000), "--format", "json"]);

        run.Exit.Should().Be(0);
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.ValueKind.Should().Be(JsonValueKind.Array);
        json.RootElement.EnumerateArray().Select(r => (r.GetProperty("source").GetString(), r.GetProperty("tables").GetArrayLength()))
            .Should().Equal((Seed001, 4), (Seed000, 5));
    }

    [Fact]
    public void Parse_Dash_ReadsStandardInput()
    {
        var run = Parse(["-", "--format", "json"], File.ReadAllBytes(Sample(Seed000)));

        run.Exit.Should().Be(0);
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("source").GetString().Should().Be("<stdin>");
        json.RootElement.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("projectName").GetString()).Skip(1)
            .Should().Equal(Seed000Projects);
    }

    [Fact]
    public void Parse_DashAsText_ReadsStandardInputInGbk()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var text = File.ReadAllText(Sample(Seed000), Encoding.UTF8);

        var run = Parse(["-"], gbk.GetBytes(text));

        run.Exit.Should().Be(0);
        run.Stdout.Should().Contain("<stdin>").And.Contain("gb18030").And.ContainAll(Seed000Projects);
    }

    public static TheoryData<string, string, string> Unopenable() => new()
    {
        { "missing file", MissingFile, "文件不存在" },
        { "directory", Path.Combine(AppContext.BaseDirectory, "samples"), "目录" },
    };

    [Theory]
    [MemberData(nameof(Unopenable))]
    public void Parse_InputThatCannotBeOpened_ExitsTwoAndSaysWhy(string kind, string path, string reason)
    {
        var run = Parse([path]);

        run.Exit.Should().Be(2, "a {0} cannot be opened", kind);
        run.Stderr.Should().Contain(path).And.Contain(reason);
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Parse_MissingFileBeforeGoodFile_PrintsGoodFileAndExitsTwo()
    {
        var run = Parse([MissingFile, Sample(Seed000)]);

        run.Exit.Should().Be(2);
        run.Stderr.Should().Contain(MissingFile).And.Contain("文件不存在");
        run.Stdout.Should().Contain(Seed000).And.ContainAll(Seed000Projects);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("JSON ")]
    [InlineData("")]
    public void Parse_UnknownFormat_FailsWithErrorAndPrintsNoTables(string format)
    {
        var run = Parse([Sample(Seed000), "--format", format]);

        run.Exit.Should().NotBe(0);
        run.Stderr.Should().NotBeNullOrWhiteSpace();
        run.Stdout.Should().NotContain("县领导公开接访服务量");
    }
}
