using Jixiao.Diagnostics;

namespace Jixiao.Checks.Funds;

/// <summary>JX302: a department table whose 预算支出总额 is not 基本支出 + 项目支出.</summary>
public sealed class DepartmentTotalMismatch : Check
{
    public override string Code => "JX302";
    public override string Title => "预算支出总额不等于基本支出与项目支出之和";
    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        if (c.Table.DepartmentBudget is not { Total: { } total } b || b.Basic?.Total is null && b.Project?.Total is null) yield break;
        var sum = (b.Basic?.Total ?? 0) + (b.Project?.Total ?? 0);
        if (Math.Abs(sum - total) > 0.005m)
            yield return Finding($"预算支出总额 {FundSplitMismatch.N(total)}，但基本支出 {FundSplitMismatch.N(b.Basic?.Total ?? 0)} 与项目支出 {FundSplitMismatch.N(b.Project?.Total ?? 0)} 之和为 {FundSplitMismatch.N(sum)}；请核对。", c.Table.Line, field: "departmentBudget.total");
    }
}
