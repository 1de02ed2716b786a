using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Reading;
using Jixiao.Documents.Writing;
using Jixiao.Model;

namespace Jixiao.Documents.Tests.Writing;

/// <summary>The Word document's structure: valid parts, titles and notes as paragraphs, merged cells, and A4 landscape pages.</summary>
public class DocxWriterTests
{
    private static IReadOnlyList<TargetTable> Seed(string name) => OfficeReader.Read(File.ReadAllBytes(TestFiles.Seed(name)), name).Tables;

    public static TheoryData<string> Seeds() => new(TestFiles.SeedNames());

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Write_Seed_IsValidOpenXml(string seed)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(DocxWriter.Write(Seed(seed))), false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2010).Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        errors.Should().BeEmpty();
    }

    [Fact]
    public void Write_Seed_PutsEachTableOnItsOwnA4LandscapePage()
    {
        var tables = Seed("004_99c72457ea777f4c.txt");
        using var doc = WordprocessingDocument.Open(new MemoryStream(DocxWriter.Write(tables)), false);
        var body = doc.MainDocumentPart!.Document.Body!;

        body.Elements<Table>().Should().HaveCount(tables.Count);
        body.Descendants<PageBreakBefore>().Should().HaveCount(tables.Count - 1);
        var section = body.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        size.Width!.Value.Should().Be(16838u);
        size.Height!.Value.Should().Be(11906u);
        size.Orient!.Value.Should().Be(PageOrientationValues.Landscape);
        section.GetFirstChild<PageMargin>()!.Left!.Value.Should().BeInRange(800u, 900u, "margins are about 1.5 cm");
    }

    [Fact]
    public void Write_Table_TitleAndNoteAreParagraphs()
    {
        var tables = Seed("004_99c72457ea777f4c.txt");
        using var doc = WordprocessingDocument.Open(new MemoryStream(DocxWriter.Write(tables)), false);
        var paragraphs = doc.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();

        var title = paragraphs.First(p => p.InnerText == "项目支出绩效目标表");
        title.ParagraphProperties!.Justification!.Val!.Value.Should().Be(JustificationValues.Center);
        var run = title.Elements<Run>().Single().RunProperties!;
        run.Bold.Should().NotBeNull();
        run.FontSize!.Val!.Value.Should().Be("32");
        run.RunFonts!.EastAsia!.Value.Should().Be("黑体");
        var note = paragraphs.First(p => p.InnerText == "单位：万元");
        note.ParagraphProperties!.Justification!.Val!.Value.Should().Be(JustificationValues.Right);
    }

    [Fact]
    public void Write_Table_MergesSpansWithGridSpanAndVMerge()
    {
        var tables = Seed("000_a2e8745f1a3936ea.txt");
        using var doc = WordprocessingDocument.Open(new MemoryStream(DocxWriter.Write(tables)), false);
        var body = doc.MainDocumentPart!.Document.Body!;

        foreach (var (table, i) in body.Elements<Table>().Select((t, i) => (t, i)))
        {
            var grid = OfficialLayout.Build(tables[i]);
            var cells = table.Descendants<TableCell>().Select(c => c.TableCellProperties!).ToList();
            var tableCells = grid.Cells.Where(c => c.Row > 1).ToList(); // rows 0 and 1 are the title and note paragraphs
            cells.Count(p => p.VerticalMerge?.Val?.Value == MergedCellValues.Restart).Should().Be(tableCells.Count(c => c.RowSpan > 1));
            cells.Count(p => p.VerticalMerge?.Val?.Value == MergedCellValues.Continue).Should().Be(tableCells.Where(c => c.RowSpan > 1).Sum(c => c.RowSpan - 1));
            foreach (var row in table.Elements<TableRow>())
                row.Elements<TableCell>().Sum(c => c.TableCellProperties!.GridSpan?.Val?.Value ?? 1).Should().Be(grid.Columns, "every row fills the grid");
            table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(g => int.Parse(g.Width!.Value!)).Should().Be(DocxWriter.TextWidth);
        }
    }

    [Fact]
    public void Write_NoTables_IsAValidEmptyDocument()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(DocxWriter.Write([])), false);

        new OpenXmlValidator(FileFormatVersions.Office2010).Validate(doc).Should().BeEmpty();
        doc.MainDocumentPart!.Document.Body!.Elements<Table>().Should().BeEmpty();
    }

    [Fact]
    public void Write_TextWithControlCharacters_DropsThemAndStaysValid()
    {
        var table = new TargetTable { ProjectName = "信访\u0001专项\u000B经费", Goals = new Goals { Annual = "目标\u0007一" } };

        var bytes = DocxWriter.Write([table]);

        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        new OpenXmlValidator(FileFormatVersions.Office2010).Validate(doc).Should().BeEmpty();
        OfficeReader.Read(bytes, "t.docx").Tables.Should().ContainSingle().Which.ProjectName.Should().Be("信访专项经费");
    }
}
