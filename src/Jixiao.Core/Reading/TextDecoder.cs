using System.Text;
using Jixiao.Diagnostics;

namespace Jixiao.Reading;

/// <summary>
/// Turns the bytes of a document into text, detecting the encoding without being told: a BOM (UTF-8, UTF-16 LE/BE),
/// else strict UTF-8, else UTF-16 without BOM when every other byte is zero, else GB18030 (a superset of GBK and GB2312).
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);
    private static readonly Encoding LenientUtf8 = new UTF8Encoding(false, false);
    // Invalid bytes become U+FFFD (not '?'), so they can be counted and reported.
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
        CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD")) ?? Encoding.UTF8);

    public static (string Text, string Encoding, IReadOnlyList<Diagnostic> Findings) Decode(ReadOnlySpan<byte> bytes)
    {
        var findings = new List<Diagnostic>();
        string text;
        string name;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            (text, name) = (Lenient(Encoding.UTF8, bytes[3..], findings, "UTF-8"), "utf-8");
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            (text, name) = (Lenient(Encoding.Unicode, bytes[2..], findings, "UTF-16"), "utf-16le");
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            (text, name) = (Lenient(Encoding.BigEndianUnicode, bytes[2..], findings, "UTF-16"), "utf-16be");
        }
        else if (TryStrict(bytes, out var utf8))
        {
            (text, name) = (utf8, "utf-8");
        }
        else if (LooksUtf16(bytes, out var bigEndian))
        {
            var enc = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
            (text, name) = (Lenient(enc, bytes, findings, "UTF-16"), bigEndian ? "utf-16be" : "utf-16le");
        }
        else if (MostlyUtf8(bytes))
        {
            // A UTF-8 file with a damaged spot (a cut character, a stray byte) is still UTF-8.
            (text, name) = (Lenient(LenientUtf8, bytes, findings, "UTF-8"), "utf-8");
        }
        else
        {
            (text, name) = (Lenient(Gb18030.Value, bytes, findings, "GB18030"), "gb18030");
        }

        var binaryAt = FirstBinary(text);
        if (binaryAt >= 0) findings.Add(new Diagnostic(ReadingCodes.BinaryContent, Severity.Error, Messages.BinaryContent(binaryAt)));
        return (text, name, findings);
    }

    private static bool TryStrict(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    private static string Lenient(Encoding encoding, ReadOnlySpan<byte> bytes, List<Diagnostic> findings, string label)
    {
        var text = encoding.GetString(bytes);
        var bad = 0;
        foreach (var c in text) if (c == '\uFFFD') bad++;
        if (bad > 0) findings.Add(new Diagnostic(ReadingCodes.InvalidBytes, Severity.Warning, Messages.InvalidBytes(label, bad)));
        return text;
    }

    /// <summary>
    /// UTF-16 without a BOM: text files in UTF-8 or GB18030 hold no NUL byte, UTF-16 tables do (tabs, digits, line
    /// ends); the byte order whose decoding is almost all CJK, ASCII and full-width characters wins.
    /// </summary>
    private static bool LooksUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var n = Math.Min(bytes.Length, 8192) & ~1;
        if (n < 4 || bytes[..n].IndexOf((byte)0) < 0) return false;
        var le = Plausible(bytes[..n], bigEndian: false);
        var be = Plausible(bytes[..n], bigEndian: true);
        if (Math.Max(le, be) < 0.9) return false;
        bigEndian = be > le;
        return true;
    }

    private static double Plausible(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        int good = 0, all = 0;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            var c = bigEndian ? (char)(bytes[i] << 8 | bytes[i + 1]) : (char)(bytes[i + 1] << 8 | bytes[i]);
            all++;
            if (c is '\t' or '\n' or '\r' || c is >= ' ' and < '\u007F' || c is >= '\u3000' and <= '\u9FFF' || c is >= '\uFF00' and <= '\uFFEF' || c is >= '\u2000' and <= '\u22FF')
                good++;
        }
        return all == 0 ? 0 : (double)good / all;
    }

    /// <summary>Whether bytes that are not strict UTF-8 are UTF-8 with a few damaged spots rather than GB18030.</summary>
    private static bool MostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0, i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80) { i++; continue; }
            var len = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0;
            var ok = len > 0 && i + len <= bytes.Length;
            for (var k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xC0) == 0x80;
            if (ok) { valid++; i += len; }
            else { invalid++; i++; }
        }
        // GB18030 text read as UTF-8 is invalid almost everywhere; damaged UTF-8 is valid almost everywhere.
        return valid >= 8 && invalid * 20 <= valid;
    }

    /// <summary>The offset of the first character that text files do not hold (NUL and other C0 controls), or -1.</summary>
    private static int FirstBinary(string text)
    {
        var n = Math.Min(text.Length, 1 << 16);
        var controls = 0;
        var first = -1;
        for (var i = 0; i < n; i++)
        {
            var c = text[i];
            if (c == '\0' || (c < 0x20 && c is not '\t' and not '\n' and not '\r' and not '\f' and not '\v'))
            {
                controls++;
                if (first < 0) first = i;
            }
        }
        // A stray control character in a long text is noise; many of them, or a NUL, mean binary content.
        return first >= 0 && (text.Contains('\0') || controls > Math.Max(3, n / 200)) ? first : -1;
    }
}
