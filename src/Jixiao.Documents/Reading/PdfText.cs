using System.ComponentModel;
using System.Diagnostics;

namespace Jixiao.Documents.Reading;

/// <summary>The text of a PDF as laid out on the page, through poppler's `pdftotext -layout`.</summary>
public static class PdfText
{
    public enum Outcome { Ok, ToolMissing, TimedOut, Failed }

    public static string Tool { get; set; } = "pdftotext";

    public static (Outcome Outcome, string Text) Extract(byte[] pdf, TimeSpan timeout)
    {
        var path = Path.Combine(Path.GetTempPath(), $"jixiao-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(path, pdf);
            var start = new ProcessStartInfo(Tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            };
            foreach (var a in new[] { "-layout", "-enc", "UTF-8", path, "-" }) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return (Outcome.TimedOut, "");
            }
            return process.ExitCode == 0 ? (Outcome.Ok, output.Result) : (Outcome.Failed, output.Result);
        }
        catch (Win32Exception)
        {
            return (Outcome.ToolMissing, "");
        }
        finally
        {
            try { File.Delete(path); } catch (IOException) { }
        }
    }
}
