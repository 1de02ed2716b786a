using Jixiao.Framework;
using Jixiao.Model;
using Jixiao.Values;
using Jixiao.Web.Pages.Tables;

namespace Jixiao.Web.Tests.Pages.Tables;

/// <summary>The field-by-field comparison of two versions of a table shown on the history page.</summary>
public sealed class TableDiffTests
{
    private static readonly TargetTable Before = new()
    {
        ProjectName = "信访稳定工作专项",
        Year = 2023,
        Funds = new Funds { Total = 100, Fiscal = 100 },
        Goals = new Goals { Annual = "全年办结率不低于 90%。" },
        Indicators =
        [
            Ind("接访人次", Level2.Quantity, "≥", "200", "人次", 10),
            Ind("按期办结率", Level2.Quality, "≥", "90", "%", 10),
            Ind("旧指标", Level2.Timeliness, "≤", "30", "天", 10),
            Ind("群众满意度", Level2.Satisfaction, "≥", "90", "%", 10),
        ],
    };

    [Fact]
    public void Compare_SameTable_FindsNothing() =>
        TableDiff.Compare(Before, Before with { }).Should().BeEmpty();

    [Fact]
    public void Compare_HeaderFundsAndGoalsChanged_ReportsEachField()
    {
        var after = Before with
        {
            ProjectName = "信访稳定工作专项（调整）",
            ProjectCode = "207-0401",
            Funds = new Funds { Total = 120, Fiscal = 100, Own = 20 },
            Goals = new Goals(),
        };

        var rows = TableDiff.Compare(Before, after);

        rows.Should().ContainEquivalentOf(new DiffRow(TableDiff.Header, "项目名称", "项目名称", "信访稳定工作专项", "信访稳定工作专项（调整）", DiffRow.Change.Changed));
        rows.Should().ContainEquivalentOf(new DiffRow(TableDiff.Header, "项目编码", "项目编码", null, "207-0401", DiffRow.Change.Added));
        rows.Should().ContainEquivalentOf(new DiffRow(TableDiff.FundsSection, "年度资金", "资金总额（万元）", "100", "120", DiffRow.Change.Changed));
        rows.Should().ContainEquivalentOf(new DiffRow(TableDiff.FundsSection, "年度资金", "单位资金（万元）", null, "20", DiffRow.Change.Added));
        rows.Should().ContainEquivalentOf(new DiffRow(TableDiff.GoalsSection, "年度目标", "年度目标", "全年办结率不低于 90%。", null, DiffRow.Change.Removed));
        rows.Should().HaveCount(5);
    }

    [Fact]
    public void Compare_IndicatorsEditedAddedRemovedAndMoved_ReportsRowsAndFields()
    {
        var after = Before with
        {
            Indicators =
            [
                Before.Indicators[3],                                           // moved up, unchanged
                Ind("接访人次", Level2.Quantity, "≥", "250", "人次", 10),       // value changed
                Before.Indicators[1],
                Ind("新指标", Level2.Cost, "≤", "5", "万元", 10),               // added (no row of its level 2 left over)
            ],
        };

        var rows = TableDiff.Compare(Before, after);

        rows.Should().HaveCount(3);
        rows[0].Should().Be(new DiffRow(TableDiff.IndicatorsSection, "第 2 项 · 接访人次", "指标值", "200", "250", DiffRow.Change.Changed));
        rows[1].Kind.Should().Be(DiffRow.Change.Removed);
        rows[1].Item.Should().Be("原第 3 项 · 旧指标");
        rows[1].Before.Should().Be("产出指标/时效指标 · 旧指标：≤30天，权重 10");
        rows[2].Kind.Should().Be(DiffRow.Change.Added);
        rows[2].Field.Should().Be(TableDiff.WholeRow);
        rows[2].After.Should().Contain("新指标").And.Contain("≤5万元");
    }

    [Fact]
    public void Compare_RenamedIndicator_IsOneChangedRowMatchedByItsLevel2()
    {
        var after = Before with { Indicators = [Before.Indicators[0], Before.Indicators[1], Ind("平均办理天数", Level2.Timeliness, "≤", "30", "天", 10), Before.Indicators[3]] };

        var rows = TableDiff.Compare(Before, after);

        rows.Should().ContainSingle().Which.Should().Be(
            new DiffRow(TableDiff.IndicatorsSection, "第 3 项 · 平均办理天数", "三级指标", "旧指标", "平均办理天数", DiffRow.Change.Changed));
    }

    private static Indicator Ind(string name, Level2 level2, string comparator, string value, string unit, decimal weight) => new()
    {
        Name = name,
        Level1 = level2.Parent(),
        Level2 = level2,
        Value = ValueReader.Read(value, comparator, unit),
        Weight = weight,
    };
}
