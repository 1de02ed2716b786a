using Jixiao.Diagnostics;
using Jixiao.Model;
using Jixiao.Values;

namespace Jixiao.Reading;

internal sealed partial class TableParser
{
    private bool TryIndicatorHeader(ref int r)
    {
        var row = _rows[r];
        var header = row;
        var cols = HeaderRoles.Read(row);
        var consumed = 0;
        if (HeaderRoles.IsFragment(row) && r + 1 < _rows.Count)
        {
            // Header cells split over two lines (一级 | 二级 … / 指标 | 指标 …): the merged reading wins when it says more,
            // or when the next line holds nothing but the second halves.
            var merged = HeaderRoles.Merge(row, _rows[r + 1]);
            var mergedCols = HeaderRoles.Read(merged);
            if (mergedCols is not null && (Known(mergedCols) > (cols is null ? 0 : Known(cols)) || HeaderRoles.IsSecondHalf(_rows[r + 1])))
            {
                header = merged;
                cols = mergedCols;
                consumed = 1;
            }
        }
        var stream = false;
        if (cols is null && row.NonEmptyCount == 1 && HeaderRoles.RoleOf(row.NonEmpty.First().Text, out _) is not ColumnRole.None and not ColumnRole.Ignore)
        {
            // One cell per line with blank lines between cells: the header is a run of one-cell rows.
            var cells = new List<Cell>();
            var k = r;
            while (k < _rows.Count && _rows[k].NonEmptyCount == 1 && HeaderRoles.RoleOf(_rows[k].NonEmpty.First().Text, out _) is not ColumnRole.None)
            {
                cells.Add(new Cell(_rows[k].NonEmpty.First().Text, cells.Count, cells.Count));
                k++;
            }
            if (cells.Count >= 3)
            {
                header = new Row(row.Line, cells, Layout.Single);
                cols = HeaderRoles.Read(header);
                consumed = k - r - 1;
                stream = true;
            }
        }
        if (cols is null) return false;

        var t = EnsureTable(row.Line);
        if (t.Indicators.Count > 0 && _headerRow is not null && t.ProjectName is not null && SameHeader(cols, _columns))
        {
            // The same header again in the same table: a page break repeated it.
        }
        _columns = cols;
        _headerRow = header;
        _stream = stream;
        _streamCells.Clear();
        var groups = cols.Max(c => c.Group) + 1;
        _contexts = Enumerable.Range(0, groups).Select(_ => new LabelContext()).ToArray();
        _horizons = new Horizon[groups];
        for (var g = 0; g < groups; g++)
        {
            var stated = cols.FirstOrDefault(c => c.Group == g && c.Horizon is not null && c.Role is ColumnRole.Value)?.Horizon;
            _horizons[g] = stated ?? (groups == 1 ? Horizon.Annual
                : t.HorizonOrder.Count == groups ? t.HorizonOrder[g]
                : g == 0 ? Horizon.MidTerm : Horizon.Annual);
        }
        if (cols.Any(c => c.Role is ColumnRole.Actual or ColumnRole.Score)) t.Stage = TableStage.SelfEvaluation;
        _section = Section.Indicators;
        _pendingText = null;
        r += consumed;
        return true;
    }

    private bool SameHorizons(List<HeaderColumn> cols)
    {
        var stated = cols.Where(c => c.Role is ColumnRole.Value && c.Horizon is not null).Select(c => c.Horizon).ToList();
        var current = _columns.Where(c => c.Role is ColumnRole.Value && c.Horizon is not null).Select(c => c.Horizon).ToList();
        return stated.SequenceEqual(current);
    }

    private static int Known(List<HeaderColumn> cols) => cols.Count(c => c.Role is not ColumnRole.Ignore);

    private static bool SameHeader(List<HeaderColumn> a, List<HeaderColumn> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Role == p.Second.Role);

