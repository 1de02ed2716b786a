namespace Jixiao.Documents.Writing;

/// <summary>Every user-facing message of the writers, in one place (zh-CN). Tests refer to these instead of copying strings.</summary>
public static class WriterMessages
{
    public static string ChromiumMissing() =>
        "生成 PDF 需要 Chromium 浏览器和中文字体：请安装 Debian 软件包 chromium 和 fonts-noto-cjk（apt-get install chromium fonts-noto-cjk），或先导出 Excel/Word 再打印。";

    public static string PdfTimedOut(int seconds) => $"生成 PDF 超过 {seconds} 秒仍未完成，已停止。请稍后重试，或先导出 Excel/Word 再打印。";

    public static string PdfFailed(int exitCode, string detail) =>
        $"Chromium 未能生成 PDF（退出码 {exitCode}）" + (string.IsNullOrWhiteSpace(detail) ? "。" : $"：{detail}");
}
