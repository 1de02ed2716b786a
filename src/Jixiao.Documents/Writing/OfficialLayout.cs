using System.Globalization;
using Jixiao.Framework;
using Jixiao.Model;
using Jixiao.Values;

namespace Jixiao.Documents.Writing;

/// <summary>
/// Lays a table out as the official form (项目支出绩效目标表 / 部门整体支出绩效目标表 / 自评表): header facts, funds,
/// spending plan, goals, and the indicators with their level-1 and level-2 labels merged over the rows they cover.
/// Every renderer (xlsx, docx, HTML for print and PDF) draws this one grid, and Jixiao's reader reads it back.
/// </summary>
public static class OfficialLayout
{
    public static LayoutGrid Build(TargetTable t)
    {
        var described = t.Indicators.Any(i => i.Description is not null);
        var b = new Builder(t.Kind == TableKind.Department || described ? 10 : 9) { Described = described };
        var selfEval = t.Stage == TableStage.SelfEvaluation;
        var kind = t.Kind == TableKind.Department ? "部门整体支出绩效目标表" : selfEval ? "项目支出绩效自评表" : "项目支出绩效目标表";
        var title = (t.Year is { } y ? $"{y}年度" : "") + kind;
        b.Row(new Cell(0, title, CellStyle.Title, b.Columns));
        b.Row(new Cell(0, $"单位：{t.Funds?.Currency ?? "万元"}", CellStyle.Note, b.Columns));

        if (t.Kind == TableKind.Department) Department(b, t);
        else Project(b, t);

        if (t.Indicators.Any(i => i.Horizon == Horizon.Annual) || t.Indicators.Count == 0) Indicators(b, t, Horizon.Annual, selfEval);
        if (t.Indicators.Any(i => i.Horizon == Horizon.MidTerm)) Indicators(b, t, Horizon.MidTerm, selfEval);
        if (t.PublishedTotal is { } total)
            b.Row(new Cell(0, "总分", CellStyle.Label, 1), new Cell(b.Columns - 3, N(total), CellStyle.Number, 1));

        var widths = t.Kind == TableKind.Department ? new double[] { 10, 10, 12, 22, 9, 10, 9, 8, 14, 10 }
            : described ? new double[] { 9, 9, 11, 16, 22, 7, 9, 7, 7, 14 }
            : new double[] { 10, 10, 12, 24, 8, 10, 8, 8, 16 };
        return new LayoutGrid(title, b.Columns, b.Cells, widths) { IndicatorRows = b.IndicatorRows };
    }

    private static void Project(Builder b, TargetTable t)
    {
        var rest = b.Columns - 6;
        b.Row(L(0, "项目名称"), V(1, t.ProjectName, 4), L(5, "项目编码"), V(6, t.ProjectCode, rest));
        b.Row(L(0, "主管部门"), V(1, Coded(t.DepartmentCode, t.Department), 4), L(5, "实施单位"), V(6, Coded(t.UnitCode, t.Unit), rest));
        b.Row(L(0, "项目属性"), V(1, t.ProjectType, 2), L(3, "项目期"), V(4, t.Duration, 1), L(5, "项目负责人及电话"), V(6, t.Manager, rest));
        if (t.Execution is not null) Execution(b, t);
        else Funds(b, t);
        if (t.FundsUsage is { } usage) b.Row(L(0, "资金用途"), new Cell(1, usage, CellStyle.Text, b.Columns - 1));
        if (t.SpendingPlan.Count > 0)
        {
            var first = b.Next;
            b.Row([L(0, "资金支出计划（%）"), .. t.SpendingPlan.Select((p, k) => new Cell(1 + k, p.Checkpoint, CellStyle.Header, 1))]);
            b.Row(t.SpendingPlan.Select((p, k) => new Cell(1 + k, p.CumulativePercent is { } v ? N(v) : "", CellStyle.Number, 1)).ToArray());
            b.Span(first, 0, 2);
        }
        Goals(b, t);
    }

