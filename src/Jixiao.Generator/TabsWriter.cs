using System.Text;
using static Jixiao.Generator.TextRows;

namespace Jixiao.Generator;

/// <summary>Tab-separated tables as copied out of Word or Excel: header facts, a funds block, goals, an indicator grid.</summary>
internal static class TabsWriter
{
    public static void Project(StringBuilder sb, TableSpec t, DocumentStyle s)
    {
        sb.Append(s.TitleVariant switch
        {
            0 => $"{t.Year}年度项目支出绩效目标表\n",
            1 => $"{t.Year}年特定目标类项目绩效目标表\n\n单位：万元\n\n",
            _ => $"{t.Year}年项目支出绩效目标申报表\n",
        });
        if (s.WithManager) Tabs(sb, "项目名称", t.ProjectName, "项目负责人及电话", t.Manager);
        else Tabs(sb, "项目名称", t.ProjectName);
        Tabs(sb, "主管部门", t.Department, "实施单位", t.Unit);
        if (s.TitleVariant != 1) Tabs(sb, "项目属性", t.ProjectType, "项目期", "1年");
        Tabs(sb, "项目资金（万元）", "年度资金总额", Amount(t.Total));
        Tabs(sb, "", "其中：财政拨款", Amount(t.Fiscal));
        if (t.ShowOwn) Tabs(sb, "", "单位资金", Amount(t.Own));
        if (t.ShowCarryOver) Tabs(sb, "", "结余结转", Amount(t.CarryOver));
        Tabs(sb, "", "其他资金", t.Other > 0 ? Amount(t.Other) : "");
        if (t.Goal is not null) Tabs(sb, "年度目标", t.Goal);
        if (t.Plan is { } plan)
        {
            Tabs(sb, ["资金支出计划（%）", .. Checkpoints]);
            Tabs(sb, ["", .. plan.Select(Percent)]);
        }
        Indicators(sb, t, s.NatureColumn, s.NatureColumn && s.UnitColumn, s.Wu, t.Weighted ? (s.TitleVariant == 1 ? "指标权重" : "权重") : null);
        sb.Append('\n');
    }

    public static void Department(StringBuilder sb, TableSpec t, DocumentStyle s)
    {
        sb.Append("部门整体支出绩效目标表\n");
        sb.Append($"预算年度：{t.Year}\n");
        sb.Append($"预算单位名称：{t.Unit}\n");
        sb.Append("单位：万元\n");
        var basic = t.BasicFiscal + t.BasicOwn;
        var projectFiscal = t.ProjectTotal - t.ProjectOwn;
        var total = basic + t.ProjectTotal + t.DepartmentTotalError;
        Tabs(sb, "总体资金情况", "预算支出总额", "基本支出", "", "", "", "项目支出", "", "", "");
        Tabs(sb, "", "", "合计", "财政拨款", "专户资金", "单位资金", "合计", "财政拨款", "专户资金", "单位资金");
        Tabs(sb, "", Amount(total), Amount(basic), Amount(t.BasicFiscal), "", t.BasicOwn > 0 ? Amount(t.BasicOwn) : "",
            Amount(t.ProjectTotal), Amount(projectFiscal), "", t.ProjectOwn > 0 ? Amount(t.ProjectOwn) : "");
        if (t.Goal is not null) Tabs(sb, "整体绩效目标", t.Goal);
        sb.Append("年度绩效指标\n");
        Indicators(sb, t, nature: true, unitColumn: true, s.Wu, "权重");
        sb.Append('\n');
    }

    private static void Indicators(StringBuilder sb, TableSpec t, bool nature, bool unitColumn, bool wu, string? weightHeader)
    {
        var header = new List<string> { "一级指标", "二级指标", "三级指标" };
        if (nature) header.Add("指标性质");
        header.Add("指标值");
        if (unitColumn) header.Add("度量单位");
        if (weightHeader is not null) header.Add(weightHeader);
        Tabs(sb, [.. header]);
        foreach (var (l1, l2, i) in Labelled(t))
        {
            var cells = new List<string> { l1, l2, i.Name };
            if (nature) cells.Add(i.NatureCell(wu));
            if (!nature) cells.Add(i.Embedded);
            else if (unitColumn) cells.AddRange(i.IsQualitative ? [i.Grade!, ""] : [i.Number!, i.Unit ?? ""]);
            else cells.Add(i.IsQualitative ? i.Grade! : i.Number + i.Unit);
            if (weightHeader is not null) cells.Add(i.Weight?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
            Tabs(sb, [.. cells]);
        }
    }
}
