namespace Jixiao.Documents.Writing;

/// <summary>What printing to PDF gave: the PDF's bytes, or why there are none (a message for the user, in Chinese).</summary>
public sealed record PdfResult(PdfResult.Outcome Status, byte[]? Pdf, string? Message)
{
    public enum Outcome { Ok, BrowserMissing, TimedOut, Failed }

    public bool Ok => Status == Outcome.Ok;

    public static PdfResult Success(byte[] pdf) => new(Outcome.Ok, pdf, null);

    public static PdfResult Failure(Outcome status, string message) => new(status, null, message);
}