    /// <summary>Reads one row of the indicator block; false when the row ends the block.</summary>
    private bool TryIndicatorRow(ref int r)
    {
        var row = _rows[r];
        var first = row.NonEmpty.FirstOrDefault();
        if (first.Text is null) return true;

        // A repeated header (after a page break) is skipped; a different one (the mid-term block after the annual) starts anew.
        if (HeaderRoles.Read(row) is { } again) return SameHeader(again, _columns) && SameHorizons(again);
        if (HeaderRoles.IsFragment(row) && r + 1 < _rows.Count && HeaderRoles.Read(HeaderRoles.Merge(row, _rows[r + 1])) is not null)
        {
            r++;
            return true;
        }
        var firstText = Text.StripFieldCodes(first.Text);
        if (Text.IsTitle(firstText) || row.Cells.Exists(c => Text.HasTitleChar(c.Text)) && Text.IsTitle(row.Joined))
        {
            // A page header repeating the title inside the table, followed by the column header again: skip it.
            return RepeatsHeaderSoon(r);
        }
        if (Text.IsPartBreak(firstText)) return false;
        if (firstText is "总分" or "合计" or "总计" or "合 计" or "总 分")
        {
            var numbers = row.NonEmpty.Skip(1).Select(c => ValueReader.ReadAmount(c.Text)).Where(v => v is not null).ToList();
            if (numbers.Count > 0 && _cur is not null) _cur.PublishedTotal = numbers[^1];
            FlushStream();
            _section = Section.None;
            return true;
        }
        if (firstText.StartsWith("注：", StringComparison.Ordinal) || firstText.StartsWith("注:", StringComparison.Ordinal) || firstText.StartsWith("说明：", StringComparison.Ordinal)) return false;
        var key = Keys.Match(firstText, out _, out _);
        if (key is not FactKey.None and not FactKey.IndicatorsHeading) return false;
        if (_section == Section.Indicators && Furniture.IsFurniture(row)) return true;

        // A line without separators inside a separated table is a page header or note, not a row.
        if (row.Layout == Layout.Single && _headerRow is { Layout: not Layout.Single } && row.NonEmptyCount == 1 && !_stream) return true;
        // In one-cell-per-line tables a row is a block of cells; a lone line is a note or page furniture, not a row.
        if (row.Layout == Layout.Single && row.Cells.Count == 1 && _headerRow is { Cells.Count: >= 3 } && !_stream) return true;
        if (_stream && row.NonEmptyCount == 1)
        {
            StreamCell(first, row.Line);
            return true;
        }
        FlushStream();
        if (row.Layout == Layout.Spaces && _headerRow?.Layout == Layout.Spaces)
        {
            // Text laid out from a PDF: a cell too narrow for its text wraps onto the next line. That line holds nothing
            // under the value columns and is glued to the row above; so a row is read only once the next has been seen.
            if (_pendingRow is not null && IsContinuation(row))
            {
                _pendingRow = Glue(_pendingRow, row);
                return true;
            }
            FlushPending();
            _pendingRow = row;
            return true;
        }
        ReadIndicatorRow(row);
        return true;
    }

    private Row? _pendingRow;

    // What each cell text holds, worked out once per document: labels, comparators and units recur on every row (performance only).
    private readonly Dictionary<string, IndicatorAligner.CellKind> _kinds = new(StringComparer.Ordinal);
    private Func<string, IndicatorAligner.CellKind>? _classifyMemo;

    private Func<string, IndicatorAligner.CellKind> Classifier => _classifyMemo ??= text =>
    {
        if (_kinds.TryGetValue(text, out var kind)) return kind;
        kind = IndicatorAligner.Classify(text);
        if (_kinds.Count < 4096) _kinds[text] = kind;
        return kind;
    };

    private void FlushPending()
    {
        if (_pendingRow is null) return;
        var row = _pendingRow;
        _pendingRow = null;
        ReadIndicatorRow(row);
    }

    private bool IsContinuation(Row row)
    {
        foreach (var c in row.NonEmpty)
        {
            var role = _columns.MinBy(h => Math.Abs(h.X - c.X))?.Role;
            if (role is not (ColumnRole.Level1 or ColumnRole.Level2 or ColumnRole.Name or ColumnRole.Description or ColumnRole.Basis or ColumnRole.Cause)) return false;
            var m = Framework.IndicatorFramework.Match(c.Text);
            if (m.IsLabel && c.Text.Length >= 4) return false;
        }
        return row.NonEmptyCount > 0;
    }

