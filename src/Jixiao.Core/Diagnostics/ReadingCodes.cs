namespace Jixiao.Diagnostics;

/// <summary>Codes of the reader's findings (JX001–JX099). Codes are never reused; see docs/reading.md.</summary>
public static class ReadingCodes
{
    /// <summary>The file is empty or holds only white space.</summary>
    public const string EmptyDocument = "JX001";
    /// <summary>The file looks binary (NUL or control bytes), not text.</summary>
    public const string BinaryContent = "JX002";
    /// <summary>Bytes that are not valid in the detected encoding were replaced.</summary>
    public const string InvalidBytes = "JX003";
    /// <summary>No target table was found in the document.</summary>
    public const string NoTable = "JX004";
    /// <summary>A line longer than the reader's limit was cut.</summary>
    public const string LineTooLong = "JX005";
    /// <summary>A row with more cells than the reader's limit was cut.</summary>
    public const string TooManyCells = "JX006";
    /// <summary>A value holds digits but not one target value (a trend, two numbers): kept as text.</summary>
    public const string ValueNotReadable = "JX010";
    /// <summary>A table ends before any indicator row.</summary>
    public const string TableWithoutIndicators = "JX011";
    /// <summary>A funds cell holds something that is not an amount.</summary>
    public const string AmountNotReadable = "JX012";
    /// <summary>A row inside the indicator block could not be placed in any column.</summary>
    public const string CellNotPlaced = "JX013";
    /// <summary>A spending-plan cell is not a percentage.</summary>
    public const string PlanNotReadable = "JX014";
    /// <summary>An Excel or Word file that is damaged or not what its name says.</summary>
    public const string DamagedOffice = "JX020";
    /// <summary>A password-protected (encrypted) Office file.</summary>
    public const string Encrypted = "JX021";
    /// <summary>A file that would unpack to more than the reader's limit (a zip bomb).</summary>
    public const string TooLarge = "JX022";
    /// <summary>pdftotext (poppler-utils) is not installed.</summary>
    public const string PdfToolMissing = "JX023";
    /// <summary>A PDF without a text layer (a scan).</summary>
    public const string PdfNoText = "JX024";
    /// <summary>A sheet with more rows than the reader's limit; the rest was not read.</summary>
    public const string TooManyRows = "JX025";
    /// <summary>A format the reader does not take (.doc, .wps, .et …).</summary>
    public const string Unsupported = "JX026";
    /// <summary>Reading took longer than the reader's limit and was stopped.</summary>
    public const string TimedOut = "JX027";
}
