using System.Text;
using Jixiao.Documents.Writing;
using Jixiao.Entries;
using Jixiao.Framework;
using Jixiao.Model;

namespace Jixiao.Documents.Tests.Writing;

public class CsvWriterTests
{
    private static readonly string[] Header =
    [
        "年度", "表类型", "主管部门", "单位名称", "项目名称", "项目编码", "年度资金总额", "金额单位",
        "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "定性等级", "指标值原文", "权重", "指标期限", "指标描述", "指标值确定依据",
    ];

    [Fact]
    public void Write_Seeds_StartsWithByteOrderMarkSoExcelReadsChinese()
    {
        var csv = CsvWriter.Write(Tables());

        csv[0].Should().Be('\uFEFF');
        new UTF8Encoding(false).GetBytes(csv).Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        csv.Should().Contain("\r\n").And.NotMatchRegex("[^\r]\n");
    }

    [Fact]
    public void Write_Seeds_GivesChineseHeaderAndOneRowPerIndicator()
    {
        var tables = Tables();

        var rows = Csv.Parse(CsvWriter.Write(tables)[1..]);

        rows[0].Fields.Should().Equal(Header);
        rows.Should().HaveCount(1 + tables.Sum(t => t.Indicators.Count));
        rows.Skip(1).Should().OnlyContain(r => r.Fields.Count == Header.Length);
    }

    [Fact]
    public void Write_Seeds_RepeatsTheTableFactsOnEveryIndicatorRow()
    {
        var tables = Tables();

        var rows = Csv.Parse(CsvWriter.Write(tables)[1..]).Skip(1).Select(r => r.Fields).ToList();

        var k = 0;
        foreach (var t in tables)
        {
            foreach (var i in t.Indicators)
            {
                var row = rows[k++];
                row[0].Should().Be(t.Year?.ToString() ?? "");
                row[1].Should().Be(t.Kind == TableKind.Department ? "部门" : "项目");
                row[2].Should().Be(t.Department ?? "");
                row[3].Should().Be(t.Unit ?? "");
                row[4].Should().Be(t.ProjectName ?? "");
                row[5].Should().Be(t.ProjectCode ?? "");
                row[7].Should().Be(t.Funds?.Currency ?? "");
                row[10].Should().Be(i.Name ?? "");
                row[15].Should().Be(i.Value.Text is ['=' or '+' or '-' or '@', ..] ? CsvWriter.FormulaGuard + i.Value.Text : i.Value.Text);
                row[17].Should().Be(i.Horizon == Horizon.MidTerm ? "中期" : "年度");
            }
        }
    }

    [Fact]
    public void Write_Seed000_WritesTheIndicatorAsRead()
    {
        var rows = Csv.Parse(CsvWriter.Write(WriterSeeds.Read("000_a2e8745f1a3936ea.txt").Tables)[1..]);

        var row = rows.Single(r => r.Fields[10] == "县领导公开接访服务量" && r.Fields[4] == "信访稳定工作专项").Fields;

        row[..10].Should().Equal("2023", "项目", "秀山县信访办", "秀山县信访办", "信访稳定工作专项", "", "100", "万元", "产出指标", "数量指标");
        row[11..14].Should().Equal("≥", "200", "次");
    }

    [Fact]
    public void Write_FieldsWithCommasQuotesAndLineBreaks_QuotesThemAsRfc4180()
    {
        string[] names = ["办结率, 含复查", "“群众”满意 \"度\"", "第一行\n第二行", "前后 空格 ", "普通"];
        var table = WriterSeeds.Project("项目,\"甲\"", names.Select(n => WriterSeeds.Indicator(n)).ToArray());

        var csv = CsvWriter.Write([table]);

        csv.Should().Contain("\"办结率, 含复查\"").And.Contain("\"“群众”满意 \"\"度\"\"\"").And.Contain("\"项目,\"\"甲\"\"\"");
        csv.Should().Contain(",普通,");
        var rows = Csv.Parse(csv[1..]).Skip(1).ToList();
        rows.Select(r => r.Fields[10]).Should().Equal(names);
        rows.Should().OnlyContain(r => r.Fields[4] == "项目,\"甲\"");
    }

    [Fact]
    public void Write_TextStartingLikeAFormula_IsGuardedForSpreadsheets()
    {
        var table = WriterSeeds.Project("=HYPERLINK(\"http://x\")", WriterSeeds.Indicator("@SUM(A1)"), WriterSeeds.Indicator("+1", "=300天"));

        var rows = Csv.Parse(CsvWriter.Write([table])[1..]).Skip(1).ToList();

        rows[0].Fields[4].Should().Be("'=HYPERLINK(\"http://x\")");
        rows[0].Fields[10].Should().Be("'@SUM(A1)");
        rows[1].Fields[10].Should().Be("'+1");
        rows[1].Fields[15].Should().Be("'=300天");
        rows[1].Fields[11].Should().Be("=", "comparators are a fixed set of symbols and stay as they are");
        rows[1].Fields[12].Should().Be("300");
    }

    [Fact]
    public void Write_NoSelfEvaluation_LeavesOutActualAndScore()
    {
        Csv.Parse(CsvWriter.Write(Tables())[1..])[0].Fields.Should().NotContain(["实际完成值", "得分"]);
    }

    [Fact]
    public void Write_SelfEvaluation_AddsActualAndScoreForItsRows()
    {
        var target = WriterSeeds.Project("目标表", WriterSeeds.Indicator("信访事项按期办结率"));
        var evaluated = WriterSeeds.Project("自评表", WriterSeeds.Indicator("群众满意度", "≥90%", Level1.Satisfaction, Level2.Satisfaction) with
        {
            ActualText = "92%",
            Score = 10,
        }) with { Stage = TableStage.SelfEvaluation };

        var rows = Csv.Parse(CsvWriter.Write([target, evaluated])[1..]);

        rows[0].Fields.Should().Equal([.. Header, "实际完成值", "得分"]);
        rows[1].Fields[^2..].Should().Equal("", "");
        rows[2].Fields[^2..].Should().Equal("92%", "10");
    }

    [Fact]
    public void Write_NoTables_GivesTheHeaderOnly()
    {
        var csv = CsvWriter.Write([]);

        Csv.Parse(csv[1..]).Should().ContainSingle().Which.Fields.Should().Equal(Header);
    }

    private static List<TargetTable> Tables() => WriterSeeds.All().SelectMany(r => r.Tables).ToList();
}
