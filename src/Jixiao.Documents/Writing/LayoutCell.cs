namespace Jixiao.Documents.Writing;

/// <summary>How a cell of the official form is drawn.</summary>
public enum CellStyle
{
    Title,
    Note,
    Label,
    Header,
    Value,
    Text,
    Number,
}

/// <summary>One cell of the official form: its text, where it starts, how many rows and columns it spans, and its style.</summary>
public sealed record LayoutCell(int Row, int Column, string Text, CellStyle Style, int RowSpan = 1, int ColumnSpan = 1);
