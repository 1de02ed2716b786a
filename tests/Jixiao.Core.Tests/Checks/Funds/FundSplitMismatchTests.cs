using Jixiao.Checks.Funds;

namespace Jixiao.Tests.Checks.Funds;

public class FundSplitMismatchTests
{
    public static TheoryData<CheckCase> Cases() => new()
    {
        new("年度资金总额 100 but 财政拨款 80 + 单位资金 10", T.Project().AnnualFunds(100, fiscal: 80, own: 10), 1),
        new("split adds to more than the total", T.Project().AnnualFunds(100, fiscal: 100, carryOver: 5), 1),
        new("中期资金总额 whose split does not add up", T.Project().AnnualFunds(40, fiscal: 40).MidTermFunds(120, fiscal: 100), 1),
        new("annual and mid-term both wrong", T.Project().AnnualFunds(40, fiscal: 30).MidTermFunds(120, fiscal: 100), 2),
        new("department 基本支出 合计 ≠ 财政拨款 + 专户 + 单位", T.Department(total: 500, basic: 300, project: 200).Basic(300, fiscal: 250, own: 40), 1),
        new("department 项目支出 合计 ≠ its split", T.Department(total: 500, basic: 300, project: 200).ProjectSpending(200, fiscal: 150, special: 20, own: 20), 1),
        new("near miss: all five sources add up (seed 003 with 结余结转)",
            T.Project().AnnualFunds(100, fiscal: 60, special: 10, own: 10, carryOver: 15, other: 5), 0),
        new("near miss: a difference of 0.004 万元 (40 元) is rounding", T.Project().AnnualFunds(165.54m, fiscal: 165.5400m, own: 0.004m), 0),
        new("near miss: only the total written", T.Project().AnnualFunds(100), 0),
        new("near miss: a total of 0 with a 0 split", T.Project().AnnualFunds(0, fiscal: 0), 0),
        new("near miss: department parts that add up",
            T.Department(total: 500, basic: 300, project: 200).Basic(300, fiscal: 250, special: 10, own: 40).ProjectSpending(200, fiscal: 200), 0),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new FundSplitMismatch());
}
