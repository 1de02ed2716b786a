namespace Jixiao.Reading;

/// <summary>A logical row: the cells of one table row, and the 1-based line where it starts.</summary>
internal sealed class Row(int line, List<Cell> cells, Layout layout)
{
    public int Line { get; } = line;
    public List<Cell> Cells { get; } = cells;
    public Layout Layout { get; } = layout;
    /// <summary>False when cells came from a stream without columns (one cell per line, blank lines between cells).</summary>
    public bool HasPositions { get; init; } = true;
    /// <summary>For rows made of one-cell lines: the line of each cell.</summary>
    public List<int>? CellLines { get; init; }

    public int LineOf(int cellIndex) => CellLines is { } l && cellIndex < l.Count ? l[cellIndex] : Line;

    public IEnumerable<Cell> NonEmpty => Cells.Where(c => !c.IsEmpty);

    public int NonEmptyCount
    {
        get
        {
            var n = 0;
            foreach (var c in Cells) if (!c.IsEmpty) n++;
            return n;
        }
    }

    public string Joined => string.Join(" ", NonEmpty.Select(c => c.Text));

    public override string ToString() => $"{Line}: {string.Join(" | ", Cells.Select(c => c.Text))}";
}
