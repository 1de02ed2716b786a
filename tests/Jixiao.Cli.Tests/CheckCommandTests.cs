using System.Text.Json.Nodes;
using Jixiao.Cli;

namespace Jixiao.Cli.Tests;

public class CheckCommandTests
{


    [Fact]
    public void Check_SeedWithErrors_ExitsOneAndPrintsCompilerStyleLines()
    {
        var (exit, output, _) = Cli.Run("check", Cli.Seed("004_99c72457ea777f4c.txt"));

        exit.Should().Be(CheckCommand.HasErrors);
        output.Should().Contain("004_99c72457ea777f4c.txt:514: error JX204:");
        output.Should().Contain("到京信访事件处理率");
        output.Should().Contain("驻京值班").And.Contain("中"); // the table summary with its grade
    }

    [Fact]
    public void Check_SeedWithoutErrors_ExitsZero()
    {
        var (exit, output, _) = Cli.Run("check", Cli.Seed("000_a2e8745f1a3936ea.txt"));

        exit.Should().Be(CheckCommand.Clean);
        output.Should().Contain("warning JX202:").And.Contain("info JX303:");
    }

    [Fact]
    public void Check_UnreadableFile_ExitsTwo()
    {
        var (exit, _, err) = Cli.Run("check", "/nonexistent/表.txt");

        exit.Should().Be(CheckCommand.CannotRead);
        err.Should().Contain("/nonexistent/表.txt").And.Contain("文件不存在");
    }

    [Fact]
    public void Check_Json_FillsDiagnosticsAndGrade()
    {
        var (_, output, _) = Cli.Run("check", "--format", "json", Cli.Seed("001_e7de79ac1631b66e.txt"));

        var json = JsonNode.Parse(output)!;
        var first = json["tables"]![0]!;
        first["review"]!["grade"]!.GetValue<string>().Should().Be("差");
        first["diagnostics"]!.AsArray().Select(d => d!["code"]!.GetValue<string>()).Should().Contain(["JX304", "JX305"]);
        var jx305 = first["diagnostics"]!.AsArray().First(d => d!["code"]!.GetValue<string>() == "JX305")!;
        first["indicators"]![jx305["indicator"]!.GetValue<int>()]!["name"]!.GetValue<string>().Should().Be("完成项目金额");
    }

    [Fact]
    public void Check_Sarif_IsSarif210WithRulesAndResults()
    {
        var (exit, output, _) = Cli.Run("check", "--format", "sarif", Cli.Seed("004_99c72457ea777f4c.txt"));

        exit.Should().Be(CheckCommand.HasErrors);
        var sarif = JsonNode.Parse(output)!;
        sarif["version"]!.GetValue<string>().Should().Be("2.1.0");
        var run = sarif["runs"]![0]!;
        run["tool"]!["driver"]!["rules"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).Should().Contain("JX204");
        var result = run["results"]!.AsArray().Single(r => r!["ruleId"]!.GetValue<string>() == "JX204")!;
        result["level"]!.GetValue<string>().Should().Be("error");
        result["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!.GetValue<int>().Should().Be(514);
    }

    [Fact]
    public void Check_ProfileAllowingApproximately_DropsThatFinding()
    {
        var profile = Path.Combine(Path.GetTempPath(), $"jixiao-{Guid.NewGuid():N}.json");
        File.WriteAllText(profile, """{ "name": "某省", "version": "1", "review": { "allowedComparators": [">=", ">", "=", "<", "<=", "≈", "qualitative"] } }""");
        try
        {
            var (exit, output, _) = Cli.Run("check", "--profile", profile, Cli.Seed("000_a2e8745f1a3936ea.txt"));

            exit.Should().Be(CheckCommand.Clean);
            output.Should().NotContain("JX202").And.Contain("某省");
        }
        finally
        {
            File.Delete(profile);
        }
    }

    [Fact]
    public void Check_MalformedProfile_ExitsTwoNamingTheLine()
    {
        var profile = Path.Combine(Path.GetTempPath(), $"jixiao-{Guid.NewGuid():N}.json");
        File.WriteAllText(profile, "{\n  \"name\": \"x\",\n  \"version\": \"1\",\n  \"reveiw\": {}\n}");
        try
        {
            var (exit, output, err) = Cli.Run("check", "--profile", profile, Cli.Seed("000_a2e8745f1a3936ea.txt"));

            exit.Should().Be(CheckCommand.CannotRead);
            output.Should().BeEmpty("nothing is reviewed under a profile that was not understood");
            err.Should().Contain($"{profile}:4:").And.Contain("reveiw");
        }
        finally
        {
            File.Delete(profile);
        }
    }
}
