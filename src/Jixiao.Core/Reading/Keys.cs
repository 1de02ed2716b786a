using System.Text;

namespace Jixiao.Reading;

/// <summary>Recognises the label cells of a table's header block (项目名称, 其中：财政拨款, 总体目标 …), with an inline value after a colon.</summary>
internal static class Keys
{
    private static readonly Dictionary<string, FactKey> Exact = new(StringComparer.Ordinal)
    {
        ["项目名称"] = FactKey.ProjectName, ["项目全称"] = FactKey.ProjectName,
        ["项目编码"] = FactKey.ProjectCode, ["项目代码"] = FactKey.ProjectCode, ["项目编号"] = FactKey.ProjectCode,
        ["主管部门"] = FactKey.Department, ["主管部门及代码"] = FactKey.Department, ["主管部门代码"] = FactKey.Department, ["部门名称"] = FactKey.Department, ["主管单位"] = FactKey.Department,
        ["实施单位"] = FactKey.Unit, ["预算单位"] = FactKey.Unit, ["预算单位名称"] = FactKey.Unit, ["预算名称"] = FactKey.Unit, ["单位名称"] = FactKey.Unit, ["项目单位"] = FactKey.Unit, ["申报单位"] = FactKey.Unit, ["填报单位"] = FactKey.Unit,
        ["项目负责人"] = FactKey.Manager, ["项目负责人及电话"] = FactKey.Manager, ["项目负责人及联系电话"] = FactKey.Manager, ["负责人及电话"] = FactKey.Manager, ["项目责任人"] = FactKey.Manager, ["联系人及电话"] = FactKey.Manager,
        ["联系电话"] = FactKey.Phone,
        ["项目属性"] = FactKey.ProjectType, ["项目类型"] = FactKey.ProjectType, ["项目类别"] = FactKey.ProjectType,
        ["项目期"] = FactKey.Duration, ["项目周期"] = FactKey.Duration, ["实施期限"] = FactKey.Duration, ["项目期限"] = FactKey.Duration, ["项目实施期"] = FactKey.Duration,
        ["预算年度"] = FactKey.Year, ["年度"] = FactKey.Year,
        ["单位"] = FactKey.Currency, ["金额单位"] = FactKey.Currency, ["资金单位"] = FactKey.Currency,
        ["项目资金"] = FactKey.FundsHeading, ["资金情况"] = FactKey.FundsHeading, ["项目资金情况"] = FactKey.FundsHeading, ["预算规模"] = FactKey.FundsHeading, ["资金来源"] = FactKey.FundsHeading,
        ["年度资金总额"] = FactKey.AnnualTotal, ["资金总额"] = FactKey.AnnualTotal, ["预算数"] = FactKey.AnnualTotal, ["年度预算数"] = FactKey.AnnualTotal, ["项目资金总额"] = FactKey.AnnualTotal, ["年度预算"] = FactKey.AnnualTotal, ["预算资金"] = FactKey.AnnualTotal, ["年度金额"] = FactKey.AnnualTotal,
        ["中期资金总额"] = FactKey.MidTermTotal, ["中期预算数"] = FactKey.MidTermTotal, ["总资金"] = FactKey.MidTermTotal,
        ["财政拨款"] = FactKey.Fiscal, ["财政资金"] = FactKey.Fiscal, ["当年财政拨款"] = FactKey.Fiscal, ["财政拨款资金"] = FactKey.Fiscal, ["一般公共预算"] = FactKey.Fiscal, ["一般公共预算资金"] = FactKey.Fiscal, ["财政性资金"] = FactKey.Fiscal,
        ["专户资金"] = FactKey.Special, ["财政专户"] = FactKey.Special, ["财政专户资金"] = FactKey.Special, ["财政专户管理资金"] = FactKey.Special,
        ["单位资金"] = FactKey.Own, ["单位自有资金"] = FactKey.Own, ["自有资金"] = FactKey.Own, ["单位自筹"] = FactKey.Own, ["自筹资金"] = FactKey.Own,
        ["结余结转"] = FactKey.CarryOver, ["结转结余"] = FactKey.CarryOver, ["上年结转"] = FactKey.CarryOver, ["上年结转资金"] = FactKey.CarryOver, ["上年结余结转"] = FactKey.CarryOver, ["结转资金"] = FactKey.CarryOver,
        ["其他资金"] = FactKey.Other, ["其他"] = FactKey.Other, ["其他来源"] = FactKey.Other,
        ["预算支出总额"] = FactKey.DepartmentTotal, ["总体资金情况"] = FactKey.FundsHeading, ["部门预算总额"] = FactKey.DepartmentTotal,
        ["总体目标"] = FactKey.GoalsHeading, ["年度总体目标"] = FactKey.GoalsHeading, ["总体绩效目标"] = FactKey.AnnualGoal, ["绩效目标"] = FactKey.AnnualGoal,
        ["整体绩效目标"] = FactKey.AnnualGoal, ["年度目标"] = FactKey.AnnualGoal, ["年度绩效目标"] = FactKey.AnnualGoal, ["项目绩效目标"] = FactKey.AnnualGoal,
        ["预期目标"] = FactKey.AnnualGoal, ["年度预期目标"] = FactKey.AnnualGoal, ["中期目标"] = FactKey.MidTermGoal, ["中期绩效目标"] = FactKey.MidTermGoal, ["实际完成情况"] = FactKey.AchievedGoal,
        ["分项绩效目标"] = FactKey.Breakdown, ["工作保障措施"] = FactKey.Measures, ["保障措施"] = FactKey.Measures,
        ["资金用途"] = FactKey.Usage, ["预算规模及资金用途"] = FactKey.Usage, ["项目资金用途"] = FactKey.Usage, ["主要用途"] = FactKey.Usage, ["资金主要用途"] = FactKey.Usage, ["项目概况"] = FactKey.Usage, ["项目内容"] = FactKey.Usage,
        ["资金支出计划"] = FactKey.SpendingPlan, ["支出计划"] = FactKey.SpendingPlan, ["资金支出进度计划"] = FactKey.SpendingPlan, ["预算执行计划"] = FactKey.SpendingPlan,
        ["绩效指标"] = FactKey.IndicatorsHeading, ["年度绩效指标"] = FactKey.IndicatorsHeading, ["部门整体绩效情况"] = FactKey.IndicatorsHeading, ["绩效指标情况"] = FactKey.IndicatorsHeading,
        ["其他说明"] = FactKey.Terminator, ["备注"] = FactKey.Terminator, ["填报人"] = FactKey.Terminator, ["审核人"] = FactKey.Terminator, ["填表人"] = FactKey.Terminator,
    };

