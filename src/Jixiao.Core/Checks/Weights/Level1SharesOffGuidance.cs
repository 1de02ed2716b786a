using Jixiao.Checks.Funds;
using Jixiao.Diagnostics;
using Jixiao.Framework;

namespace Jixiao.Checks.Weights;

/// <summary>JX403: a level-1 share of the weights far from the guidance (产出 50 / 效益 30 / 满意度 10 of 90 points).</summary>
public sealed class Level1SharesOffGuidance : Check
{
    public override string Code => "JX403";
    public override string Title => "一级指标权重分配偏离指引";
    public override Severity Severity => Severity.Info;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        var set = c.BudgetYear.Select(x => x.Indicator).ToList();
        if (set.Count == 0 || set.Any(i => i.Weight is null || i.Level1 is null)) yield break;
        var total = set.Sum(i => i.Weight!.Value);
        if (total <= 0) yield break;
        var points = c.Profile.WeightTotal - c.Profile.BudgetExecutionShare;
        foreach (var (level, guidance) in c.Profile.Level1Shares)
        {
            var share = set.Where(i => i.Level1 == level).Sum(i => i.Weight!.Value) / total * points;
            if (Math.Abs(share - guidance) > c.Profile.ShareTolerance)
                yield return Finding($"{level.Name()}的权重折合 {FundSplitMismatch.N(Math.Round(share, 1))} 分（共 {FundSplitMismatch.N(points)} 分），指引为 {FundSplitMismatch.N(guidance)} 分，偏离较大；请确认权重分配。", c.Table.Line, field: "weight");
        }
    }
}
