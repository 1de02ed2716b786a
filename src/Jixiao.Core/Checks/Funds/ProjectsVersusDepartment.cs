using Jixiao.Diagnostics;
using Jixiao.Model;
using Jixiao.Values;

namespace Jixiao.Checks.Funds;

/// <summary>
/// JX303: the project tables of a document add up to more than the department table's declared 项目支出 (a warning),
/// or to less (info: not every project is disclosed).
/// </summary>
public sealed class ProjectsVersusDepartment : Check
{
    public override string Code => "JX303";
    public override string Title => "项目表资金合计与部门项目支出不一致";
    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        if (c.Table.Kind != TableKind.Department || c.Table.DepartmentBudget?.Project?.Total is not { } declared) yield break;
        var factor = Units.ToWanYuan(c.Table.Funds?.Currency ?? "万元") ?? 1;
        var projects = c.Document.Where(t => t.Kind == TableKind.Project && (t.Year is null || c.Table.Year is null || t.Year == c.Table.Year) && t.Funds?.Total is not null).ToList();
        if (projects.Count == 0) yield break;
        var sum = projects.Sum(t => t.Funds!.Total!.Value * (Units.ToWanYuan(t.Funds.Currency) ?? 1)) / factor;
        var n = FundSplitMismatch.N;
        if (sum > declared + 0.005m)
            yield return Finding($"本文档 {projects.Count} 个项目的年度资金合计 {n(sum)}，超过部门表申报的项目支出 {n(declared)}，请核对。", c.Table.Line, field: "departmentBudget.project.total");
        else if (sum < declared - 0.005m)
            yield return new Diagnostic(Code, Severity.Info, $"本文档 {projects.Count} 个项目的年度资金合计 {n(sum)}，少于部门表申报的项目支出 {n(declared)}（差 {n(declared - sum)}）；可能有项目未公开目标表。", c.Table.Line, null, "departmentBudget.project.total");
    }
}
