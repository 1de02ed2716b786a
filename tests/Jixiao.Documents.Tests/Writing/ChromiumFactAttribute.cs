using Jixiao.Documents.Writing;

namespace Jixiao.Documents.Tests.Writing;

/// <summary>A fact that needs headless Chromium and poppler (pdftotext, pdftoppm): skipped, with the reason shown, where they are missing.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (PdfWriter.FindBrowser() is null)
            Skip = "Chromium is not installed, so PDF printing is not tested here (apt-get install chromium fonts-noto-cjk).";
        else if (!OnPath("pdftotext") || !OnPath("pdftoppm"))
            Skip = "pdftotext/pdftoppm are not installed, so the PDF cannot be checked here (apt-get install poppler-utils).";
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(d => File.Exists(Path.Combine(d, tool)));
}