    /// <summary>
    /// Appends each cell of a continuation line to the cell of the row above whose span is nearest, never turning a
    /// complete label into something that is no label (社会效益指标 + 率) when another cell can take it.
    /// </summary>
    private static Row Glue(Row above, Row continuation)
    {
        var cells = above.Cells.ToList();
        foreach (var c in continuation.NonEmpty)
        {
            var best = -1;
            var bestCost = double.MaxValue;
            for (var i = 0; i < cells.Count; i++)
            {
                if (cells[i].IsEmpty) continue;
                var start = cells[i].X;
                var end = start + cells[i].Text.Sum(ch => RowSplitter.CharWidth(ch));
                double cost = c.X < start ? start - c.X : c.X > end ? c.X - end : 0;
                var label = Framework.IndicatorFramework.Match(cells[i].Text).IsLabel;
                if (label && !Framework.IndicatorFramework.Match(cells[i].Text + c.Text).IsLabel) cost += 100;
                if (cost < bestCost) { bestCost = cost; best = i; }
            }
            if (best >= 0 && bestCost <= 112) cells[best] = cells[best] with { Text = cells[best].Text + c.Text };
            else cells.Add(c with { Index = cells.Count });
        }
        cells.Sort((a, b) => a.X.CompareTo(b.X));
        for (var i = 0; i < cells.Count; i++) cells[i] = cells[i] with { Index = i };
        return new Row(above.Line, cells, above.Layout);
    }

    private bool RepeatsHeaderSoon(int r)
    {
        for (var k = r + 1; k < _rows.Count && k <= r + 4; k++)
        {
            var row = _rows[k];
            if (Furniture.IsFurniture(row)) continue;
            if (HeaderRoles.Read(row) is not null) return true;
            if (HeaderRoles.IsFragment(row)) return true;
            foreach (var c in row.NonEmpty)
                if (Keys.Match(c.Text, out _, out _) is not FactKey.None and not FactKey.Currency and not FactKey.Year) return false;
        }
        return false;
    }

    private void EndIndicators()
    {
        FlushPending();
        FlushStream();
        _section = Section.None;
    }

    // ---- One cell per line with blank lines between: rows are cut from the stream by what the cells hold. ----

    private void StreamCell(Cell cell, int line)
    {
        var isLabel = Framework.IndicatorFramework.Match(cell.Text).IsLabel;
        var dataColumns = _columns.Count(c => c.Group == 0 && c.Role is not (ColumnRole.Level1 or ColumnRole.Level2 or ColumnRole.Ignore));
        var data = _streamCells.Count(c => !Framework.IndicatorFramework.Match(c.Cell.Text).IsLabel);
        if (isLabel ? data > 0 : data >= dataColumns) FlushStream();
        _streamCells.Add((cell, line));
    }

    private void FlushStream()
    {
        if (_streamCells.Count == 0) return;
        var cells = _streamCells.Select((c, i) => new Cell(c.Cell.Text, i, i)).ToList();
        var row = new Row(_streamCells[0].Line, cells, Layout.Single) { HasPositions = false };
        _streamCells.Clear();
        ReadIndicatorRow(row);
    }

    // ---- One indicator row ----

