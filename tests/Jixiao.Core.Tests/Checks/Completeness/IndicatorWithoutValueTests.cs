using Jixiao.Checks.Completeness;

namespace Jixiao.Tests.Checks.Completeness;

public class IndicatorWithoutValueTests
{
    public static TheoryData<CheckCase> Cases() => new()
    {
        new("a named indicator with an empty value cell",
            T.Project().With("产出指标", "数量指标", "县领导公开接访服务量", "≥200次").With("产出指标", "质量指标", "信访事项按期办结率", ""), 1, [1]),
        new("指标性质 filled, 指标值 blank",
            T.Project().With("产出指标", "质量指标", "信访事项按期办结率", null, nature: "≥"), 1, [0]),
        new("two named rows without values",
            T.Project().With("产出指标", "数量指标", "接访人次", null).With("产出指标", "质量指标", "办结率", "  ").With("产出指标", "时效指标", "受理时限", "≤15天"), 2, [0, 1]),
        new("near miss: a qualitative value is a value", T.Project().With("效益指标", "社会效益指标", "社会矛盾化解", "较好", nature: "无"), 0, []),
        new("near miss: a trend kept as text is a value (JX010's business)", T.Project().With("产出指标", "数量指标", "接劝返进京到省上访人员", "重复访逐年递减8%"), 0, []),
        new("near miss: a row with neither name nor value", T.Project().With("产出指标", "数量指标", null, null), 0, []),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new IndicatorWithoutValue());
}
