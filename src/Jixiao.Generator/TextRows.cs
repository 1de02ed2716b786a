using System.Text;

namespace Jixiao.Generator;

/// <summary>Helpers shared by the layout writers.</summary>
internal static class TextRows
{
    public static void Tabs(StringBuilder sb, params string[] cells) => sb.AppendJoin('\t', cells).Append('\n');

    public static string Amount(decimal d) => d.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    public static string Percent(decimal d) => d.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Display width: CJK and full-width characters take two columns, as pdftotext lays them out.</summary>
    public static int Width(string s)
    {
        var w = 0;
        foreach (var c in s) w += c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6) ? 2 : 1;
        return w;
    }

    /// <summary>The rows of the indicator block: labels only on the first row of their group, as merged cells leave them.</summary>
    public static IEnumerable<(string L1, string L2, IndicatorSpec I)> Labelled(TableSpec t, bool repeatLevel2 = false)
    {
        string? l1 = null, l2 = null;
        foreach (var i in t.Indicators)
        {
            var s1 = i.Level1 == l1 ? "" : i.Level1;
            var s2 = i.Level1 == l1 && i.Level2 == l2 && !repeatLevel2 ? "" : i.Level2;
            l1 = i.Level1;
            l2 = i.Level2;
            yield return (s1, s2, i);
        }
    }

    public static readonly string[] Checkpoints = ["3月底", "6月底", "9月底", "12月底"];
}
