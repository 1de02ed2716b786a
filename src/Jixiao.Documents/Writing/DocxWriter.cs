using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Model;

namespace Jixiao.Documents.Writing;

/// <summary>
/// Writes tables as a .docx document drawn from <see cref="OfficialLayout"/>: per table a centred title, the unit
/// note, and a bordered Word table with merged cells (gridSpan, vMerge), on A4 landscape pages, one table per page.
/// </summary>
public static class DocxWriter
{
    // A4 landscape in twentieths of a point, with 1.5 cm margins.
    internal const int PageWidth = 16838, PageHeight = 11906, Margin = 850;
    internal const int TextWidth = PageWidth - 2 * Margin;

    private const string BodyFont = "宋体";
    private const string TitleFont = "黑体";
    private const string LatinFont = "Times New Roman";
    private const string LabelShade = "E8E8E8";
    private const int BodySize = 20; // half-points: 10 pt
    private const int TitleSize = 32; // 16 pt

    public static byte[] Write(IReadOnlyList<TargetTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            for (var i = 0; i < tables.Count; i++) Append(body, OfficialLayout.Build(tables[i]), pageBreak: i > 0);
            // Word wants a paragraph after the last table; keep it tiny so it never spills onto a page of its own.
            body.Append(new Paragraph(new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact })));
            body.Append(Section());
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static void Append(Body body, LayoutGrid g, bool pageBreak)
    {
        var first = true;
        var tableRows = new List<int>();
        for (var r = 0; r < g.Rows; r++)
        {
            var row = g.Cells.Where(c => c.Row == r).ToList();
            // The title and the unit note above the table are paragraphs; a row of several notes
            // (预算年度 … 预算单位名称 …) stays a row, without borders, so that its cells keep their columns.
            if (tableRows.Count == 0 && row is [{ Style: CellStyle.Title or CellStyle.Note, RowSpan: 1 } only])
            {
                body.Append(only.Style == CellStyle.Title ? Title(only.Text, pageBreak && first) : Note(only.Text, pageBreak && first));
                first = false;
                continue;
            }
            tableRows.Add(r);
        }
        if (tableRows.Count == 0) return;
        if (first && pageBreak) body.Append(new Paragraph(new ParagraphProperties(new PageBreakBefore())));
        body.Append(Table(g, tableRows));
    }

    private static Paragraph Title(string text, bool pageBreak)
    {
        var props = new ParagraphProperties();
        if (pageBreak) props.PageBreakBefore = new PageBreakBefore();
        props.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "120" };
        props.Justification = new Justification { Val = JustificationValues.Center };
        return new Paragraph(props, Run(text, bold: true, size: TitleSize, font: TitleFont));
    }

    private static Paragraph Note(string text, bool pageBreak)
    {
        var props = new ParagraphProperties();
        if (pageBreak) props.PageBreakBefore = new PageBreakBefore();
        props.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "60" };
        // A note alone on its line is the form's 单位：万元, which stands at the right above the table.
        props.Justification = new Justification { Val = JustificationValues.Right };
        return new Paragraph(props, Run(text, bold: false, size: BodySize));
    }

    private static Table Table(LayoutGrid g, List<int> rows)
    {
        var widths = Widths(g);
        var table = new Table(new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableBorders(Thin<TopBorder>(), Thin<LeftBorder>(), Thin<BottomBorder>(), Thin<RightBorder>(), Thin<InsideHorizontalBorder>(), Thin<InsideVerticalBorder>()),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa }),
            new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        var owners = new LayoutCell?[g.Rows, g.Columns];
        foreach (var c in g.Cells)
            for (var r = c.Row; r < c.Row + c.RowSpan; r++)
                for (var k = c.Column; k < Math.Min(g.Columns, c.Column + c.ColumnSpan); k++)
                    owners[r, k] ??= c;

        foreach (var r in rows)
        {
            var notes = Enumerable.Range(0, g.Columns).All(k => owners[r, k] is null || owners[r, k]!.Style is CellStyle.Title or CellStyle.Note);
            var tr = new TableRow(new TableRowProperties(
                new CantSplit(),
                new TableRowHeight { Val = notes ? 360u : 454u, HeightType = HeightRuleValues.AtLeast }));
            for (var c = 0; c < g.Columns;)
            {
                var cell = owners[r, c];
                if (cell is null)
                {
                    tr.Append(Cell(widths[c], 1, null, "", CellStyle.Value, notes));
                    c++;
                    continue;
                }
                var span = Math.Min(cell.ColumnSpan, g.Columns - cell.Column);
                var width = widths.Skip(cell.Column).Take(span).Sum();
                var starts = cell.Row == r;
                var merge = cell.RowSpan > 1 ? new VerticalMerge { Val = starts ? MergedCellValues.Restart : MergedCellValues.Continue } : null;
                tr.Append(Cell(width, span, merge, starts ? cell.Text : "", cell.Style, notes));
                c = cell.Column + span;
            }
            table.Append(tr);
        }
        return table;
    }

    private static TableCell Cell(int width, int span, VerticalMerge? merge, string text, CellStyle style, bool noBorders)
    {
        var props = new TableCellProperties { TableCellWidth = new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa } };
        if (span > 1) props.GridSpan = new GridSpan { Val = span };
        if (merge is not null) props.VerticalMerge = merge;
        if (noBorders)
        {
            props.TableCellBorders = new TableCellBorders(
                new TopBorder { Val = BorderValues.Nil }, new LeftBorder { Val = BorderValues.Nil },
                Thin<BottomBorder>(), new RightBorder { Val = BorderValues.Nil });
        }
        var label = style is CellStyle.Label or CellStyle.Header;
        if (label) props.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = LabelShade };
        props.TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center };

        var paragraph = new Paragraph(new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0" },
            Justification = new Justification { Val = style is CellStyle.Text or CellStyle.Note ? JustificationValues.Left : JustificationValues.Center },
        });
        if (text.Length > 0) paragraph.Append(Run(text, bold: label, size: BodySize));
        return new TableCell(props, paragraph);
    }

    private static T Thin<T>() where T : BorderType, new() => new() { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" };

    /// <summary>A run of text; line breaks in the text become breaks in the run.</summary>
    private static Run Run(string text, bool bold, int size, string? font = null)
    {
        var props = new RunProperties();
        if (font is not null) props.RunFonts = new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, Hint = FontTypeHintValues.EastAsia };
        if (bold)
        {
            props.Bold = new Bold();
            props.BoldComplexScript = new BoldComplexScript();
        }
        props.FontSize = new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) };
        props.FontSizeComplexScript = new FontSizeComplexScript { Val = size.ToString(CultureInfo.InvariantCulture) };
        var run = new Run(props);
        var lines = XmlText.Lines(text);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    /// <summary>Column widths in twips, scaled from the layout's relative widths to the width of the page's text.</summary>
    private static int[] Widths(LayoutGrid g)
    {
        var total = g.Widths.Take(g.Columns).Sum();
        var widths = Enumerable.Range(0, g.Columns)
            .Select(k => (int)Math.Floor(k < g.Widths.Count && total > 0 ? g.Widths[k] / total * TextWidth : (double)TextWidth / g.Columns))
            .ToArray();
        widths[^1] += TextWidth - widths.Sum();
        return widths;
    }

    private static SectionProperties Section() => new(
        new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Landscape },
        new PageMargin { Top = Margin, Bottom = Margin, Left = Margin, Right = Margin, Header = 567, Footer = 567, Gutter = 0 });

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = BodyFont, ComplexScript = LatinFont },
                new FontSize { Val = "21" },
                new FontSizeComplexScript { Val = "21" },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
}
