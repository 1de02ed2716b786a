using System.Text;

namespace Jixiao.Documents.Writing;

/// <summary>Text made safe for an XML part: documents read from the wild may carry control characters XML cannot hold.</summary>
internal static class XmlText
{
    public static string Clean(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        StringBuilder? sb = null;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var ok = c is '\t' or '\n' or '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD)
                     || (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                     || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1]));
            if (ok && sb is null) continue;
            sb ??= new StringBuilder(s, 0, i, s.Length);
            if (ok) sb.Append(c);
        }
        return sb?.ToString() ?? s;
    }

    /// <summary>The lines of a cell's text, with Windows and old Mac line ends taken as line ends too.</summary>
    public static string[] Lines(string s) => Clean(s).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r');

    /// <summary>
    /// Display width in half-width units: CJK ideographs and full-width forms count two, and so do the quotes, dashes
    /// and ellipses of general punctuation (“ ” — …), which Chinese fonts draw full width.
    /// </summary>
    public static int Width(string s)
    {
        var w = 0;
        foreach (var c in s)
        {
            if (char.IsLowSurrogate(c)) continue;
            w += c is >= '\u2010' and <= '\u2027' || c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
                                 || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || char.IsHighSurrogate(c))
                ? 2
                : 1;
        }
        return w;
    }
}
