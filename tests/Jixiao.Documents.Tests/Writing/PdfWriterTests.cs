using System.Diagnostics;
using System.Text.RegularExpressions;
using Jixiao.Documents.Writing;
using Xunit.Abstractions;

namespace Jixiao.Documents.Tests.Writing;

public class PdfWriterTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [ChromiumFact]
    public void Write_SeedHtml_GivesPdfWhoseTextIsTheChineseForm()
    {
        var tables = WriterSeeds.Read("000_a2e8745f1a3936ea.txt").Tables;
        var html = HtmlWriter.Write(tables, new HtmlOptions { MaskPhones = true });
        File.WriteAllText(Path.Combine(WriterSeeds.Artifacts(), "000_a2e8745f1a3936ea.html"), html);

        var watch = Stopwatch.StartNew();
        var result = PdfWriter.Write(html, Timeout);
        output.WriteLine($"Chromium printed {tables.Count} tables in {watch.Elapsed.TotalSeconds:0.0} s");

        result.Message.Should().BeNull();
        result.Status.Should().Be(PdfResult.Outcome.Ok);
        result.Pdf.Should().NotBeNull();
        var pdf = Path.Combine(WriterSeeds.Artifacts(), "000_a2e8745f1a3936ea.pdf");
        File.WriteAllBytes(pdf, result.Pdf!);
        output.WriteLine($"PDF: {pdf}");

        // A table's cells wrap inside narrow columns, so compare without white space.
        var text = Squeeze(Run("pdftotext", "-enc", "UTF-8", pdf, "-"));
        text.Should().Contain("县领导公开接访服务量", "the CJK fonts must carry the text into the PDF");
        foreach (var t in tables.Where(t => t.ProjectName is not null)) text.Should().Contain(Squeeze(t.ProjectName!));
        text.Should().Contain("项目支出绩效目标表").And.Contain("191****3693").And.NotContain("19112413693");

        var pages = Png(pdf);
        pages.Should().HaveCountGreaterThanOrEqualTo(tables.Count, "each table starts on a page of its own");
        output.WriteLine($"PNG: {pages.Length} pages in {WriterSeeds.Artifacts()}");
    }

    [ChromiumFact]
    public void Write_AllSeeds_PrintsEveryTableOnA4Landscape()
    {
        var tables = WriterSeeds.All().SelectMany(r => r.Tables).ToList();

        var watch = Stopwatch.StartNew();
        var html = HtmlWriter.Write(tables, new HtmlOptions { MaskPhones = true });
        File.WriteAllText(Path.Combine(WriterSeeds.Artifacts(), "all-seeds.html"), html);
        var result = PdfWriter.Write(html, Timeout);
        output.WriteLine($"Chromium printed {tables.Count} tables in {watch.Elapsed.TotalSeconds:0.0} s");

        result.Ok.Should().BeTrue(result.Message);
        var pdf = Path.Combine(WriterSeeds.Artifacts(), "all-seeds.pdf");
        File.WriteAllBytes(pdf, result.Pdf!);
        var info = Run("pdfinfo", pdf);
        // A4 landscape: 841.89 x 595.28 pt.
        info.Should().MatchRegex(@"Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)");
        int.Parse(Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value).Should().BeGreaterThanOrEqualTo(tables.Count);
        output.WriteLine($"PNG: {Png(pdf).Length} pages in {WriterSeeds.Artifacts()}");
    }

    [ChromiumFact]
    public void Write_TimeoutReached_StopsChromiumAndSaysSo()
    {
        var before = TempFolders();

        var result = PdfWriter.Write(HtmlWriter.Write(WriterSeeds.Read("004_99c72457ea777f4c.txt").Tables), TimeSpan.FromMilliseconds(1));

        result.Status.Should().Be(PdfResult.Outcome.TimedOut);
        result.Pdf.Should().BeNull();
        result.Message.Should().Be(WriterMessages.PdfTimedOut(1));
        Left(before).Should().BeEmpty("the page, the PDF and the browser profile are removed");
    }

    [Fact]
    public void Write_BrowserMissing_SaysWhichPackagesToInstall()
    {
        var result = PdfWriter.Write("<!DOCTYPE html><p>x</p>", TimeSpan.FromSeconds(5), "/nonexistent/chromium");

        result.Status.Should().Be(PdfResult.Outcome.BrowserMissing);
        result.Pdf.Should().BeNull();
        result.Message.Should().Be(WriterMessages.ChromiumMissing());
        result.Message.Should().Contain("chromium").And.Contain("fonts-noto-cjk");
    }

    [ChromiumFact]
    public void Write_Finished_LeavesNoTemporaryFiles()
    {
        var before = TempFolders();

        PdfWriter.Write("<!DOCTYPE html><html lang=\"zh-CN\"><p>绩效</p></html>", Timeout).Ok.Should().BeTrue();

        Left(before).Should().BeEmpty();
    }

    /// <summary>The PDF's pages as PNG beside it, for people to look at (pdftoppm -png -r 60).</summary>
    private static string[] Png(string pdf)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, Path.GetFileNameWithoutExtension(pdf));
        foreach (var old in Directory.GetFiles(Path.GetDirectoryName(pdf)!, Path.GetFileName(prefix) + "-*.png")) File.Delete(old);
        Run("pdftoppm", "-png", "-r", "60", pdf, prefix);
        return Directory.GetFiles(Path.GetDirectoryName(pdf)!, Path.GetFileName(prefix) + "-*.png").Order().ToArray();
    }

    private static string[] TempFolders() => Directory.GetDirectories(Path.GetTempPath(), "jixiao-pdf-*");

    /// <summary>Temporary folders made since <paramref name="before"/> that stay. Another test run on the machine may be
    /// printing at the same time: its folders go away within seconds, ours would stay.</summary>
    private static string[] Left(string[] before)
    {
        var watch = Stopwatch.StartNew();
        var left = TempFolders().Except(before).ToArray();
        while (left.Length > 0 && watch.Elapsed < TimeSpan.FromSeconds(20))
        {
            Thread.Sleep(250);
            left = left.Where(Directory.Exists).ToArray();
        }
        return left;
    }

    private static string Squeeze(string s) => Regex.Replace(s, @"\s+", "");

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit(60_000).Should().BeTrue($"{tool} finishes");
        p.ExitCode.Should().Be(0, stderr.Result);
        return stdout.Result;
    }
}
