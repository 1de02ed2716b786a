using Jixiao.Checks.Completeness;

namespace Jixiao.Tests.Checks.Completeness;

public class TemplatePlaceholderTests
{
    public static TheoryData<CheckCase> Cases() => new()
    {
        new("template name 指标1：", T.Project().With("产出指标", "数量指标", "指标1：", "≥200次"), 1, [0]),
        new("template name 指标2 after a real row",
            T.Project().With("产出指标", "数量指标", "县领导公开接访服务量", "≥200次").With("产出指标", "数量指标", "指标2", ""), 1, [1]),
        new("template value **%", T.Project().With("产出指标", "质量指标", "信访事项按期办结率", "≥**%"), 1, [0]),
        new("template value XX次", T.Project().With("产出指标", "数量指标", "县领导公开接访服务量", "≥XX次"), 1, [0]),
        new("template name XX县 in the name", T.Project().With("产出指标", "数量指标", "XX县信访接待量", "≥200次"), 1, [0]),
        new("name and value both placeholders: one finding for the row", T.Project().With("产出指标", "数量指标", "指标1：", "……"), 1, [0]),
        new("年度目标 left as ……", T.Project().Goal("……"), 1),
        new("年度目标 with （填写…）", T.Project().Goal("（填写本年度绩效目标）"), 1),
        new("near miss: a numbered real indicator 指标1：信访事项按期办结率", T.Project().With("产出指标", "质量指标", "指标1：信访事项按期办结率", "≥95%"), 0, []),
        new("near miss: 指标 inside a real name", T.Project().With("产出指标", "质量指标", "数量指标完成率", "≥95%"), 0, []),
        new("near miss: ordinary values and goal", T.Project().WithRequiredCategories(), 0, []),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new TemplatePlaceholder());
}
