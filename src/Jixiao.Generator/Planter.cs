using System.Globalization;

namespace Jixiao.Generator;

/// <summary>Plants one mistake in a table, choosing among those that fit it (weights only in weighted tables, and so on).</summary>
internal static class Planter
{
    public static string CodeOf(Mistake m) => m switch
    {
        Mistake.ComparatorMissing => "JX201",
        Mistake.ApproximateComparator => "JX202",
        Mistake.RateAbove100 => "JX203",
        Mistake.RateInMoney => "JX204",
        Mistake.QualitativeQuantity => "JX205",
        Mistake.DirectionReversed => "JX206",
        Mistake.MoneyUnderTimeliness => "JX501",
        Mistake.CostAboveFunds => "JX305",
        Mistake.ZeroFunds => "JX304",
        Mistake.FundSplitMismatch => "JX301",
        Mistake.DepartmentTotalMismatch => "JX302",
        Mistake.WeightsSumWrong => "JX402",
        Mistake.RequiredCategoryMissing => "JX106",
        Mistake.PlanDecreasing => "JX306",
        Mistake.DuplicateIndicator => "JX110",
        Mistake.PlaceholderName => "JX109",
        _ => "JX104",
    };

    private static readonly string[] TimelinessMoney =
    [
        "开展集中劝返等任务期间产生的车辆费用", "赴外开展工作期间产生的差旅费用", "应急处置期间产生的交通费用", "专项检查期间产生的车辆运行费用",
    ];

    /// <summary>Plants a mistake fitting the table; returns the index of the indicator it concerns (null for the table), or false when none fits.</summary>
    public static bool TryPlant(Rng rng, TableSpec t, bool planCapable, out Mistake mistake, out int? indicator)
    {
        var candidates = Enum.GetValues<Mistake>().Where(m => Fits(m, t, planCapable)).ToList();
        mistake = default;
        indicator = null;
        if (candidates.Count == 0) return false;
        mistake = rng.Pick(candidates);
        indicator = Apply(rng, t, mistake);
        return true;
    }

    private static bool IsRate(IndicatorSpec i) => i.Kind == ValueKind.Percent;

    private static bool Fits(Mistake m, TableSpec t, bool planCapable) => m switch
    {
        Mistake.ComparatorMissing or Mistake.QualitativeQuantity => t.Indicators.Any(i => i.Level2 == "数量指标" && i.Kind == ValueKind.Count),
        Mistake.ApproximateComparator => t.Indicators.Any(Approximable),
        Mistake.RateAbove100 => t.Indicators.Any(i => IsRate(i) && i.Comparator is "≥" or "="),
        Mistake.RateInMoney => t.Indicators.Any(i => i.Level1 == "满意度指标"),
        Mistake.DirectionReversed => t.Indicators.Any(i => i.Level1 == "满意度指标" && i.Comparator == "≥"),
        Mistake.MoneyUnderTimeliness => t.Indicators.Any(i => i.Level2 == "时效指标"),
        Mistake.CostAboveFunds or Mistake.ZeroFunds or Mistake.FundSplitMismatch => !t.IsDepartment,
        Mistake.DepartmentTotalMismatch => t.IsDepartment,
        Mistake.WeightsSumWrong => t.Weighted,
        Mistake.PlanDecreasing => planCapable && !t.IsDepartment,
        _ => true,
    };

    private static bool Approximable(IndicatorSpec i) => i.Kind is ValueKind.Count or ValueKind.Percent or ValueKind.MoneyPerUnit && i.Comparator is "≥" or "=" && i.Number != "0";

    private static int Pick(Rng rng, TableSpec t, Func<IndicatorSpec, bool> where)
    {
        var indexes = Enumerable.Range(0, t.Indicators.Count).Where(k => where(t.Indicators[k])).ToList();
        return rng.Pick(indexes);
    }

