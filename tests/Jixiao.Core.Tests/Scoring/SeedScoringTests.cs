using System.Text;
using Jixiao.Entries;
using Jixiao.Profiles;
using Jixiao.Reading;
using Jixiao.Scoring;

namespace Jixiao.Tests.Scoring;

/// <summary>A seed project scored end to end from a CSV, the way a unit would after the year.</summary>
public class SeedScoringTests
{
    private const string Actuals = """
        table,indicator,actual,score,likelihood,cause,measure
        维稳经费,预算执行数,1.9万元,,,,
        维稳经费,全国、区、市重要会议、重大活动期间信访维稳工作任务（本年）,6次,,,,
        维稳经费,高质量完成各项信访维稳任务,达成年度指标,,,,
        维稳经费,2021年12月底前完成全年信访维稳任,部分达成并具有一定效果,9,,两会期间任务延后,提前部署
        维稳经费,开展集中劝返等任务期间产生的车辆费用、差旅费用等,1.8万元,,,实际出车减少,
        维稳经费,确保全国、区、市重要会议、重大活动顺利进行,达成年度指标,,,,
        维稳经费,促进社会和谐稳定,未达成且效果较差,,,个别积案未化解,包案化解
        维稳经费,群众满意度,96%,,,"调查样本偏少,部分群众不满意",扩大回访
        """;

    [Fact]
    public void Evaluate_Seed003FirstProject_FromCsv_GivesTheHandComputedTotal()
    {
        // Seed 003, 维稳经费: annual funds 2 万元, no weights → 90 points by default shares:
        //   产出 50 over 4 indicators → 12.5 each; 效益 30 over 2 → 15 each; 满意度 10 over 1 → 10.
        // 预算执行: 1.9 ÷ 2 = 95 % → 9.5
        // 任务 ≥5次, 6次 → 12.5
        // 高质量完成 (qualitative 维稳), 达成年度指标, no score → band top 100 % → 12.5
        // 12月底前完成 (qualitative 全年实施), 部分达成 (60–80 % → 7.5–10) with 9 → 9
        // 车辆费用 2万元 (no comparator → positive), 1.8万元 → 12.5 × 1.8/2 = 11.25
        // 顺利进行 (社会氛围良好), 达成年度指标 → 15
        // 促进社会和谐稳定 (提升), 未达成 (0–60 %) no score → 60 % of 15 = 9
        // 群众满意度 ≥97%, 96% → 10 × 96/97 = 9.8969… → 9.90
        // total 9.5 + 12.5 + 12.5 + 9 + 11.25 + 15 + 9 + 9.90 = 88.65 → 良 (80 ≤ 88.65 < 90)
        var read = DocumentReader.Read(File.ReadAllBytes(TestFiles.Seed("003_d79471f5f42d8eb5.txt")), "003");
        var sheet = EntrySheet.Bind(Encoding.UTF8.GetBytes(Actuals), "actuals.csv", read.Tables);
        sheet.Findings.Should().BeEmpty();

        var e = SelfEvaluator.Evaluate(read.Tables[0], sheet.Tables[0], Profile.National);

        e.BudgetExecutionRate.Should().Be(95m);
        e.BudgetExecutionScore.Should().Be(9.5m);
        e.Indicators.Select(s => s.FullScore).Should().Equal(12.5m, 12.5m, 12.5m, 12.5m, 15m, 15m, 10m);
        e.Indicators.Select(s => s.Score).Should().Equal(12.5m, 12.5m, 9m, 11.25m, 15m, 9m, 9.9m);
        e.Total.Should().Be(88.65m);
        e.Grade.Should().Be(Grade.Good);
        // Every score below full has its cause, except 高质量完成 and 顺利进行 which are full: no JX603.
        e.Findings.Select(f => f.Code).Should().NotContain(ScoringCodes.CauseMissing);
    }
}
