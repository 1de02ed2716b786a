using System.Diagnostics;

namespace Jixiao.Documents.Tests.Writing;

/// <summary>Runs LibreOffice and poppler's tools as a person's machine would, each run in its own throwaway profile.</summary>
internal static class LibreOffice
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static string? Find() => new[] { "libreoffice", "soffice" }.FirstOrDefault(OnPath);

    public static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(d => File.Exists(Path.Combine(d, tool)));

    /// <summary>Converts <paramref name="file"/> to PDF in <paramref name="outDir"/>; returns the PDF's path.</summary>
    public static string ToPdf(string file, string outDir)
    {
        // A fresh profile per run: LibreOffice refuses a second instance on a shared one, and a stale one can hang.
        var profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (code, output) = Run(Find()!, Timeout, "--headless", "--norestore", "--nolockcheck", $"-env:UserInstallation=file://{profile}",
                "--convert-to", "pdf", "--outdir", outDir, file);
            var pdf = Path.Combine(outDir, Path.GetFileNameWithoutExtension(file) + ".pdf");
            if (code != 0 || !File.Exists(pdf)) throw new InvalidOperationException($"LibreOffice did not convert {file} (exit {code}):\n{output}");
            return pdf;
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); }
            catch (IOException) { /* a profile left in /tmp does no harm */ }
        }
    }

    /// <summary>Renders every page of a PDF as PNG at 60 dpi beside it; returns the images in page order.</summary>
    public static List<string> ToPng(string pdf)
    {
        var prefix = Path.ChangeExtension(pdf, null);
        var (code, output) = Run("pdftoppm", TimeSpan.FromSeconds(60), "-png", "-r", "60", pdf, prefix);
        if (code != 0) throw new InvalidOperationException($"pdftoppm failed (exit {code}):\n{output}");
        var dir = Path.GetDirectoryName(pdf)!;
        var name = Path.GetFileName(prefix);
        return Directory.EnumerateFiles(dir, name + "-*.png").OrderBy(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).ToList();
    }

    /// <summary>pdfinfo's fields ("Pages", "Page size" …).</summary>
    public static Dictionary<string, string> Info(string pdf)
    {
        var (_, output) = Run("pdfinfo", TimeSpan.FromSeconds(30), pdf);
        return output.Split('\n').Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim()).ToDictionary(g => g.Key, g => g.First()[1].Trim());
    }

    public static string Text(string pdf) => Run("pdftotext", TimeSpan.FromSeconds(30), "-layout", pdf, "-").Output;

    private static (int Code, string Output) Run(string tool, TimeSpan timeout, params string[] args)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish in {timeout.TotalSeconds:0} s");
        }
        p.WaitForExit();
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