    private static int? Apply(Rng rng, TableSpec t, Mistake m)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (m)
        {
            case Mistake.ComparatorMissing:
            {
                var k = Pick(rng, t, i => i.Level2 == "数量指标" && i.Kind == ValueKind.Count);
                t.Indicators[k].Comparator = null;
                return k;
            }
            case Mistake.QualitativeQuantity:
            {
                var k = Pick(rng, t, i => i.Level2 == "数量指标" && i.Kind == ValueKind.Count);
                var i = t.Indicators[k];
                i.Kind = ValueKind.Qualitative;
                i.Comparator = null;
                i.Number = null;
                i.Unit = null;
                i.Grade = rng.Pick(["按计划完成", "较好", "足额完成", "全面完成"]);
                i.Actual = "达成年度指标";
                i.ActualShown = i.Grade;
                return k;
            }
            case Mistake.ApproximateComparator:
            {
                var k = Pick(rng, t, Approximable);
                t.Indicators[k].Comparator = "≅";
                return k;
            }
            case Mistake.RateAbove100:
            {
                var k = Pick(rng, t, i => IsRate(i) && i.Comparator is "≥" or "=");
                t.Indicators[k].Number = rng.Int(101, 120).ToString(inv);
                return k;
            }
            case Mistake.RateInMoney:
            {
                var k = Pick(rng, t, i => i.Level1 == "满意度指标");
                var i = t.Indicators[k];
                i.Kind = ValueKind.Money;
                i.Comparator = "≤";
                i.Number = rng.Int(5, 50).ToString(inv);
                i.Unit = "万元";
                return k;
            }
            case Mistake.DirectionReversed:
            {
                var k = Pick(rng, t, i => i.Level1 == "满意度指标" && i.Comparator == "≥");
                t.Indicators[k].Comparator = "≤";
                return k;
            }
            case Mistake.MoneyUnderTimeliness:
            {
                var k = Pick(rng, t, i => i.Level2 == "时效指标");
                var i = t.Indicators[k];
                var names = t.Indicators.Select(x => x.Name).ToHashSet();
                i.Name = rng.Pick(TimelinessMoney.Where(n => !names.Contains(n)).ToList());
                i.Description = $"反映{i.Name}情况";
                i.Kind = ValueKind.Money;
                i.Comparator = "≤";
                i.Number = rng.Int(1, 5).ToString(inv);
                i.Unit = "万元";
                i.Actual = i.Number + "万元";
                i.ActualShown = i.Actual;
                return k;
            }
            case Mistake.CostAboveFunds:
            {
                var cost = t.Indicators.FindIndex(i => i.Level2 == "成本指标" && i.Kind == ValueKind.Money);
                if (cost < 0)
                {
                    var at = t.Indicators.FindLastIndex(i => i.Level1 == "产出指标") + 1;
                    var tpl = rng.Pick(Vocabulary.CostTotals.Where(c => t.Indicators.All(i => i.Name != c.Name)).ToList());
                    t.Indicators.Insert(at, TableFactory.Make(rng, t, "产出指标", "成本指标", tpl));
                    cost = at;
                }
                var over = Math.Ceiling(t.Total * rng.Int(120, 300) / 100m);
                t.Indicators[cost].Number = TableFactory.Amount(over);
                return cost;
            }
            case Mistake.ZeroFunds:
                t.Total = t.Fiscal = t.Own = t.CarryOver = t.Other = 0;
                return null;
            case Mistake.FundSplitMismatch:
            {
                var delta = Math.Max(0.5m, Math.Round(t.Total * rng.Int(5, 30) / 100m, 2));
                t.Fiscal = rng.Chance(0.5) || t.Fiscal < delta ? t.Fiscal + delta : t.Fiscal - delta;
                return null;
            }
            case Mistake.DepartmentTotalMismatch:
                t.DepartmentTotalError = rng.Int(1, 500) / 10m * (rng.Chance(0.5) ? 1 : -1);
                return null;
            case Mistake.WeightsSumWrong:
                // Applied after the weights are assigned (see Adjust).
                return null;
            case Mistake.RequiredCategoryMissing:
            {
                var drop = rng.Pick(new[] { "时效指标", "质量指标" });
                t.Indicators.RemoveAll(i => i.Level2 == drop);
                return null;
            }
            case Mistake.PlanDecreasing:
                return null;
            case Mistake.DuplicateIndicator:
            {
                var k = Pick(rng, t, i => i.Level1 != "满意度指标");
                t.Indicators.Insert(k + 1, t.Indicators[k].Copy());
                return k + 1;
            }
            case Mistake.PlaceholderName:
            {
                var k = Pick(rng, t, i => i.Level1 != "满意度指标");
                t.Indicators[k].Name = "指标" + (k % 9 + 1).ToString(inv);
                return k;
            }
            default:
                t.Goal = null;
                t.Achieved = null;
                return null;
        }
    }

    /// <summary>What a mistake changes after weights and plan are drawn.</summary>
    public static void Adjust(Rng rng, TableSpec t, Mistake m)
    {
        if (m == Mistake.WeightsSumWrong)
        {
            var k = t.Indicators.FindIndex(i => i.Level1 == "产出指标" && i.Weight is not null);
            t.Indicators[k].Weight += rng.Int(2, 8);
        }
        else if (m == Mistake.PlanDecreasing && t.Plan is { } p)
        {
            p[2] = p[1] - rng.Int(5, 15);
        }
    }
}
