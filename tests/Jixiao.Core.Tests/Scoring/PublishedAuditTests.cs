using Jixiao.Model;
using Jixiao.Profiles;
using Jixiao.Reading;
using Jixiao.Scoring;

namespace Jixiao.Tests.Scoring;

public class PublishedAuditTests
{
    private static TargetTable Read(string path) =>
        DocumentReader.Read(File.ReadAllBytes(path), Path.GetFileName(path)).Tables.Single();

    [Fact]
    public void Audit_PublishedScoresThatDoNotFollow_AreCaughtWithBothNumbers()
    {
        // wrong-total.txt, a 自评表 as published. Recomputed by hand:
        //   预算执行: 68 ÷ 80 = 85 % → 0.85 × 10 = 8.5 (published 10)
        //   培训农民人数 ≥500人, 450人, 分值 15 → 15 × 450/500 = 13.5 (published 15)
        //   举办培训班期数 12期 of ≥10期 → 10; 培训合格率 93% of ≥90% → 15; 拨付时限 25天 ≤30天 → 10;
        //   人均培训成本 1500 ≤1600元/人 → 10; 人均增收 2100 ≥2000元 → 10;
        //   长效机制 达成年度指标 with the published 9 (inside 80–100 % of 10) → 9; 满意度 95% ≥90% → 10
        //   indicators 13.5 + 10 + 15 + 10 + 10 + 10 + 9 + 10 = 87.5; total 8.5 + 87.5 = 96 (published 99)
        var table = Read(Path.Combine(TestFiles.Root, "Scoring", "Fixtures", "wrong-total.txt"));

        var e = PublishedAudit.Audit(table, Profile.National);

        e.BudgetExecutionScore.Should().Be(8.5m);
        e.IndicatorScore.Should().Be(87.5m);
        e.Total.Should().Be(96m);
        e.Grade.Should().Be(Grade.Excellent);
        var codes = e.Findings.Select(f => (f.Code, f.Line)).ToList();
        codes.Should().BeEquivalentTo(new[]
        {
            (ScoringCodes.PublishedScoreDiffers, (int?)16),
            (ScoringCodes.CauseMissing, 16),          // 13.5 of 15 without a stated cause
            (ScoringCodes.PublishedExecutionDiffers, table.Line),
            (ScoringCodes.PublishedTotalDiffers, table.Line),
        });
        var total = e.Findings.Single(f => f.Code == ScoringCodes.PublishedTotalDiffers);
        total.Message.Should().Contain("99").And.Contain("96");
        var indicator = e.Findings.Single(f => f.Code == ScoringCodes.PublishedScoreDiffers);
        indicator.Message.Should().Contain("15").And.Contain("13.5");
        table.Indicators[indicator.Indicator!.Value].Name.Should().Be("培训农民人数");
    }

    [Fact]
    public void Audit_PublishedScoresThatFollow_HasNoDifference()
    {
        // self-evaluation.txt: 532 ÷ 560 = 95 % → 9.5; indicators 10+10+9+10+10+10+8+10+10 = 87 (18 of ≥20公里 → 9;
        // 有所提升 with the published 8 stands as the evaluator's score); total 96.5 as published.
        var table = Read(TestFiles.Fixture("self-evaluation.txt"));

        var e = PublishedAudit.Audit(table, Profile.National);

        e.Total.Should().Be(96.5m);
        e.Findings.Select(f => f.Code).Should().NotContain([ScoringCodes.PublishedScoreDiffers, ScoringCodes.PublishedTotalDiffers, ScoringCodes.PublishedExecutionDiffers]);
    }
}
