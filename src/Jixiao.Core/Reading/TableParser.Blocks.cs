using Jixiao.Diagnostics;
using Jixiao.Model;
using Jixiao.Values;

namespace Jixiao.Reading;

internal sealed partial class TableParser
{
    // ---- Funds laid out as a grid: a header row (or two) of fund names, then a row of amounts ----

    private enum GridGroup { None, Basic, Project }

    private bool TryFundsGrid(ref int r)
    {
        var row = _rows[r];
        if (r + 1 >= _rows.Count || IsNumberRow(row)) return false;
        var groupRow = default(Row);
        Row header;
        int valuesAt;
        if (row.Cells.Any(c => IsDepartmentTotal(c.Text)) && row.Cells.Any(c => GroupOf(c.Text) != GridGroup.None) && r + 2 < _rows.Count)
        {
            groupRow = row;
            header = _rows[r + 1];
            valuesAt = r + 2;
            if (!IsNumberRow(_rows[valuesAt]) && r + 3 < _rows.Count && IsNumberRow(_rows[r + 3]))
            {
                header = HeaderRoles.Merge(_rows[r + 1], _rows[r + 2]);
                valuesAt = r + 3;
            }
        }
        else if (CountFundKeys(row) >= 2 && !HasInlineAmounts(row) && IsNumberRow(_rows[r + 1]))
        {
            header = row;
            valuesAt = r + 1;
        }
        else if (r + 2 < _rows.Count && !IsNumberRow(_rows[r + 1]) && IsNumberRow(_rows[r + 2]))
        {
            header = HeaderRoles.Merge(row, _rows[r + 1]);
            if (CountFundKeys(header) < 2 || CountFundKeys(header) <= CountFundKeys(row)) return false;
            valuesAt = r + 2;
        }
        else return false;
        if (!IsNumberRow(_rows[valuesAt])) return false;

        // Columns: what each header cell names, and which group (基本支出 / 项目支出) stands over it.
        var columns = new List<(double Pos, FactKey Key, GridGroup Group, bool GroupTotal)>();
        foreach (var c in header.Cells)
        {
            if (c.IsEmpty) continue;
            var group = GridGroup.None;
            if (groupRow is not null)
                foreach (var g in groupRow.Cells)
                    if (!g.IsEmpty && GroupOf(g.Text) != GridGroup.None && g.Index <= c.Index) group = GroupOf(g.Text);
            var text = c.Text.Replace(" ", "", StringComparison.Ordinal);
            if (text is "合计" or "小计") { columns.Add((c.Index, FactKey.AnnualTotal, group, true)); continue; }
            var key = Keys.Match(c.Text, out _, out var bracket);
            if (key is FactKey.FundsHeading && Text.Currency(bracket) is { } cur) { EnsureTable(row.Line).Currency = cur; continue; }
            if (key is FactKey.AnnualTotal or FactKey.MidTermTotal or FactKey.Fiscal or FactKey.Special or FactKey.Own or FactKey.CarryOver or FactKey.Other or FactKey.DepartmentTotal)
                columns.Add((c.Index, key, group, false));
        }
        if (groupRow is not null)
            foreach (var g in groupRow.Cells)
                if (IsDepartmentTotal(g.Text)) columns.Add((g.Index, FactKey.DepartmentTotal, GridGroup.None, false));
        if (columns.Count < 2) return false;

        var values = _rows[valuesAt].Cells.Where(c => !c.IsEmpty).Select(c => (c.Index, Amount: ValueReader.ReadAmount(c.Text))).Where(v => v.Amount is not null).ToList();
        var best = int.MinValue;
        Dictionary<int, decimal>? chosen = null;
        foreach (var offset in new[] { 0, -1, 1, -2, 2 })
        {
            var map = new Dictionary<int, decimal>();
            var placed = 0;
            for (var k = 0; k < columns.Count; k++)
            {
                var v = values.FirstOrDefault(x => x.Index == (int)columns[k].Pos + offset);
                if (v.Amount is not null) { map[k] = v.Amount.Value; placed++; }
            }
            var score = placed * 10 - Math.Abs(offset) + 6 * Consistent(columns, map);
            if (placed == values.Count) score += 5;
            if (score > best) { best = score; chosen = map; }
        }
        var t = EnsureTable(row.Line);
        foreach (var (k, amount) in chosen!)
        {
            var (_, key, group, groupTotal) = columns[k];
            if (key == FactKey.DepartmentTotal) { t.DeptTotal = amount; t.Kind ??= TableKind.Department; continue; }
            if (group != GridGroup.None)
            {
                var part = (group == GridGroup.Basic ? t.Basic : t.ProjectPart) ?? new BudgetPart(null, null, null, null);
                part = groupTotal || key == FactKey.AnnualTotal ? part with { Total = amount }
                    : key == FactKey.Fiscal ? part with { Fiscal = amount }
                    : key == FactKey.Special ? part with { Special = amount }
                    : key == FactKey.Own ? part with { Own = amount } : part;
                if (group == GridGroup.Basic) t.Basic = part; else t.ProjectPart = part;
                continue;
            }
            (key == FactKey.MidTermTotal ? t.MidTerm : t.Annual).Set(key, amount);
        }
        // Columns whose cell was blank are stated as empty, not absent.
        foreach (var (_, key, group, _) in columns)
            if (group == GridGroup.None && key is not FactKey.DepartmentTotal) (key == FactKey.MidTermTotal ? t.MidTerm : t.Annual).Seen = true;
        t.HasFacts = true;
        r = valuesAt;
        return true;
    }

