using Jixiao.Checks.Completeness;

namespace Jixiao.Tests.Checks.Completeness;

public class ValueWithoutNameTests
{
    public static TheoryData<CheckCase> Cases() => new()
    {
        new("seed 000: ≥ 96% without a 三级指标 name",
            T.Project().With("满意度指标", "服务对象满意度指标", "信访群众满意度", "≥95%").With("满意度指标", "服务对象满意度指标", null, "96%", nature: "≥"), 1, [1]),
        new("a qualitative value under a blank name", T.Project().With("效益指标", "社会效益指标", " ", "较好"), 1, [0]),
        new("near miss: name and value both written", T.Project().With("产出指标", "数量指标", "县领导公开接访服务量", "≥200次"), 0, []),
        new("near miss: neither name nor value", T.Project().With("产出指标", "数量指标", "", ""), 0, []),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new ValueWithoutName());
}
