using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Model;

namespace Jixiao.Documents.Writing;

/// <summary>
/// Writes tables as an .xlsx workbook, one worksheet per table, drawn from <see cref="OfficialLayout"/>: merged cells,
/// thin borders, grey label cells, and a page set up to print the form on A4 landscape, one page wide.
/// </summary>
public static class XlsxWriter
{
    // Column widths are in characters of the default font's digit. At 10 pt an A4 landscape page with 1.5 cm
    // margins holds about 140 of them, so the form prints at (nearly) full size; fit-to-width handles the rest.
    internal const double PageWidthChars = 138;

    private const double PointsPerLine = 13.5; // one line of 10 pt 宋体
    private const double Padding = 6;
    private const double MinRowHeight = 20;
    private const double TitleRowHeight = 32;
    private const double NoteRowHeight = 18;

    // Indices into cellXfs, in the order Styles() lists them.
    private const uint TitleXf = 1, NoteRightXf = 2, NoteLeftXf = 3, LabelXf = 4, ValueXf = 5, TextXf = 6, NumberXf = 7;

    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    public static byte[] Write(IReadOnlyList<TargetTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var strings = new SharedStrings();
            var sheets = new Sheets();
            var names = new DefinedNames();
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var grids = tables.Select(OfficialLayout.Build).ToList();
            if (grids.Count == 0) grids.Add(new LayoutGrid("", 1, [], [10]));
            for (var i = 0; i < grids.Count; i++)
            {
                var name = i < tables.Count ? SheetName(tables[i], used) : "Sheet1";
                var part = wb.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(grids[i], strings);
                sheets.Append(new Sheet { Name = name, SheetId = (uint)(i + 1), Id = wb.GetIdOfPart(part) });
                if (grids[i].Rows == 0) continue;
                var quoted = "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";
                names.Append(new DefinedName($"{quoted}!$A$1:${Column(grids[i].Columns - 1)}${grids[i].Rows}") { Name = "_xlnm.Print_Area", LocalSheetId = (uint)i });
                if (Furniture(grids[i]) is > 0 and var heading)
                    names.Append(new DefinedName($"{quoted}!$1:${heading}") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
            }
            wb.Workbook = new Workbook(sheets);
            if (names.HasChildren) wb.Workbook.Append(names);
            wb.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Table();
        }
        return stream.ToArray();
    }

    /// <summary>
    /// The sheet name for a table: its project name, or 部门整体 for a department table, without the characters Excel
    /// forbids, at most 31 characters, and unique in the workbook (a later duplicate gets "(2)", "(3)" …).
    /// </summary>
    internal static string SheetName(TargetTable t, ISet<string> used)
    {
        var raw = t.Kind == TableKind.Department ? "部门整体" : t.ProjectName ?? t.Title ?? "项目";
        var name = new string(XmlText.Clean(raw).Where(c => !char.IsControl(c)).Select(c => Array.IndexOf(Forbidden, c) >= 0 ? ' ' : c).ToArray());
        name = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('\'', ' ');
        if (name.Length == 0 || name.Equals("History", StringComparison.OrdinalIgnoreCase)) name = t.Kind == TableKind.Department ? "部门整体" : "项目";
        var candidate = Truncate(name, 31).TrimEnd('\'', ' ');
        for (var n = 2; !used.Add(candidate); n++)
        {
            var suffix = $"({n})";
            candidate = Truncate(name, 31 - suffix.Length).TrimEnd('\'', ' ') + suffix;
        }
        return candidate;
    }

    private static string Truncate(string s, int length)
    {
        if (s.Length <= length) return s;
        // Never cut a surrogate pair in half.
        return char.IsHighSurrogate(s[length - 1]) ? s[..(length - 1)] : s[..length];
    }