    /// <summary>Reads a cell as a key. <paramref name="inline"/> is the text after a colon in the same cell, if any.</summary>
    public static FactKey Match(string cell, out string? inline, out string? bracket)
    {
        inline = null;
        bracket = null;
        if (cell.Length == 0 || cell.Length > 60) return FactKey.None;
        // Most cells are a plain word with nothing to strip: look them up as they are (performance only).
        if (IsPlain(cell)) return Exact.TryGetValue(cell, out var plain) ? plain : FactKey.None;
        // 其中：财政拨款 — the colon after 其中 does not separate a key from its value.
        var trimmed = cell.TrimStart();
        if (trimmed.StartsWith("其中", StringComparison.Ordinal)) cell = trimmed[2..].TrimStart(':', '：', ' ', '\u3000');
        var colon = cell.AsSpan().IndexOfAny(':', '：');
        var head = colon >= 0 ? cell[..colon] : cell;
        var key = Normalize(head, out bracket);
        if (key.StartsWith("其中", StringComparison.Ordinal)) key = key[2..];
        if (!Exact.TryGetValue(key, out var fact))
        {
            // 中期目标（2022年—2024年）, 项目资金 (万元): the bracket carries a period or a currency.
            return FactKey.None;
        }
        if (colon >= 0)
        {
            var rest = cell[(colon + 1)..].Trim();
            if (rest.Length > 0) inline = rest;
        }
        else if (head.Length > 60) return FactKey.None;
        return fact;
    }

    /// <summary>
    /// Whether <see cref="Normalize"/> would return the cell unchanged and no colon or 其中 needs handling: no white
    /// space, brackets or colons, no leading numbering, not starting with 其中.
    /// </summary>
    private static bool IsPlain(string cell)
    {
        var first = cell[0];
        if (char.IsDigit(first) || "一二三四五六七八九十".Contains(first) || cell.StartsWith("其中", StringComparison.Ordinal)) return false;
        foreach (var c in cell)
            if (char.IsWhiteSpace(c) || c is '\u3000' or '（' or '(' or '【' or '[' or '）' or ')' or '】' or ']' or ':' or '：') return false;
        return true;
    }

    /// <summary>The key text without spaces, numbering, and bracketed parts (which are returned in <paramref name="bracket"/>).</summary>
    private static string Normalize(string s, out string? bracket)
    {
        bracket = null;
        var sb = new StringBuilder(s.Length);
        var br = new StringBuilder();
        var depth = 0;
        var i = 0;
        // Leading numbering: 一、 1、 (一)
        while (i < s.Length && (char.IsDigit(s[i]) || "一二三四五六七八九十".Contains(s[i]))) i++;
        if (i > 0 && i < s.Length && "、.．".Contains(s[i])) i++;
        else i = 0;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c is '（' or '(' or '【' or '[') { depth++; continue; }
            if (c is '）' or ')' or '】' or ']') { if (depth > 0) depth--; continue; }
            if (char.IsWhiteSpace(c) || c == '\u3000') continue;
            if (depth > 0) br.Append(c);
            else sb.Append(c);
        }
        if (br.Length > 0) bracket = br.ToString();
        return sb.ToString();
    }
}
