using Jixiao.Checks.Completeness;

namespace Jixiao.Tests.Checks.Completeness;

public class MissingProjectNameTests
{
    public static TheoryData<CheckCase> Cases() => new()
    {
        new("project table without 项目名称", T.Project(name: null), 1),
        new("project table whose 项目名称 is blank", T.Project(name: "  "), 1),
        new("near miss: project table with its name", T.Project(name: "信访稳定工作专项"), 0),
        new("near miss: a department table has no project name to give", T.Department(), 0),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new MissingProjectName());
}
