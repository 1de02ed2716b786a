using Jixiao.Diagnostics;
using Jixiao.Model;
using Jixiao.Values;

namespace Jixiao.Reading;

/// <summary>
/// The state machine over logical rows: titles and header facts start tables, key cells fill facts, blocks (funds
/// grids, spending plan, goals, indicators) are recognised by their header rows and read until they end.
/// </summary>
internal sealed partial class TableParser
{
    private enum Section { None, Goals, Indicators, Execution }

    private readonly List<TargetTable> _tables = [];
    private List<Row> _rows = [];
    private int _r;
    private TableBuilder? _cur;
    private int? _documentYear;
    private Section _section;
    private FactKey? _pendingText;

    // Funds block: the horizons named by its total lines, with where they stand.
    private readonly List<(Horizon Horizon, double Position)> _fundsColumns = [];

    // Goals block: which goal each column holds.
    private readonly List<(FactKey Key, double Position, int X)> _goalColumns = [];
    private Row? _goalHeader;

    // Indicator block.
    private List<HeaderColumn> _columns = [];
    private Row? _headerRow;
    private LabelContext[] _contexts = [];
    private Horizon[] _horizons = [];
    private bool _stream;
    private readonly List<(Cell Cell, int Line)> _streamCells = [];

    // Self-evaluation funds block: column index → what it holds.
    private readonly Dictionary<int, string> _executionColumns = [];
    private Row? _executionHeader;

    public List<TargetTable> Tables()
    {
        FinishTable();
        foreach (var i in Enumerable.Range(0, _tables.Count))
            if (_tables[i].Year is null && _documentYear is not null) _tables[i] = _tables[i] with { Year = _documentYear };
        return _tables;
    }

    public void Parse(List<Row> rows)
    {
        _rows = rows;
        for (_r = 0; _r < rows.Count; _r++)
        {
            var row = WithoutFurniture(rows[_r]);
            rows[_r] = row;
            ref var r = ref _r;
            if (Furniture.IsFurniture(row)) continue;
            if (_section == Section.Indicators)
            {
                if (TryIndicatorRow(ref r)) continue;
                EndIndicators();
            }
            if (TryTitle(row)) continue;
            if (TryIndicatorHeader(ref r)) continue;
            if (TryFundsGrid(ref r)) continue;
            if (TryExecutionHeader(row)) continue;
            if (_section == Section.Execution && TryExecutionRow(row)) continue;
            if (TrySpendingPlan(ref r)) continue;
            if (TryGoalHeader(row)) continue;
            if (_section == Section.Goals && TryGoalText(row)) continue;
            _section = Section.None;
            ProcessCells(row, skip: -1);
        }
        if (_section == Section.Indicators) EndIndicators();
    }

    /// <summary>Furniture inside a row (a page footer glued to a page header by the one-cell-per-line grouping) is blanked out.</summary>
    private static Row WithoutFurniture(Row row)
    {
        if (!row.Cells.Exists(c => !c.IsEmpty && Furniture.IsFurnitureText(c.Text))) return row;
        var cells = row.Cells.Select(c => !c.IsEmpty && Furniture.IsFurnitureText(c.Text) ? c with { Text = "" } : c).ToList();
        return new Row(row.Line, cells, row.Layout) { CellLines = row.CellLines, HasPositions = row.HasPositions };
    }

    // ---- Tables ----

    private TableBuilder EnsureTable(int line) => _cur ??= new TableBuilder(line);

    private void StartTable(string? title, int line)
    {
        if (_cur is { HasContent: true }) FinishTable();
        _cur = new TableBuilder(line) { Title = title };
        _section = Section.None;
        _pendingText = null;
        _fundsColumns.Clear();
        if (title is null) return;
        if (title.Contains("整体", StringComparison.Ordinal)) _cur.Kind = TableKind.Department;
        else if (title.Contains("项目", StringComparison.Ordinal)) _cur.Kind = TableKind.Project;
        if (title.Contains("自评", StringComparison.Ordinal)) _cur.Stage = TableStage.SelfEvaluation;
        _cur.Year = Text.FindYear(title);
    }

    private void FinishTable()
    {
        if (_section == Section.Indicators) EndIndicators();
        if (_cur is { HasContent: true }) _tables.Add(_cur.Build());
        _cur = null;
        _section = Section.None;
        _pendingText = null;
    }

