using Jixiao.Checks.Values;

namespace Jixiao.Tests.Checks.Values;

public class VagueGoalTests
{
    private static TableBuilder Qualitative(string? goal, string? midTerm = null) => T.Project().Goal(goal, midTerm)
        .With("效益指标", "社会效益指标", "社会矛盾化解", "有效化解")
        .With("满意度指标", "服务对象满意度指标", "信访群众满意度", "较高");

    public static TheoryData<CheckCase> Cases() => new()
    {
        new("vague goal, qualitative indicators only", Qualitative("进一步规范信访秩序，提升群众满意度。"), 1),
        new("vague 中期目标 alone, qualitative indicators only", Qualitative(null, "持续推进信访工作法治化。"), 1),
        new("near miss: the goal holds a number", Qualitative("全年办理信访事项不少于200件。"), 0),
        new("near miss: one indicator holds a number",
            Qualitative("进一步规范信访秩序。").With("产出指标", "数量指标", "县领导公开接访服务量", "≥200次"), 0),
        new("near miss: no goal at all is JX104's", Qualitative(null), 0),
        new("near miss: no indicators at all is JX105's", T.Project().Goal("进一步规范信访秩序。"), 0),
        // A year is not a measurable number, but any ASCII digit in the goal silences the check. Fails today.
        new("a year in a vague goal is not a measurable number", Qualitative("2023年，进一步规范信访秩序，提升群众满意度。"), 1),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new VagueGoal());
}
