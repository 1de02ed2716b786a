using Jixiao.Checks.Funds;
using Jixiao.Diagnostics;

namespace Jixiao.Tests.Checks.Funds;

public class ProjectsVersusDepartmentTests
{
    private static readonly TableBuilder Department = T.Department(total: 365.54m, basic: 200, project: 165.54m);

    public static TheoryData<CheckCase> Cases() => new()
    {
        new("seed 000: four projects add to 155.544 of a declared 165.54 (info: not every project is disclosed)",
            Department, 1, Severities: [Severity.Info])
        {
            Others = [T.Project(funds: 60), T.Project(funds: 50.5m), T.Project(funds: 30), T.Project(funds: 15.044m)],
        },
        new("projects add to more than the declared 项目支出 (warning)", Department, 1, Severities: [Severity.Warning])
        {
            Others = [T.Project(funds: 100), T.Project(funds: 80)],
        },
        new("a project in 元 is converted to 万元 before adding", Department, 1, Severities: [Severity.Warning])
        {
            Others = [T.Project(funds: 100), T.Project().AnnualFunds(700000, currency: "元")],
        },
        new("near miss: projects add to exactly the declared 项目支出", Department, 0)
        {
            Others = [T.Project(funds: 100), T.Project(funds: 65.54m)],
        },
        new("near miss: a project in 元 that makes the sum exact", Department, 0)
        {
            Others = [T.Project(funds: 100), T.Project().AnnualFunds(655400, currency: "元")],
        },
        new("near miss: a project of another year is not counted", Department, 0)
        {
            Others = [T.Project(funds: 165.54m), T.Project(funds: 500, year: 2023)],
        },
        new("near miss: a project without a funds total is not counted", Department, 0)
        {
            Others = [T.Project(funds: 165.54m), T.Project(funds: null)],
        },
        new("near miss: no project tables in the document", Department, 0),
        new("near miss: the department declares no 项目支出", T.Department(total: 300, basic: 300, project: null), 0)
        {
            Others = [T.Project(funds: 100)],
        },
        new("near miss: run on a project table", T.Project(funds: 500), 0) { Others = [Department] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new ProjectsVersusDepartment());
}
