using Jixiao.Checks.Values;

namespace Jixiao.Tests.Checks.Values;

public class ComparatorMissingTests
{
    public static TheoryData<CheckCase> Cases() => new()
    {
        new("seed 004: 疑难信访案件处理率 75% without a comparator", T.Project().With("产出指标", "质量指标", "疑难信访案件处理率", "75%"), 1, [0]),
        new("a count without a comparator", T.Project().With("产出指标", "数量指标", "聘用人民调解员", "2人"), 1, [0]),
        new("seed 001: money without a comparator", T.Project().With("成本指标", "成本指标", "完成项目金额", "360万元"), 1, [0]),
        new("100% on something that is not a rate is not an implied bound", T.Project().With("产出指标", "数量指标", "信访事项办结", "100%"), 1, [0]),
        new("only the second of two rows",
            T.Project().With("产出指标", "数量指标", "县领导公开接访服务量", "≥200次").With("产出指标", "时效指标", "宣传时间（本年）", "12个月"), 1, [1]),
        new("near miss: a 100% rate cannot be exceeded", T.Project().With("产出指标", "质量指标", "信访事项按期办结率", "100%"), 0, []),
        new("near miss: a 0 target cannot be undercut", T.Project().With("效益指标", "社会效益指标", "重大群体性事件发生次数", "0次"), 0, []),
        new("near miss: a bare 0", T.Project().With("效益指标", "社会效益指标", "安全责任事故", "0"), 0, []),
        new("near miss: comparator in the value", T.Project().With("产出指标", "质量指标", "信访事项按期办结率", "≥95%"), 0, []),
        new("near miss: comparator in the 指标性质 column", T.Project().With("产出指标", "质量指标", "信访事项按期办结率", "95", nature: "≥", unit: "%"), 0, []),
        new("near miss: word comparator after the number", T.Project().With("产出指标", "质量指标", "越级非正常上访人员劝返率", "劝返率75%以上"), 0, []),
        new("near miss: a qualitative value needs no comparator", T.Project().With("效益指标", "社会效益指标", "社会矛盾化解", "较好"), 0, []),
        new("near miss: a trend kept as text is JX010's", T.Project().With("产出指标", "数量指标", "接劝返进京到省上访人员", "重复访逐年递减8%"), 0, []),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new ComparatorMissing());
}
