namespace Jixiao.Reading;

/// <summary>One cell of a row: its text (trimmed), its column index in the row, and its horizontal position in display columns.</summary>
internal readonly record struct Cell(string Text, int Index, int X)
{
    public bool IsEmpty => Text.Length == 0;
}
