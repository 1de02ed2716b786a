namespace Jixiao.Documents.Tests.Writing;

/// <summary>A fact that needs LibreOffice and poppler (pdftoppm, pdfinfo, pdftotext): skipped, with the reason shown, where they are missing.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Find() is null)
            Skip = "LibreOffice is not on PATH, so .xlsx/.docx are not opened in it here (apt-get install libreoffice-calc libreoffice-writer fonts-noto-cjk).";
        else if (!LibreOffice.OnPath("pdftoppm") || !LibreOffice.OnPath("pdfinfo") || !LibreOffice.OnPath("pdftotext"))
            Skip = "pdftoppm/pdfinfo/pdftotext are not on PATH, so LibreOffice's PDF cannot be checked here (apt-get install poppler-utils).";
    }
}
