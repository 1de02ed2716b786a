using Jixiao.Framework;

namespace Jixiao.Tests.Framework;

public class IndicatorFrameworkTests
{
    public static TheoryData<string, Level1?, Level2?> Labels() => new()
    {
        { "产出指标", Level1.Output, null },
        { "预期产出指标", Level1.Output, null },
        { "1、产出指标", Level1.Output, null },
        { "效益指标", Level1.Effect, null },
        { "效果指标", Level1.Effect, null },
        { "2、效益指标", Level1.Effect, null },
        { "满意度指标", Level1.Satisfaction, Level2.Satisfaction },
        { "满意度指", Level1.Satisfaction, Level2.Satisfaction },
        { "满意度", Level1.Satisfaction, Level2.Satisfaction },
        { "成本指标", Level1.Cost, Level2.Cost },
        { "成本指标(0-20)分", Level1.Cost, Level2.Cost },
        { "数量指标", null, Level2.Quantity },
        { "数量指标（必填硬性指标）", null, Level2.Quantity },
        { "质量指标（必填）", null, Level2.Quality },
        { "时效指标", null, Level2.Timeliness },
        { "经济效益指标（选填）", null, Level2.Economic },
        { "经济效益", null, Level2.Economic },
        { "社会效益指标", null, Level2.Social },
        { "生态效益", null, Level2.Ecological },
        { "可持续影响指标", null, Level2.Sustainable },
        { "可持续影", null, Level2.Sustainable },
        { "可持续影响指", null, Level2.Sustainable },
        { "可持续发展能力", null, Level2.Sustainable },
        { "服务对象满意度指标", null, Level2.Satisfaction },
        { "经济成本指标", null, Level2.EconomicCost },
        { "生态环境成本指标", null, Level2.EcologicalCost },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void Match_LabelAsWritten_GivesCanonicalLevels(string text, Level1? l1, Level2? l2)
    {
        var m = IndicatorFramework.Match(text);
        m.AsLevel1.Should().Be(l1);
        m.AsLevel2.Should().Be(l2);
    }

    [Theory]
    [InlineData("信访群众满意度")]
    [InlineData("县领导公开接访服务量")]
    [InlineData("社会效益显著")]
    [InlineData("")]
    [InlineData("指标")]
    public void Match_NotALabel_IsEmpty(string text) => IndicatorFramework.Match(text).IsLabel.Should().BeFalse();

    [Fact]
    public void Parent_EveryLevel2_BelongsToItsLevel1()
    {
        Level2.Quantity.Parent().Should().Be(Level1.Output);
        Level2.Cost.Parent().Should().Be(Level1.Output);
        Level2.Sustainable.Parent().Should().Be(Level1.Effect);
        Level2.Satisfaction.Parent().Should().Be(Level1.Satisfaction);
        Level2.EconomicCost.Parent().Should().Be(Level1.Cost);
    }

    [Fact]
    public void Name_EveryLevel_IsTheCanonicalName()
    {
        foreach (var l in Enum.GetValues<Level2>()) IndicatorFramework.ParseLevel2(l.Name()).Should().Be(l);
        foreach (var l in Enum.GetValues<Level1>()) IndicatorFramework.ParseLevel1(l.Name()).Should().Be(l);
    }
}
