using Jixiao.Framework;
using Jixiao.Values;

namespace Jixiao.Reading;

/// <summary>
/// Places the cells of an indicator row into the header's columns. Published text is often shifted by a column or
/// two (merged cells in the original), so cells are placed by what they hold first and where they stand second:
/// a monotone alignment of cells to columns that minimises a cost, computed by dynamic programming in
/// O(cells × columns). A cell that fits no column is left out and reported.
/// </summary>
internal static class IndicatorAligner
{
    private const double PositionWeight = 0.1;
    private const double SkipCost = 6;
    private const double Impossible = 20;
    private const double EnterGroupCost = 0.5;

    /// <summary>The column index assigned to each cell of <paramref name="cells"/>, or -1 when left out.</summary>
    /// <param name="classify">What a cell's text holds; a caller reading many rows passes a memo of <see cref="Classify"/>.</param>
    public static int[] Align(IReadOnlyList<Cell> cells, IReadOnlyList<HeaderColumn> columns, bool usePositions, Func<Cell, double> position, Func<string, CellKind>? classify = null)
    {
        classify ??= Classify;
        var n = cells.Count;
        var m = columns.Count;
        var groups = columns.Count == 0 ? 1 : columns.Max(c => c.Group) + 2;
        // f[i, j, g] (flattened): least cost placing cells i.. into columns j.., the last placed cell being in group g-1 (0 = none yet).
        var f = new double[(n + 1) * (m + 1) * groups];
        int At(int i, int j, int g) => (i * (m + 1) + j) * groups + g;
        // The cost of cell i in column j, before the cost of entering a group; computed once, not once per group.
        var places = new double[n * m];
        var isLabel = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var kind = classify(cells[i].Text);
            var labelled = kind.Label.IsLabel;
            var x = usePositions ? position(cells[i]) : 0;
            for (var j = 0; j < m; j++)
                places[i * m + j] = Cost(kind, columns[j].Role) + (usePositions ? PositionWeight * Math.Abs(x - columns[j].Position) : 0);
            if (labelled) isLabel[i] = true;
        }
        for (var i = n; i >= 0; i--)
        {
            for (var j = m; j >= 0; j--)
            {
                for (var g = 0; g < groups; g++)
                {
                    if (i == n) { f[At(i, j, g)] = 0; continue; }
                    var best = f[At(i + 1, j, g)] + SkipCost;
                    if (j < m)
                    {
                        best = Math.Min(best, f[At(i, j + 1, g)]);
                        var place = places[i * m + j];
                        var cg = columns[j].Group + 1;
                        if (cg > g && g > 0 && !isLabel[i]) place += EnterGroupCost;
                        if (cg >= g) best = Math.Min(best, f[At(i + 1, j + 1, cg)] + place);
                    }
                    f[At(i, j, g)] = best;
                }
            }
        }
        // Walk the optimal path.
        var result = new int[n];
        int ci = 0, cj = 0, cgp = 0;
        while (ci < n)
        {
            var here = f[At(ci, cj, cgp)];
            if (cj < m)
            {
                var place = places[ci * m + cj];
                var cg = columns[cj].Group + 1;
                if (cg > cgp && cgp > 0 && !isLabel[ci]) place += EnterGroupCost;
                if (cg >= cgp && Near(here, f[At(ci + 1, cj + 1, cg)] + place))
                {
                    result[ci] = cj;
                    ci++;
                    cj++;
                    cgp = cg;
                    continue;
                }
                if (Near(here, f[At(ci, cj + 1, cgp)])) { cj++; continue; }
            }
            result[ci] = -1;
            ci++;
        }
        return result;
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) < 1e-9;

    internal readonly record struct CellKind(LabelMatch Label, bool StrongLabel, bool Comparator, bool PlainNumber, decimal? Number, bool HasDigits, bool UnitLike, int Length, bool LeadingComparator);

    internal static CellKind Classify(string text)
    {
        var label = IndicatorFramework.Match(text);
        var strong = label.IsLabel && (text.Contains("指标", StringComparison.Ordinal) || text.EndsWith('指') || text.Contains('（') || text.Contains('(') || text.Length >= 4);
        var cmp = ValueReader.ReadNature(text) is not null;
        var hasDigits = text.Any(char.IsAsciiDigit);
        var norm = ValueReader.Normalize(text);
        var plain = norm.Length > 0 && norm.Length <= 12 && norm.All(c => char.IsAsciiDigit(c) || c == '.') && norm.Any(char.IsAsciiDigit);
        decimal? number = plain && decimal.TryParse(norm, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
        var unitLike = !hasDigits && norm.Length is > 0 and <= 6 && (Units.Classify(ValueReader.Read("1" + norm).Unit) is not UnitKind.Other and not UnitKind.None || norm is "百分比");
        var leadingCmp = norm.Length > 1 && "≥≤><=≧≦≈≅".Contains(norm[0]) && hasDigits;
        return new CellKind(label, strong, cmp, plain, number, hasDigits, unitLike, text.Length, leadingCmp);
    }

    internal static double Cost(CellKind k, ColumnRole role) => role switch
    {
        ColumnRole.Level1 => k.Label.AsLevel1 is not null ? 0 : k.Label.AsLevel2 is not null ? 2 : Impossible,
        ColumnRole.Level2 => k.Label.AsLevel2 is not null ? 0 : k.Label.AsLevel1 is not null ? 2 : Impossible,
        ColumnRole.Name => k.Label.IsLabel ? (k.StrongLabel ? 4 : 1.5) : k.Comparator ? 6 : k.PlainNumber ? 4 : k.LeadingComparator ? 3 : 0,
        ColumnRole.Nature => k.Comparator ? 0 : Impossible,
        ColumnRole.Value or ColumnRole.Actual => k.Label.IsLabel ? 8 : k.Comparator ? 3 : k.PlainNumber || k.HasDigits && k.Length <= 24 ? 0 : k.Length > 30 ? 1.5 : 0.5,
        ColumnRole.Unit => k.UnitLike ? 0 : Impossible,
        ColumnRole.Weight or ColumnRole.Score => k.PlainNumber && k.Number is >= 0 and <= 100 ? 0 : Impossible,
        ColumnRole.Description or ColumnRole.Basis or ColumnRole.Cause => k.Label.IsLabel ? 8 : k.PlainNumber ? 3 : k.Comparator ? 6 : k.LeadingComparator ? 2 : 0.3,
        ColumnRole.Note => 1,
        _ => Impossible,
    };
}
