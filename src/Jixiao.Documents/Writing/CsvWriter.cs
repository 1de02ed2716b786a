using System.Globalization;
using System.Text;
using Jixiao.Entries;
using Jixiao.Framework;
using Jixiao.Model;
using Jixiao.Values;

namespace Jixiao.Documents.Writing;

/// <summary>
/// The indicators of one or more tables as one CSV, one row per indicator with its table's header facts repeated:
/// UTF-8 with a byte-order mark so Excel reads the Chinese, RFC 4180 quoting, CRLF line ends.
/// </summary>
public static class CsvWriter
{
    /// <summary>Added to text that starts like a formula (= + - @), so a spreadsheet shows it instead of computing it.</summary>
    public const char FormulaGuard = '\'';

    private static readonly CsvColumn[] Common =
    [
        new("年度", "integer", "预算年度", "表格所属的预算年度。", "tables[].year") { Value = (t, _) => t.Year?.ToString(CultureInfo.InvariantCulture) },
        new("表类型", "string", "表格类型", "项目：项目支出绩效目标表（或自评表）；部门：部门整体支出绩效目标表。", "tables[].kind")
        {
            Enum = ["项目", "部门"],
            Value = (t, _) => t.Kind == TableKind.Department ? "部门" : "项目",
        },
        new("主管部门", "string", "主管部门", "主管部门名称，按原表填写。", "tables[].department") { Value = (t, _) => t.Department },
        new("单位名称", "string", "实施单位／预算单位", "项目表的实施单位或部门表的预算单位名称，按原表填写。", "tables[].unit") { Value = (t, _) => t.Unit },
        new("项目名称", "string", "项目名称", "项目名称；部门整体表为空。", "tables[].projectName") { Value = (t, _) => t.ProjectName },
        new("项目编码", "string", "项目编码", "项目编码，如 207-0401-YBN-3HDD；未填写时为空。", "tables[].projectCode") { Value = (t, _) => t.ProjectCode },
        new("年度资金总额", "number", "年度资金总额", "表格的年度资金总额，金额单位见“金额单位”列。", "tables[].funds.total") { Value = (t, _) => N(t.Funds?.Total) },
        new("金额单位", "string", "金额单位", "资金金额的单位，通常为万元，个别表格为元。", "tables[].funds.currency") { Value = (t, _) => t.Funds?.Currency },
        new("一级指标", "string", "一级指标", "产出指标、效益指标、满意度指标或成本指标（规范名称；无法对应时按原表填写）。", "tables[].indicators[].level1")
        {
            Value = (_, i) => i.Level1?.Name() ?? i.Level1Text,
        },
        new("二级指标", "string", "二级指标", "如数量指标、质量指标、时效指标、社会效益指标、服务对象满意度指标（规范名称；无法对应时按原表填写）。", "tables[].indicators[].level2")
        {
            Value = (_, i) => i.Level2?.Name() ?? i.Level2Text,
        },
        new("三级指标", "string", "三级指标（指标名称）", "具体的绩效指标名称。", "tables[].indicators[].name") { Value = (_, i) => i.Name },
        new("指标性质", "string", "指标性质（计算符号）", "≥ 不低于，> 高于，= 等于，< 低于，≤ 不高于，≈ 约等于，定性 为定性指标；无法确定时为空。", "tables[].indicators[].comparator")
        {
            Enum = ["≥", ">", "=", "<", "≤", "≈", "定性"],
            Value = (_, i) => i.Value.Comparator?.ToSymbol(),
        },
        new("指标值", "number", "指标值（数值）", "定量指标的目标数值；定性指标或无法读出数值时为空。", "tables[].indicators[].value") { Value = (_, i) => N(i.Value.Number) },
        new("度量单位", "string", "度量单位", "指标值的计量单位，如 %、次、万元、天。", "tables[].indicators[].unit") { Value = (_, i) => i.Value.Unit },
        new("定性等级", "string", "定性指标值", "定性指标的目标等级，如 好、较好、及时。", "tables[].indicators[].grade") { Value = (_, i) => i.Value.Grade },
        new("指标值原文", "string", "指标值（原文）", "指标值单元格按原表的写法，如 ≥95%、200次。", "tables[].indicators[].valueText") { Value = (_, i) => i.Value.Text },
        new("权重", "number", "权重（分值）", "指标的权重或分值；原表未设权重时为空。", "tables[].indicators[].weight") { Value = (_, i) => N(i.Weight) },
        new("指标期限", "string", "指标期限", "年度：年度绩效指标；中期：多年期项目的中期绩效指标。", "tables[].indicators[].horizon")
        {
            Enum = ["年度", "中期"],
            Value = (_, i) => i.Horizon == Horizon.MidTerm ? "中期" : "年度",
        },
        new("指标描述", "string", "指标描述／指标解释", "指标的含义和计算方法；原表未填写时为空。", "tables[].indicators[].description") { Value = (_, i) => i.Description },
        new("指标值确定依据", "string", "指标值确定依据／绩效标准", "指标值的来源，如 计划标准、行业标准、历史标准或文件文号。", "tables[].indicators[].basis") { Value = (_, i) => i.Basis },
    ];

    private static readonly CsvColumn[] SelfEvaluation =
    [
        new("实际完成值", "string", "实际完成值", "自评表：指标的实际完成值，按原表填写；其他表为空。", "tables[].indicators[].actual")
        {
            Value = (t, i) => t.Stage == TableStage.SelfEvaluation ? i.ActualText : null,
        },
        new("得分", "number", "得分", "自评表：指标得分；其他表为空。", "tables[].indicators[].score")
        {
            Value = (t, i) => t.Stage == TableStage.SelfEvaluation ? N(i.Score) : null,
        },
    ];

    /// <summary>The columns written for these tables: 实际完成值 and 得分 only when one of them is a self-evaluation.</summary>
    public static IReadOnlyList<CsvColumn> Columns(IReadOnlyList<TargetTable> tables) =>
        tables.Any(t => t.Stage == TableStage.SelfEvaluation) ? [.. Common, .. SelfEvaluation] : Common;

    /// <summary>Every column this writer can write, for descriptors.</summary>
    public static IReadOnlyList<CsvColumn> AllColumns { get; } = [.. Common, .. SelfEvaluation];

    public static string Write(IReadOnlyList<TargetTable> tables)
    {
        var columns = Columns(tables);
        var csv = new StringBuilder("\uFEFF");
        Line(csv, columns.Select(c => c.Name));
        foreach (var t in tables)
            foreach (var i in t.Indicators)
                Line(csv, columns.Select(c => Guard(c, c.Value(t, i))));
        return csv.ToString();
    }

    private static void Line(StringBuilder csv, IEnumerable<string?> fields) =>
        csv.AppendJoin(',', fields.Select(Csv.Quote)).Append("\r\n");

    private static string? Guard(CsvColumn column, string? value) =>
        column.Type == "string" && column.Enum is null && value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            ? FormulaGuard + value
            : value;

    private static string? N(decimal? v) => v?.ToString("0.##########", CultureInfo.InvariantCulture);
}