    private static void Department(Builder b, TargetTable t)
    {
        b.Row(new Cell(0, $"预算年度：{t.Year?.ToString(CultureInfo.InvariantCulture) ?? ""}", CellStyle.Note, 3),
              new Cell(3, $"预算单位名称：{Coded(t.UnitCode, t.Unit)}", CellStyle.Note, 7));
        if (t.DepartmentBudget is { } d)
        {
            var first = b.Next;
            b.Row(L(0, "总体资金情况"), H(1, "预算支出总额"), H(2, "基本支出", 4), H(6, "项目支出", 4));
            b.Row(H(2, "合计"), H(3, "财政拨款"), H(4, "专户资金"), H(5, "单位资金"), H(6, "合计"), H(7, "财政拨款"), H(8, "专户资金"), H(9, "单位资金"));
            b.Row(Num(1, d.Total), Num(2, d.Basic?.Total), Num(3, d.Basic?.Fiscal), Num(4, d.Basic?.Special), Num(5, d.Basic?.Own),
                  Num(6, d.Project?.Total), Num(7, d.Project?.Fiscal), Num(8, d.Project?.Special), Num(9, d.Project?.Own));
            b.Span(first, 0, 3);
            b.Span(first, 1, 2);
        }
        if (t.Goals.Annual is { } goal) b.Row(L(0, "整体绩效目标"), new Cell(1, goal, CellStyle.Text, b.Columns - 1));
        if (t.Goals.Breakdown is { } breakdown) b.Row(L(0, "分项绩效目标"), new Cell(1, breakdown, CellStyle.Text, b.Columns - 1));
        if (t.Goals.Measures is { } measures) b.Row(L(0, "工作保障措施"), new Cell(1, measures, CellStyle.Text, b.Columns - 1));
    }

    private static void Funds(Builder b, TargetTable t)
    {
        if (t.Funds is null && t.MidTermFunds is null) return;
        var first = b.Next;
        var mid = t.MidTermFunds;
        var annual = t.Funds;
        (string Label, Func<Funds?, decimal?> Get)[] lines =
        [
            ("资金总额", f => f?.Total), ("其中：财政拨款", f => f?.Fiscal), ("专户资金", f => f?.Special), ("单位资金", f => f?.Own),
            ("结余结转", f => f?.CarryOver), ("其他资金", f => f?.Other),
        ];
        var shown = lines.Where((l, k) => k < 2 || l.Get(annual) is not null || l.Get(mid) is not null).ToList();
        foreach (var (label, get) in shown)
        {
            var cells = new List<Cell>();
            if (mid is not null)
            {
                cells.Add(L(1, label == "资金总额" ? "中期资金总额" : label));
                cells.Add(Num(2, get(mid), 3));
            }
            if (annual is not null)
            {
                cells.Add(L(mid is null ? 1 : 5, label == "资金总额" ? "年度资金总额" : label, mid is null ? 3 : 2));
                cells.Add(Num(mid is null ? 4 : 7, get(annual), b.Columns - (mid is null ? 4 : 7)));
            }
            if (b.Next == first) cells.Insert(0, L(0, $"项目资金（{annual?.Currency ?? mid?.Currency ?? "万元"}）"));
            b.Row(cells.ToArray());
        }
        b.Span(first, 0, shown.Count);
    }

    /// <summary>A self-evaluation's funds block: 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分 per fund line.</summary>
    private static void Execution(Builder b, TargetTable t)
    {
        var e = t.Execution!;
        var first = b.Next;
        b.Row(L(0, $"项目资金（{t.Funds?.Currency ?? "万元"}）"), H(2, "年初预算数"), H(3, "全年预算数"), H(4, "全年执行数"), H(5, "分值"), H(6, "执行率"), H(7, "得分"));
        b.Row(L(1, "年度资金总额"), Num(2, e.InitialBudget), Num(3, e.Budget ?? t.Funds?.Total), Num(4, e.Spent), Num(5, e.FullScore),
              new Cell(6, e.Rate is { } r ? N(r) + "%" : "", CellStyle.Number, 1), Num(7, e.Score));
        var lines = new (string Label, decimal? Value)[] { ("其中：当年财政拨款", t.Funds?.Fiscal), ("上年结转资金", t.Funds?.CarryOver), ("其他资金", t.Funds?.Other) };
        foreach (var (label, value) in lines) b.Row(L(1, label), Num(3, value));
        b.Span(first, 0, lines.Length + 2);
    }

