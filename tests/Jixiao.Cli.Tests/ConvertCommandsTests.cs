using Jixiao.Cli;
using Jixiao.Documents.Reading;

namespace Jixiao.Cli.Tests;

public class ConvertCommandsTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("jixiao-convert-");

    public void Dispose() => _dir.Delete(recursive: true);



    [Theory]
    [InlineData("xlsx")]
    [InlineData("docx")]
    public void Convert_SeedToOffice_WritesAFileThatReadsBackToTheSameTables(string format)
    {
        var output = Path.Combine(_dir.FullName, "sub", $"003.{format}");

        var (exit, stdout, _) = Cli.Run("convert", Cli.Seed("003_d79471f5f42d8eb5.txt"), output);

        exit.Should().Be(ConvertCommands.Ok);
        stdout.Should().Contain(output);
        var back = OfficeReader.Read(File.ReadAllBytes(output), Path.GetFileName(output));
        back.Tables.Select(t => t.ProjectName).Should().Equal("维稳经费", "信访宣传", "信访工作督查经费", "信访专网维护经费");
        back.Tables[0].Indicators.Should().HaveCount(7);
    }

    [Fact]
    public void Convert_ToCsvAndJson_WritesDataAndTheDescriptor()
    {
        Cli.Run("convert", Cli.Seed("000_a2e8745f1a3936ea.txt"), Path.Combine(_dir.FullName, "000.csv")).Exit.Should().Be(0);
        Cli.Run("convert", Cli.Seed("000_a2e8745f1a3936ea.txt"), Path.Combine(_dir.FullName, "000.json")).Exit.Should().Be(0);

        var csv = File.ReadAllBytes(Path.Combine(_dir.FullName, "000.csv"));
        csv.Take(3).Should().Equal(new byte[] { 0xEF, 0xBB, 0xBF }, "Excel opens UTF-8 CSV only with a BOM");
        System.Text.Encoding.UTF8.GetString(csv).Should().Contain("县领导公开接访服务量");
        File.Exists(Path.Combine(_dir.FullName, "datapackage.json")).Should().BeTrue();
    }

    [Theory]
    [InlineData("x.odt")]
    [InlineData("x")]
    public void Convert_UnknownOutputFormat_SaysWhichFormatsExist(string output)
    {
        var (exit, _, err) = Cli.Run("convert", Cli.Seed("000_a2e8745f1a3936ea.txt"), Path.Combine(_dir.FullName, output));

        exit.Should().Be(ConvertCommands.Failed);
        err.Should().Contain(".xlsx").And.Contain(".docx");
    }

    [Fact]
    public void Convert_MissingInput_ExitsTwo()
    {
        var (exit, _, err) = Cli.Run("convert", "/nonexistent/表.txt", Path.Combine(_dir.FullName, "x.xlsx"));

        exit.Should().Be(ConvertCommands.CannotRead);
        err.Should().Contain("文件不存在");
    }

    [Fact]
    public void Export_ManyDocumentsFilteredByYear_WritesOneFilePerFormat()
    {
        var (exit, stdout, _) = Cli.Run("export", Cli.Seed("000_a2e8745f1a3936ea.txt"), Cli.Seed("001_e7de79ac1631b66e.txt"), Cli.Seed("003_d79471f5f42d8eb5.txt"),
            "--to", _dir.FullName, "--format", "xlsx", "csv", "--year", "2021");

        exit.Should().Be(ConvertCommands.Ok);
        stdout.Should().Contain("共导出 4 张表");
        var back = OfficeReader.Read(File.ReadAllBytes(Path.Combine(_dir.FullName, "绩效目标表.xlsx")), "x.xlsx");
        back.Tables.Should().HaveCount(4).And.OnlyContain(t => t.Year == 2021);
    }

    [Fact]
    public void Export_NothingMatches_WritesNothing()
    {
        var (exit, _, err) = Cli.Run("export", Cli.Seed("000_a2e8745f1a3936ea.txt"), "--to", _dir.FullName, "--year", "1999");

        exit.Should().Be(ConvertCommands.Failed);
        err.Should().Contain("没有符合条件的表");
        _dir.GetFiles().Should().BeEmpty();
    }
}
