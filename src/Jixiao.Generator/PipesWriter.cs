using System.Text;
using static Jixiao.Generator.TextRows;

namespace Jixiao.Generator;

/// <summary>Pipe-separated rows (`| a | b |`) with a `|---|` rule after the first, as converters from HTML or Markdown write them.</summary>
internal static class PipesWriter
{
    public static void Project(StringBuilder sb, TableSpec t, DocumentStyle s)
    {
        var n = t.Weighted ? 6 : 5;
        sb.Append($"{t.Department}{t.Year}年项目支出绩效目标表\n\n（{t.Year}年度）\n\n");
        Row(sb, n, "项目名称", t.ProjectName);
        sb.Append('|').Append(string.Concat(Enumerable.Repeat("---|", n))).Append('\n');
        Row(sb, n, "主管部门", t.Department, "", "实施单位", t.Unit);
        Row(sb, n, "项目属性", t.ProjectType, "", "项目期", "1年");
        Row(sb, n, "项目资金（万元）", "年度资金总额", Amount(t.Total));
        Row(sb, n, "", "其中：财政拨款", Amount(t.Fiscal));
        if (t.ShowOwn) Row(sb, n, "", "单位资金", Amount(t.Own));
        if (t.ShowCarryOver) Row(sb, n, "", "结余结转", Amount(t.CarryOver));
        Row(sb, n, "", "其他资金", Amount(t.Other));
        if (t.Goal is not null) Row(sb, n, "年度总体目标", t.Goal);
        if (t.Weighted) Row(sb, n, "绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "权重");
        else Row(sb, n, "绩效指标", "一级指标", "二级指标", "三级指标", "指标值");
        foreach (var (l1, l2, i) in Labelled(t))
        {
            if (t.Weighted) Row(sb, n, "", l1, l2, i.Name, i.Embedded, i.Weight!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            else Row(sb, n, "", l1, l2, i.Name, i.Embedded);
        }
        sb.Append('\n');
    }

    private static void Row(StringBuilder sb, int n, params string[] cells)
    {
        sb.Append('|');
        for (var k = 0; k < n; k++) sb.Append(' ').Append(k < cells.Length ? cells[k] : "").Append(" |");
        sb.Append('\n');
    }
}
