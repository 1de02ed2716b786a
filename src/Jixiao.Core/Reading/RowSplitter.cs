namespace Jixiao.Reading;

/// <summary>Splits one line into cells: tabs, pipes (`| a | b |`), or runs of two or more spaces, in that order of preference.</summary>
internal static class RowSplitter
{
    public const int MaxCells = 256;

    /// <summary>Whether the line is blank: nothing but spaces (a line of tabs is an empty cell, not a blank).</summary>
    public static bool IsBlank(string line)
    {
        foreach (var c in line) if (c != ' ' && c != '\u3000' && c != '\u00A0' && c != '\r' && c != '\f') return false;
        return true;
    }

    /// <summary>Whether the line holds at most one cell: no separator after its leading indentation.</summary>
    public static bool IsSingleCell(string line)
    {
        // A lone cell indented by spaces (pdftotext -layout) keeps its place under a column: a row of its own.
        if (IndentedBySpaces(line)) return false;
        var i = 0;
        while (i < line.Length && (line[i] == '\t' || line[i] == ' ' || line[i] == '\u3000')) i++;
        var rest = line.AsSpan(i).TrimEnd();
        if (rest.Contains('\t')) return false;
        if (rest.Length > 1 && rest[0] == '|' && rest.Slice(1).Contains('|')) return false;
        return !HasSpaceRun(rest);
    }

    public static List<Cell> Split(string line, out Layout layout, out int droppedCells)
    {
        droppedCells = 0;
        if (line.Contains('\t'))
        {
            layout = Layout.Tabs;
            return SplitOn(line, '\t', ref droppedCells);
        }
        var trimmed = line.AsSpan().Trim();
        if (trimmed.Length > 1 && trimmed[0] == '|' && trimmed.Slice(1).Contains('|'))
        {
            layout = Layout.Pipes;
            var inner = trimmed.Slice(1);
            if (inner.Length > 0 && inner[^1] == '|') inner = inner[..^1];
            return SplitOn(inner.ToString(), '|', ref droppedCells);
        }
        if (HasSpaceRun(trimmed) || IndentedBySpaces(line))
        {
            layout = Layout.Spaces;
            return SplitOnSpaces(line, ref droppedCells);
        }
        layout = Layout.Single;
        return [new Cell(Clean(line), 0, 0)];
    }

    /// <summary>A markdown separator row such as `|---|:--:|`.</summary>
    public static bool IsPipeRule(string line)
    {
        var any = false;
        foreach (var c in line)
        {
            if (c is '-' or '—' or '─') { any = true; continue; }
            if (c is '|' or ':' or ' ' or '+' or '\t') continue;
            return false;
        }
        return any;
    }

    private static List<Cell> SplitOn(string s, char sep, ref int dropped)
    {
        var cells = new List<Cell>();
        var start = 0;
        var x = 0;
        for (var i = 0; i <= s.Length; i++)
        {
            if (i < s.Length && s[i] != sep) continue;
            if (cells.Count < MaxCells) cells.Add(new Cell(Clean(s[start..i]), cells.Count, x));
            else dropped++;
            x += Width(s.AsSpan(start, i - start)) + 1;
            start = i + 1;
        }
        return cells;
    }

    private static List<Cell> SplitOnSpaces(string s, ref int dropped)
    {
        var cells = new List<Cell>();
        var i = 0;
        var x = 0;
        while (i < s.Length)
        {
            // Skip a separator run (or leading indentation).
            while (i < s.Length && IsSpace(s[i])) { x += s[i] == '\u3000' ? 2 : 1; i++; }
            if (i >= s.Length) break;
            var start = i;
            var startX = x;
            // A cell runs until two spaces in a row.
            while (i < s.Length)
            {
                if (IsSpace(s[i]) && i + 1 < s.Length && IsSpace(s[i + 1])) break;
                if (IsSpace(s[i]) && i + 1 == s.Length) break;
                x += CharWidth(s[i]);
                i++;
            }
            if (cells.Count < MaxCells) cells.Add(new Cell(Clean(s[start..i]), cells.Count, startX));
            else dropped++;
        }
        return cells;
    }

    private static bool IndentedBySpaces(string line) => line.Length > 2 && line[0] == ' ' && line[1] == ' ' && line.AsSpan().TrimStart(' ').Length > 0 && line.TrimStart(' ')[0] != '\t';

    private static bool HasSpaceRun(ReadOnlySpan<char> s)
    {
        for (var i = 1; i + 1 < s.Length; i++)
            if (IsSpace(s[i]) && IsSpace(s[i + 1]) && !IsSpace(s[i - 1])) return true;
        return false;
    }

    private static bool IsSpace(char c) => c is ' ' or '\u3000' or '\u00A0';

    private static readonly char[] Blanks = ['\u3000', '\u00A0', '\f', '\v'];

    internal static string Clean(string s)
    {
        var t = s.Trim().Trim(Blanks);
        return t.Length == 1 && (t[0] == '\uFEFF') ? "" : t;
    }

    private static int Width(ReadOnlySpan<char> s)
    {
        var w = 0;
        foreach (var c in s) w += CharWidth(c);
        return w;
    }

    /// <summary>Display width: CJK ideographs and full-width forms take two columns.</summary>
    public static int CharWidth(char c) =>
        c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                        (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                        (c >= 0xFFE0 && c <= 0xFFE6) || char.IsSurrogate(c))
            ? 2
            : 1;
}