    /// <summary>How many of the sums a grid's amounts should satisfy they do satisfy.</summary>
    private static int Consistent(List<(double Pos, FactKey Key, GridGroup Group, bool GroupTotal)> columns, Dictionary<int, decimal> map)
    {
        decimal? Get(Func<(double Pos, FactKey Key, GridGroup Group, bool GroupTotal), bool> f)
        {
            for (var k = 0; k < columns.Count; k++) if (f(columns[k]) && map.TryGetValue(k, out var v)) return v;
            return null;
        }
        decimal Sum(GridGroup g) => columns.Select((c, k) => (c, k)).Where(x => x.c.Group == g && !x.c.GroupTotal && x.c.Key != FactKey.AnnualTotal && map.ContainsKey(x.k)).Sum(x => map[x.k]);
        var ok = 0;
        var total = Get(c => c.Key == FactKey.DepartmentTotal);
        var basic = Get(c => c.Group == GridGroup.Basic && c.GroupTotal);
        var project = Get(c => c.Group == GridGroup.Project && c.GroupTotal);
        if (total is not null && basic is not null && project is not null && total == basic + project) ok++;
        if (basic is not null && basic == Sum(GridGroup.Basic)) ok++;
        if (project is not null && project == Sum(GridGroup.Project)) ok++;
        var annual = Get(c => c.Group == GridGroup.None && c.Key == FactKey.AnnualTotal);
        if (annual is not null && annual == Sum(GridGroup.None)) ok++;
        return ok;
    }

    private static bool IsDepartmentTotal(string s) => Keys.Match(s, out _, out _) == FactKey.DepartmentTotal;

    private static GridGroup GroupOf(string s)
    {
        var t = s.Replace(" ", "", StringComparison.Ordinal);
        return t.StartsWith("基本支出", StringComparison.Ordinal) ? GridGroup.Basic : t.StartsWith("项目支出", StringComparison.Ordinal) && t.Length <= 6 ? GridGroup.Project : GridGroup.None;
    }

    private static int CountFundKeys(Row row) => row.Cells.Count(c =>
        Keys.Match(c.Text, out _, out _) is FactKey.AnnualTotal or FactKey.MidTermTotal or FactKey.Fiscal or FactKey.Special or FactKey.Own or FactKey.CarryOver or FactKey.Other or FactKey.DepartmentTotal);

