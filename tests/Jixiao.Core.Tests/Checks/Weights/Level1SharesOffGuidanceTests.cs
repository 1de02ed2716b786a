using Jixiao.Checks.Weights;
using Jixiao.Framework;
using Jixiao.Profiles;

namespace Jixiao.Tests.Checks.Weights;

public class Level1SharesOffGuidanceTests
{
    private static TableBuilder Weighted(decimal output, decimal effect, decimal satisfaction) => T.Project()
        .With("产出指标", "数量指标", "县领导公开接访服务量", "≥200次", weight: output / 2)
        .With("产出指标", "质量指标", "信访事项按期办结率", "≥95%", weight: output / 2)
        .With("效益指标", "社会效益指标", "社会矛盾化解", "有效化解", weight: effect)
        .With("满意度指标", "服务对象满意度指标", "信访群众满意度", "≥95%", weight: satisfaction);

    private static readonly Profile Strict = Profile.National with { ShareTolerance = 5 };

    private static readonly Profile OutputHeavy = Profile.National with
    {
        Level1Shares = new Dictionary<Level1, decimal> { [Level1.Output] = 70, [Level1.Effect] = 10, [Level1.Satisfaction] = 10 },
    };

    public static TheoryData<CheckCase> Cases() => new()
    {
        // Of 90 points: 产出 80/100 × 90 = 72 (22 off 50), 效益 9 (21 off 30), 满意度 9 (1 off 10).
        new("产出 80 / 效益 10 / 满意度 10: 产出 and 效益 far off", Weighted(80, 10, 10), 2),
        // 产出 30/100 × 90 = 27 (23 off), 效益 63 (33 off), 满意度 0 (10 off, within 15).
        new("产出 30 / 效益 70 / 满意度 0 of 100: 满意度 at 10 off stays inside", Weighted(30, 70, 0), 2),
        // 满意度 40/100 × 90 = 36 (26 off); 产出 36 (14 off), 效益 18 (12 off) are within 15.
        new("满意度 40: only 满意度 is off", Weighted(40, 20, 40), 1),
        new("near miss: 50 / 30 / 10 of 90", Weighted(50, 30, 10), 0),
        new("near miss: 60 / 30 / 10 of 100 (54, 27, 9 of 90)", Weighted(60, 30, 10), 0),
        // 产出 65 → 58.5 (8.5 off), 效益 25 → 22.5 (7.5 off), 满意度 10 → 9: inside the national 15.
        new("near miss: 65 / 25 / 10 is within the national tolerance", Weighted(65, 25, 10), 0),
        new("tolerance 5: 65 / 25 / 10 is off for 产出 and 效益", Weighted(65, 25, 10), 2) { Profile = Strict },
        new("near miss: guidance 70 / 10 / 10 and a table of 80 / 10 / 10", Weighted(80, 10, 10), 0) { Profile = OutputHeavy },
        new("near miss: a row without a weight (JX401's)", Weighted(80, 10, 10).With("效益指标", "社会效益指标", "信访秩序", "好转"), 0),
        new("near miss: no weights", T.Project().WithRequiredCategories(), 0),
        new("near miss: weights of 0 only", Weighted(0, 0, 0), 0),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new Level1SharesOffGuidance());
}