    private static void Goals(Builder b, TargetTable t)
    {
        if (t.Goals.MidTerm is not null)
        {
            var first = b.Next;
            var period = t.Goals.MidTermPeriod is { } p ? $"（{p}）" : "";
            b.Row(L(0, "总体目标"), H(1, "中期目标" + period, 4), H(5, "年度目标", b.Columns - 5));
            b.Row(new Cell(1, t.Goals.MidTerm, CellStyle.Text, 4), new Cell(5, t.Goals.Annual ?? "", CellStyle.Text, b.Columns - 5));
            b.Span(first, 0, 2);
        }
        else if (t.Stage == TableStage.SelfEvaluation && t.Goals.AnnualAchieved is not null)
        {
            var first = b.Next;
            b.Row(L(0, "年度总体目标"), H(1, "预期目标", 4), H(5, "实际完成情况", b.Columns - 5));
            b.Row(new Cell(1, t.Goals.Annual ?? "", CellStyle.Text, 4), new Cell(5, t.Goals.AnnualAchieved, CellStyle.Text, b.Columns - 5));
            b.Span(first, 0, 2);
        }
        else if (t.Goals.Annual is { } annual)
        {
            b.Row(L(0, "年度目标"), new Cell(1, annual, CellStyle.Text, b.Columns - 1));
        }
    }