    private void ReadIndicatorRow(Row row)
    {
        var t = EnsureTable(row.Line);
        var cells = new List<Cell>(row.Cells.Count);
        foreach (var c in row.Cells)
            if (!c.IsEmpty && Keys.Match(c.Text, out _, out _) != FactKey.IndicatorsHeading) cells.Add(c);
        if (cells.Count == 0) return;
        var usePositions = row.HasPositions;
        var placed = IndicatorAligner.Align(cells, _columns, usePositions, c => CellPosition(row, c), Classifier);
        var groups = _contexts.Length;
        // The text placed in each group's columns, by role (a role's slot is null when nothing went there).
        var byGroup = new RoleTexts[groups];
        for (var g = 0; g < groups; g++) byGroup[g] = new RoleTexts();
        for (var i = 0; i < cells.Count; i++)
        {
            if (placed[i] < 0)
            {
                t.Findings.Add(new Diagnostic(ReadingCodes.CellNotPlaced, Severity.Info, Messages.CellNotPlaced(cells[i].Text), row.Line));
                continue;
            }
            var col = _columns[placed[i]];
            var slot = byGroup[col.Group];
            slot[col.Role] = slot[col.Role] is { } existing ? existing + cells[i].Text : cells[i].Text;
        }
        for (var g = 0; g < groups; g++)
        {
            var s = byGroup[g];
            var ctx = _contexts[g];
            ctx.Apply(s.GetValueOrDefault(ColumnRole.Level1), s.GetValueOrDefault(ColumnRole.Level2));
            var hasContent = s.HasContent;
            if (!hasContent)
            {
                if (ctx.L2 is { } listed) t.Listed.Add(listed);
                continue;
            }
            var value = ValueReader.Read(s.GetValueOrDefault(ColumnRole.Value), s.GetValueOrDefault(ColumnRole.Nature), s.GetValueOrDefault(ColumnRole.Unit));
            var actualText = s.GetValueOrDefault(ColumnRole.Actual);
            var indicator = new Indicator
            {
                Level1 = ctx.L1,
                Level2 = ctx.L2,
                Level1Text = ctx.L1Text,
                Level2Text = ctx.L2Text,
                Name = s.GetValueOrDefault(ColumnRole.Name),
                Description = s.GetValueOrDefault(ColumnRole.Description),
                Value = value,
                NatureText = s.GetValueOrDefault(ColumnRole.Nature),
                Weight = ValueReader.ReadAmount(s.GetValueOrDefault(ColumnRole.Weight)),
                Basis = s.GetValueOrDefault(ColumnRole.Basis),
                Horizon = _horizons[g],
                ActualText = actualText,
                Actual = actualText is null ? null : ValueReader.Read(actualText),
                Score = ValueReader.ReadAmount(s.GetValueOrDefault(ColumnRole.Score)),
                Cause = s.GetValueOrDefault(ColumnRole.Cause),
                Line = row.Line,
            };
            if (ctx.L2 is { } l2) t.Listed.Add(l2);
            var index = t.Indicators.Count;
            t.Indicators.Add(indicator);
            if (value.Status == ValueStatus.Unreadable)
                t.Findings.Add(new Diagnostic(ReadingCodes.ValueNotReadable, Severity.Warning, Messages.ValueNotReadable(indicator.Name, value.Text), row.Line, index, "value"));
        }
    }

    /// <summary>The texts of one indicator group by column role: an array instead of a dictionary per row (performance only).</summary>
    private sealed class RoleTexts
    {
        private static readonly int Roles = Enum.GetValues<ColumnRole>().Length;
        private readonly string?[] _texts = new string?[Roles];

        public string? this[ColumnRole role]
        {
            get => _texts[(int)role];
            set => _texts[(int)role] = value;
        }

        public string? GetValueOrDefault(ColumnRole role) => _texts[(int)role];

        /// <summary>Whether anything stands in a column other than the labels, ignored columns, notes and causes.</summary>
        public bool HasContent
        {
            get
            {
                for (var r = 0; r < _texts.Length; r++)
                    if (_texts[r] is not null && (ColumnRole)r is not (ColumnRole.Level1 or ColumnRole.Level2 or ColumnRole.Ignore or ColumnRole.Note or ColumnRole.Cause)) return true;
                return false;
            }
        }
    }

    /// <summary>Where a cell stands in header columns: its column index, or for space-aligned text the nearest header column.</summary>
    private double CellPosition(Row row, Cell cell)
    {
        if (row.Layout != Layout.Spaces || _headerRow is null || _headerRow.Layout != Layout.Spaces) return cell.Index;
        var best = 0.0;
        var bestDistance = int.MaxValue;
        foreach (var c in _columns)
        {
            var d = Math.Abs(c.X - cell.X);
            if (d < bestDistance) { bestDistance = d; best = c.Position; }
        }
        return best;
    }
}
