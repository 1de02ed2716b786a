using System.Text;
using static Jixiao.Generator.TextRows;

namespace Jixiao.Generator;

/// <summary>One cell per line, each indented by a tab, rows ended by a blank line: Word tables copied as text (seed 004).</summary>
internal static class CellsWriter
{
    public static void Project(StringBuilder sb, TableSpec t, DocumentStyle s, int ordinal)
    {
        sb.Append($"{ordinal}、{t.ProjectName}绩效目标表（{t.Year}年度）\n");
        Block(sb, t.UnitCode + t.Unit, "单位：万元");
        Block(sb, "项目编码", t.ProjectCode, "项目名称", t.ProjectName);
        var funds = new List<string> { "预算规模及资金用途", "预算数", Amount(t.Total), "其中：财政资金", Amount(t.Fiscal) };
        if (t.ShowOwn) funds.AddRange(["单位资金", Amount(t.Own)]);
        if (t.ShowCarryOver) funds.AddRange(["结转资金", Amount(t.CarryOver)]);
        funds.AddRange(["其他资金", t.Other > 0 ? Amount(t.Other) : ""]);
        Block(sb, [.. funds]);
        Block(sb, "", t.Usage);
        if (t.Plan is { } plan)
        {
            Block(sb, ["资金支出计划（%）", .. Checkpoints]);
            Block(sb, ["", .. plan.Select(Percent)]);
        }
        if (t.Goal is not null) Block(sb, "绩效目标", "1、" + t.Goal);
        sb.Append('\n');
        Block(sb, "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据");
        foreach (var (l1, l2, i) in Labelled(t, repeatLevel2: s.RepeatLevel2))
            Block(sb, l1, l2, i.Name, i.Description, i.Embedded, i.Basis);
        sb.Append('\n');
    }

    private static void Block(StringBuilder sb, params string[] cells)
    {
        foreach (var c in cells) sb.Append('\t').Append(c).Append('\n');
        sb.Append('\n');
    }
}
