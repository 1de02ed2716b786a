using Jixiao.Diagnostics;

namespace Jixiao.Checks.Funds;

/// <summary>JX306: a spending plan whose cumulative percentages decrease, exceed 100, or do not reach 100 by the last checkpoint.</summary>
public sealed class SpendingPlanInvalid : Check
{
    public override string Code => "JX306";
    public override string Title => "资金支出计划不合理";
    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        var plan = c.Table.SpendingPlan;
        if (plan.Count == 0 || plan.All(p => p.CumulativePercent is null)) yield break;
        decimal? previous = null;
        string? previousName = null;
        foreach (var p in plan)
        {
            if (p.CumulativePercent is not { } v) continue;
            if (v > 100) yield return Finding($"资金支出计划“{p.Checkpoint}”为 {FundSplitMismatch.N(v)}%，累计支出不能超过 100%。", c.Table.Line, field: "spendingPlan");
            if (previous is { } prev && v < prev)
                yield return Finding($"资金支出计划是累计比例，“{p.Checkpoint}”的 {FundSplitMismatch.N(v)}% 小于“{previousName}”的 {FundSplitMismatch.N(prev)}%；请改为累计数。", c.Table.Line, field: "spendingPlan");
            previous = v;
            previousName = p.Checkpoint;
        }
        // The last checkpoint that was filled in: a blank 12月底 does not hide a plan that stops short of 100.
        var last = plan.Last(p => p.CumulativePercent is not null);
        if (last.CumulativePercent is { } end && end < 100)
            yield return new Diagnostic(Code, Severity.Warning, $"资金支出计划到“{last.Checkpoint}”只累计 {FundSplitMismatch.N(end)}%，未达到 100%；年度资金应在年内支出完毕。", c.Table.Line, null, "spendingPlan");
    }
}
