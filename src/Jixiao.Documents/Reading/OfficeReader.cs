using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using Jixiao.Diagnostics;
using Jixiao.Model;
using Jixiao.Reading;

namespace Jixiao.Documents.Reading;

/// <summary>
/// Reads any document people hold their tables in — text, .xlsx, .docx, .xls, PDF — into the model, by content not
/// by name. Like the text reader it never throws: a damaged, encrypted or hostile file gives a clear finding in
/// bounded time and memory.
/// </summary>
public static class OfficeReader
{
    public static ReadResult Read(byte[] bytes, string source, Limits? limits = null)
    {
        limits ??= Limits.Default;
        try
        {
            return Kind(bytes, source, limits);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var kind = Path.GetExtension(source).ToLowerInvariant() switch { ".docx" => "Word", ".xls" => "Excel 97-2003", _ => "Excel" };
            return Fail(source, ReadingCodes.DamagedOffice, Messages.DamagedOffice(kind));
        }
    }

    private static ReadResult Kind(byte[] bytes, string source, Limits limits)
    {
        var ext = Path.GetExtension(source).ToLowerInvariant();
        switch (Sniffer.Kind(bytes))
        {
            case FileKind.Xlsx or FileKind.Docx when ZipGuard.TooLarge(bytes) is { } size:
                return Fail(source, ReadingCodes.TooLarge, Messages.TooLarge(size == long.MaxValue ? ZipGuard.MaxUnpacked + 1 : size, ZipGuard.MaxUnpacked));
            case FileKind.Xlsx:
            {
                var findings = new List<Diagnostic>();
                var rows = XlsxGrid.Read(new MemoryStream(bytes, writable: false), limits, findings);
                return DocumentReader.ReadGrid(rows, source, findings) with { Encoding = "xlsx" };
            }
            case FileKind.Docx:
                return DocumentReader.ReadGrid(DocxGrid.Read(new MemoryStream(bytes, writable: false), limits), source) with { Encoding = "docx" };
            case FileKind.Xls:
                return DocumentReader.ReadGrid(XlsGrid.Read(new MemoryStream(bytes, writable: false), limits), source) with { Encoding = "xls" };
            case FileKind.EncryptedOffice:
                return Fail(source, ReadingCodes.Encrypted, Messages.Encrypted());
            case FileKind.OtherCompound:
                return Fail(source, ReadingCodes.Unsupported, Messages.Unsupported(ext is ".doc" or ".wps" ? ext : "Word 97-2003（.doc）", ".docx"));
            case FileKind.OtherZip:
                return Fail(source, ReadingCodes.DamagedOffice, Messages.DamagedOffice(ext == ".docx" ? "Word" : "Excel"));
            case FileKind.Pdf:
                return Pdf(bytes, source, limits);
            default:
                if (ext is ".xlsx" or ".docx" or ".xls" or ".doc")
                    return Fail(source, ReadingCodes.DamagedOffice, Messages.DamagedOffice(ext == ".docx" || ext == ".doc" ? "Word" : "Excel"));
                return DocumentReader.Read(bytes, source);
        }
    }

    private static ReadResult Pdf(byte[] bytes, string source, Limits limits)
    {
        var (outcome, text) = PdfText.Extract(bytes, limits.Timeout);
        return outcome switch
        {
            PdfText.Outcome.ToolMissing => Fail(source, ReadingCodes.PdfToolMissing, Messages.PdfToolMissing()),
            PdfText.Outcome.TimedOut => Fail(source, ReadingCodes.TimedOut, Messages.TimedOut((int)limits.Timeout.TotalSeconds)),
            _ when string.IsNullOrWhiteSpace(text.Replace("\f", "", StringComparison.Ordinal)) => Fail(source, ReadingCodes.PdfNoText, Messages.PdfNoText()),
            PdfText.Outcome.Failed => Fail(source, ReadingCodes.DamagedOffice, Messages.DamagedOffice("PDF")),
            _ => DocumentReader.ReadText(text, source) with { Encoding = "pdf" },
        };
    }

    private static ReadResult Fail(string source, string code, string message) =>
        new(source, [], [new Diagnostic(code, Severity.Error, message)]);
}
