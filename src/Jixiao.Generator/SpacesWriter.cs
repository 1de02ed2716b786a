using System.Text;
using static Jixiao.Generator.TextRows;

namespace Jixiao.Generator;

/// <summary>Columns aligned with runs of spaces, as `pdftotext -layout` writes a table out of a PDF.</summary>
internal static class SpacesWriter
{
    private const int Indent = 2;

    public static void Project(StringBuilder sb, TableSpec t, DocumentStyle s)
    {
        sb.Append(new string(' ', 30)).Append(t.Year).Append("年度项目支出绩效目标表\n\n");
        var facts = new List<string[]>
        {
            new[] { "项目名称", t.ProjectName },
            new[] { "主管部门", t.Department, "实施单位", t.Unit },
            new[] { "项目属性", t.ProjectType, "项目期", $"{t.Year}年-{t.Year}年" },
            new[] { "项目资金", "年度资金总额", Amount(t.Total) },
            new[] { "（万元）", "其中：财政拨款", Amount(t.Fiscal) },
        };
        if (t.ShowOwn) facts.Add(["", "单位资金", Amount(t.Own)]);
        if (t.ShowCarryOver) facts.Add(["", "结余结转", Amount(t.CarryOver)]);
        facts.Add(["", "其他资金", Amount(t.Other)]);
        var columns = Columns(facts, gap: 6);
        foreach (var row in facts) Line(sb, columns, row);
        if (t.Goal is not null) Line(sb, columns, ["年度目标", t.Goal]);

        var rows = new List<string[]>();
        rows.Add(t.Weighted ? ["一级指标", "二级指标", "三级指标", "指标值", "权重"] : ["一级指标", "二级指标", "三级指标", "指标值"]);
        foreach (var (l1, l2, i) in Labelled(t))
            rows.Add(t.Weighted ? [l1, l2, i.Name, i.Embedded, i.Weight!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)] : [l1, l2, i.Name, i.Embedded]);
        var indicatorColumns = Columns(rows, gap: 4);
        foreach (var row in rows) Line(sb, indicatorColumns, row);
        sb.Append("\n\n");
    }

    /// <summary>Where each column starts: after the widest cell of the column before it and a gap.</summary>
    private static int[] Columns(List<string[]> rows, int gap)
    {
        var n = rows.Max(r => r.Length);
        var starts = new int[n];
        starts[0] = Indent;
        for (var c = 1; c < n; c++)
            starts[c] = starts[c - 1] + rows.Where(r => r.Length > c - 1 && r.Length > c).Select(r => Width(r[c - 1])).DefaultIfEmpty(0).Max() + gap;
        return starts;
    }

    private static void Line(StringBuilder sb, int[] starts, string[] cells)
    {
        var x = 0;
        for (var c = 0; c < cells.Length; c++)
        {
            if (cells[c].Length == 0) continue;
            var at = Math.Max(starts[c], x == 0 ? starts[c] : x + 2);
            sb.Append(' ', at - x).Append(cells[c]);
            x = at + Width(cells[c]);
        }
        sb.Append('\n');
    }
}
