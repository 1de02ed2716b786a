using Jixiao.Reading;

namespace Jixiao.Tests.Reading;

/// <summary>A 度量单位 column: whatever the unit, its cell is read as the indicator's unit, not left unplaced (JX013).</summary>
public class UnitColumnTests
{
    [Theory]
    [InlineData("笔", "1200")]
    [InlineData("千克", "500")]
    [InlineData("课时", "48")]
    [InlineData("件", "300")]
    [InlineData("公里", "35")]
    public void Read_UnitInItsOwnColumn_BecomesTheIndicatorsUnit(string unit, string number)
    {
        var text = string.Join("\n",
            "2024年项目支出绩效目标表",
            "项目名称\t小额贷款贴息",
            "项目资金\t年度资金总额\t120",
            "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位",
            $"产出指标\t数量指标\t办理业务量\t≥\t{number}\t{unit}",
            "满意度指标\t服务对象满意度指标\t群众满意度\t≥\t90\t%",
            "");

        var result = DocumentReader.ReadText(text, "unit.txt");

        var table = result.Tables.Should().ContainSingle().Subject;
        var first = table.Indicators[0];
        first.Value.Number.Should().Be(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture));
        first.Value.Unit.Should().Be(unit);
        result.Diagnostics.Should().NotContain(f => f.Code == "JX013");
    }
}
