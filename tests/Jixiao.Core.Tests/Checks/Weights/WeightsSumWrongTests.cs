using Jixiao.Checks.Weights;
using Jixiao.Profiles;

namespace Jixiao.Tests.Checks.Weights;

public class WeightsSumWrongTests
{
    private static TableBuilder Weighted(decimal output, decimal effect, decimal satisfaction) => T.Project()
        .With("产出指标", "数量指标", "县领导公开接访服务量", "≥200次", weight: output)
        .With("效益指标", "社会效益指标", "社会矛盾化解", "有效化解", weight: effect)
        .With("满意度指标", "服务对象满意度指标", "信访群众满意度", "≥95%", weight: satisfaction);

    private static readonly Profile NinetyPoints = Profile.National with { WeightTotal = 90 };

    public static TheoryData<CheckCase> Cases() => new()
    {
        new("weights add to 95", Weighted(50, 30, 15), 1),
        new("weights add to 110", Weighted(60, 30, 20), 1),
        new("near miss: weights add to 90, leaving the 10 预算执行率 points (DOMAIN.md §7)", Weighted(50, 30, 10), 0),
        new("weights add to 80", Weighted(50, 20, 10), 1),
        new("90 with a declared 预算执行率 weight of 5 is still wrong", Weighted(50, 30, 10).ExecutionWeight(5), 1),
        new("mid-term weights add to 80 while annual ones add to 100",
            Weighted(50, 30, 20).MidTerm("产出指标", "数量指标", "县领导公开接访服务量", "≥600次", weight: 50)
                .MidTerm("满意度指标", "服务对象满意度指标", "信访群众满意度", "≥95%", weight: 30), 1),
        new("near miss: weights add to 100", Weighted(60, 30, 10), 0),
        new("near miss: decimal weights add to 100", Weighted(33.33m, 33.33m, 33.34m), 0),
        new("near miss: 90 plus a declared 预算执行率 weight of 10", Weighted(50, 30, 10).ExecutionWeight(10), 0),
        new("near miss: 100 with a declared 预算执行率 weight", Weighted(60, 30, 10).ExecutionWeight(10), 0),
        new("near miss: no weights at all", T.Project().WithRequiredCategories(), 0),
        new("near miss: a profile whose weight total is 90", Weighted(50, 30, 10), 0) { Profile = NinetyPoints },
        new("a profile whose weight total is 90: 100 is wrong", Weighted(60, 30, 10), 1) { Profile = NinetyPoints },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new WeightsSumWrong());
}
