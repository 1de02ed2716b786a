using System.IO.Compression;
using System.Text;

namespace Jixiao.Documents.Reading;

/// <summary>Tells a file's kind from its first bytes and, for zip packages, their parts.</summary>
public static class Sniffer
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Compound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Pdf = "%PDF"u8.ToArray();
    private static readonly byte[] Blank = " \n\r\t\uFEFF"u8.ToArray();
    private static readonly byte[] EncryptedPackage = Encoding.Unicode.GetBytes("EncryptedPackage");

    public static FileKind Kind(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(Zip)) return ZipKind(bytes);
        if (span.StartsWith(Compound)) return span.IndexOf(EncryptedPackage) >= 0 ? FileKind.EncryptedOffice : CompoundKind(bytes);
        var start = span[..Math.Min(span.Length, 1024)].IndexOf(Pdf);
        if (start >= 0 && span[..start].IndexOfAnyExcept(Blank) < 0) return FileKind.Pdf;
        return FileKind.Text;
    }

    private static FileKind ZipKind(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            foreach (var e in zip.Entries)
            {
                if (e.FullName.StartsWith("xl/", StringComparison.Ordinal)) return FileKind.Xlsx;
                if (e.FullName.StartsWith("word/", StringComparison.Ordinal)) return FileKind.Docx;
            }
            return FileKind.OtherZip;
        }
        catch (InvalidDataException)
        {
            return FileKind.OtherZip;
        }
    }

    /// <summary>Old binary Office: a workbook stream means Excel; anything else (Word .doc, WPS) is not taken.</summary>
    private static FileKind CompoundKind(byte[] bytes)
    {
        var span = bytes.AsSpan();
        return span.IndexOf(Encoding.Unicode.GetBytes("Workbook")) >= 0 || span.IndexOf(Encoding.Unicode.GetBytes("Book")) >= 0
            ? FileKind.Xls
            : FileKind.OtherCompound;
    }
}