    private bool TryTitle(Row row)
    {
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var t = Text.StripFieldCodes(row.Cells[i].Text);
            if (t.Length == 0 || !Text.IsTitle(t)) continue;
            StartTable(t, row.LineOf(i));
            ProcessCells(row, skip: i);
            return true;
        }
        // A title split over cells: 第一部分 | 部门整体绩效目标.
        if (row.NonEmptyCount is not (> 1 and <= 3)) return false;
        var cells = row.NonEmpty.ToList();
        if (cells.All(c => c.Text.Length <= 40))
        {
            var joined = Text.StripFieldCodes(string.Join(" ", cells.Select(c => c.Text)));
            if (Text.IsTitle(joined))
            {
                StartTable(joined, row.Line);
                return true;
            }
        }
        return false;
    }

    // ---- Cells: header facts, fund lines, prose ----

    private void ProcessCells(Row row, int skip)
    {
        var cells = row.Cells;
        for (var i = 0; i < cells.Count; i++)
        {
            if (i == skip) continue;
            var text = Text.StripFieldCodes(cells[i].Text);
            if (text.Length == 0 || Furniture.IsFurnitureText(text)) continue;
            if (Text.IsPartBreak(text))
            {
                // 第二部分 ends the part before it; a table just started by a title in this row stays.
                if (_cur is { HasContent: true }) FinishTable();
                continue;
            }
            var key = Keys.Match(text, out var inline, out var bracket);
            if (key == FactKey.None)
            {
                OtherCell(text, row, i);
                continue;
            }
            var value = inline;
            if (value is null)
            {
                for (var j = i + 1; j < cells.Count; j++)
                {
                    if (cells[j].IsEmpty) continue;
                    var next = Text.StripFieldCodes(cells[j].Text);
                    if (Keys.Match(next, out _, out _) == FactKey.None && !Text.IsTitle(next))
                    {
                        value = cells[j].Text;
                        i = j;
                    }
                    break;
                }
            }
            if (value is null && IsLastCell(row, i) && TakeNextRowValue(row) is { } taken) value = taken;
            Fact(key, value, bracket, row, cells[i].Index, Position(row, i));
        }
    }

    private static bool IsLastCell(Row row, int i)
    {
        for (var j = i + 1; j < row.Cells.Count; j++) if (!row.Cells[j].IsEmpty) return false;
        return true;
    }

    /// <summary>
    /// One cell per line with blank lines between cells: a key stands alone in its row and its value is the next
    /// row's only cell. Consumes that row.
    /// </summary>
    private string? TakeNextRowValue(Row row)
    {
        if (row.NonEmptyCount != 1 || _r + 1 >= _rows.Count) return null;
        var next = _rows[_r + 1];
        if (next.NonEmptyCount != 1) return null;
        var text = Text.StripFieldCodes(next.NonEmpty.First().Text);
        if (Keys.Match(text, out _, out _) != FactKey.None || Text.IsTitle(text) || HeaderRoles.RoleOf(text, out _) != ColumnRole.None
            || Framework.IndicatorFramework.Match(text).IsLabel)
            return null;
        _r++;
        return text;
    }

    private double Position(Row row, int cellIndex) => row.Layout == Layout.Spaces ? row.Cells[cellIndex].X / 2.0 : row.Cells[cellIndex].Index;

    private void Fact(FactKey key, string? value, string? bracket, Row row, int index, double position)
    {
        var line = row.Line;
        // 预算规模及资金用途 is followed by its amounts and then the usage text: amounts keep the usage pending.
        var fundLine = key is FactKey.AnnualTotal or FactKey.Fiscal or FactKey.Special or FactKey.Own or FactKey.CarryOver or FactKey.Other;
        if (!(fundLine && _pendingText == FactKey.Usage)) _pendingText = null;
        switch (key)
        {
            case FactKey.ProjectName:
                if (value is null) return;
                if (_cur is null || _cur.ProjectName is not null || _cur.Indicators.Count > 0) StartTable(null, line);
                _cur!.ProjectName = value;
                _cur.Kind ??= TableKind.Project;
                _cur.HasFacts = true;
                return;
            case FactKey.Terminator or FactKey.IndicatorsHeading or FactKey.SpendingPlan:
                return;
        }
        if (value is null && key is not (FactKey.FundsHeading or FactKey.AnnualTotal or FactKey.MidTermTotal or FactKey.Fiscal or FactKey.Special
                or FactKey.Own or FactKey.CarryOver or FactKey.Other or FactKey.AnnualGoal or FactKey.MidTermGoal or FactKey.GoalsHeading
                or FactKey.Breakdown or FactKey.Measures or FactKey.Usage or FactKey.AchievedGoal))
            return;
        var t = EnsureTable(line);
        switch (key)
        {
            case FactKey.ProjectCode: t.ProjectCode = value; t.HasFacts = true; break;
            case FactKey.ProjectType: t.ProjectType = value; t.HasFacts = true; break;
            case FactKey.Duration: t.Duration = value; t.HasFacts = true; break;
            case FactKey.Manager:
                t.Manager = value;
                t.Phone ??= Text.FindPhone(value!);
                t.HasFacts = true;
                break;
            case FactKey.Phone: t.Phone = Text.FindPhone(value!) ?? value; break;
            case FactKey.Department:
                (t.DepartmentCode, t.Department) = Text.SplitCode(value!);
                t.HasFacts = true;
                break;
            case FactKey.Unit:
                (t.UnitCode, t.Unit) = Text.SplitCode(value!);
                t.HasFacts = true;
                break;
            case FactKey.Year:
                t.Year = Text.FindYear(value!) ?? t.Year;
                break;
            case FactKey.Currency:
                if (Text.Currency(value) is { } cur) { t.Currency = cur; t.CurrencyStated = true; }
                break;
            case FactKey.FundsHeading:
                _fundsColumns.Clear();
                if (Text.Currency(bracket) is { } c2) { t.Currency = c2; t.CurrencyStated = true; }
                break;
            case FactKey.AnnualTotal or FactKey.MidTermTotal:
            {
                var h = key == FactKey.MidTermTotal ? Horizon.MidTerm : Horizon.Annual;
                if (_fundsColumns.Exists(f => f.Horizon == h)) _fundsColumns.Clear();
                _fundsColumns.Add((h, position));
                t.NoteHorizon(h);
                if (Text.Currency(bracket) is { } c3) t.Currency = c3;
                (h == Horizon.Annual ? t.Annual : t.MidTerm).Set(key, Amount(value, key, line));
                t.HasFacts = true;
                break;
            }
            case FactKey.Fiscal or FactKey.Special or FactKey.Own or FactKey.CarryOver or FactKey.Other:
            {
                var h = Horizon.Annual;
                if (_fundsColumns.Count > 0)
                {
                    h = _fundsColumns[0].Horizon;
                    foreach (var (fh, fp) in _fundsColumns) if (fp <= position + 0.5) h = fh;
                }
                (h == Horizon.Annual ? t.Annual : t.MidTerm).Set(key, Amount(value, key, line));
                t.HasFacts = true;
                break;
            }
            case FactKey.DepartmentTotal:
                t.DeptTotal = Amount(value, key, line);
                t.Kind ??= TableKind.Department;
                t.HasFacts = true;
                break;
            case FactKey.AnnualGoal or FactKey.GoalsHeading or FactKey.MidTermGoal or FactKey.AchievedGoal or FactKey.Breakdown or FactKey.Measures or FactKey.Usage:
            {
                var target = key == FactKey.GoalsHeading ? FactKey.AnnualGoal : key;
                if (key == FactKey.MidTermGoal)
                {
                    t.NoteHorizon(Horizon.MidTerm);
                    if (bracket is not null && bracket.Any(char.IsAsciiDigit)) t.MidTermPeriod = bracket;
                }
                if (value is not null) AppendText(t, target, value);
                _pendingText = target;
                break;
            }
        }
    }

    private decimal? Amount(string? value, FactKey key, int line)
    {
        if (value is null || Text.IsNil(value)) return null;
        var a = ValueReader.ReadAmount(value);
        if (a is null)
            _cur?.Findings.Add(new Diagnostic(ReadingCodes.AmountNotReadable, Severity.Warning, Messages.AmountNotReadable(Text.FundsLabel(key), value), line, Field: "funds"));
        return a;
    }

    private static void AppendText(TableBuilder t, FactKey key, string text)
    {
        static string Join(string? a, string b) => a is null ? b : a + "\n" + b;
        switch (key)
        {
            case FactKey.AnnualGoal: t.GoalAnnual = Join(t.GoalAnnual, text); break;
            case FactKey.MidTermGoal: t.GoalMidTerm = Join(t.GoalMidTerm, text); break;
            case FactKey.AchievedGoal: t.GoalAchieved = Join(t.GoalAchieved, text); break;
            case FactKey.Breakdown: t.GoalBreakdown = Join(t.GoalBreakdown, text); break;
            case FactKey.Measures: t.GoalMeasures = Join(t.GoalMeasures, text); break;
            case FactKey.Usage: t.FundsUsage = Join(t.FundsUsage, text); break;
        }
    }

    private void OtherCell(string text, Row row, int index)
    {
        if (_pendingText is { } pending && _cur is not null && Text.IsProse(text))
        {
            AppendText(_cur, pending, text);
            return;
        }
        if (_cur is null)
        {
            _documentYear ??= Text.FindYear(text);
            return;
        }
        if (_cur.HasFacts) return;
        if (Text.Currency(text) is { } cur && text.Length <= 8) { _cur.Currency = cur; _cur.CurrencyStated = true; return; }
        if (Text.TryUnitWithCode(text, out var code, out var unit)) { _cur.UnitCode = code; _cur.Unit = unit; return; }
        _cur.Year ??= Text.FindYear(text);
    }
}
