using Jixiao.Checks.Values;

namespace Jixiao.Tests.Checks.Values;

public class DirectionContradictsNameTests
{
    public static TheoryData<CheckCase> Cases() => new()
    {
        new("≤ on a satisfaction rate", T.Project().With("满意度指标", "服务对象满意度指标", "信访群众满意度", "≤90%"), 1, [0]),
        new("< on a completion rate", T.Project().With("产出指标", "质量指标", "信访事项按期办结率", "<95%"), 1, [0]),
        new("≤ on a rate written as a bare number", T.Project().With("产出指标", "质量指标", "信访事项按期办结率", "95", nature: "≤"), 1, [0]),
        new("≥ on complaints (seed 004's 信访工作投诉数量 turned round)", T.Project().With("产出指标", "质量指标", "信访工作投诉数量", "≥10次"), 1, [0]),
        new("> on a failure rate", T.Project().With("产出指标", "质量指标", "系统故障率", ">1%"), 1, [0]),
        new("≥ on 到京非正常上访人次, after a good row",
            T.Project().With("产出指标", "质量指标", "越级非正常上访人员劝返率", "≥75%").With("产出指标", "质量指标", "到京非正常上访人次", "≥6次"), 1, [1]),
        new("near miss: seed 004 越级非正常上访人员劝返率 ≥75% (the name holds 非正常上访, but a 劝返率 is good)",
            T.Project().With("产出指标", "质量指标", "越级非正常上访人员劝返率", "≥75%"), 0, []),
        new("near miss: seed 004 信访工作投诉数量 ≤10次", T.Project().With("产出指标", "质量指标", "信访工作投诉数量", "≤10次"), 0, []),
        new("near miss: seed 004 劝返越级非正常上访人员时间 ≤48小时", T.Project().With("产出指标", "时效指标", "劝返越级非正常上访人员时间", "≤48小时"), 0, []),
        new("near miss: ≥ on a satisfaction rate", T.Project().With("满意度指标", "服务对象满意度指标", "信访群众满意度", "≥95%"), 0, []),
        new("near miss: = 100% on a completion rate", T.Project().With("产出指标", "质量指标", "信访事项按期办结率", "=100%"), 0, []),
        new("near miss: ≤ on a failure rate", T.Project().With("产出指标", "质量指标", "系统故障率", "≤1%"), 0, []),
        new("near miss: 投诉处理率 is a good rate", T.Project().With("产出指标", "质量指标", "投诉处理率", "≥95%"), 0, []),
        new("near miss: seed 004 到京信访事件处理率 ≤20万元 is a wrong unit (JX204), not a wrong direction",
            T.Project().With("产出指标", "质量指标", "到京信访事件处理率", "≤20万元"), 0, []),
        new("near miss: no comparator", T.Project().With("产出指标", "质量指标", "信访事项按期办结率", "95%"), 0, []),
        new("near miss: qualitative satisfaction", T.Project().With("满意度指标", "服务对象满意度指标", "信访群众满意度", "较高"), 0, []),
        // IsNegative only consults the negative words when the name is not a rate, so 重复信访率 counts as a rate
        // where more is better. Fails today.
        new("near miss: 重复信访率 ≤5% (less repeat petitioning is better)", T.Project().With("效益指标", "社会效益指标", "重复信访率", "≤5%"), 0, []),
        // 积案 is a negative word, but a count of backlog cases resolved is a count of successes. Fails today.
        new("near miss: 信访积案化解数量 ≥20件 (resolving backlog cases: more is better)", T.Project().With("产出指标", "数量指标", "信访积案化解数量", "≥20件"), 0, []),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new DirectionContradictsName());
}
