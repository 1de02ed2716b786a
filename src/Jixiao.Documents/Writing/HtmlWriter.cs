using System.Globalization;
using System.Net;
using System.Text;
using Jixiao.Model;

namespace Jixiao.Documents.Writing;

/// <summary>
/// The official form as one self-contained printable HTML page (A4 landscape, one table per page): the web app's
/// print view and the input of <see cref="PdfWriter"/>. Each table is drawn from <see cref="OfficialLayout"/>.
/// </summary>
public static class HtmlWriter
{
    public static string Write(IReadOnlyList<TargetTable> tables, HtmlOptions? options = null)
    {
        options ??= new HtmlOptions();
        var grids = tables.Select(OfficialLayout.Build).ToList();
        var title = options.Title ?? (grids.Count > 0 ? grids[0].Title : "绩效目标表");
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title, options)).Append("</title>\n")
            .Append("<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        foreach (var grid in grids) Table(html, grid, options);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Table(StringBuilder html, LayoutGrid grid, HtmlOptions options)
    {
        html.Append("<section class=\"sheet\">\n<table class=\"form\">\n<colgroup>");
        var total = grid.Widths.Sum();
        for (var c = 0; c < grid.Columns; c++)
        {
            var share = c < grid.Widths.Count && total > 0 ? grid.Widths[c] / total * 100 : 100.0 / grid.Columns;
            html.Append("<col style=\"width:").Append(share.ToString("0.##", CultureInfo.InvariantCulture)).Append("%\">");
        }
        html.Append("</colgroup>\n<tbody>\n");

        var starts = new Dictionary<(int, int), LayoutCell>();
        var covered = new HashSet<(int, int)>();
        foreach (var cell in grid.Cells)
        {
            starts.TryAdd((cell.Row, cell.Column), cell);
            for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
                for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
                    if (r != cell.Row || c != cell.Column) covered.Add((r, c));
        }

        for (var r = 0; r < grid.Rows; r++)
        {
            // Title and note rows sit above the ruled form, without borders.
            var furniture = grid.Cells.Where(x => x.Row == r).All(x => x.Style is CellStyle.Title or CellStyle.Note);
            html.Append(furniture ? "<tr class=\"furniture\">" : "<tr>");
            for (var c = 0; c < grid.Columns; c++)
            {
                if (starts.TryGetValue((r, c), out var cell))
                {
                    html.Append("<td class=\"").Append(Class(cell, grid)).Append('"');
                    if (cell.RowSpan > 1) html.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                    if (cell.ColumnSpan > 1) html.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
                    html.Append('>').Append(Encode(cell.Text.Trim(), options)).Append("</td>");
                }
                else if (!covered.Contains((r, c)))
                {
                    html.Append("<td></td>");
                }
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string Class(LayoutCell cell, LayoutGrid grid) => cell.Style switch
    {
        CellStyle.Title => "title",
        // The unit note spans the form and sits at its right, as on the printed form; shorter notes read from the left.
        CellStyle.Note => cell.ColumnSpan >= grid.Columns ? "note unit" : "note",
        CellStyle.Label => "label",
        CellStyle.Header => "header",
        CellStyle.Text => "text",
        CellStyle.Number => "number",
        _ => "value",
    };

    private static string Encode(string text, HtmlOptions options) =>
        WebUtility.HtmlEncode(options.MaskPhones ? PhoneMask.Apply(text) : text);

    private const string Css = """
        @page { size: A4 landscape; margin: 12mm; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body {
          margin: 0;
          color: #000;
          font-family: "Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimSun", sans-serif;
          font-size: 10.5pt;
          line-height: 1.4;
        }
        .sheet { break-after: page; page-break-after: always; }
        .sheet:last-child { break-after: auto; page-break-after: auto; }
        table.form { width: 100%; border-collapse: collapse; table-layout: fixed; }
        /* Keep each row on one page. Not on cells merged down several rows: Chromium would then move a whole
           indicator block to the next page instead of breaking between its rows. */
        table.form td:not([rowspan]) { break-inside: avoid; page-break-inside: avoid; }
        table.form td {
          border: 0.75pt solid #000;
          padding: 3pt 4pt;
          height: 2.1em;
          text-align: center;
          vertical-align: middle;
          white-space: pre-wrap;
          overflow-wrap: anywhere;
        }
        /* Chromium leaves out the collapsed border above a row that starts a new page; draw each cell's top rule
           again over it, so a continued form is closed at the top of the page. */
        table.form tr:not(.furniture) td { position: relative; }
        table.form tr:not(.furniture) td::before {
          content: "";
          position: absolute;
          top: -0.75pt;
          left: -0.375pt;
          right: -0.375pt;
          border-top: 0.75pt solid #000;
        }
        table.form tr.furniture td { border: none; height: auto; }
        table.form td.title { padding: 0 0 4pt; font-size: 18pt; font-weight: bold; letter-spacing: 0.05em; }
        table.form td.note { padding: 0 0 4pt; text-align: left; }
        table.form td.note.unit { text-align: right; }
        table.form td.label, table.form td.header { font-weight: bold; }
        table.form td.text { text-align: left; }
        table.form td.number { font-variant-numeric: tabular-nums; }
        @media screen {
          body { background: #e8e8e8; padding: 12px 0; }
          .sheet { background: #fff; width: 297mm; max-width: 100%; margin: 0 auto 12px; padding: 12mm; box-sizing: border-box; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); }
        }

        """;
}
