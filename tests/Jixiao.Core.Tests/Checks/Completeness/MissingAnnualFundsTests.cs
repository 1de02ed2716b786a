using Jixiao.Checks.Completeness;

namespace Jixiao.Tests.Checks.Completeness;

public class MissingAnnualFundsTests
{
    public static TheoryData<CheckCase> Cases() => new()
    {
        new("project table without any funds block", T.Project(funds: null), 1),
        new("project table with 财政拨款 but no 年度资金总额", T.Project().AnnualFunds(null, fiscal: 100), 1),
        new("near miss: 年度资金总额 of 0 is written (JX304's business, not a missing total)", T.Project(funds: 0), 0),
        new("near miss: 年度资金总额 120万元", T.Project(funds: 120), 0),
        new("near miss: a department table is not asked for 年度资金总额", T.Department().AnnualFunds(null), 0),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new MissingAnnualFunds());
}
