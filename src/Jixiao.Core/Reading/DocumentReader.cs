using Jixiao.Diagnostics;
using Jixiao.Model;

namespace Jixiao.Reading;

/// <summary>
/// Reads the plain text of published target tables (text pulled out of Word, Excel or PDF, in many layouts) into the
/// model. Never throws: whatever could not be read becomes a finding, and every table that could be read is kept.
/// </summary>
public static class DocumentReader
{
    /// <summary>Reads a document from its bytes, detecting the encoding.</summary>
    public static ReadResult Read(ReadOnlySpan<byte> bytes, string source)
    {
        try
        {
            var (text, encoding, findings) = TextDecoder.Decode(bytes);
            return ReadText(text, source, findings) with { Encoding = encoding };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new ReadResult(source, [], [Internal(ex)]);
        }
    }

    /// <summary>Reads a document that is already text.</summary>
    public static ReadResult ReadText(string text, string source, IEnumerable<Diagnostic>? earlierFindings = null)
    {
        var findings = new List<Diagnostic>(earlierFindings ?? []);
        if (string.IsNullOrWhiteSpace(text))
        {
            findings.Add(new Diagnostic(ReadingCodes.EmptyDocument, Severity.Error, Messages.EmptyDocument()));
            return new ReadResult(source, [], findings);
        }
        return Parse(() => RowGrouper.Group(text, findings), source, findings);
    }

    /// <summary>
    /// Reads tables from a grid — spreadsheet rows, Word table rows and paragraphs — through the same parser as text,
    /// so that every layout rule (labels in merged cells, shifted cells, side-by-side groups) applies alike.
    /// </summary>
    public static ReadResult ReadGrid(IEnumerable<GridRow> grid, string source, IEnumerable<Diagnostic>? earlierFindings = null)
    {
        var findings = new List<Diagnostic>(earlierFindings ?? []);
        return Parse(() =>
        {
            var rows = new List<Row>();
            foreach (var g in grid)
            {
                var cells = new List<Cell>(Math.Min(g.Cells.Count, RowSplitter.MaxCells));
                for (var i = 0; i < g.Cells.Count && i < RowSplitter.MaxCells; i++) cells.Add(new Cell(Flatten(g.Cells[i]), i, i * 8));
                if (cells.TrueForAll(c => c.IsEmpty)) continue;
                rows.Add(new Row(g.Line, cells, cells.Count == 1 ? Layout.Single : Layout.Tabs));
            }
            if (rows.Count == 0) findings.Add(new Diagnostic(ReadingCodes.EmptyDocument, Severity.Error, Messages.EmptyDocument()));
            return rows;
        }, source, findings);
    }

    /// <summary>Runs the table parser over rows; whatever goes wrong, the tables read so far are kept.</summary>
    private static ReadResult Parse(Func<List<Row>> rows, string source, List<Diagnostic> findings)
    {
        var parser = new TableParser();
        try
        {
            parser.Parse(rows());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A last line of defence: a reader bug must not lose the tables already read.
            findings.Add(Internal(ex));
        }
        var tables = parser.Tables();
        if (tables.Count == 0 && !findings.Exists(f => f.Severity == Severity.Error))
            findings.Add(new Diagnostic(ReadingCodes.NoTable, Severity.Error, Messages.NoTable()));
        return new ReadResult(source, tables, findings);
    }

    /// <summary>
    /// A cell's lines joined: nothing between two Chinese characters (a wrapped header 一级 / 指标), a space otherwise.
    /// Long text (goals, measures) keeps its paragraphs.
    /// </summary>
    internal static string Flatten(string s)
    {
        if (s.IndexOfAny(['\n', '\r']) < 0) return RowSplitter.Clean(s);
        if (s.Length > 40) return string.Join("\n", s.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var parts = s.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var sb = new System.Text.StringBuilder();
        foreach (var p in parts)
        {
            if (sb.Length > 0 && !(sb[^1] > 0x2E80 && p[0] > 0x2E80)) sb.Append(' ');
            sb.Append(p);
        }
        return sb.ToString();
    }

    private static Diagnostic Internal(Exception ex) =>
        new("JX099", Severity.Error, $"读取时发生内部错误，已保留此前读到的表格；请将文件反馈给维护者（{ex.GetType().Name}）。");
}
