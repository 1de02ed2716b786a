using Jixiao.Checks.Weights;

namespace Jixiao.Tests.Checks.Weights;

public class WeightsPartialTests
{
    public static TheoryData<CheckCase> Cases() => new()
    {
        new("seed 000: one row without a weight among weighted rows",
            T.Project().With("产出指标", "数量指标", "信访移动专线条数", "≥1条", weight: 40)
                .With("产出指标", "质量指标", "信访移动专线网络安全性", "安全")
                .With("满意度指标", "服务对象满意度指标", "信访群众满意度", "≥95%", weight: 60), 1, [1]),
        new("two rows without weights",
            T.Project().With("产出指标", "数量指标", "县领导公开接访服务量", "≥200次", weight: 50)
                .With("产出指标", "质量指标", "信访事项按期办结率", "≥95%")
                .With("满意度指标", "服务对象满意度指标", "信访群众满意度", "≥95%"), 2, [1, 2]),
        new("mid-term rows weighted, one of them not",
            T.Project().MidTerm("产出指标", "数量指标", "县领导公开接访服务量", "≥600次", weight: 60)
                .MidTerm("满意度指标", "服务对象满意度指标", "信访群众满意度", "≥95%"), 1, [1]),
        new("near miss: every row weighted",
            T.Project().With("产出指标", "数量指标", "县领导公开接访服务量", "≥200次", weight: 60)
                .With("满意度指标", "服务对象满意度指标", "信访群众满意度", "≥95%", weight: 40), 0, []),
        new("near miss: no row weighted (the table does not weight indicators)", T.Project().WithRequiredCategories(), 0, []),
        new("near miss: annual rows weighted, mid-term rows not: each horizon on its own",
            T.Project().MidTerm("产出指标", "数量指标", "县领导公开接访服务量", "≥600次")
                .With("产出指标", "数量指标", "县领导公开接访服务量", "≥200次", weight: 60)
                .With("满意度指标", "服务对象满意度指标", "信访群众满意度", "≥95%", weight: 40), 0, []),
        new("near miss: a weight of 0 is a weight",
            T.Project().With("产出指标", "数量指标", "县领导公开接访服务量", "≥200次", weight: 100)
                .With("满意度指标", "服务对象满意度指标", "信访群众满意度", "≥95%", weight: 0), 0, []),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new WeightsPartial());
}
