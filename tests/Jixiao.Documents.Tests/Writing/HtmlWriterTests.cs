using System.Text.RegularExpressions;
using Jixiao.Documents.Writing;

namespace Jixiao.Documents.Tests.Writing;

public class HtmlWriterTests
{
    public static IEnumerable<object[]> Seeds => WriterSeeds.NameCases();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Write_Seed_DrawsEverySpanAsRowspanOrColspan(string seed)
    {
        var tables = WriterSeeds.Read(seed).Tables;
        var cells = tables.SelectMany(t => OfficialLayout.Build(t).Cells).ToList();

        var html = HtmlWriter.Write(tables);

        Regex.Matches(html, "rowspan=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value))
            .Should().BeEquivalentTo(cells.Where(c => c.RowSpan > 1).Select(c => c.RowSpan));
        Regex.Matches(html, "colspan=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value))
            .Should().BeEquivalentTo(cells.Where(c => c.ColumnSpan > 1).Select(c => c.ColumnSpan));
        cells.Where(c => c.RowSpan > 1).Should().NotBeEmpty("the seed's level-1 labels are merged over their rows");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Write_Seed_DrawsEveryRowAsFullWidth(string seed)
    {
        foreach (var table in WriterSeeds.Read(seed).Tables)
        {
            var grid = OfficialLayout.Build(table);
            var html = HtmlWriter.Write([table]);
            var rows = Regex.Matches(html, "<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();

            rows.Should().HaveCount(grid.Rows);
            // Every row's own cells plus those covered from rows above fill the form's width exactly.
            var width = new int[grid.Rows];
            foreach (var c in grid.Cells)
                for (var r = c.Row; r < c.Row + c.RowSpan; r++) width[r] += c.ColumnSpan;
            for (var r = 0; r < grid.Rows; r++)
            {
                var empty = Regex.Matches(rows[r], "<td></td>").Count;
                Regex.Matches(rows[r], "<td[ >]").Count.Should().Be(grid.Cells.Count(c => c.Row == r) + empty);
                (width[r] + empty).Should().Be(grid.Columns, $"row {r} of {grid.Title} in {seed}");
            }
        }
    }

    [Fact]
    public void Write_HostileIndicatorName_ShowsItAsText()
    {
        var hostile = "<script>alert(1)</script>";
        var table = WriterSeeds.Project("项目 <b>&</b> \"引号\"", WriterSeeds.Indicator(hostile));

        var html = HtmlWriter.Write([table]);

        html.Should().NotContain("<script").And.NotContain("<b>");
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.Should().Contain("项目 &lt;b&gt;&amp;&lt;/b&gt; &quot;引号&quot;");
    }

    [Fact]
    public void Write_MaskPhonesOn_HidesTheMiddleOfMobileNumbers()
    {
        var tables = WriterSeeds.Read("000_a2e8745f1a3936ea.txt").Tables;

        var html = HtmlWriter.Write(tables, new HtmlOptions { MaskPhones = true });

        html.Should().Contain("陶俐 191****3693").And.NotContain("19112413693");
    }

    [Fact]
    public void Write_MaskPhonesOff_KeepsNumbersAsWritten()
    {
        var tables = WriterSeeds.Read("000_a2e8745f1a3936ea.txt").Tables;

        HtmlWriter.Write(tables).Should().Contain("陶俐 19112413693").And.NotContain("****");
        HtmlWriter.Write(tables, new HtmlOptions { MaskPhones = false }).Should().Contain("19112413693");
    }

    [Theory]
    [InlineData("陶俐 19112413693", "陶俐 191****3693")]
    [InlineData("电话：191-1241-3693", "电话：191****3693")]
    [InlineData("191 1241 3693；13800001111", "191****3693；138****1111")]
    [InlineData("0551-12345678", "0551-12345678")]
    [InlineData("项目编码 207119112413693001", "项目编码 207119112413693001")]
    [InlineData("12345678901", "12345678901")]
    public void PhoneMask_Text_MasksOnlyMobileNumbers(string text, string expected) =>
        PhoneMask.Apply(text).Should().Be(expected);

    [Fact]
    public void Write_Always_IsSelfContainedPrintableChinesePage()
    {
        var html = HtmlWriter.Write(WriterSeeds.Read("004_99c72457ea777f4c.txt").Tables);

        html.Should().StartWith("<!DOCTYPE html>");
        html.Should().Contain("<html lang=\"zh-CN\">").And.Contain("<meta charset=\"utf-8\">");
        html.Should().Contain("@page { size: A4 landscape; margin: 12mm; }");
        html.Should().Contain("\"Noto Sans CJK SC\", \"Noto Serif CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", \"SimSun\", sans-serif");
        html.Should().Contain("break-inside: avoid");
        html.Should().NotContainAny("http:", "https:", "<link", "<script", "src=", "@import", "url(");
    }

    [Fact]
    public void Write_SeveralTables_PutsEachOnItsOwnPage()
    {
        var tables = WriterSeeds.Read("000_a2e8745f1a3936ea.txt").Tables;

        var html = HtmlWriter.Write(tables);

        Regex.Matches(html, "<section class=\"sheet\">").Should().HaveCount(tables.Count);
        Regex.Matches(html, "<table class=\"form\">").Should().HaveCount(tables.Count);
        html.Should().Contain(".sheet { break-after: page; page-break-after: always; }")
            .And.Contain(".sheet:last-child { break-after: auto; page-break-after: auto; }");
        foreach (var t in tables) html.Should().Contain(OfficialLayout.Build(t).Title);
    }

    [Fact]
    public void Write_NoTables_GivesAnEmptyValidPage()
    {
        var html = HtmlWriter.Write([]);

        html.Should().Contain("<body>").And.Contain("</html>").And.NotContain("<table");
    }
}
