using System.IO.Compression;
using System.Text;

namespace Jixiao.Documents.Tests.Reading;

/// <summary>A workbook whose first sheet carries a million empty rows after a real table.</summary>
internal static class MillionRows
{
    public static byte[] Build(byte[] workbook)
    {
        var input = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        var ms = new MemoryStream();
        using (var output = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var src = entry.Open();
                using var reader = new StreamReader(src);
                var xml = reader.ReadToEnd();
                if (entry.FullName == "xl/worksheets/sheet2.xml")
                {
                    var rows = new StringBuilder(30_000_000);
                    for (var r = 100; r < 1_000_100; r++) rows.Append("<x:row r=\"").Append(r).Append("\"/>");
                    xml = xml.Replace("</x:sheetData>", rows + "</x:sheetData>", StringComparison.Ordinal);
                }
                using var dst = output.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                using var writer = new StreamWriter(dst, new UTF8Encoding(false));
                writer.Write(xml);
            }
        }
        return ms.ToArray();
    }
}

/// <summary>Compound (OLE2) files: the container of encrypted OOXML and of old .doc/.xls.</summary>
internal static class EncryptedOffice
{
    public static byte[] Build() => Compound("EncryptionInfo", "EncryptedPackage");

    /// <summary>A compound-file header and a directory sector naming the given streams (enough to be recognised, not opened).</summary>
    public static byte[] Compound(params string[] streams)
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        var at = 512;
        foreach (var s in new[] { "Root Entry" }.Concat(streams))
        {
            Encoding.Unicode.GetBytes(s).CopyTo(bytes, at);
            at += 128;
        }
        return bytes;
    }
}

/// <summary>A valid one-page PDF with nothing on the page, as a scan without OCR reads to pdftotext.</summary>
internal static class EmptyPdf
{
    public static byte[] Build()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents 4 0 R >>",
            "<< /Length 0 >>\nstream\n\nendstream",
        };
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(sb.ToString()));
            sb.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }
        var xref = Encoding.ASCII.GetByteCount(sb.ToString());
        sb.Append("xref\n0 ").Append(objects.Length + 1).Append("\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append(o.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        sb.Append("trailer\n<< /Size ").Append(objects.Length + 1).Append(" /Root 1 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}

/// <summary>External tools the tests use when the machine has them.</summary>
internal static class Tools
{
    public static bool Missing(string tool) =>
        !(Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, tool)));

    public static void Run(string tool, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = System.Diagnostics.Process.Start(start)!;
        _ = p.StandardOutput.ReadToEndAsync();
        _ = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromSeconds(180))) { p.Kill(true); throw new TimeoutException(tool); }
    }
}
