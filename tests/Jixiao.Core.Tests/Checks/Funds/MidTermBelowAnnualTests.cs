using Jixiao.Checks.Funds;

namespace Jixiao.Tests.Checks.Funds;

public class MidTermBelowAnnualTests
{
    public static TheoryData<CheckCase> Cases() => new()
    {
        new("中期资金 50 below 年度资金 100", T.Project(funds: 100).MidTermFunds(50), 1),
        new("中期资金 0 with annual funds", T.Project(funds: 12).MidTermFunds(0), 1),
        new("near miss: seed 001's 中期资金 120 over 年度资金 40", T.Project(funds: 40).MidTermFunds(120), 0),
        new("near miss: a one-year project whose mid-term equals the annual funds", T.Project(funds: 100).MidTermFunds(100), 0),
        new("near miss: no mid-term funds", T.Project(funds: 100), 0),
        new("near miss: mid-term funds without annual funds", T.Project(funds: null).MidTermFunds(100), 0),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new MidTermBelowAnnual());
}