    private static bool HasInlineAmounts(Row row) => row.Cells.Any(c => !c.IsEmpty && ValueReader.ReadAmount(c.Text) is not null);

    /// <summary>A row of amounts: at least one number and no text that is not a number.</summary>
    private static bool IsNumberRow(Row row)
    {
        var numbers = 0;
        foreach (var c in row.Cells)
        {
            if (c.IsEmpty) continue;
            if (ValueReader.ReadAmount(c.Text) is null || c.Text.Any(ch => ch > 0x2E80)) return false;
            numbers++;
        }
        return numbers >= 1;
    }

    // ---- Self-evaluation funds: columns 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分, rows per fund line ----

    private bool TryExecutionHeader(Row row)
    {
        var map = new Dictionary<int, string>();
        foreach (var c in row.Cells)
        {
            var s = c.Text.Replace(" ", "", StringComparison.Ordinal);
            var role = s switch
            {
                _ when s.StartsWith("年初预算", StringComparison.Ordinal) => "initial",
                _ when s.StartsWith("全年预算", StringComparison.Ordinal) || s == "调整后预算数" => "budget",
                _ when s.Contains("执行数", StringComparison.Ordinal) || s.StartsWith("实际支出", StringComparison.Ordinal) => "spent",
                _ when s.StartsWith("执行率", StringComparison.Ordinal) => "rate",
                _ when s is "分值" => "full",
                _ when s is "得分" => "score",
                _ => null,
            };
            if (role is not null) map[c.Index] = role;
        }
        if (!map.ContainsValue("spent") || map.Count < 3) return false;
        var t = EnsureTable(row.Line);
        t.Stage = TableStage.SelfEvaluation;
        foreach (var c in row.Cells)
            if (Keys.Match(c.Text, out _, out var bracket) == FactKey.FundsHeading && Text.Currency(bracket) is { } cur) t.Currency = cur;
        _executionColumns.Clear();
        foreach (var (k, v) in map) _executionColumns[k] = v;
        _executionHeader = row;
        _section = Section.Execution;
        return true;
    }

    private bool TryExecutionRow(Row row)
    {
        var keyCell = row.Cells.FirstOrDefault(c => Keys.Match(c.Text, out _, out _) is FactKey.AnnualTotal or FactKey.Fiscal or FactKey.Special or FactKey.Own or FactKey.CarryOver or FactKey.Other);
        if (keyCell.Text is null) return false;
        var key = Keys.Match(keyCell.Text, out _, out _);
        decimal? Col(string role)
        {
            foreach (var (index, r) in _executionColumns)
                if (r == role && index < row.Cells.Count) return ValueReader.ReadAmount(row.Cells[index].Text);
            return null;
        }
        var t = _cur!;
        var budget = Col("budget") ?? Col("initial");
        t.Annual.Set(key, budget);
        if (key == FactKey.AnnualTotal)
            t.Execution = new Execution
            {
                InitialBudget = Col("initial"), Budget = Col("budget"), Spent = Col("spent"), FullScore = Col("full"), Rate = Col("rate"), Score = Col("score"),
            };
        t.HasFacts = true;
        return true;
    }

    // ---- Spending plan: 资金支出计划 with checkpoints, then a row of cumulative percentages ----

