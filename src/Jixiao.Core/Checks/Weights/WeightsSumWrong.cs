using Jixiao.Checks.Funds;
using Jixiao.Diagnostics;

namespace Jixiao.Checks.Weights;

/// <summary>JX402: weights that do not add to the profile's total (100, or 100 minus a declared 预算执行率 weight).</summary>
public sealed class WeightsSumWrong : Check
{
    public override string Code => "JX402";
    public override string Title => "权重合计不等于 100";
    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        foreach (var horizon in c.Table.Indicators.Select(i => i.Horizon).Distinct())
        {
            var weights = c.Table.Indicators.Where(i => i.Horizon == horizon && i.Weight is not null).Select(i => i.Weight!.Value).ToList();
            if (weights.Count == 0) continue;
            var sum = weights.Sum();
            var expected = c.Profile.WeightTotal;
            // 90 leaves the 预算执行率 its 10 points (DOMAIN.md §7), whether or not the table states that weight.
            var withExecution = expected - (c.Table.Execution?.FullScore ?? c.Profile.BudgetExecutionShare);
            if (sum == expected || sum == withExecution) continue;
            var target = $"{FundSplitMismatch.N(expected)}（或扣除预算执行率后的 {FundSplitMismatch.N(withExecution)}）";
            yield return Finding($"指标权重合计为 {FundSplitMismatch.N(sum)}，应为 {target}；请调整权重。", c.Table.Line, field: "weight");
        }
    }
}
