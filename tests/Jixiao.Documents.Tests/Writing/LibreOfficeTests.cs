using System.Diagnostics;
using System.Globalization;
using Jixiao.Documents.Reading;
using Jixiao.Documents.Writing;
using Jixiao.Model;
using Xunit.Abstractions;

namespace Jixiao.Documents.Tests.Writing;

/// <summary>
/// Workbooks and documents written by Jixiao open in LibreOffice and print as the official form: A4 landscape, one
/// table per page or more, readable Chinese text. The PDF and its pages as PNG stay in TestResults/artifacts for a
/// person to look at.
/// </summary>
public class LibreOfficeTests(ITestOutputHelper output)
{
    // Every seed table and the self-evaluation fixture in one file: department tables with their budget block,
    // project tables with spending plans, mid-term columns and weights, and a self-evaluation with its scores.
    private static IReadOnlyList<TargetTable> Tables() =>
        TestFiles.SeedNames().Select(TestFiles.Seed).Append(TestFiles.Fixture("self-evaluation.txt"))
            .SelectMany(path => OfficeReader.Read(File.ReadAllBytes(path), Path.GetFileName(path)).Tables)
            .ToList();

    [LibreOfficeFact]
    public void ConvertToPdf_Xlsx_PrintsTheFormOnA4Landscape() =>
        Check("xlsx", tables => XlsxWriter.Write(tables));

    [LibreOfficeFact]
    public void ConvertToPdf_Docx_PrintsTheFormOnA4Landscape() =>
        Check("docx", tables => DocxWriter.Write(tables));

    private void Check(string format, Func<IReadOnlyList<TargetTable>, byte[]> write)
    {
        var tables = Tables();
        tables.Should().HaveCountGreaterThan(10);
        // Work in a folder of this run's own, so that two test runs at once cannot delete each other's files;
        // the results are copied to TestResults/artifacts at the end.
        var work = Directory.CreateTempSubdirectory("jixiao-lo-").FullName;
        try
        {
            var file = Path.Combine(work, $"seeds.{format}");
            File.WriteAllBytes(file, write(tables));

            var clock = Stopwatch.StartNew();
            var pdf = LibreOffice.ToPdf(file, work);
            output.WriteLine($"LibreOffice converted {Path.GetFileName(file)} in {clock.Elapsed.TotalSeconds:0.0} s");

            var bytes = File.ReadAllBytes(pdf);
            bytes.Length.Should().BeGreaterThan(10_000, "a form of several tables with embedded CJK fonts is not a few bytes");
            System.Text.Encoding.ASCII.GetString(bytes, 0, 5).Should().Be("%PDF-");
            var info = LibreOffice.Info(pdf);
            int.Parse(info["Pages"], CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(tables.Count, "every table starts on a page of its own");
            var size = info["Page size"].Split(' ');
            var (width, height) = (double.Parse(size[0], CultureInfo.InvariantCulture), double.Parse(size[2], CultureInfo.InvariantCulture));
            width.Should().BeApproximately(841.9, 2, "A4 landscape is 297 mm wide");
            height.Should().BeApproximately(595.3, 2, "A4 landscape is 210 mm high");
            LibreOffice.Text(pdf).Should().Contain("部门整体支出绩效目标表").And.Contain("项目支出绩效目标表").And.Contain("项目支出绩效自评表")
                .And.Contain("三级指标").And.Contain("群众工作中心运行").And.Contain("农村公路日常养护");

            var pages = LibreOffice.ToPng(pdf);
            pages.Should().NotBeEmpty();
            output.WriteLine($"{format}: {info["Pages"]} pages, {clock.Elapsed.TotalSeconds:0.0} s in all");

            var artifacts = Path.Combine(TestFiles.Artifacts, "libreoffice-" + format);
            Directory.CreateDirectory(artifacts);
            foreach (var old in Directory.EnumerateFiles(artifacts, "seeds*")) File.Delete(old);
            foreach (var path in pages.Prepend(pdf).Prepend(file))
            {
                var kept = Path.Combine(artifacts, Path.GetFileName(path));
                File.Copy(path, kept, overwrite: true);
                output.WriteLine("  " + kept);
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
