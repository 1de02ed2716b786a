using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Jixiao.Documents.Reading;
using Jixiao.Documents.Writing;
using Jixiao.Model;

namespace Jixiao.Documents.Tests.Writing;

/// <summary>The workbook's structure: valid parts, one named sheet per table, merges for every span, borders, and print setup.</summary>
public class XlsxWriterTests
{
    private static IReadOnlyList<TargetTable> Seed(string name) => OfficeReader.Read(File.ReadAllBytes(TestFiles.Seed(name)), name).Tables;

    public static TheoryData<string> Seeds() => new(TestFiles.SeedNames());

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Write_Seed_IsValidOpenXml(string seed)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(XlsxWriter.Write(Seed(seed))), false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2010).Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        errors.Should().BeEmpty();
    }

    [Fact]
    public void Write_Seed_HasOneSheetPerTableWithEverySpanMerged()
    {
        var tables = Seed("000_a2e8745f1a3936ea.txt");
        using var doc = SpreadsheetDocument.Open(new MemoryStream(XlsxWriter.Write(tables)), false);
        var wb = doc.WorkbookPart!;
        var sheets = wb.Workbook.Sheets!.Elements<Sheet>().ToList();

        sheets.Should().HaveCount(tables.Count);
        sheets[0].Name!.Value.Should().Be("部门整体");
        sheets[1].Name!.Value.Should().Be(tables[1].ProjectName);
        for (var i = 0; i < tables.Count; i++)
        {
            var grid = OfficialLayout.Build(tables[i]);
            var sheet = ((WorksheetPart)wb.GetPartById(sheets[i].Id!)).Worksheet;
            var merges = sheet.Elements<MergeCells>().SingleOrDefault()?.Elements<MergeCell>().Select(m => m.Reference!.Value).ToList() ?? [];
            merges.Should().HaveCount(grid.Cells.Count(c => c.RowSpan > 1 || c.ColumnSpan > 1));
            sheet.Elements<Columns>().Single().Elements<Column>().Sum(c => c.Width!.Value).Should().BeApproximately(XlsxWriter.PageWidthChars, 0.1);
        }
    }

    [Fact]
    public void Write_Table_BordersTheTableButNotTheTitle()
    {
        var tables = Seed("004_99c72457ea777f4c.txt");
        using var doc = SpreadsheetDocument.Open(new MemoryStream(XlsxWriter.Write(tables)), false);
        var wb = doc.WorkbookPart!;
        var formats = wb.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var sheet = ((WorksheetPart)wb.GetPartById(wb.Workbook.Sheets!.Elements<Sheet>().ElementAt(1).Id!)).Worksheet;
        var grid = OfficialLayout.Build(tables[1]);
        var cells = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        bool Bordered(string reference) => cells.TryGetValue(reference, out var c) && formats[(int)(c.StyleIndex?.Value ?? 0)].BorderId!.Value != 0;

        Bordered("A1").Should().BeFalse("the title row has no border");
        Bordered("I2").Should().BeFalse("the 单位 note has no border");
        for (var r = 2; r < grid.Rows; r++)
            for (var c = 0; c < grid.Columns; c++)
                Bordered(XlsxWriter.Column(c) + (r + 1)).Should().BeTrue($"every cell of the table is bordered, {XlsxWriter.Column(c)}{r + 1} too");
    }

    [Fact]
    public void Write_Table_WritesNumbersAsNumbersAndTextAsSharedStrings()
    {
        var tables = Seed("004_99c72457ea777f4c.txt");
        using var doc = SpreadsheetDocument.Open(new MemoryStream(XlsxWriter.Write(tables)), false);
        var wb = doc.WorkbookPart!;
        var sheet = ((WorksheetPart)wb.GetPartById(wb.Workbook.Sheets!.Elements<Sheet>().ElementAt(1).Id!)).Worksheet;
        var strings = wb.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
        var cells = sheet.Descendants<Cell>().Where(c => c.CellValue is not null).ToList();

        cells.Should().Contain(c => c.DataType!.Value == CellValues.Number && c.CellValue!.Text == "10", "年度资金总额 10 is a number");
        cells.Where(c => c.DataType!.Value == CellValues.SharedString).Select(c => strings[int.Parse(c.CellValue!.Text)])
            .Should().Contain(["项目名称", "群众工作中心运行", "207-0401-YBN-3HDD"]);
    }

    [Fact]
    public void Write_Table_PrintsOnA4LandscapeOnePageWide()
    {
        var tables = Seed("000_a2e8745f1a3936ea.txt");
        using var doc = SpreadsheetDocument.Open(new MemoryStream(XlsxWriter.Write(tables)), false);
        var wb = doc.WorkbookPart!;
        var names = wb.Workbook.DefinedNames!.Elements<DefinedName>().ToList();
        var grid = OfficialLayout.Build(tables[0]);

        names.Should().Contain(n => n.Name! == "_xlnm.Print_Area" && n.LocalSheetId! == 0 && n.Text == $"'部门整体'!$A$1:$J${grid.Rows}");
        names.Should().Contain(n => n.Name! == "_xlnm.Print_Titles" && n.LocalSheetId! == 0 && n.Text.StartsWith("'部门整体'!$1:$", StringComparison.Ordinal));
        names.Count(n => n.Name! == "_xlnm.Print_Area").Should().Be(tables.Count);
        foreach (var part in wb.WorksheetParts)
        {
            var setup = part.Worksheet.Elements<PageSetup>().Single();
            setup.PaperSize!.Value.Should().Be(9u);
            setup.Orientation!.Value.Should().Be(OrientationValues.Landscape);
            setup.FitToWidth!.Value.Should().Be(1u);
            setup.FitToHeight!.Value.Should().Be(0u);
            part.Worksheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value.Should().BeTrue();
            part.Worksheet.Elements<PrintOptions>().Single().HorizontalCentered!.Value.Should().BeTrue();
        }
    }

    [Fact]
    public void Write_Table_GivesWrappedTextTheLinesItNeeds()
    {
        var tables = Seed("004_99c72457ea777f4c.txt");
        using var doc = SpreadsheetDocument.Open(new MemoryStream(XlsxWriter.Write(tables)), false);
        var wb = doc.WorkbookPart!;
        var sheet = ((WorksheetPart)wb.GetPartById(wb.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet;
        var grid = OfficialLayout.Build(tables[0]);
        var measures = grid.Cells.Single(c => c.Text == "工作保障措施").Row + 1;

        var row = sheet.Descendants<Row>().Single(r => r.RowIndex!.Value == measures);

        row.CustomHeight!.Value.Should().BeTrue();
        row.Height!.Value.Should().BeGreaterThan(60, "three long paragraphs of 工作保障措施 wrap over several lines");
    }

    [Fact]
    public void Write_NoTables_IsAValidWorkbookWithOneEmptySheet()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(XlsxWriter.Write([])), false);

        new OpenXmlValidator(FileFormatVersions.Office2010).Validate(doc).Should().BeEmpty();
        doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Should().ContainSingle();
    }

    [Fact]
    public void Write_TextWithControlCharacters_DropsThemAndStaysValid()
    {
        var table = new TargetTable { ProjectName = "信访\u0001专项\u000B经费", Goals = new Goals { Annual = "目标\u0007一" } };

        var bytes = XlsxWriter.Write([table]);

        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        new OpenXmlValidator(FileFormatVersions.Office2010).Validate(doc).Should().BeEmpty();
        OfficeReader.Read(bytes, "t.xlsx").Tables.Should().ContainSingle().Which.ProjectName.Should().Be("信访专项经费");
    }

    public static TheoryData<string, string> SheetNames() => new()
    {
        { "信访稳定工作专项", "信访稳定工作专项" },
        { "专项业务费-信访接待及矛盾纠纷联合调处中心专项经费（2023年度第一批次追加）", "专项业务费-信访接待及矛盾纠纷联合调处中心专项经费（2023年" },
        { "a/b\\c[d]e:f*g?h", "a b c d e f g h" },
        { "'引号'", "引号" },
        { "[]:*", "项目" },
    };

    [Theory]
    [MemberData(nameof(SheetNames))]
    public void SheetName_ProjectName_IsAllowedByExcel(string project, string expected)
    {
        var name = XlsxWriter.SheetName(new TargetTable { ProjectName = project }, new HashSet<string>());

        name.Should().Be(expected);
        name.Length.Should().BeLessThanOrEqualTo(31);
    }

    [Fact]
    public void SheetName_SameProjectTwice_IsMadeUnique()
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var long_ = new string('费', 40);

        var names = new[]
        {
            XlsxWriter.SheetName(new TargetTable { Kind = TableKind.Department }, used),
            XlsxWriter.SheetName(new TargetTable { Kind = TableKind.Department }, used),
            XlsxWriter.SheetName(new TargetTable { ProjectName = long_ }, used),
            XlsxWriter.SheetName(new TargetTable { ProjectName = long_ }, used),
        };

        names.Should().Equal("部门整体", "部门整体(2)", new string('费', 31), new string('费', 28) + "(2)");
    }
}
