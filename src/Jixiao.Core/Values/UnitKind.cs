namespace Jixiao.Values;

/// <summary>What a unit measures, for checks that compare a unit with an indicator's name (DOMAIN.md §4).</summary>
public enum UnitKind
{
    None,
    Percent,
    PercentagePoint,
    Money,
    MoneyPerUnit,
    Time,
    Count,
    Other,
}
