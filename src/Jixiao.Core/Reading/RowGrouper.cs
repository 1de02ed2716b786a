using Jixiao.Diagnostics;

namespace Jixiao.Reading;

/// <summary>
/// Turns lines into logical rows. A line with separators is a row. Consecutive lines of one cell each
/// (one cell per line, as text copied out of Word tables) form one row until a blank line.
/// </summary>
internal static class RowGrouper
{
    public const int MaxLineLength = 100_000;

    public static List<Row> Group(string text, List<Diagnostic> findings)
    {
        var rows = new List<Row>();
        var block = new List<(string Text, int Line)>();
        var lineNo = 0;
        var pos = 0;
        while (pos <= text.Length)
        {
            var end = text.AsSpan(pos).IndexOfAny('\n', '\r');
            if (end >= 0) end += pos;
            if (end < 0) end = text.Length;
            lineNo++;
            var length = end - pos;
            string line;
            if (length > MaxLineLength)
            {
                findings.Add(new Diagnostic(ReadingCodes.LineTooLong, Severity.Warning, Messages.LineTooLong(length, MaxLineLength), lineNo));
                line = text.Substring(pos, MaxLineLength);
            }
            else line = text.Substring(pos, length);
            pos = end + 1;
            if (end < text.Length && text[end] == '\r' && pos < text.Length && text[pos] == '\n') pos++;

            if (RowSplitter.IsBlank(line))
            {
                Flush(rows, block, findings);
                if (end >= text.Length) break;
                continue;
            }
            if (RowSplitter.IsPipeRule(line)) { if (end >= text.Length) break; continue; }
            if (RowSplitter.IsSingleCell(line))
            {
                block.Add((RowSplitter.Clean(line), lineNo));
            }
            else
            {
                Flush(rows, block, findings);
                var cells = RowSplitter.Split(line, out var layout, out var dropped);
                if (dropped > 0)
                    findings.Add(new Diagnostic(ReadingCodes.TooManyCells, Severity.Warning, Messages.TooManyCells(cells.Count + dropped, RowSplitter.MaxCells), lineNo));
                rows.Add(new Row(lineNo, cells, layout));
            }
            if (end >= text.Length) break;
        }
        Flush(rows, block, findings);
        return rows;
    }

    /// <summary>One cell per line without blank lines can run long (a whole table); beyond this a row is cut.</summary>
    public const int MaxBlockCells = RowSplitter.MaxCells * 16;

    private static void Flush(List<Row> rows, List<(string Text, int Line)> block, List<Diagnostic> findings)
    {
        if (block.Count == 0) return;
        if (block.Count > MaxBlockCells)
        {
            findings.Add(new Diagnostic(ReadingCodes.TooManyCells, Severity.Warning, Messages.TooManyCells(block.Count, MaxBlockCells), block[0].Line));
            block.RemoveRange(MaxBlockCells, block.Count - MaxBlockCells);
        }
        var cells = new List<Cell>(block.Count);
        for (var i = 0; i < block.Count; i++) cells.Add(new Cell(block[i].Text, i, i));
        rows.Add(new Row(block[0].Line, cells, Layout.Single) { CellLines = block.Select(b => b.Line).ToList() });
        block.Clear();
    }
}
