using Jixiao.Checks.Values;

namespace Jixiao.Tests.Checks.Values;

public class RateAbove100Tests
{
    public static TheoryData<CheckCase> Cases() => new()
    {
        new("≥105% for a 率", T.Project().With("产出指标", "质量指标", "信访事项按期办结率", "≥105%"), 1, [0]),
        new("满意度 of 120 百分比", T.Project().With("满意度指标", "服务对象满意度指标", "信访群众满意度", "≥120百分比"), 1, [0]),
        new("占比 above 100 in its own columns",
            T.Project().With("产出指标", "质量指标", "信访事项按期办结率", "≥95%").With("产出指标", "数量指标", "网上信访占比", "101", nature: "≥", unit: "%"), 1, [1]),
        new("near miss: exactly 100%", T.Project().With("产出指标", "质量指标", "信访事项按期办结率", "=100%"), 0, []),
        new("near miss: 105% of a quantity that is not a rate", T.Project().With("产出指标", "数量指标", "年度任务完成量", "≥105%"), 0, []),
        new("near miss: 频率 is not a share", T.Project().With("产出指标", "数量指标", "督查频率", "≥120%"), 0, []),
        new("near miss: 120 次 on a rate is JX204's, not above 100%", T.Project().With("产出指标", "质量指标", "信访事项办结率", "≥120次"), 0, []),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new RateAbove100());
}
