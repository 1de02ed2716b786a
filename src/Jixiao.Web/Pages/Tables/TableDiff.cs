using Jixiao.Framework;
using Jixiao.Model;

namespace Jixiao.Web.Pages.Tables;

/// <summary>
/// Compares two versions of a table field by field: header facts, funds, goals, and indicator rows matched by name
/// (then by level 2), reported as added, removed or changed — what a reviewer needs to see what was revised.
/// </summary>
public static class TableDiff
{
    public const string Header = "基本信息";
    public const string FundsSection = "资金";
    public const string GoalsSection = "绩效目标";
    public const string IndicatorsSection = "绩效指标";
    public const string WholeRow = "整行";

    private static readonly (string Label, Func<TargetTable, string?> Get)[] HeaderFields =
    [
        ("项目名称", t => t.ProjectName),
        ("项目编码", t => t.ProjectCode),
        ("预算年度", t => t.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("主管部门", t => t.Department),
        ("实施单位", t => t.Unit),
        ("项目负责人", t => t.Manager),
        ("联系电话", t => t.Phone),
        ("项目属性", t => t.ProjectType),
        ("项目期", t => t.Duration),
    ];

    private static readonly (string Label, Func<Funds, decimal?> Get)[] FundFields =
    [
        ("资金总额", f => f.Total),
        ("财政拨款", f => f.Fiscal),
        ("专户资金", f => f.Special),
        ("单位资金", f => f.Own),
        ("结余结转", f => f.CarryOver),
        ("其他资金", f => f.Other),
    ];

    private static readonly (string Label, Func<Indicator, string?> Get)[] IndicatorFields =
    [
        ("期限", i => i.Horizon == Horizon.MidTerm ? "中期" : "年度"),
        ("一级指标", i => i.Level1?.Name() ?? i.Level1Text),
        ("二级指标", i => i.Level2?.Name() ?? i.Level2Text),
        ("三级指标", i => i.Name),
        ("指标描述", i => i.Description),
        ("指标性质", i => TableForm.ValueFields(i.Value).Comparator),
        ("指标值", i => TableForm.ValueFields(i.Value).Value),
        ("度量单位", i => TableForm.ValueFields(i.Value).Unit),
        ("权重", i => TableForm.N(i.Weight)),
        ("指标值确定依据", i => i.Basis),
    ];

    public static IReadOnlyList<DiffRow> Compare(TargetTable from, TargetTable to)
    {
        var rows = new List<DiffRow>();
        foreach (var (label, get) in HeaderFields) Field(rows, Header, label, label, get(from), get(to));
        Funds(rows, "年度资金", from.Funds, to.Funds);
        Funds(rows, "中期资金", from.MidTermFunds, to.MidTermFunds);
        if (from.DepartmentBudget is not null || to.DepartmentBudget is not null)
        {
            Field(rows, FundsSection, "总体资金", "预算支出总额", TableForm.N(from.DepartmentBudget?.Total), TableForm.N(to.DepartmentBudget?.Total));
            Field(rows, FundsSection, "基本支出", "合计", TableForm.N(from.DepartmentBudget?.Basic?.Total), TableForm.N(to.DepartmentBudget?.Basic?.Total));
            Field(rows, FundsSection, "项目支出", "合计", TableForm.N(from.DepartmentBudget?.Project?.Total), TableForm.N(to.DepartmentBudget?.Project?.Total));
        }
        Field(rows, FundsSection, "资金用途", "资金用途", from.FundsUsage, to.FundsUsage);
        Field(rows, FundsSection, "资金支出计划", "累计支出比例", Plan(from), Plan(to));
        Field(rows, GoalsSection, "年度目标", "年度目标", from.Goals.Annual, to.Goals.Annual);
        Field(rows, GoalsSection, "中期目标", "中期目标", from.Goals.MidTerm, to.Goals.MidTerm);
        Field(rows, GoalsSection, "中期目标", "期间", from.Goals.MidTermPeriod, to.Goals.MidTermPeriod);
        Indicators(rows, from.Indicators, to.Indicators);
        return rows;
    }

    /// <summary>A one-line account of an indicator, for rows added or removed as a whole.</summary>
    public static string Summary(Indicator i)
    {
        var (comparator, value, unit) = TableForm.ValueFields(i.Value);
        var level = string.Join("/", new[] { i.Level1?.Name() ?? i.Level1Text, i.Level2?.Name() ?? i.Level2Text }.Where(s => s is not null));
        var target = comparator == "定性" ? value : $"{comparator}{value}{unit}";
        var weight = i.Weight is { } w ? $"，权重 {TableForm.N(w)}" : "";
        var horizon = i.Horizon == Horizon.MidTerm ? "（中期）" : "";
        return $"{(level.Length > 0 ? level + " · " : "")}{i.Name ?? "（无名称）"}{horizon}：{(string.IsNullOrEmpty(target) ? "（未填指标值）" : target)}{weight}";
    }

    private static void Funds(List<DiffRow> rows, string item, Funds? from, Funds? to)
    {
        var empty = new Funds();
        foreach (var (label, get) in FundFields)
        {
            var unit = (to ?? from)?.Currency ?? "万元";
            Field(rows, FundsSection, item, $"{label}（{unit}）", TableForm.N(get(from ?? empty)), TableForm.N(get(to ?? empty)));
        }
        if (from is not null && to is not null) Field(rows, FundsSection, item, "金额单位", from.Currency, to.Currency);
    }

    private static string? Plan(TargetTable t) =>
        t.SpendingPlan.Count == 0 ? null : string.Join("；", t.SpendingPlan.Select(p => $"{p.Checkpoint} {TableForm.N(p.CumulativePercent)}%"));

    private static void Indicators(List<DiffRow> rows, IReadOnlyList<Indicator> from, IReadOnlyList<Indicator> to)
    {
        // Pair rows: same name and horizon first, in order; then what is left in the same level 2 (a renamed row).
        var pairOfNew = new int?[to.Count];
        var usedOld = new bool[from.Count];
        for (var n = 0; n < to.Count; n++)
        {
            if (to[n].Name is not { } name) continue;
            for (var o = 0; o < from.Count; o++)
            {
                if (usedOld[o] || from[o].Name != name || from[o].Horizon != to[n].Horizon) continue;
                pairOfNew[n] = o;
                usedOld[o] = true;
                break;
            }
        }
        for (var n = 0; n < to.Count; n++)
        {
            if (pairOfNew[n] is not null || to[n].Level2 is not { } level2) continue;
            for (var o = 0; o < from.Count; o++)
            {
                if (usedOld[o] || from[o].Level2 != level2 || from[o].Horizon != to[n].Horizon) continue;
                pairOfNew[n] = o;
                usedOld[o] = true;
                break;
            }
        }
        var changes = new List<(int Order, DiffRow Row)>();
        for (var n = 0; n < to.Count; n++)
        {
            var item = $"第 {n + 1} 项 · {to[n].Name ?? "（无名称）"}";
            if (pairOfNew[n] is not { } o)
            {
                changes.Add((n, new DiffRow(IndicatorsSection, item, WholeRow, null, Summary(to[n]), DiffRow.Change.Added)));
                continue;
            }
            var fieldRows = new List<DiffRow>();
            foreach (var (label, get) in IndicatorFields) Field(fieldRows, IndicatorsSection, item, label, get(from[o]), get(to[n]));
            changes.AddRange(fieldRows.Select(r => (n, r)));
        }
        for (var o = 0; o < from.Count; o++)
        {
            if (usedOld[o]) continue;
            changes.Add((o, new DiffRow(IndicatorsSection, $"原第 {o + 1} 项 · {from[o].Name ?? "（无名称）"}", WholeRow, Summary(from[o]), null, DiffRow.Change.Removed)));
        }
        rows.AddRange(changes.OrderBy(c => c.Order).Select(c => c.Row));
    }

    private static void Field(List<DiffRow> rows, string section, string item, string field, string? before, string? after)
    {
        before = string.IsNullOrWhiteSpace(before) ? null : before.Trim();
        after = string.IsNullOrWhiteSpace(after) ? null : after.Trim();
        if (before == after) return;
        var kind = before is null ? DiffRow.Change.Added : after is null ? DiffRow.Change.Removed : DiffRow.Change.Changed;
        rows.Add(new DiffRow(section, item, field, before, after, kind));
    }
}
