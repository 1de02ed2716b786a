using Jixiao.Checks.Funds;

namespace Jixiao.Tests.Checks.Funds;

public class ZeroFundsWithIndicatorsTests
{
    public static TheoryData<CheckCase> Cases() => new()
    {
        new("seed 001: 年度资金总额 0.00 with annual indicators", T.Project(funds: 0.00m).WithRequiredCategories(), 1),
        new("0 funds with a single annual indicator", T.Project(funds: 0).With("产出指标", "数量指标", "县领导公开接访服务量", "≥200次"), 1),
        new("near miss: funds of 0.01", T.Project(funds: 0.01m).WithRequiredCategories(), 0),
        new("near miss: 0 funds and no indicators (JX105's)", T.Project(funds: 0), 0),
        new("near miss: no funds written (JX103's)", T.Project(funds: null).WithRequiredCategories(), 0),
        new("near miss: a department table", T.Department(total: 0, basic: 0, project: 0).WithRequiredCategories(), 0),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new ZeroFundsWithIndicators());
}
