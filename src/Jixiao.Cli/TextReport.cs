using System.Globalization;
using System.Text;
using Jixiao.Diagnostics;
using Jixiao.Framework;
using Jixiao.Model;
using Jixiao.Values;

namespace Jixiao.Cli;

/// <summary>Prints a read result for a person to check against the original: header facts, then the indicators as an aligned table.</summary>
public static class TextReport
{
    public static void Write(ReadResult result, TextWriter o)
    {
        o.WriteLine($"== {result.Source}（{result.Encoding ?? "未知编码"}）：{result.Tables.Count} 张表");
        foreach (var d in result.Diagnostics) o.WriteLine(Finding(result.Source, d));
        for (var i = 0; i < result.Tables.Count; i++) WriteTable(result.Source, i + 1, result.Tables[i], o);
    }

    private static void WriteTable(string source, int number, TargetTable t, TextWriter o)
    {
        o.WriteLine();
        var kind = t.Kind == TableKind.Department ? "部门整体" : "项目";
        var stage = t.Stage switch { TableStage.SelfEvaluation => "自评表", TableStage.Monitoring => "监控表", _ => "目标表" };
        o.WriteLine($"-- 表 {number}：{kind}{stage}（第 {t.Line} 行起）{(t.Title is null ? "" : "  " + t.Title)}");
        Fact(o, "项目名称", t.ProjectName);
        Fact(o, "项目编码", t.ProjectCode);
        Fact(o, "预算年度", t.Year?.ToString(CultureInfo.InvariantCulture));
        Fact(o, "主管部门", Join(t.DepartmentCode, t.Department));
        Fact(o, "实施单位", Join(t.UnitCode, t.Unit));
        Fact(o, "项目负责人", t.Manager);
        Fact(o, "项目属性", t.ProjectType);
        Fact(o, "项目期", t.Duration);
        Fact(o, "年度资金", Funds(t.Funds));
        Fact(o, "中期资金", Funds(t.MidTermFunds));
        if (t.DepartmentBudget is { } b)
            Fact(o, "预算支出", $"总额 {N(b.Total)}；基本支出 {Part(b.Basic)}；项目支出 {Part(b.Project)}");
        if (t.Execution is { } e)
            Fact(o, "预算执行", $"年初 {N(e.InitialBudget)}，全年 {N(e.Budget)}，执行 {N(e.Spent)}，执行率 {N(e.Rate)}%，得分 {N(e.Score)}/{N(e.FullScore)}");
        if (t.SpendingPlan.Count > 0)
            Fact(o, "支出计划", string.Join("，", t.SpendingPlan.Select(p => $"{p.Checkpoint} {(p.CumulativePercent is { } v ? N(v) + "%" : "—")}")));
        Fact(o, "资金用途", Short(t.FundsUsage));
        Fact(o, "中期目标", Short(t.Goals.MidTerm) is { } m ? (t.Goals.MidTermPeriod is { } p ? $"（{p}）" : "") + m : null);
        Fact(o, "年度目标", Short(t.Goals.Annual));
        Fact(o, "分项目标", Short(t.Goals.Breakdown));
        Fact(o, "保障措施", Short(t.Goals.Measures));
        if (t.PublishedTotal is { } total) Fact(o, "总分", N(total));
        if (t.Indicators.Count > 0)
        {
            o.WriteLine();
            var header = new[] { "行", "期", "一级指标", "二级指标", "三级指标", "符号", "数值", "单位", "定性/原文", "权重" }.ToList();
            var selfEval = t.Stage == TableStage.SelfEvaluation;
            if (selfEval) header.AddRange(["实际完成", "得分"]);
            var rows = t.Indicators.Select(i =>
            {
                var r = new List<string>
                {
                    i.Line.ToString(CultureInfo.InvariantCulture),
                    i.Horizon == Horizon.MidTerm ? "中期" : "年度",
                    i.Level1?.Name() ?? "?",
                    i.Level2?.Name() ?? "?",
                    i.Name ?? "（无名称）",
                    i.Value.Comparator is { } c && c != Comparator.Qualitative ? c.ToSymbol() : i.Value.Comparator == Comparator.Qualitative ? "定性" : "",
                    N(i.Value.Number),
                    i.Value.Unit ?? "",
                    i.Value.Status is ValueStatus.Qualitative ? i.Value.Grade ?? "" : i.Value.Status is ValueStatus.Unreadable ? "原文：" + i.Value.Text : "",
                    N(i.Weight),
                };
                if (selfEval) r.AddRange([i.ActualText ?? "", N(i.Score)]);
                return r;
            }).ToList();
            WriteGrid(o, header, rows);
        }
        foreach (var d in t.Diagnostics) o.WriteLine(Finding(source, d));
    }

    private static void WriteGrid(TextWriter o, List<string> header, List<List<string>> rows)
    {
        var widths = header.Select((h, c) => Math.Min(40, Math.Max(Width(h), rows.Count == 0 ? 0 : rows.Max(r => Width(r[c]))))).ToArray();
        o.WriteLine(Line(header, widths));
        o.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var r in rows) o.WriteLine(Line(r, widths));
    }

    private static string Line(List<string> cells, int[] widths)
    {
        var sb = new StringBuilder();
        for (var c = 0; c < cells.Count; c++)
        {
            var text = Clip(cells[c], widths[c]);
            sb.Append(text);
            if (c < cells.Count - 1) sb.Append(' ', widths[c] - Width(text) + 2);
        }
        return sb.ToString().TrimEnd();
    }

    private static string Clip(string s, int width)
    {
        if (Width(s) <= width) return s;
        var sb = new StringBuilder();
        var w = 0;
        foreach (var ch in s)
        {
            var cw = CharWidth(ch);
            if (w + cw > width - 1) break;
            sb.Append(ch);
            w += cw;
        }
        return sb.Append('…').ToString();
    }

    private static int Width(string s) => s.Sum(CharWidth);

    private static int CharWidth(char c) => c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)) ? 2 : 1;

    public static string Finding(string source, Diagnostic d)
    {
        var severity = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };
        var where = d.Line is { } l ? $"{source}:{l}" : source;
        return $"{where}: {severity} {d.Code}: {d.Message}";
    }

    private static void Fact(TextWriter o, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value)) o.WriteLine($"  {label}：{value}");
    }

    private static string? Join(string? code, string? name) => name is null ? null : code is null ? name : $"[{code}] {name}";

    private static string? Funds(Funds? f)
    {
        if (f is null) return null;
        var parts = new List<string> { $"合计 {N(f.Total)} {f.Currency}" };
        void Add(string label, decimal? v) { if (v is not null) parts.Add($"{label} {N(v)}"); }
        Add("财政拨款", f.Fiscal);
        Add("专户资金", f.Special);
        Add("单位资金", f.Own);
        Add("结余结转", f.CarryOver);
        Add("其他资金", f.Other);
        return string.Join("，", parts);
    }

    private static string Part(BudgetPart? p) => p is null ? "—" : $"合计 {N(p.Total)}（财政拨款 {N(p.Fiscal)}，专户 {N(p.Special)}，单位 {N(p.Own)}）";

    private static string N(decimal? v) => v is null ? "" : v.Value.ToString("0.######", CultureInfo.InvariantCulture);

    private static string? Short(string? s) => s is null ? null : s.Length <= 60 ? s.Replace('\n', ' ') : s[..60].Replace('\n', ' ') + "…";
}
