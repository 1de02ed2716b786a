using Jixiao.Values;

namespace Jixiao.Tests.Values;

public class ValueReaderTests
{
    // cell, nature column, unit column → comparator, number, unit, grade, status
    public static TheoryData<string, string?, string?, Comparator?, double?, string?, string?, ValueStatus> Cases() => new()
    {
        // DOMAIN.md §4, every example.
        { "≥95%", null, null, Comparator.GreaterOrEqual, 95, "%", null, ValueStatus.Number },
        { "≥97百分比", null, null, Comparator.GreaterOrEqual, 97, "%", null, ValueStatus.Number },
        { "≤24小时", null, null, Comparator.LessOrEqual, 24, "小时", null, ValueStatus.Number },
        { "劝返率75%以上", null, null, Comparator.GreaterOrEqual, 75, "%", null, ValueStatus.Number },
        { "≥4千", null, null, Comparator.GreaterOrEqual, 4000, null, null, ValueStatus.Number },
        { "165元/月", "≅", null, Comparator.Approximately, 165, "元/月", null, ValueStatus.Number },
        { "2万元/件", null, null, null, 2, "万元/件", null, ValueStatus.Number },
        { "2.000000", null, null, null, 2, null, null, ValueStatus.Number },
        { "较好", "无", null, Comparator.Qualitative, null, null, "较好", ValueStatus.Qualitative },
        { "重复访逐年递减8%", null, null, null, null, null, null, ValueStatus.Unreadable },
        { "按序时进度完成", null, null, Comparator.Qualitative, null, null, "按序时进度完成", ValueStatus.Qualitative },
        // Comparator in its own column, unit in its own column.
        { "200", "≥", "次", Comparator.GreaterOrEqual, 200, "次", null, ValueStatus.Number },
        { "良", "定性", null, Comparator.Qualitative, null, null, "良", ValueStatus.Qualitative },
        { "100%", "=", null, Comparator.Equal, 100, "%", null, ValueStatus.Number },
        { "95", ">=", "百分比", Comparator.GreaterOrEqual, 95, "%", null, ValueStatus.Number },
        // Full-width and variant symbols.
        { "≧90％", null, null, Comparator.GreaterOrEqual, 90, "%", null, ValueStatus.Number },
        { "≦5次", null, null, Comparator.LessOrEqual, 5, "次", null, ValueStatus.Number },
        { "＝300天", null, null, Comparator.Equal, 300, "天", null, ValueStatus.Number },
        { "＞90%", null, null, Comparator.Greater, 90, "%", null, ValueStatus.Number },
        { "＜3件", null, null, Comparator.Less, 3, "件", null, ValueStatus.Number },
        { "═100%", null, null, Comparator.Equal, 100, "%", null, ValueStatus.Number },
        { ">=85%", null, null, Comparator.GreaterOrEqual, 85, "%", null, ValueStatus.Number },
        { "<=48小时", null, null, Comparator.LessOrEqual, 48, "小时", null, ValueStatus.Number },
        // Word comparators before and after the number.
        { "95%以上", null, null, Comparator.GreaterOrEqual, 95, "%", null, ValueStatus.Number },
        { "3个工作日以内", null, null, Comparator.LessOrEqual, 3, "个工作日", null, ValueStatus.Number },
        { "不低于90%", null, null, Comparator.GreaterOrEqual, 90, "%", null, ValueStatus.Number },
        { "不超过5万元", null, null, Comparator.LessOrEqual, 5, "万元", null, ValueStatus.Number },
        { "不少于12次", null, null, Comparator.GreaterOrEqual, 12, "次", null, ValueStatus.Number },
        { "100人左右", null, null, Comparator.Approximately, 100, "人", null, ValueStatus.Number },
        { "30天以内", "以内", null, Comparator.LessOrEqual, 30, "天", null, ValueStatus.Number },
        // Multipliers and money units.
        { "≥2万", null, null, Comparator.GreaterOrEqual, 20000, null, null, ValueStatus.Number },
        { "1.5万人次", null, null, null, 15000, "人次", null, ValueStatus.Number },
        { "≤33万元", null, null, Comparator.LessOrEqual, 33, "万元", null, ValueStatus.Number },
        { "5千米", null, null, null, 5, "千米", null, ValueStatus.Number },
        { "≥300元/人/次", null, null, Comparator.GreaterOrEqual, 300, "元/人/次", null, ValueStatus.Number },
        { "1,200元", null, null, null, 1200, "元", null, ValueStatus.Number },
        // Spaces inside a value are dropped.
        { "≥5 次", null, null, Comparator.GreaterOrEqual, 5, "次", null, ValueStatus.Number },
        { "12 个月", null, null, null, 12, "个月", null, ValueStatus.Number },
        { "2 万元", null, null, null, 2, "万元", null, ValueStatus.Number },
        // Leading text before the number is allowed; trends and two numbers are not one value.
        { "进京上访矛盾化解率70%", null, null, null, 70, "%", null, ValueStatus.Number },
        { "较上年提高5%", null, null, null, null, null, null, ValueStatus.Unreadable },
        { "制作宣传展板≥3 个，印制宣传折页≥10000 份", null, null, null, null, null, null, ValueStatus.Unreadable },
        { "90%-95%", null, null, null, null, null, null, ValueStatus.Unreadable },
        // Percentage points are not percent.
        { "≥2百分点", null, null, Comparator.GreaterOrEqual, 2, "百分点", null, ValueStatus.Number },
        // Qualitative grades.
        { "好", "无", null, Comparator.Qualitative, null, null, "好", ValueStatus.Qualitative },
        { "不发生个人极端事件", null, null, Comparator.Qualitative, null, null, "不发生个人极端事件", ValueStatus.Qualitative },
        { "提升", null, null, Comparator.Qualitative, null, null, "提升", ValueStatus.Qualitative },
        // A lone symbol says nothing about the target; an empty cell is empty.
        { "≥", null, null, null, null, null, null, ValueStatus.Unreadable },
        { "", null, null, null, null, null, null, ValueStatus.Empty },
        { "   ", null, null, null, null, null, null, ValueStatus.Empty },
        // A negative target and zero.
        { "0次", null, null, null, 0, "次", null, ValueStatus.Number },
        { "≤0", null, null, Comparator.LessOrEqual, 0, null, null, ValueStatus.Number },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_Cell_GivesComparatorNumberUnitGrade(string cell, string? nature, string? unit, Comparator? comparator, double? number, string? expectedUnit, string? grade, ValueStatus status)
    {
        var v = ValueReader.Read(cell, nature, unit);

        v.Status.Should().Be(status);
        v.Comparator.Should().Be(comparator);
        v.Number.Should().Be(number is null ? null : (decimal)number.Value);
        v.Unit.Should().Be(expectedUnit);
        v.Grade.Should().Be(grade);
    }

    [Fact]
    public void Read_AnyCell_KeepsTheTextAsWritten()
    {
        ValueReader.Read("≥97百分比").Text.Should().Be("≥97百分比");
        ValueReader.Read("200", "≥", "次").Text.Should().Be("≥ 200 次");
    }

    public static TheoryData<string?, UnitKind> UnitKinds() => new()
    {
        { "%", UnitKind.Percent },
        { "百分点", UnitKind.PercentagePoint },
        { "万元", UnitKind.Money },
        { "元", UnitKind.Money },
        { "亿元", UnitKind.Money },
        { "万元/件", UnitKind.MoneyPerUnit },
        { "元/月", UnitKind.MoneyPerUnit },
        { "天", UnitKind.Time },
        { "小时", UnitKind.Time },
        { "工作日", UnitKind.Time },
        { "次", UnitKind.Count },
        { "人次", UnitKind.Count },
        { "个", UnitKind.Count },
        { "场", UnitKind.Count },
        { "笔", UnitKind.Count },
        { "千克", UnitKind.Count },
        { "课时", UnitKind.Count },
        { "分贝", UnitKind.Other },
        { null, UnitKind.None },
    };

    [Theory]
    [MemberData(nameof(UnitKinds))]
    public void Classify_Unit_GivesWhatItMeasures(string? unit, UnitKind kind) => Units.Classify(unit).Should().Be(kind);

    [Theory]
    [InlineData("万元", 1)]
    [InlineData("元", 0.0001)]
    [InlineData("亿元", 10000)]
    [InlineData("万元/件", 1)]
    public void ToWanYuan_MoneyUnit_GivesFactor(string unit, double factor) => Units.ToWanYuan(unit).Should().Be((decimal)factor);

    [Fact]
    public void ToWanYuan_NotMoney_IsNull() => Units.ToWanYuan("次").Should().BeNull();

    [Theory]
    [InlineData("2.000000", 2)]
    [InlineData("120.00", 120)]
    [InlineData("1,286.50", 1286.5)]
    [InlineData("0.00", 0)]
    public void ReadAmount_NumberCell_GivesAmount(string cell, double amount) => ValueReader.ReadAmount(cell).Should().Be((decimal)amount);

    [Theory]
    [InlineData("")]
    [InlineData("无")]
    [InlineData("1-2")]
    public void ReadAmount_NotOneNumber_IsNull(string cell) => ValueReader.ReadAmount(cell).Should().BeNull();
}
