using System.Text;
using Jixiao.Entries;
using Jixiao.Model;
using Jixiao.Reading;
using Jixiao.Scoring;

namespace Jixiao.Tests.Entries;

public class EntrySheetTests
{
    private static readonly IReadOnlyList<TargetTable> Seed000 =
        DocumentReader.Read(File.ReadAllBytes(TestFiles.Seed("000_a2e8745f1a3936ea.txt")), "000").Tables;

    private static EntrySheet.Result Bind(string csv, Encoding? encoding = null) =>
        EntrySheet.Bind((encoding ?? Encoding.UTF8).GetBytes(csv), "actuals.csv", Seed000);

    [Fact]
    public void Bind_RowsNamingTablesAndIndicators_LandOnThem()
    {
        var r = Bind("table,indicator,actual,score,likelihood,cause,measure\n" +
                     "信访稳定工作专项,县领导公开接访服务量,210次,,确定能,,\n" +
                     "部门整体,责任单位群众满意率,96%,,,,\n" +
                     "信访稳定工作专项,预算执行数,95万元,,,,\n");

        r.Findings.Should().BeEmpty();
        var project = r.Tables[1];
        project.Indicators[0].Actual.Should().Be("210次");
        project.Indicators[0].Likelihood.Should().Be(Likelihood.Certain);
        project.Indicators[0].Line.Should().Be(2);
        project.Spent.Should().Be(95m);
        r.Tables[0].Indicators[7].Actual.Should().Be("96%", "部门整体 names the department table");
    }

    [Fact]
    public void Bind_UnknownTable_IsAFindingThatSuggestsTheNearestName()
    {
        var r = Bind("table,indicator,actual\n信访稳定专项,县领导公开接访服务量,210次\n");

        var f = r.Findings.Single();
        f.Code.Should().Be(ScoringCodes.UnknownTable);
        f.Line.Should().Be(2);
        f.File.Should().Be("actuals.csv");
        f.Message.Should().Contain("信访稳定工作专项");
        r.Tables.Should().BeEmpty("nothing is bound from a row whose table does not exist");
    }

    [Fact]
    public void Bind_UnknownIndicator_IsAFindingThatSuggestsTheNearestName()
    {
        var r = Bind("table,indicator,actual\n信访稳定工作专项,县领导公开接访量,210次\n");

        var f = r.Findings.Single();
        f.Code.Should().Be(ScoringCodes.UnknownIndicator);
        f.Message.Should().Contain("县领导公开接访服务量");
    }

    [Theory]
    [InlineData("table,actual\n", "indicator")]
    [InlineData("表,指标\n", "actual")]
    [InlineData("", "table")]
    public void Bind_MissingRequiredColumn_IsRejected(string csv, string column)
    {
        var r = Bind(csv);

        r.Findings.Should().Contain(f => f.Code == ScoringCodes.MissingColumn && f.Message.Contains(column));
        r.Tables.Should().BeEmpty();
    }

    [Fact]
    public void Bind_ChineseHeadersInGbk_AreAccepted()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var r = Bind("表,指标,实际完成值,得分,完成可能性,偏差原因,改进措施\r\n信访稳定工作专项,信访事项协调处置量,280次,,有可能,\"协调会推迟，次数减少\",加密调度\r\n", gbk);

        r.Findings.Should().BeEmpty();
        var e = r.Tables[1].Indicators[1];
        e.Actual.Should().Be("280次");
        e.Likelihood.Should().Be(Likelihood.Possible);
        e.Cause.Should().Be("协调会推迟，次数减少", "a quoted field keeps its full-width comma");
    }

    [Fact]
    public void Bind_SpentInYuan_IsConvertedToTheTablesCurrency()
    {
        var r = Bind("table,indicator,actual\n复杂疑难问题专项,预算执行数,195000元\n");

        r.Tables[2].Spent.Should().Be(19.5m);
    }

    [Fact]
    public void Bind_SameIndicatorTwice_IsReportedAndTheLaterRowWins()
    {
        var r = Bind("table,indicator,actual\n复杂疑难问题专项,办结案件数量,2个\n复杂疑难问题专项,办结案件数量,3个\n");

        r.Findings.Should().ContainSingle(f => f.Code == ScoringCodes.DuplicateEntry && f.Line == 3);
        r.Tables[2].Indicators[0].Actual.Should().Be("3个");
    }

    [Fact]
    public void Bind_UnnamedIndicator_CanBeNamedByItsLine()
    {
        var r = Bind("table,indicator,actual\n信访移动专项租线,第122行,97%\n");

        r.Findings.Should().BeEmpty();
        r.Tables[4].Indicators.Should().ContainKey(8);
    }

    [Fact]
    public void Template_Seed_NamesEveryTableAndIndicatorAndBindsBackWithoutFindings()
    {
        var template = EntrySheet.Template(Seed000);

        template.Should().StartWith("\uFEFFtable,indicator,actual");
        template.Should().Contain("部门整体,预算执行数").And.Contain("信访移动专项租线,第122行");
        var lines = template.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.Should().Be(1 + Seed000.Count + Seed000.Sum(t => t.Indicators.Count));
        Bind(template).Findings.Should().BeEmpty("a template binds back onto the document it was made from");
    }

    [Fact]
    public void Parse_QuotedFieldsWithCommasQuotesAndLineBreaks_AreKept()
    {
        var rows = Csv.Parse("a,\"b,c\",\"say \"\"hi\"\"\"\n\"multi\nline\",x\n");

        rows.Should().HaveCount(2);
        rows[0].Fields.Should().Equal("a", "b,c", "say \"hi\"");
        rows[1].Fields.Should().Equal("multi\nline", "x");
        rows[1].Line.Should().Be(2);
    }
}
