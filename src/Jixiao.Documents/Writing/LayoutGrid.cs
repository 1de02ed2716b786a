namespace Jixiao.Documents.Writing;

/// <summary>A table laid out as the official form: cells with spans, the number of columns, and their relative widths.</summary>
public sealed record LayoutGrid(string Title, int Columns, IReadOnlyList<LayoutCell> Cells, IReadOnlyList<double> Widths)
{
    /// <summary>The grid row each indicator (by its index in the table) is drawn on, so a page can link findings to rows.</summary>
    public IReadOnlyDictionary<int, int> IndicatorRows { get; init; } = new Dictionary<int, int>();

    public int Rows => Cells.Count == 0 ? 0 : Cells.Max(c => c.Row + c.RowSpan);

    /// <summary>The cell that starts at (row, column), or null (an empty cell, or one covered by a span).</summary>
    public LayoutCell? At(int row, int column) => Cells.FirstOrDefault(c => c.Row == row && c.Column == column);

    /// <summary>Whether (row, column) lies under a span of another cell.</summary>
    public bool Covered(int row, int column) =>
        Cells.Any(c => row >= c.Row && row < c.Row + c.RowSpan && column >= c.Column && column < c.Column + c.ColumnSpan && (c.Row != row || c.Column != column));
}
