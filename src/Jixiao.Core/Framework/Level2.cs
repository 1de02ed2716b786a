namespace Jixiao.Framework;

/// <summary>Level-2 indicator categories (二级指标).</summary>
public enum Level2
{
    Quantity,
    Quality,
    Timeliness,
    Cost,
    Economic,
    Social,
    Ecological,
    Sustainable,
    Satisfaction,
    EconomicCost,
    SocialCost,
    EcologicalCost,
}
