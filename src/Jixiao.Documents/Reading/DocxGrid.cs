using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Reading;

namespace Jixiao.Documents.Reading;

/// <summary>
/// The paragraphs and table rows of a .docx in document order. A cell spanning columns (gridSpan) is followed by
/// empty cells so that columns line up; a cell continuing a vertical merge (vMerge) is empty, as in a printed table.
/// </summary>
internal static class DocxGrid
{
    public static List<GridRow> Read(Stream stream, Limits limits)
    {
        var rows = new List<GridRow>();
        using var doc = WordprocessingDocument.Open(stream, false);
        var body = doc.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("no body");
        var line = 0;
        foreach (var element in body.Elements())
        {
            if (rows.Count >= limits.MaxRows) break;
            switch (element)
            {
                case Paragraph p:
                    var text = Text(p);
                    if (text.Length > 0) rows.Add(new GridRow(++line, [text]));
                    break;
                case Table t:
                    foreach (var tr in t.Descendants<TableRow>())
                    {
                        if (tr.Ancestors<Table>().First() != t) continue; // nested tables are read through their cell's text
                        var cells = new List<string>();
                        var before = tr.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
                        for (var i = 0; i < before; i++) cells.Add("");
                        foreach (var tc in tr.Elements<TableCell>())
                        {
                            var props = tc.TableCellProperties;
                            var span = props?.GridSpan?.Val?.Value ?? 1;
                            var merge = props?.VerticalMerge;
                            var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                            cells.Add(continues ? "" : CellText(tc));
                            for (var i = 1; i < span; i++) cells.Add("");
                            if (cells.Count >= limits.MaxColumns) break;
                        }
                        rows.Add(new GridRow(++line, cells));
                    }
                    break;
            }
        }
        return rows;
    }

    private static string CellText(TableCell tc) =>
        string.Join("\n", tc.Elements<Paragraph>().Select(Text).Where(s => s.Length > 0));

    private static string Text(Paragraph p)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var e in p.Descendants())
        {
            switch (e)
            {
                case Text t: sb.Append(t.Text); break;
                case TabChar: sb.Append('\t'); break;
                case Break or CarriageReturn: sb.Append('\n'); break;
            }
        }
        return sb.ToString().Trim();
    }
}