    private static Worksheet Sheet(LayoutGrid g, SharedStrings strings)
    {
        var widths = Widths(g);
        var rows = g.Rows;
        var owner = Owners(g);
        var heights = Heights(g, widths);
        var bordered = Enumerable.Range(0, rows).Select(r => g.Cells.Any(c => c.Row <= r && r < c.Row + c.RowSpan && !IsFurniture(c))).ToArray();

        var data = new SheetData();
        for (var r = 0; r < rows; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1), Height = Math.Round(heights[r], 2), CustomHeight = true };
            for (var c = 0; c < g.Columns; c++)
            {
                var cell = owner[r, c];
                if (cell is null && !bordered[r]) continue;
                var xlCell = new Cell { CellReference = Column(c) + (r + 1).ToString(CultureInfo.InvariantCulture), StyleIndex = cell is null ? ValueXf : Xf(cell, g.Columns) };
                // A merged area shows its first cell only; the others are written for their borders.
                if (cell is not null && cell.Row == r && cell.Column == c && cell.Text.Length > 0) Fill(xlCell, cell, strings);
                row.Append(xlCell);
            }
            data.Append(row);
        }

        var sheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetDimension { Reference = rows == 0 ? "A1" : $"A1:{Column(g.Columns - 1)}{rows}" },
            new SheetViews(new SheetView { WorkbookViewId = 0, ShowGridLines = false }),
            new SheetFormatProperties { DefaultRowHeight = MinRowHeight, CustomHeight = true },
            new Columns(widths.Select((w, k) => new Column { Min = (uint)(k + 1), Max = (uint)(k + 1), Width = Math.Round(w, 2), CustomWidth = true })),
            data);
        var merges = g.Cells.Where(c => c.RowSpan > 1 || c.ColumnSpan > 1)
            .Select(c => new MergeCell { Reference = $"{Column(c.Column)}{c.Row + 1}:{Column(c.Column + c.ColumnSpan - 1)}{c.Row + c.RowSpan}" })
            .ToList();
        if (merges.Count > 0) sheet.Append(new MergeCells(merges) { Count = (uint)merges.Count });
        sheet.Append(
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.59, Right = 0.59, Top = 0.59, Bottom = 0.59, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        return sheet;
    }

    private static void Fill(Cell xlCell, LayoutCell cell, SharedStrings strings)
    {
        var text = XmlText.Clean(cell.Text);
        if (cell.Style == CellStyle.Number && IsNumber(text))
        {
            xlCell.CellValue = new CellValue(text);
            xlCell.DataType = CellValues.Number;
            return;
        }
        xlCell.CellValue = new CellValue(strings.Index(text).ToString(CultureInfo.InvariantCulture));
        xlCell.DataType = CellValues.SharedString;
    }

    /// <summary>A plain decimal as the layout writes numbers ("155.544", "-3"), which Excel stores without loss.</summary>
    private static bool IsNumber(string s) =>
        s.Length is > 0 and < 30 && decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);

    private static uint Xf(LayoutCell c, int columns) => c.Style switch
    {
        CellStyle.Title => TitleXf,
        // A note across the whole row is the form's 单位：万元, at the right; notes side by side read from the left.
        CellStyle.Note => c.Column == 0 && c.ColumnSpan >= columns ? NoteRightXf : NoteLeftXf,
        CellStyle.Label or CellStyle.Header => LabelXf,
        CellStyle.Text => TextXf,
        CellStyle.Number => NumberXf,
        _ => ValueXf,
    };

    private static bool IsFurniture(LayoutCell c) => c.Style is CellStyle.Title or CellStyle.Note;

    /// <summary>How many rows at the top hold only the title and notes: they are repeated on every printed page.</summary>
    private static int Furniture(LayoutGrid g)
    {
        var r = 0;
        while (r < g.Rows && g.Cells.Where(c => c.Row == r).ToList() is { Count: > 0 } row && row.TrueForAll(IsFurniture)) r++;
        return r;
    }

    /// <summary>For every position of the grid, the layout cell covering it, or null.</summary>
    private static LayoutCell?[,] Owners(LayoutGrid g)
    {
        var owner = new LayoutCell?[g.Rows, g.Columns];
        foreach (var c in g.Cells)
            for (var r = c.Row; r < c.Row + c.RowSpan; r++)
                for (var k = c.Column; k < Math.Min(g.Columns, c.Column + c.ColumnSpan); k++)
                    owner[r, k] ??= c;
        return owner;
    }

    private static double[] Widths(LayoutGrid g)
    {
        var total = g.Widths.Sum();
        return Enumerable.Range(0, g.Columns)
            .Select(k => k < g.Widths.Count && total > 0 ? g.Widths[k] / total * PageWidthChars : PageWidthChars / g.Columns)
            .ToArray();
    }

    /// <summary>
    /// Row heights that show wrapped text: Excel does not grow a row for a merged cell, so each row gets the lines
    /// its tallest cell needs, and a cell spanning rows adds what is missing to its last row.
    /// </summary>
    private static double[] Heights(LayoutGrid g, double[] widths)
    {
        var heights = new double[g.Rows];
        foreach (var c in g.Cells)
        {
            var lines = Lines(c, widths, c.Style == CellStyle.Title ? 1.6 : 1);
            var need = c.Style switch
            {
                CellStyle.Title => TitleRowHeight + (lines - 1) * 21,
                CellStyle.Note => NoteRowHeight + (lines - 1) * PointsPerLine,
                _ when c.RowSpan > 1 => MinRowHeight,
                _ => Math.Max(MinRowHeight, lines * PointsPerLine + Padding),
            };
            heights[c.Row] = Math.Max(heights[c.Row], need);
        }
        for (var r = 0; r < g.Rows; r++) if (heights[r] == 0) heights[r] = MinRowHeight;
        foreach (var c in g.Cells.Where(c => c.RowSpan > 1))
        {
            var need = Lines(c, widths, 1) * PointsPerLine + Padding;
            var have = Enumerable.Range(c.Row, c.RowSpan).Sum(r => heights[r]);
            if (need > have) heights[c.Row + c.RowSpan - 1] += need - have;
        }
        return heights;
    }

    private static int Lines(LayoutCell c, double[] widths, double scale)
    {
        var room = Enumerable.Range(c.Column, c.ColumnSpan).Where(k => k < widths.Length).Sum(k => widths[k]) - 1.5;
        room = Math.Max(2, room / scale);
        // Fonts differ from machine to machine and bold is a little wider: allow for both rather than clip a line.
        var factor = c.Style is CellStyle.Label or CellStyle.Header ? 1.12 : 1.05;
        return XmlText.Lines(c.Text).Sum(line => Math.Max(1, (int)Math.Ceiling(XmlText.Width(line) * factor / room)));
    }

    internal static string Column(int index)
    {
        var s = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) s = (char)('A' + (n - 1) % 26) + s;
        return s;
    }

    private static Stylesheet Styles()
    {
        var thin = new Border(
            new LeftBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        return new Stylesheet(
            new Fonts(Font("宋体", 10, false), Font("宋体", 10, true), Font("黑体", 16, true)) { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE8E8E8" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
            { Count = 3 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin) { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                Xf(0, 0, 0, HorizontalAlignmentValues.General, wrap: false),
                Xf(2, 0, 0, HorizontalAlignmentValues.Center, wrap: true), // title
                Xf(0, 0, 0, HorizontalAlignmentValues.Right, wrap: false), // note: 单位：万元
                Xf(0, 0, 0, HorizontalAlignmentValues.Left, wrap: false), // note: 预算年度 …
                Xf(1, 2, 1, HorizontalAlignmentValues.Center, wrap: true), // label and header
                Xf(0, 0, 1, HorizontalAlignmentValues.Center, wrap: true), // value
                Xf(0, 0, 1, HorizontalAlignmentValues.Left, wrap: true), // text
                Xf(0, 0, 1, HorizontalAlignmentValues.Center, wrap: true)) // number
            { Count = 8 },
            new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(string name, double size, bool bold)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = size }, new FontName { Val = name }, new FontFamilyNumbering { Val = 3 }, new FontCharSet { Val = 134 });
        return font;
    }

    private static CellFormat Xf(uint font, uint fill, uint border, HorizontalAlignmentValues horizontal, bool wrap) =>
        new(new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = wrap })
        {
            NumberFormatId = 0, FontId = font, FillId = fill, BorderId = border, FormatId = 0,
            ApplyFont = font != 0, ApplyFill = fill != 0, ApplyBorder = border != 0, ApplyAlignment = true,
        };

    /// <summary>The workbook's shared strings, each text stored once.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _items = [];
        private int _count;

        public int Index(string text)
        {
            _count++;
            if (_index.TryGetValue(text, out var i)) return i;
            _index[text] = _items.Count;
            _items.Add(text);
            return _items.Count - 1;
        }

        public SharedStringTable Table() =>
            new(_items.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })))
            {
                Count = (uint)_count, UniqueCount = (uint)_items.Count,
            };
    }
}
