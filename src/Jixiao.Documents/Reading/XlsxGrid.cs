using System.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Diagnostics;
using Jixiao.Reading;

namespace Jixiao.Documents.Reading;

/// <summary>
/// The rows of every sheet of an .xlsx, streamed (SAX) so that a sheet of a million empty rows costs no memory.
/// A merged cell's value stands in its first cell, which is what the table parser expects; numbers are shown as
/// Excel shows them (percent formats as percentages).
/// </summary>
internal static class XlsxGrid
{
    public static List<GridRow> Read(Stream stream, Limits limits, List<Diagnostic> findings)
    {
        var rows = new List<GridRow>();
        using var doc = SpreadsheetDocument.Open(stream, false);
        var wb = doc.WorkbookPart ?? throw new InvalidDataException("no workbook");
        var strings = wb.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var percentStyles = PercentStyles(wb);
        var clock = Stopwatch.StartNew();
        var line = 0;
        foreach (var sheet in wb.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || wb.GetPartById(id) is not WorksheetPart part) continue;
            if (rows.Count > 0) rows.Add(new GridRow(++line, [""]));
            var count = 0;
            using var reader = OpenXmlReader.Create(part);
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
                if (clock.Elapsed > limits.Timeout)
                {
                    findings.Add(new Diagnostic(ReadingCodes.TimedOut, Severity.Error, Messages.TimedOut((int)limits.Timeout.TotalSeconds)));
                    return rows;
                }
                var row = (Row)reader.LoadCurrentElement()!;
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var col = CellText.Column(cell.CellReference?.Value);
                    if (col < 0) col = cells.Count;
                    if (col >= limits.MaxColumns) break;
                    while (cells.Count < col) cells.Add("");
                    cells.Add(Value(cell, strings, percentStyles));
                }
                if (cells.TrueForAll(string.IsNullOrWhiteSpace)) continue;
                if (++count > limits.MaxRows)
                {
                    findings.Add(new Diagnostic(ReadingCodes.TooManyRows, Severity.Warning, Messages.TooManyRows(sheet.Name?.Value ?? "", limits.MaxRows)));
                    break;
                }
                rows.Add(new GridRow((int)(row.RowIndex?.Value ?? (uint)(line + 1)), cells));
                line = rows[^1].Line;
            }
        }
        return rows;
    }

    private static string Value(Cell cell, List<string> strings, HashSet<uint> percentStyles)
    {
        var raw = cell.CellValue?.Text;
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(raw, out var i) && i >= 0 && i < strings.Count ? strings[i] : "";
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        if (raw is null) return "";
        if (cell.DataType?.Value == CellValues.Boolean) return raw == "1" ? "TRUE" : "FALSE";
        if (cell.DataType is null || cell.DataType.Value == CellValues.Number)
            return CellText.Number(raw, cell.StyleIndex?.Value is { } s && percentStyles.Contains(s));
        return raw;
    }

    private static HashSet<uint> PercentStyles(WorkbookPart wb)
    {
        var set = new HashSet<uint>();
        var sheet = wb.WorkbookStylesPart?.Stylesheet;
        if (sheet?.CellFormats is null) return set;
        var custom = sheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value) ?? [];
        uint index = 0;
        foreach (var xf in sheet.CellFormats.Elements<CellFormat>())
        {
            var id = xf.NumberFormatId?.Value ?? 0;
            if (CellText.IsPercent(id, custom.GetValueOrDefault(id))) set.Add(index);
            index++;
        }
        return set;
    }
}
