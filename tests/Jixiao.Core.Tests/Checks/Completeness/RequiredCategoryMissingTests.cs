using Jixiao.Checks.Completeness;
using Jixiao.Framework;
using Jixiao.Profiles;

namespace Jixiao.Tests.Checks.Completeness;

public class RequiredCategoryMissingTests
{
    private static readonly TableBuilder WithoutTimeliness = T.Project()
        .With("产出指标", "数量指标", "县领导公开接访服务量", "≥200次")
        .With("产出指标", "质量指标", "信访事项按期办结率", "≥95%")
        .With("效益指标", "社会效益指标", "社会矛盾化解", "有效化解")
        .With("满意度指标", "服务对象满意度指标", "信访群众满意度", "≥95%");

    private static readonly Profile CostRequired = Profile.National with
    {
        RequiredCategories = [.. Profile.National.RequiredCategories, [Level2.Cost]],
    };

    private static readonly Profile NothingRequired = Profile.National with { RequiredCategories = [] };

    public static TheoryData<CheckCase> Cases() => new()
    {
        new("no 时效指标", WithoutTimeliness, 1),
        new("only 数量 and 质量: no 时效, no 效益, no 满意度",
            T.Project().With("产出指标", "数量指标", "县领导公开接访服务量", "≥200次").With("产出指标", "质量指标", "信访事项按期办结率", "≥95%"), 3),
        new("时效 only among the mid-term indicators does not count for the budget year",
            WithoutTimeliness.MidTerm("产出指标", "时效指标", "信访事项受理时限", "≤15天"), 1),
        new("near miss: all five national groups present", T.Project().WithRequiredCategories(), 0),
        new("near miss: the 效益 group is met by 可持续影响指标 instead of 社会效益指标",
            WithoutTimeliness.With("产出指标", "时效指标", "信访事项受理时限", "≤15天")
                .With("效益指标", "可持续影响指标", "信访秩序持续好转", "持续好转"), 0),
        new("near miss: truncated and decorated labels count (满意度指, 时效指标（必填）)",
            T.Project().With("产出指标", "数量指标（必填硬性指标）", "县领导公开接访服务量", "≥200次")
                .With("产出指标", "质量指标（必填）", "信访事项按期办结率", "≥95%")
                .With("产出指标", "时效指标（必填）", "信访事项受理时限", "≤15天")
                .With("效果指标", "经济效益指标（选填）", "节约群众上访成本", "有所降低")
                .With("满意度指", "满意度指", "信访群众满意度", "≥97百分比"), 0),
        new("near miss: a table with only mid-term indicators is judged on those",
            T.Project().MidTerm("产出指标", "数量指标", "县领导公开接访服务量", "≥600次")
                .MidTerm("产出指标", "质量指标", "信访事项按期办结率", "≥95%")
                .MidTerm("产出指标", "时效指标", "信访事项受理时限", "≤15天")
                .MidTerm("效益指标", "社会效益指标", "社会矛盾化解", "有效化解")
                .MidTerm("满意度指标", "服务对象满意度指标", "信访群众满意度", "≥95%"), 0),
        new("near miss: a table without indicators is JX105's, not a list of missing categories", T.Project(), 0),
        new("profile requiring 成本指标 too: complete national set still lacks it", T.Project().WithRequiredCategories(), 1) { Profile = CostRequired },
        new("near miss: profile requiring 成本指标, and the table has one",
            T.Project().WithRequiredCategories().With("产出指标", "成本指标", "项目总成本", "≤100万元"), 0) { Profile = CostRequired },
        new("near miss: profile requiring nothing", WithoutTimeliness, 0) { Profile = NothingRequired },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new RequiredCategoryMissing());
}
