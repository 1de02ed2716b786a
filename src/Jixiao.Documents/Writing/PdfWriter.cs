using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Jixiao.Documents.Writing;

/// <summary>
/// Prints an HTML page (from <see cref="HtmlWriter"/>) to PDF with the headless Chromium installed on the machine.
/// It never downloads a browser: without one it says which packages to install.
/// </summary>
public static class PdfWriter
{
    /// <summary>Where Debian's package puts the browser; otherwise `chromium` is looked up on PATH.</summary>
    public const string DefaultBrowser = "/usr/bin/chromium";

    /// <param name="browser">The Chromium executable; by default <see cref="DefaultBrowser"/> or `chromium` on PATH.</param>
    public static PdfResult Write(string html, TimeSpan timeout, string? browser = null)
    {
        var executable = browser ?? FindBrowser();
        if (executable is null) return PdfResult.Failure(PdfResult.Outcome.BrowserMissing, WriterMessages.ChromiumMissing());

        var dir = Directory.CreateTempSubdirectory("jixiao-pdf-").FullName;
        try
        {
            var page = Path.Combine(dir, "form.html");
            var pdf = Path.Combine(dir, "form.pdf");
            var profile = Directory.CreateDirectory(Path.Combine(dir, "profile")).FullName;
            File.WriteAllText(page, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                $"--user-data-dir={profile}", "--no-pdf-header-footer", $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(a);
            }
            // Keep caches and crash reports in the temporary folder too, so nothing is left in the user's home.
            start.Environment["HOME"] = dir;
            start.Environment["XDG_CONFIG_HOME"] = Path.Combine(dir, "config");
            start.Environment["XDG_CACHE_HOME"] = Path.Combine(dir, "cache");

            using var process = Process.Start(start)!;
            _ = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                process.WaitForExit(5000);
                return PdfResult.Failure(PdfResult.Outcome.TimedOut, WriterMessages.PdfTimedOut((int)Math.Ceiling(timeout.TotalSeconds)));
            }
            process.WaitForExit();

            var bytes = File.Exists(pdf) ? File.ReadAllBytes(pdf) : [];
            if (process.ExitCode == 0 && bytes.AsSpan().StartsWith("%PDF-"u8)) return PdfResult.Success(bytes);
            return PdfResult.Failure(PdfResult.Outcome.Failed, WriterMessages.PdfFailed(process.ExitCode, LastLine(errors.Result)));
        }
        catch (Win32Exception)
        {
            return PdfResult.Failure(PdfResult.Outcome.BrowserMissing, WriterMessages.ChromiumMissing());
        }
        finally
        {
            Remove(dir);
        }
    }

    /// <summary>The Chromium executable found on this machine, or null.</summary>
    public static string? FindBrowser()
    {
        if (File.Exists(DefaultBrowser)) return DefaultBrowser;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, "chromium"))
            .FirstOrDefault(File.Exists);
    }

    private static string LastLine(string stderr) =>
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";

    private static void Remove(string dir)
    {
        // Chromium's helpers may still be letting go of the profile for a moment after the main process exits.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
                return;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(200);
            }
        }
    }
}
