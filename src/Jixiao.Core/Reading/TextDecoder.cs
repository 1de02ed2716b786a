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
    private static readonly Lazy<Encoding> Gb18030 = new(() => CodePagesEncodingProvider.Instance.GetEncoding(54936) ?? Encoding.UTF8);

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

    private static bool LooksUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var n = Math.Min(bytes.Length, 4096) & ~1;
        if (n < 4) return false;
        int evenZero = 0, oddZero = 0;
        for (var i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) evenZero++;
            if (bytes[i + 1] == 0) oddZero++;
        }
        var pairs = n / 2;
        // ASCII-heavy UTF-16 text has a zero in one half of nearly every pair and almost none in the other.
        if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return true;
        if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) { bigEndian = true; return true; }
        return false;
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
