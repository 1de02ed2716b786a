using System.Text;
using Jixiao.Entries;
using Jixiao.Monitoring;
using Jixiao.Profiles;
using Jixiao.Reading;
using Jixiao.Scoring;

namespace Jixiao.Tests.Scoring;

public class SeedMonitoringTests
{
    [Fact]
    public void Run_Seed004FirstProjectAtJuly_LightsAsComputedByHand()
    {
        // Seed 004, 群众工作中心运行: funds 10 万元, plan 3月底 20 / 6月底 50 / 10月底 85 / 12月底 100.
        // July: planned 50 + (85 − 50) × (7 − 6)/(10 − 6) = 58.75 %; spent 5 of 10 = 50 %; 50 / 58.75 = 85.11 % → green.
        // 重复信访案件数量 ≤20次, 8 → within → green.
        // 信访案件处理率 ≥90% (a rate) 确定能 → green.   信访案件处理及时率 ≥90% 有可能 → yellow, explained → no finding.
        // 正常运转天数 ≥320天, 150 → 150 / (320 × 7/12 = 186.67) = 80.36 % → green.
        // 信访工作投诉数量 ≤10次, 12 → over → red, no cause → JX701.
        // 信访人员满意度 ≥80% without a likelihood → no light, JX702.
        // Table: worst light → red.
        const string csv = """
            table,indicator,actual,score,likelihood,cause,measure
            群众工作中心运行,预算执行数,5,,,,
            群众工作中心运行,重复信访案件数量,8次,,,,
            群众工作中心运行,信访案件处理率,88%,,确定能,,
            群众工作中心运行,信访案件处理及时率,85%,,有可能,人手不足,抽调人员
            群众工作中心运行,群众工作中心正常运转天数,150天,,,,
            群众工作中心运行,信访工作投诉数量,12次,,,,
            """;
        var read = DocumentReader.Read(File.ReadAllBytes(TestFiles.Seed("004_99c72457ea777f4c.txt")), "004");
        var sheet = EntrySheet.Bind(Encoding.UTF8.GetBytes(csv), "progress.csv", read.Tables);
        sheet.Findings.Should().BeEmpty();

        var m = CheckpointMonitor.Run(read.Tables[1], sheet.Tables[1], 7, Profile.National);

        m.PlannedPercent.Should().Be(58.75m);
        m.SpentPercent.Should().Be(50m);
        m.BudgetProgressPercent.Should().Be(85.11m);
        m.BudgetLight.Should().Be(Light.Green);
        m.Indicators.Select(i => i.Light).Should().Equal(Light.Green, Light.Green, Light.Yellow, Light.Green, Light.Red, null);
        m.Indicators[3].ProgressPercent.Should().Be(80.36m);
        m.Light.Should().Be(Light.Red);
        m.Findings.Select(f => (f.Code, f.Indicator)).Should().BeEquivalentTo(new[] { (ScoringCodes.NoCauseOrMeasure, (int?)4), (ScoringCodes.LikelihoodMissing, 5) });
    }
}
