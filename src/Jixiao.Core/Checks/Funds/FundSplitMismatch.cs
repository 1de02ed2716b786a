using System.Globalization;
using Jixiao.Diagnostics;
using Jixiao.Model;

namespace Jixiao.Checks.Funds;

/// <summary>JX301: a funds total that is not the sum of its split (财政拨款 + 专户 + 单位 + 结余结转 + 其他).</summary>
public sealed class FundSplitMismatch : Check
{
    public override string Code => "JX301";
    public override string Title => "资金来源合计与总额不符";
    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        foreach (var d in Compare(c, c.Table.Funds, "年度资金总额", "funds.total")) yield return d;
        foreach (var d in Compare(c, c.Table.MidTermFunds, "中期资金总额", "midTermFunds.total")) yield return d;
        if (c.Table.DepartmentBudget is { } b)
        {
            foreach (var d in Part(c, b.Basic, "基本支出", "departmentBudget.basic")) yield return d;
            foreach (var d in Part(c, b.Project, "项目支出", "departmentBudget.project")) yield return d;
        }
    }

    private IEnumerable<Diagnostic> Compare(CheckContext c, Model.Funds? f, string label, string field)
    {
        if (f?.Total is not { } total || c.Table.Kind == TableKind.Department) yield break;
        decimal?[] parts = [f.Fiscal, f.Special, f.Own, f.CarryOver, f.Other];
        if (parts.All(p => p is null)) yield break;
        var sum = parts.Sum(p => p ?? 0);
        if (Math.Abs(sum - total) > 0.005m)
            yield return Finding($"{label} {N(total)} {f.Currency}，但各来源合计为 {N(sum)} {f.Currency}，相差 {N(total - sum)}；请核对。", c.Table.Line, field: field);
    }

    private IEnumerable<Diagnostic> Part(CheckContext c, BudgetPart? p, string label, string field)
    {
        if (p?.Total is not { } total) yield break;
        decimal?[] parts = [p.Fiscal, p.Special, p.Own];
        if (parts.All(x => x is null)) yield break;
        var sum = parts.Sum(x => x ?? 0);
        if (Math.Abs(sum - total) > 0.005m)
            yield return Finding($"{label}合计 {N(total)}，但财政拨款、专户资金、单位资金之和为 {N(sum)}；请核对。", c.Table.Line, field: field);
    }

    internal static string N(decimal v) => v.ToString("0.######", CultureInfo.InvariantCulture);
}
