using System.Text;
using Jixiao.Model;

namespace Jixiao.Documents.Writing;

/// <summary>One file written in a format chosen by name, or why it could not be (in Chinese).</summary>
public sealed record ExportResult(byte[]? Content, string ContentType, string Extension, string? Error, string? Descriptor = null)
{
    public bool Ok => Content is not null;
}

/// <summary>
/// Writes tables as a file in a format named by its extension — the official form as .xlsx, .docx, .pdf or .html;
/// the data as .csv or as the exchange .json with its open-data descriptor. The command line and the server share it.
/// </summary>
public static class Exporter
{
    public static readonly string[] Formats = ["xlsx", "docx", "pdf", "html", "csv", "json"];

    public static string? FormatOf(string path) =>
        Path.GetExtension(path).TrimStart('.').ToLowerInvariant() is var e && Formats.Contains(e) ? e : null;

    public static ExportResult Export(IReadOnlyList<ReadResult> documents, string format, bool maskPhones = false, TimeSpan? pdfTimeout = null)
    {
        var tables = documents.SelectMany(d => d.Tables).ToList();
        if (tables.Count == 0 && format != "json")
            return new ExportResult(null, "", format, "没有可导出的表。");
        switch (format)
        {
            case "xlsx":
                return new ExportResult(XlsxWriter.Write(Masked(tables, maskPhones)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", null);
            case "docx":
                return new ExportResult(DocxWriter.Write(Masked(tables, maskPhones)), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", null);
            case "html":
                return new ExportResult(Encoding.UTF8.GetBytes(HtmlWriter.Write(tables, new HtmlOptions { MaskPhones = maskPhones })), "text/html; charset=utf-8", "html", null);
            case "pdf":
            {
                var pdf = PdfWriter.Write(HtmlWriter.Write(tables, new HtmlOptions { MaskPhones = maskPhones }), pdfTimeout ?? TimeSpan.FromSeconds(60));
                return pdf.Ok ? new ExportResult(pdf.Pdf, "application/pdf", "pdf", null) : new ExportResult(null, "", "pdf", pdf.Message);
            }
            case "csv":
                return new ExportResult(Encoding.UTF8.GetBytes(CsvWriter.Write(Masked(tables, maskPhones))), "text/csv; charset=utf-8", "csv", null);
            case "json":
            {
                var (json, descriptor) = OpenDataWriter.Write(documents, maskPhones);
                return new ExportResult(Encoding.UTF8.GetBytes(json), "application/json; charset=utf-8", "json", null, descriptor);
            }
            default:
                return new ExportResult(null, "", format, $"不支持导出为“{format}”；可用格式：{string.Join("、", Formats)}。");
        }
    }

    private static IReadOnlyList<TargetTable> Masked(IReadOnlyList<TargetTable> tables, bool mask) =>
        !mask ? tables : tables.Select(t => t with { Manager = t.Manager is null ? null : PhoneMask.Apply(t.Manager), Phone = t.Phone is null ? null : PhoneMask.Apply(t.Phone) }).ToList();
}
