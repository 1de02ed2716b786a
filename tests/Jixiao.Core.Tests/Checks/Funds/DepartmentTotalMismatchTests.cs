using Jixiao.Checks.Funds;

namespace Jixiao.Tests.Checks.Funds;

public class DepartmentTotalMismatchTests
{
    public static TheoryData<CheckCase> Cases() => new()
    {
        new("预算支出总额 500 but 基本支出 300 + 项目支出 150", T.Department(total: 500, basic: 300, project: 150), 1),
        new("预算支出总额 below the parts", T.Department(total: 400, basic: 300, project: 200), 1),
        new("only 基本支出 written, and it is not the total", T.Department(total: 500, basic: 300, project: null), 1),
        new("near miss: 300 + 200 = 500", T.Department(total: 500, basic: 300, project: 200), 0),
        new("near miss: seed 000's decimals add up", T.Department(total: 365.54m, basic: 200.00m, project: 165.54m), 0),
        new("near miss: no parts written", T.Department(total: 500, basic: null, project: null), 0),
        new("near miss: no total written", T.Department(total: null, basic: 300, project: 150), 0),
        new("near miss: a project table has no department budget", T.Project(), 0),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new DepartmentTotalMismatch());
}
