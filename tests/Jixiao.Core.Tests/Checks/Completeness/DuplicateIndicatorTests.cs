using Jixiao.Checks.Completeness;

namespace Jixiao.Tests.Checks.Completeness;

public class DuplicateIndicatorTests
{
    public static TheoryData<CheckCase> Cases() => new()
    {
        new("the same name twice: the second row is reported",
            T.Project().With("产出指标", "数量指标", "聘用人民调解员", "2人").With("产出指标", "质量指标", "信访事项按期办结率", "≥95%")
                .With("产出指标", "数量指标", "聘用人民调解员", "2人"), 1, [2]),
        new("names differing only by spaces and brackets",
            T.Project().With("产出指标", "质量指标", "信访事项按期办结率（%）", "≥95%").With("产出指标", "质量指标", "信访事项 按期办结率", "≥90%"), 1, [1]),
        new("three times: two findings",
            T.Project().With("满意度指标", "服务对象满意度指标", "信访群众满意度", "≥95%").With("满意度指标", "服务对象满意度指标", "信访群众满意度", "≥96%")
                .With("满意度指标", "服务对象满意度指标", "信访群众满意度", "≥97%"), 2, [1, 2]),
        new("near miss: the same name once annual and once mid-term (seed 001 layout)",
            T.Project().MidTerm("产出指标", "数量指标", "聘用人民调解员", "2人").With("产出指标", "数量指标", "聘用人民调解员", "2人"), 0, []),
        new("near miss: similar but different names",
            T.Project().With("产出指标", "质量指标", "信访事项按期办结率", "≥95%").With("产出指标", "质量指标", "信访事项及时受理率", "≥95%"), 0, []),
        new("near miss: rows without names are not duplicates of each other",
            T.Project().With("产出指标", "数量指标", null, "≥200次").With("产出指标", "数量指标", null, "≥200次"), 0, []),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new DuplicateIndicator());
}
