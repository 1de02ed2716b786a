using System.Globalization;

namespace Jixiao.Documents.Reading;

/// <summary>Cell values as a person sees them: numbers without float noise, percent formats as percentages.</summary>
internal static class CellText
{
    public static string Number(string raw, bool percent)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return raw;
        var value = (decimal)Math.Round(percent ? d * 100 : d, 10);
        var text = value.ToString("0.##########", CultureInfo.InvariantCulture);
        return percent ? text + "%" : text;
    }

    /// <summary>Whether a number format shows a percentage: the built-in formats 9 and 10, or a code with %.</summary>
    public static bool IsPercent(uint formatId, string? code) => formatId is 9 or 10 || code is not null && code.Contains('%') && !code.Contains("\"%\"", StringComparison.Ordinal);

    /// <summary>"C12" → 2 (0-based column index).</summary>
    public static int Column(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return -1;
        var col = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z') col = col * 26 + (c - 'A' + 1);
            else break;
        }
        return col - 1;
    }
}
