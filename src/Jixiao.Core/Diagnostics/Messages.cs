namespace Jixiao.Diagnostics;

/// <summary>Every user-facing message of the reader, in one place (zh-CN). Tests refer to these instead of copying strings.</summary>
public static class Messages
{
    public static string EmptyDocument() => "文件为空：没有可读取的内容。";

    public static string BinaryContent(int offset) =>
        $"文件看起来不是文本（第 {offset + 1} 字节起含有二进制内容）。请上传由 Word、Excel 或 PDF 导出的文本，或直接上传原文件。";

    public static string InvalidBytes(string encoding, int count) =>
        $"按 {encoding} 编码读取时有 {count} 处无法识别的字节，已用“�”代替；请核对这些位置的文字。";

    public static string NoTable() =>
        "未找到绩效目标表：文档中没有“项目名称”“一级指标”等表格标志。请确认上传的是绩效目标表（或自评表）。";

    public static string LineTooLong(int length, int limit) =>
        $"此行长 {length:N0} 个字符，超过上限 {limit:N0}，超出部分未读取。";

    public static string TooManyCells(int count, int limit) =>
        $"此行有 {count:N0} 个单元格，超过上限 {limit:N0}，多出的单元格未读取。";

    public static string ValueNotReadable(string? name, string text) =>
        $"指标“{name ?? "（未命名）"}”的指标值“{text}”不是一个明确的目标值（含多个数字或为变化趋势），已按文字保留，请改写为“比较符号 + 数值 + 单位”，如“≥95%”。";

    public static string TableWithoutIndicators(string table) =>
        $"表“{table}”没有读到任何三级指标，表格可能不完整。";

    public static string AmountNotReadable(string field, string text) =>
        $"“{field}”的金额“{text}”不是数字，已忽略。";

    public static string CellNotPlaced(string text) =>
        $"指标区域中的内容“{Shorten(text)}”无法对应到任何列，已忽略。";

    public static string PlanNotReadable(string checkpoint, string text) =>
        $"资金支出计划“{checkpoint}”的值“{text}”不是百分比，已忽略。";

    public static string DamagedOffice(string kind) =>
        $"文件无法作为 {kind} 打开：可能已损坏，或扩展名与内容不符。请用 Excel/Word 打开后另存一次再上传。";

    public static string Encrypted() => "文件有密码保护（已加密），无法读取。请在 Excel/Word 中去除打开密码后再上传。";

    public static string TooLarge(long bytes, long limit) =>
        $"文件解压后达 {bytes / 1024 / 1024:N0} MB，超过上限 {limit / 1024 / 1024:N0} MB（可能是异常压缩文件），未读取。";

    public static string PdfToolMissing() =>
        "读取 PDF 需要 pdftotext：请安装 poppler-utils（Debian/Ubuntu：apt-get install poppler-utils），或上传 Word/Excel 原件。";

    public static string PdfNoText() =>
        "PDF 中没有可提取的文字（可能是扫描件或图片）。请上传可复制文字的 PDF，或 Word/Excel 原件。";

    public static string TooManyRows(string sheet, int limit) =>
        $"工作表“{sheet}”的有内容行超过 {limit:N0} 行，之后的行未读取。";

    public static string Unsupported(string extension, string instead) =>
        $"不支持 {extension} 格式，请另存为 {instead} 后再上传。";

    public static string TimedOut(int seconds) => $"读取超过 {seconds} 秒仍未完成，已停止；已读到的表格保留。";

    private static string Shorten(string s) => s.Length <= 30 ? s : s[..30] + "…";
}
