using Jixiao.Checks.Completeness;

namespace Jixiao.Tests.Checks.Completeness;

public class MissingYearTests
{
    public static TheoryData<CheckCase> Cases() => new()
    {
        new("project table without a budget year", T.Project(year: null), 1),
        new("department table without a budget year", T.Department(year: null), 1),
        new("near miss: project table of 2024", T.Project(year: 2024), 0),
        new("near miss: department table of 2023", T.Department(year: 2023), 0),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new MissingYear());
}
