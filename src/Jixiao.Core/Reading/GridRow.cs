namespace Jixiao.Reading;

/// <summary>One row of a grid (a spreadsheet row, a Word table row, or a paragraph as a row of one cell), with the line it stands for.</summary>
/// <param name="Line">1-based: the sheet row, or the ordinal of the paragraph or table row in a Word document.</param>
/// <param name="Cells">Cell texts in column order; a merged cell's text stands in its first column, the rest empty.</param>
public sealed record GridRow(int Line, IReadOnlyList<string> Cells);
