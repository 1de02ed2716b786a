namespace Jixiao.Generator;

/// <summary>A mistake the generator plants, each drawn from the check catalogue and found by exactly one check.</summary>
public enum Mistake
{
    /// <summary>JX201: a count without ≥/≤/=.</summary>
    ComparatorMissing,
    /// <summary>JX202: ≅, which the national profile does not allow.</summary>
    ApproximateComparator,
    /// <summary>JX203: a rate above 100 %.</summary>
    RateAbove100,
    /// <summary>JX204: a rate measured in money (到京信访事件处理率 ≤20万元).</summary>
    RateInMoney,
    /// <summary>JX205: a quantity with a qualitative value.</summary>
    QualitativeQuantity,
    /// <summary>JX206: ≤ on a rate where more is better.</summary>
    DirectionReversed,
    /// <summary>JX501: money filed under 时效指标.</summary>
    MoneyUnderTimeliness,
    /// <summary>JX305: a cost in money above the project's funds.</summary>
    CostAboveFunds,
    /// <summary>JX304: annual funds of 0 with annual indicators.</summary>
    ZeroFunds,
    /// <summary>JX301: the fund split does not add up to the total.</summary>
    FundSplitMismatch,
    /// <summary>JX302: a department total that is not 基本支出 + 项目支出.</summary>
    DepartmentTotalMismatch,
    /// <summary>JX402: weights that add to neither 100 nor 90.</summary>
    WeightsSumWrong,
    /// <summary>JX106: a required level-2 category left out.</summary>
    RequiredCategoryMissing,
    /// <summary>JX306: a cumulative spending plan that decreases.</summary>
    PlanDecreasing,
    /// <summary>JX110: the same indicator twice.</summary>
    DuplicateIndicator,
    /// <summary>JX109: a template placeholder left as a name (指标3).</summary>
    PlaceholderName,
    /// <summary>JX104: no annual goal text.</summary>
    MissingGoal,
}