    private bool TrySpendingPlan(ref int r)
    {
        var row = _rows[r];
        var keyAt = row.Cells.FindIndex(c => Keys.Match(c.Text, out _, out _) == FactKey.SpendingPlan);
        if (keyAt < 0) return false;
        var checkpoints = row.Cells.Skip(keyAt + 1).Where(c => IsCheckpoint(c.Text)).ToList();
        var header = row;
        var at = r + 1;
        if (checkpoints.Count == 0 && at < _rows.Count)
        {
            header = _rows[at];
            checkpoints = header.Cells.Where(c => IsCheckpoint(c.Text)).ToList();
            at++;
        }
        if (checkpoints.Count == 0 || at >= _rows.Count) return false;
        var values = _rows[at];
        var t = EnsureTable(row.Line);
        t.Plan.Clear();
        foreach (var cp in checkpoints)
        {
            var cell = values.Cells.FirstOrDefault(c => c.Index == cp.Index);
            decimal? percent = null;
            if (cell.Text is { Length: > 0 } s && !Text.IsNil(s))
            {
                percent = ValueReader.ReadAmount(s);
                if (percent is null)
                    t.Findings.Add(new Diagnostic(ReadingCodes.PlanNotReadable, Severity.Warning, Messages.PlanNotReadable(cp.Text, s), values.Line, Field: "spendingPlan"));
            }
            t.Plan.Add(new SpendingCheckpoint(cp.Text, percent));
        }
        t.HasFacts = true;
        _pendingText = null;
        r = at;
        return true;
    }

    private static bool IsCheckpoint(string s) =>
        s.Length is > 1 and <= 12 && (s.EndsWith("月底", StringComparison.Ordinal) || s.EndsWith("月末", StringComparison.Ordinal) || s.Contains("季度", StringComparison.Ordinal)
                                     || s.EndsWith("年底", StringComparison.Ordinal) || s.EndsWith("月", StringComparison.Ordinal) && s.Any(char.IsAsciiDigit));

    // ---- Goals: a header row of goal names (总体目标 | 中期目标（…） | 年度目标), then the texts beneath them ----

    private bool TryGoalHeader(Row row)
    {
        var cols = new List<(FactKey, double, int)>();
        var any = false;
        foreach (var c in row.NonEmpty)
        {
            var key = Keys.Match(c.Text, out var inline, out var bracket);
            if (inline is not null) return false;
            switch (key)
            {
                case FactKey.GoalsHeading: any = true; break;
                case FactKey.AnnualGoal or FactKey.MidTermGoal or FactKey.AchievedGoal:
                    any = true;
                    cols.Add((key, c.Index, c.X));
                    if (key == FactKey.MidTermGoal)
                    {
                        var t0 = EnsureTable(row.Line);
                        t0.NoteHorizon(Horizon.MidTerm);
                        if (bracket is not null && bracket.Any(char.IsAsciiDigit)) t0.MidTermPeriod = bracket;
                    }
                    else if (key == FactKey.AnnualGoal) EnsureTable(row.Line).NoteHorizon(Horizon.Annual);
                    break;
                default: return false;
            }
        }
        if (!any) return false;
        if (cols.Count == 0) cols.Add((FactKey.AnnualGoal, row.NonEmpty.First().Index, row.NonEmpty.First().X));
        EnsureTable(row.Line);
        _goalColumns.Clear();
        _goalColumns.AddRange(cols);
        _goalHeader = row;
        _section = Section.Goals;
        _pendingText = null;
        return true;
    }

    private bool TryGoalText(Row row)
    {
        var cells = row.NonEmpty.ToList();
        if (cells.Count == 0) return true;
        foreach (var c in cells)
        {
            if (Keys.Match(c.Text, out _, out _) != FactKey.None || Framework.IndicatorFramework.Match(c.Text).IsLabel || HeaderRoles.RoleOf(c.Text, out _) != ColumnRole.None) return false;
        }
        if (HeaderRoles.Read(row) is not null) return false;
        var t = _cur!;
        foreach (var c in cells)
        {
            var spaces = row.Layout == Layout.Spaces && _goalHeader?.Layout == Layout.Spaces;
            var best = _goalColumns[0].Key;
            var bestDistance = double.MaxValue;
            foreach (var (key, pos, x) in _goalColumns)
            {
                var d = spaces ? Math.Abs(x - c.X) : Math.Abs(pos - c.Index);
                if (d < bestDistance) { bestDistance = d; best = key; }
            }
            AppendText(t, best, c.Text);
        }
        return true;
    }
}
