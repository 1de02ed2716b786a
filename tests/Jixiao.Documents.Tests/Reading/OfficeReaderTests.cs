using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Jixiao.Diagnostics;
using Jixiao.Documents.Reading;
using Jixiao.Framework;
using Jixiao.Model;
using Jixiao.Values;

namespace Jixiao.Documents.Tests.Reading;

public class OfficeReaderTests
{
    [Fact]
    public void Read_XlsxInAProvincesOwnLayout_ReadsTheTable()
    {
        var result = OfficeReader.Read(ForeignXlsx.Build(), "教育局.xlsx");

        result.Encoding.Should().Be("xlsx");
        var t = result.Tables.Should().ContainSingle().Subject;
        t.ProjectName.Should().Be("义务教育学校公用经费");
        t.Year.Should().Be(2024);
        t.Department.Should().Be("某市教育局");
        t.DepartmentCode.Should().Be("105");
        t.Unit.Should().Be("某市教育局本级");
        t.Funds.Should().BeEquivalentTo(new Funds { Total = 1200, Fiscal = 1150, CarryOver = 50, Other = 0 });
        t.Goals.Annual.Should().StartWith("保障全市义务教育学校正常运转");
        t.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Value.Comparator, i.Value.Number, i.Value.Unit, i.Weight)).Should().Equal(
            (Level1.Output, Level2.Quantity, "覆盖学校数量", Comparator.GreaterOrEqual, 126m, "所", 20m),
            (Level1.Output, Level2.Quantity, "受益学生人数", Comparator.GreaterOrEqual, 9.8m, "万人", 10m),
            (Level1.Output, Level2.Quality, "经费足额拨付率", Comparator.Equal, 100m, "%", 20m),       // 1 formatted 0%
            (Level1.Output, Level2.Timeliness, "资金拨付及时率", Comparator.GreaterOrEqual, 95m, "%", 10m), // 0.95 formatted 0.00%
            (Level1.Output, Level2.Cost, "生均公用经费标准", Comparator.Equal, 800m, "元/人·年", 10m),
            (Level1.Effect, Level2.Social, "义务教育巩固率", Comparator.GreaterOrEqual, 98m, "%", 10m),     // ≥98% written as text
            (Level1.Effect, Level2.Sustainable, "学校运转保障机制", Comparator.Qualitative, (decimal?)null, (string?)null, 10m),
            (Level1.Satisfaction, Level2.Satisfaction, "家长满意度", Comparator.GreaterOrEqual, 90m, "%", 10m));
        t.Indicators.Select(i => i.Line).Should().Equal(13, 14, 15, 16, 17, 18, 19, 20);
    }

    [Fact]
    public void Read_DocxInAUnitsOwnLayout_ReadsBothTables()
    {
        var result = OfficeReader.Read(ForeignDocx.Build(), "水利局.docx");

        result.Encoding.Should().Be("docx");
        result.Tables.Should().HaveCount(2);
        var t = result.Tables[0];
        t.ProjectName.Should().Be("农村饮水安全工程维修养护");
        t.Year.Should().Be(2024);
        t.Funds!.Total.Should().Be(85);
        t.Funds.Fiscal.Should().Be(85);
        t.Goals.Annual.Should().Contain("42 处");
        t.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Value.Text, i.Weight)).Should().Equal(
            (Level1.Output, Level2.Quantity, "维修养护工程数量", "≥42处", 20m),
            (Level1.Output, Level2.Quantity, "水质检测次数", "≥4次/年", 15m),
            (Level1.Output, Level2.Quality, "维修工程验收合格率", "100%", 15m),
            (Level1.Output, Level2.Timeliness, "故障修复时间", "≤48小时", 10m),
            (Level1.Effect, Level2.Social, "农村自来水普及率", "≥93%", 15m),
            (Level1.Effect, Level2.Sustainable, "工程长效运行机制", "持续完善", 15m),
            (Level1.Satisfaction, Level2.Satisfaction, "受益群众满意度", "≥90%", 10m));
        result.Tables[1].ProjectName.Should().Be("水土保持监测");
        result.Tables[1].Funds!.Total.Should().Be(12.5m);
        result.Tables[1].Indicators.Should().HaveCount(2);
    }

    [SkippableFact]
    public void Read_PdfOfAWordLayout_ReadsTheTableThroughPdftotext()
    {
        Skip.If(Tools.Missing("libreoffice") || Tools.Missing("pdftotext"), "需要 libreoffice 和 pdftotext（CI 用 apt 安装）");
        var dir = Directory.CreateTempSubdirectory("jixiao-pdf-");
        try
        {
            var docx = Path.Combine(dir.FullName, "水利局.docx");
            File.WriteAllBytes(docx, ForeignDocx.Build());
            Tools.Run("libreoffice", $"-env:UserInstallation=file://{dir.FullName}/profile", "--headless", "--convert-to", "pdf", "--outdir", dir.FullName, docx);
            var pdf = File.ReadAllBytes(Path.Combine(dir.FullName, "水利局.pdf"));

            var result = OfficeReader.Read(pdf, "水利局.pdf");

            result.Encoding.Should().Be("pdf");
            result.Tables.Select(t => t.ProjectName).Should().Contain("农村饮水安全工程维修养护");
            var t = result.Tables.First(x => x.ProjectName == "农村饮水安全工程维修养护");
            t.Funds!.Total.Should().Be(85);
            t.Indicators.Select(i => i.Name).Should().Contain(["维修养护工程数量", "农村自来水普及率", "受益群众满意度"]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    // ---- Hostile and broken files: a clear message, bounded time and memory, nothing thrown ----

    [Theory]
    [InlineData("表.xlsx")]
    [InlineData("表.docx")]
    [InlineData("表.xls")]
    public void Read_NotAZip_SaysTheFileIsDamaged(string name)
    {
        var result = OfficeReader.Read("这不是压缩包"u8.ToArray().Concat(new byte[] { 0, 1, 2, 3 }).ToArray(), name);

        result.Tables.Should().BeEmpty();
        result.Diagnostics.Should().ContainSingle(d => d.Code == ReadingCodes.DamagedOffice && d.Severity == Severity.Error);
    }

    [Fact]
    public void Read_TruncatedXlsx_SaysTheFileIsDamaged()
    {
        var bytes = ForeignXlsx.Build();

        var result = OfficeReader.Read(bytes[..(bytes.Length / 2)], "截断.xlsx");

        result.Tables.Should().BeEmpty();
        result.Diagnostics.Should().Contain(d => d.Code == ReadingCodes.DamagedOffice);
    }

    [Fact]
    public void Read_ZipBomb_IsRefusedBeforeUnpacking()
    {
        // 300 MB of zeros compress to a few hundred kilobytes.
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var s = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 300; i++) s.Write(zeros);
        }
        var clock = Stopwatch.StartNew();

        var result = OfficeReader.Read(ms.ToArray(), "炸弹.xlsx");

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        result.Diagnostics.Should().ContainSingle(d => d.Code == ReadingCodes.TooLarge);
        result.Tables.Should().BeEmpty();
    }

    [Fact]
    public void Read_SheetWithAMillionEmptyRows_ReadsTheTableInBoundedTime()
    {
        var bytes = MillionRows.Build(ForeignXlsx.Build());
        var clock = Stopwatch.StartNew();
        var before = GC.GetTotalAllocatedBytes();

        var result = OfficeReader.Read(bytes, "百万空行.xlsx");

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
        result.Tables.Should().ContainSingle().Which.Indicators.Should().HaveCount(8);
        (GC.GetTotalAllocatedBytes() - before).Should().BeLessThan(4L * 1024 * 1024 * 1024, "rows are streamed, not loaded at once");
    }

    [Fact]
    public void Read_SheetWithMoreRowsThanTheLimit_StopsAndSaysSo()
    {
        var result = OfficeReader.Read(ForeignXlsx.Build(), "表.xlsx", Limits.Default with { MaxRows = 5 });

        result.Diagnostics.Should().Contain(d => d.Code == ReadingCodes.TooManyRows);
    }

    [Fact]
    public void Read_PasswordProtectedOfficeFile_SaysItIsEncrypted()
    {
        // An encrypted .xlsx/.docx is a compound file holding EncryptionInfo and EncryptedPackage streams instead of a zip.
        var result = OfficeReader.Read(EncryptedOffice.Build(), "加密.xlsx");

        result.Diagnostics.Should().ContainSingle(d => d.Code == ReadingCodes.Encrypted);
        result.Diagnostics[0].Message.Should().Contain("密码");
    }

    [Fact]
    public void Read_OldWordDocument_AsksForDocx()
    {
        var result = OfficeReader.Read(EncryptedOffice.Compound("WordDocument"), "目标表.doc");

        result.Diagnostics.Should().ContainSingle(d => d.Code == ReadingCodes.Unsupported && d.Message.Contains(".docx"));
    }

    [SkippableFact]
    public void Read_PdfWithoutTextLayer_SaysItIsAScan()
    {
        Skip.If(Tools.Missing("pdftotext"), "需要 pdftotext（CI 用 apt 安装 poppler-utils）");

        var result = OfficeReader.Read(EmptyPdf.Build(), "扫描件.pdf");

        result.Diagnostics.Should().ContainSingle(d => d.Code == ReadingCodes.PdfNoText);
    }

    [Fact]
    public void Read_PdfWithoutTheTool_SaysWhatToInstall()
    {
        var saved = PdfText.Tool;
        PdfText.Tool = "pdftotext-that-is-not-installed";
        try
        {
            var result = OfficeReader.Read(EmptyPdf.Build(), "表.pdf");

            result.Diagnostics.Should().ContainSingle(d => d.Code == ReadingCodes.PdfToolMissing && d.Message.Contains("poppler-utils"));
        }
        finally
        {
            PdfText.Tool = saved;
        }
    }

    [Fact]
    public void Read_TextWithAnOfficeName_IsReadAsText()
    {
        var text = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", "003_d79471f5f42d8eb5.txt"));

        OfficeReader.Read(text, "003.txt").Tables.Should().HaveCount(4);
    }
}
