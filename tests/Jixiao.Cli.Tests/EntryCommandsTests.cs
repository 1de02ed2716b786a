using System.Text.Json.Nodes;
using Jixiao.Cli;

namespace Jixiao.Cli.Tests;

public class EntryCommandsTests
{


    private static string TempCsv(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"jixiao-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Score_WithActuals_Json_GivesEvaluationAndIndicatorScores()
    {
        var csv = TempCsv("table,indicator,actual\n信访移动专项租线,预算执行数,5.544\n信访移动专项租线,移动专项租线数量,28个\n");
        try
        {
            var (exit, output, _) = Cli.Run("score", Cli.Seed("000_a2e8745f1a3936ea.txt"), "--actuals", csv, "--format", "json");

            exit.Should().Be(EntryCommands.Ok);
            var table = JsonNode.Parse(output)!["tables"]![4]!;
            table["evaluation"]!["budgetExecutionScore"]!.GetValue<decimal>().Should().Be(10);
            var first = table["indicators"]![0]!;
            // Weights 5 of a table whose weights add to 90: used as they are → fullScore 5, = 28个 reached → 5.
            first["fullScore"]!.GetValue<decimal>().Should().Be(5);
            first["score"]!.GetValue<decimal>().Should().Be(5);
            table["evaluation"]!["grade"]!.GetValue<string>().Should().Be("差", "only one indicator and the money were reported");
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public void Score_ActualsNamingAMissingIndicator_ExitsOneWithTheSuggestion()
    {
        var csv = TempCsv("table,indicator,actual\n信访移动专项租线,移动专项租线数,28个\n");
        try
        {
            var (exit, output, _) = Cli.Run("score", Cli.Seed("000_a2e8745f1a3936ea.txt"), "--actuals", csv);

            exit.Should().Be(EntryCommands.HasErrors);
            output.Should().Contain("JX802").And.Contain("移动专项租线数量");
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public void Score_TargetTableWithoutActuals_SaysWhatIsNeeded()
    {
        var (exit, _, err) = Cli.Run("score", Cli.Seed("000_a2e8745f1a3936ea.txt"));

        exit.Should().Be(EntryCommands.HasErrors);
        err.Should().Contain("--actuals").And.Contain("template");
    }

    [Fact]
    public void Monitor_Json_GivesLightsAndProgress()
    {
        var csv = TempCsv("table,indicator,actual,score,likelihood,cause,measure\n群众工作中心运行,预算执行数,5,,,,\n群众工作中心运行,重复信访案件数量,8次,,,,\n");
        try
        {
            var (_, output, _) = Cli.Run("monitor", Cli.Seed("004_99c72457ea777f4c.txt"), "--progress", csv, "--month", "7", "--format", "json");

            var table = JsonNode.Parse(output)!["tables"]![1]!;
            table["monitoring"]!["month"]!.GetValue<int>().Should().Be(7);
            table["monitoring"]!["budgetLight"]!.GetValue<string>().Should().Be("green");
            table["indicators"]![0]!["light"]!.GetValue<string>().Should().Be("green");
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("13")]
    public void Monitor_MonthOutOfRange_IsRejected(string month)
    {
        var (exit, _, err) = Cli.Run("monitor", Cli.Seed("004_99c72457ea777f4c.txt"), "--progress", "x.csv", "--month", month);

        exit.Should().NotBe(0);
        err.Should().Contain("--month");
    }

    [Fact]
    public void Template_Actuals_WritesEveryIndicatorName()
    {
        var (exit, output, _) = Cli.Run("template", "actuals", Cli.Seed("003_d79471f5f42d8eb5.txt"));

        exit.Should().Be(EntryCommands.Ok);
        output.Should().Contain("维稳经费,预算执行数,,,,,").And.Contain("信访专网维护经费,信访群众满意率,,,,,");
    }
}
