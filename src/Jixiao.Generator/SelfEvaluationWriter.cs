using System.Globalization;
using System.Text;
using static Jixiao.Generator.TextRows;

namespace Jixiao.Generator;

/// <summary>A published 项目支出绩效自评表: the funds' budget, spending and execution score, the goals beside what was achieved, and indicators with actual values, points and scores.</summary>
internal static class SelfEvaluationWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Project(StringBuilder sb, TableSpec t, DocumentStyle s, int ordinal)
    {
        sb.Append($"附件{ordinal}\n\n项目支出绩效自评表\n\n（{t.Year}年度）\n\n");
        Tabs(sb, "项目名称", t.ProjectName, "", "", "", "", "", "", "");
        Tabs(sb, "主管部门", t.Department, "", "", "", "实施单位", t.Unit, "", "");
        Tabs(sb, "项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "");
        var rate = t.Total > 0 ? t.Spent / t.Total * 100 : 0;
        var executionScore = Math.Round(Math.Min(rate / 100, 1) * 10, 2);
        Tabs(sb, "", "年度资金总额", Amount(t.Total), Amount(t.Total), Amount(t.Spent), "10", Percent(rate) + "%", Amount(executionScore), "");
        Line(sb, "其中：当年财政拨款", t.Fiscal, t.Spent, t.Total);
        if (t.ShowOwn) Line(sb, "单位资金", t.Own, t.Spent, t.Total);
        if (t.ShowCarryOver) Line(sb, "上年结转资金", t.CarryOver, t.Spent, t.Total);
        if (t.Other > 0) Line(sb, "其他资金", t.Other, t.Spent, t.Total);
        else Tabs(sb, "", "其他资金", "", "", "", "—", "", "—", "");
        if (t.Goal is not null)
        {
            Tabs(sb, "年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", "");
            Tabs(sb, "", t.Goal, "", "", "", t.Achieved ?? "", "", "", "");
        }
        Tabs(sb, "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        var total = executionScore;
        foreach (var (l1, l2, i) in Labelled(t))
        {
            var full = i.Weight ?? 0;
            var score = Score(i, full);
            total += score;
            var cause = score < full ? Vocabulary.Causes[(i.Name.Length + full) % Vocabulary.Causes.Length] : "";
            Tabs(sb, "", l1, l2, i.Name, i.Embedded, i.ActualShown, full.ToString(Inv), score.ToString("0.##", Inv), cause);
        }
        Tabs(sb, "总分", "", "", "", "", "", "100", total.ToString("0.00", Inv), "");
        sb.Append('\n');
    }

    private static void Line(StringBuilder sb, string label, decimal budget, decimal spentAll, decimal total)
    {
        var spent = total > 0 ? Math.Round(budget * spentAll / total, 2) : 0;
        var rate = budget > 0 ? spent / budget * 100 : 0;
        Tabs(sb, "", label, Amount(budget), Amount(budget), Amount(spent), "—", Percent(rate) + "%", "—", "");
    }

    /// <summary>The score a unit would publish: full when the target is met, in proportion otherwise, 90 % for a grade.</summary>
    private static decimal Score(IndicatorSpec i, int full)
    {
        if (i.IsQualitative || i.Number is null) return full;
        var target = decimal.Parse(i.Number, Inv);
        var digits = new string(i.ActualShown.TakeWhile(c => char.IsAsciiDigit(c) || c == '.').ToArray());
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, Inv, out var actual)) return 0;
        var met = i.Comparator == "≤" ? actual <= target : actual >= target;
        if (met || target == 0) return full;
        return i.Comparator == "≤" ? Math.Round(full * Math.Max(0, 1 - (actual - target) / target), 2) : Math.Round(full * actual / target, 2);
    }
}
