using Jixiao.Checks.Values;
using Jixiao.Profiles;
using Jixiao.Values;

namespace Jixiao.Tests.Checks.Values;

public class ComparatorNotAllowedTests
{
    private static readonly Profile ApproximatelyAllowed = Profile.National with
    {
        AllowedComparators = new HashSet<Comparator>(Profile.National.AllowedComparators) { Comparator.Approximately },
    };

    private static readonly Profile QuantitativeOnly = Profile.National with
    {
        AllowedComparators = new HashSet<Comparator> { Comparator.GreaterOrEqual, Comparator.LessOrEqual, Comparator.Equal },
    };

    public static TheoryData<CheckCase> Cases() => new()
    {
        new("seed 000: 租赁平均成本 ≅ 165元/月", T.Project().With("产出指标", "成本指标", "租赁平均成本", "165元/月", nature: "≅"), 1, [0]),
        new("≈ written in the value", T.Project().With("产出指标", "数量指标", "接访人次", "≈300人次"), 1, [0]),
        new("左右 after the number", T.Project().With("产出指标", "数量指标", "接访人次", "100人左右"), 1, [0]),
        new("near miss: ≥ is allowed nationally", T.Project().With("产出指标", "质量指标", "信访事项按期办结率", "≥95%"), 0, []),
        new("near miss: ≤, =, <, > are allowed nationally",
            T.Project().With("产出指标", "时效指标", "受理时限", "≤15天").With("产出指标", "数量指标", "值班天数", "=300天")
                .With("产出指标", "数量指标", "接访场次", ">10场").With("效益指标", "社会效益指标", "群体事件", "<3件"), 0, []),
        new("near miss: qualitative is allowed nationally", T.Project().With("效益指标", "社会效益指标", "社会矛盾化解", "较好", nature: "无"), 0, []),
        new("near miss: no comparator at all is JX201's", T.Project().With("产出指标", "数量指标", "聘用人民调解员", "2人"), 0, []),
        new("near miss: a profile that allows ≈", T.Project().With("产出指标", "成本指标", "租赁平均成本", "165元/月", nature: "≅"), 0, []) { Profile = ApproximatelyAllowed },
        new("profile allowing only ≥ ≤ =: > and qualitative are reported",
            T.Project().With("产出指标", "质量指标", "信访事项按期办结率", "≥95%").With("产出指标", "数量指标", "接访场次", ">10场")
                .With("效益指标", "社会效益指标", "社会矛盾化解", "较好"), 2, [1, 2]) { Profile = QuantitativeOnly },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new ComparatorNotAllowed());
}
