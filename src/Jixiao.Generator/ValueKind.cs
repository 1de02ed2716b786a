namespace Jixiao.Generator;

/// <summary>What an indicator template's target is: a count, a rate, a duration, an amount of money, money per unit, or a grade.</summary>
internal enum ValueKind
{
    Count,
    Percent,
    Duration,
    Money,
    MoneyPerUnit,
    Qualitative,
}
