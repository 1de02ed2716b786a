using Jixiao.Diagnostics;
using Jixiao.Documents.Reading;
using Jixiao.Exchange;
using Jixiao.Framework;
using Jixiao.Model;
using Jixiao.Values;
using Jixiao.Web.Pages.Tables;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Pages.Tables;

/// <summary>The editor's form ↔ <see cref="TargetTable"/> mapping: what is not touched stays as read; what is typed is read like a table cell.</summary>
public sealed class TableFormTests
{
    public static TheoryData<string, int> SeedTables()
    {
        var data = new TheoryData<string, int>();
        foreach (var seed in new[] { Samples.Seed000, Samples.Seed001, Samples.Seed003, Samples.Seed004 })
            for (var k = 0; k < Read(seed).Count; k++) data.Add(seed, k);
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedTables))]
    public void ToTable_FormLeftAsShown_GivesBackTheSameTable(string seed, int index)
    {
        var table = Read(seed)[index];

        var result = TableForm.From(table).ToTable(table);

        result.Errors.Should().BeEmpty();
        Json(result.Table).Should().Be(Json(table));
        result.RowOf.Should().Equal(Enumerable.Range(0, table.Indicators.Count));
    }

    [Theory]
    [InlineData("≥", "95", "%", Comparator.GreaterOrEqual, 95, "%", "≥95%")]
    [InlineData("≤", "24", "小时", Comparator.LessOrEqual, 24, "小时", "≤24小时")]
    [InlineData("", "≥97%", "", Comparator.GreaterOrEqual, 97, "%", "≥97%")]
    [InlineData("=", "4千", "", Comparator.Equal, 4000, null, "=4千")]
    [InlineData("≥", "≥95%", "%", Comparator.GreaterOrEqual, 95, "%", "≥95%")]
    public void Value_Quantitative_IsReadLikeTheTableCells(string comparator, string value, string unit, Comparator expected, decimal number, string? expectedUnit, string text)
    {
        var v = TableForm.Value(Blank(comparator), value, Blank(unit));

        v.Status.Should().Be(ValueStatus.Number);
        v.Comparator.Should().Be(expected);
        v.Number.Should().Be(number);
        v.Unit.Should().Be(expectedUnit);
        v.Text.Should().Be(text);
    }

    [Fact]
    public void Value_Qualitative_KeepsTheGrade()
    {
        var v = TableForm.Value("定性", "较好", null);

        v.Status.Should().Be(ValueStatus.Qualitative);
        v.Comparator.Should().Be(Comparator.Qualitative);
        v.Grade.Should().Be("较好");
        TableForm.ValueFields(v).Should().Be(("定性", "较好", null));
    }

    [Fact]
    public void ToTable_EditedFields_AreReadIntoTheModel()
    {
        var table = Read(Samples.Seed000)[1];
        var form = TableForm.From(table);
        form.ProjectName = "  新项目名称 ";
        form.Year = "2025";
        form.Annual.Total = "1,200.5";
        form.Annual.Fiscal = "1200.5";
        form.AnnualGoal = "全年办结率不低于 95%。";
        form.Indicators[0].Value = "30";
        form.Indicators[0].Weight = "6";

        var result = form.ToTable(table);

        result.Ok.Should().BeTrue();
        result.Table.ProjectName.Should().Be("新项目名称");
        result.Table.Year.Should().Be(2025);
        result.Table.Funds!.Total.Should().Be(1200.5m);
        result.Table.Funds.Currency.Should().Be(table.Funds!.Currency);
        result.Table.Goals.Annual.Should().Be("全年办结率不低于 95%。");
        result.Table.Indicators[0].Value.Number.Should().Be(30);
        result.Table.Indicators[0].Weight.Should().Be(6);
        result.Table.Indicators[0].Line.Should().Be(table.Indicators[0].Line, "what the form does not show is kept");
    }

    [Fact]
    public void ToTable_RowsReorderedAndRemoved_KeepEachRowsHiddenFacts()
    {
        var table = Read(Samples.Seed004).First(t => t.Indicators.Any(i => i.Description is not null));
        var form = TableForm.From(table);
        var described = form.Indicators.FindIndex(r => table.Indicators[int.Parse(r.Key!)].Description is not null);
        var row = form.Indicators[described];
        form.Indicators.RemoveAt(described);
        form.Indicators.Insert(0, row);
        form.Indicators.RemoveAt(form.Indicators.Count - 1);

        var result = form.ToTable(table);

        result.Table.Indicators.Should().HaveCount(table.Indicators.Count - 1);
        result.Table.Indicators[0].Description.Should().Be(table.Indicators[described].Description);
        result.Table.Indicators[0].Line.Should().Be(table.Indicators[described].Line);
    }

    [Fact]
    public void ToTable_BlankRows_AreLeftOutAndFindingsPointAtTheFormRows()
    {
        var form = new TableForm
        {
            ProjectName = "测试项目",
            Indicators =
            [
                new IndicatorRow { Level1 = "产出指标", Level2 = "数量指标" },
                new IndicatorRow { Name = "培训人次", Comparator = "≥", Value = "200", Unit = "人次" },
            ],
        };

        var result = form.ToTable(new TargetTable());

        result.Table.Indicators.Should().ContainSingle().Which.Name.Should().Be("培训人次");
        result.RowOf.Should().Equal(1);
        var finding = new Diagnostic("JX999", Severity.Warning, "测试", Indicator: 0);
        result.ForRows([finding]).Single().Indicator.Should().Be(1);
    }

    [Fact]
    public void ToTable_LevelChosen_WritesCanonicalLabelsAndFillsLevel1FromLevel2()
    {
        var original = new TargetTable
        {
            Indicators = [new Indicator { Name = "办结率", Level1 = Level1.Output, Level1Text = "1、产出指标", Level2 = Level2.Quality, Level2Text = "质量指标（必填）" }],
        };
        var form = TableForm.From(original);
        form.Indicators[0].Level1 = "";
        form.Indicators[0].Level2 = "社会效益指标";
        form.Indicators.Add(new IndicatorRow { Key = "", Name = "满意度", Level2 = "服务对象满意度指标" });

        var result = form.ToTable(original);

        var changed = result.Table.Indicators[0];
        changed.Level1.Should().Be(Level1.Effect);
        changed.Level2.Should().Be(Level2.Social);
        changed.Level1Text.Should().Be("效益指标");
        changed.Level2Text.Should().Be("社会效益指标");
        result.Table.Indicators[1].Level1.Should().Be(Level1.Satisfaction);

        var kept = TableForm.From(original).ToTable(original).Table.Indicators[0];
        kept.Level1Text.Should().Be("1、产出指标", "a level left as it was keeps its label as written");
    }

    [Fact]
    public void ToTable_NumbersThatCannotBeRead_AreReportedByField()
    {
        var form = new TableForm { Year = "二〇二四", Indicators = [new IndicatorRow { Name = "培训人次", Weight = "十" }] };
        form.Annual.Total = "一百万";

        var result = form.ToTable(new TargetTable());

        result.Ok.Should().BeFalse();
        result.Errors.Keys.Should().BeEquivalentTo("Year", "Annual.Total", "Indicators[0].Weight");
        result.Errors["Annual.Total"].Should().Contain("一百万").And.Contain(TableForm.NotANumber);
        result.Table.Funds.Should().BeNull("nothing readable was typed in the funds");
    }

    [Fact]
    public void ToTable_NoFundsTyped_LeavesFundsAbsent()
    {
        var result = new TableForm { ProjectName = "测试" }.ToTable(new TargetTable());

        result.Table.Funds.Should().BeNull();
        result.Table.MidTermFunds.Should().BeNull();
    }

    private static string? Blank(string s) => s.Length == 0 ? null : s;

    private static IReadOnlyList<TargetTable> Read(string seed) => OfficeReader.Read(Samples.Seed(seed), seed).Tables;

    private static string Json(TargetTable t)
    {
        var json = ExchangeWriter.ToJson(t);
        json.Remove("diagnostics");
        return json.ToJsonString();
    }
}