    private static void Indicators(Builder b, TargetTable t, Horizon horizon, bool selfEval)
    {
        var indexes = Enumerable.Range(0, t.Indicators.Count).Where(k => t.Indicators[k].Horizon == horizon).ToList();
        var rows = indexes.Select(k => t.Indicators[k]).ToList();
        if (rows.Count == 0 && horizon == Horizon.MidTerm) return;
        var first = b.Next;
        var label = horizon == Horizon.MidTerm ? "中期绩效指标" : "年度绩效指标";
        var value = horizon == Horizon.MidTerm ? "中期指标值" : "年度指标值";
        string[] headers = selfEval
            ? ["一级指标", "二级指标", "三级指标", value, "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
            : b.Described
                ? ["一级指标", "二级指标", "三级指标", "指标描述", "指标性质", value, "度量单位", "权重", "指标值确定依据"]
                : ["一级指标", "二级指标", "三级指标", "指标性质", value, "度量单位", "权重", "指标值确定依据"];
        var head = new List<Cell> { L(0, label) };
        head.AddRange(headers.Select((h, k) => H(1 + k, h)));
        if (b.Columns == 10 && !b.Described) head[^1] = head[^1] with { Span = 2 };
        b.Row(head.ToArray());
        for (var r = 0; r < rows.Count; r++)
        {
            var i = rows[r];
            b.IndicatorRows[indexes[r]] = b.Next;
            var cells = new List<Cell>
            {
                new(1, i.Level1?.Name() ?? i.Level1Text ?? "", CellStyle.Header, 1),
                new(2, i.Level2?.Name() ?? i.Level2Text ?? "", CellStyle.Header, 1),
                new(3, i.Name ?? "", CellStyle.Value, 1),
            };
            if (selfEval)
            {
                cells.Add(new Cell(4, i.Value.Text, CellStyle.Value, 1));
                cells.Add(new Cell(5, i.ActualText ?? "", CellStyle.Value, 1));
                cells.Add(Num(6, i.Weight));
                cells.Add(Num(7, i.Score));
                cells.Add(new Cell(8, i.Cause ?? "", CellStyle.Text, b.Columns - 8));
            }
            else
            {
                var (nature, number, unit) = Split(i.Value);
                var at = 4;
                if (b.Described) cells.Add(new Cell(at++, i.Description ?? "", CellStyle.Text, 1));
                cells.Add(new Cell(at++, nature, CellStyle.Value, 1));
                cells.Add(new Cell(at++, number, CellStyle.Value, 1));
                cells.Add(new Cell(at++, unit, CellStyle.Value, 1));
                cells.Add(Num(at++, i.Weight));
                cells.Add(new Cell(at, i.Basis ?? "", CellStyle.Text, b.Columns - at));
            }
            b.Row(cells.ToArray());
        }
        b.Span(first, 0, rows.Count + 1);
        // Level-1 and level-2 labels merged over the rows they cover, as on the printed form.
        MergeRuns(b, first + 1, rows.Select(i => i.Level1?.Name() ?? i.Level1Text ?? "").ToList(), 1);
        MergeRuns(b, first + 1, rows.Select(i => $"{i.Level1}|{i.Level2?.Name() ?? i.Level2Text}").ToList(), 2);
    }

    /// <summary>The comparator, number and unit of a value in their own columns, or the grade or text as written.</summary>
    private static (string Nature, string Value, string Unit) Split(IndicatorValue v) => v.Status switch
    {
        ValueStatus.Number => (v.Comparator?.ToSymbol() ?? "", N(v.Number!.Value), v.Unit ?? ""),
        ValueStatus.Qualitative => ("定性", v.Grade ?? v.Text, ""),
        _ => ("", v.Text, ""),
    };

    private static void MergeRuns(Builder b, int firstRow, List<string> keys, int column)
    {
        var start = 0;
        for (var k = 1; k <= keys.Count; k++)
        {
            if (k < keys.Count && keys[k] == keys[start]) continue;
            if (k - start > 1)
            {
                b.Span(firstRow + start, column, k - start);
                for (var r = start + 1; r < k; r++) b.Clear(firstRow + r, column);
            }
            start = k;
        }
    }

    private static string? Coded(string? code, string? name) => name is null ? null : code is null ? name : $"[{code}]{name}";

    private static Cell L(int column, string text, int span = 1) => new(column, text, CellStyle.Label, span);

    private static Cell H(int column, string text, int span = 1) => new(column, text, CellStyle.Header, span);

    private static Cell V(int column, string? text, int span) => new(column, text ?? "", CellStyle.Value, span);

    private static Cell Num(int column, decimal? v, int span = 1) => new(column, v is { } d ? N(d) : "", CellStyle.Number, span);

    private static string N(decimal v) => v.ToString("0.##########", CultureInfo.InvariantCulture);

    private readonly record struct Cell(int Column, string Text, CellStyle Style, int Span);

    private sealed class Builder(int columns)
    {
        public int Columns { get; } = columns;
        /// <summary>The indicators carry descriptions (指标描述): a column of their own.</summary>
        public bool Described { get; init; }
        public Dictionary<int, int> IndicatorRows { get; } = [];
        public List<LayoutCell> Cells { get; } = [];
        public int Next { get; private set; }

        public void Row(params Cell[] cells)
        {
            foreach (var c in cells) Cells.Add(new LayoutCell(Next, c.Column, c.Text, c.Style, 1, Math.Max(1, c.Span)));
            Next++;
        }

        public void Span(int row, int column, int rows)
        {
            var i = Cells.FindIndex(c => c.Row == row && c.Column == column);
            if (i >= 0) Cells[i] = Cells[i] with { RowSpan = Math.Max(1, rows) };
            else Cells.Add(new LayoutCell(row, column, "", CellStyle.Label, Math.Max(1, rows)));
        }

        public void Clear(int row, int column) => Cells.RemoveAll(c => c.Row == row && c.Column == column);
    }
}
