using Jixiao.Checks.Completeness;

namespace Jixiao.Tests.Checks.Completeness;

public class NoIndicatorsTests
{
    public static TheoryData<CheckCase> Cases() => new()
    {
        new("project table without indicator rows", T.Project(), 1),
        new("department table without indicator rows (seed 004's department table)", T.Department(), 1),
        new("near miss: one indicator is enough", T.Project().With("产出指标", "数量指标", "县领导公开接访服务量", "≥200次"), 0),
        new("near miss: mid-term indicators only still are indicators", T.Project().MidTerm("产出指标", "数量指标", "县领导公开接访服务量", "≥600次"), 0),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new NoIndicators());
}
