using Jixiao.Checks.Values;

namespace Jixiao.Tests.Checks.Values;

public class RateNotInPercentTests
{
    public static TheoryData<CheckCase> Cases() => new()
    {
        new("seed 004 驻京值班: 到京信访事件处理率 ≤20万元", T.Project().With("产出指标", "质量指标", "到京信访事件处理率", "≤20万元"), 1, [0]),
        new("a rate in money per case", T.Project().With("产出指标", "质量指标", "救助资金发放率", "2万元/件"), 1, [0]),
        new("a rate in a count", T.Project().With("产出指标", "质量指标", "信访事项办结率", "≥200件"), 1, [0]),
        new("a rate in days", T.Project().With("产出指标", "质量指标", "信访事项按期办结率", "≤60天"), 1, [0]),
        new("满意度 in 人次", T.Project().With("满意度指标", "服务对象满意度指标", "信访群众满意度", "≥300人次"), 1, [0]),
        new("比例 in money, after a good row",
            T.Project().With("产出指标", "质量指标", "信访事项按期办结率", "≥95%").With("产出指标", "质量指标", "资金拨付比例", "≥50万元"), 1, [1]),
        new("near miss: 信访案件处理率 ≥90%", T.Project().With("产出指标", "质量指标", "信访案件处理率", "≥90%"), 0, []),
        new("near miss: 频率 measured in 次", T.Project().With("产出指标", "数量指标", "领导接访频率", "≥2次"), 0, []),
        new("near miss: 效率 measured in 件", T.Project().With("产出指标", "质量指标", "办案效率", "≥3件"), 0, []),
        new("有效率 is a rate, though 效率 is not: 治疗有效率 in money", T.Project().With("产出指标", "质量指标", "治疗有效率", "≥20万元"), 1, [0]),
        new("near miss: 监测数据有效率 in percent", T.Project().With("产出指标", "质量指标", "监测数据有效率", "≥95%"), 0, []),
        new("near miss: a rate with a bare number", T.Project().With("产出指标", "质量指标", "信访事项办结率", "≥95"), 0, []),
        new("near miss: a qualitative rate", T.Project().With("满意度指标", "服务对象满意度指标", "信访事项按期受理率、办结率、满意度", "较好", nature: "无"), 0, []),
        new("near miss: a count that is not a rate", T.Project().With("产出指标", "数量指标", "县领导公开接访服务量", "≥200次"), 0, []),
        new("near miss: 频率 with its unit in brackets, measured in 次", T.Project().With("产出指标", "数量指标", "领导接访频率（次/月）", "≥2次"), 0, []),
        new("near miss: 率先 at the start of a count's name", T.Project().With("产出指标", "数量指标", "率先建成规范化接访中心数量", "≥1个"), 0, []),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new RateNotInPercent());
}
