using Jixiao.Checks.Funds;

namespace Jixiao.Tests.Checks.Funds;

public class CostExceedsFundsTests
{
    public static TheoryData<CheckCase> Cases() => new()
    {
        new("seed 001: 完成项目金额 360万元 on 120万元", T.Project(funds: 120).With("成本指标", "成本指标", "完成项目金额", "360万元"), 1, [0]),
        new("成本指标 under 产出指标, after a good row",
            T.Project(funds: 100).With("产出指标", "数量指标", "县领导公开接访服务量", "≥200次").With("产出指标", "成本指标", "项目总成本", "≤150万元"), 1, [1]),
        new("经济成本指标 under level-1 成本指标", T.Project(funds: 100).With("成本指标", "经济成本指标", "运行成本", "≤101万元"), 1, [0]),
        new("cost in 元 above funds in 万元", T.Project(funds: 100).With("产出指标", "成本指标", "项目总成本", "≤1,500,000元"), 1, [0]),
        new("mid-term cost above the 中期资金总额",
            T.Project(funds: 40).MidTermFunds(120).MidTerm("成本指标", "成本指标", "完成项目金额", "360万元"), 1, [0]),
        new("annual cost above annual funds, though below the mid-term funds",
            T.Project(funds: 40).MidTermFunds(120).With("成本指标", "成本指标", "完成项目金额", "≤100万元"), 1, [0]),
        new("near miss: a per-unit amount such as 2万元/件", T.Project(funds: 1).With("产出指标", "成本指标", "涉访救助费用标准", "2万元/件"), 0, []),
        new("near miss: a cost equal to the funds", T.Project(funds: 120).With("产出指标", "成本指标", "项目总成本", "≤120万元"), 0, []),
        new("near miss: a cost in 元 below funds in 万元", T.Project(funds: 100).With("产出指标", "成本指标", "项目总成本", "≤800000元"), 0, []),
        new("near miss: funds in 元, cost in 万元 below them",
            T.Project().AnnualFunds(1_200_000, currency: "元").With("产出指标", "成本指标", "项目总成本", "≤100万元"), 0, []),
        new("near miss: a mid-term cost within the mid-term funds",
            T.Project(funds: 40).MidTermFunds(120).MidTerm("成本指标", "成本指标", "完成项目金额", "≤120万元"), 0, []),
        new("near miss: money under 时效指标 is JX501's, not a cost", T.Project(funds: 1).With("产出指标", "时效指标", "车辆费用", "2万元"), 0, []),
        new("near miss: a cost in 次 is not money", T.Project(funds: 1).With("产出指标", "成本指标", "公务用车次数", "≤200次"), 0, []),
        new("near miss: funds of 0 (JX304's)", T.Project(funds: 0).With("产出指标", "成本指标", "项目总成本", "≤10万元"), 0, []),
        new("near miss: no funds written (JX103's)", T.Project(funds: null).With("产出指标", "成本指标", "项目总成本", "≤10万元"), 0, []),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new CostExceedsFunds());
}
