namespace Jixiao.Framework;

/// <summary>What a framework label cell was recognised as. A label such as 成本指标 or 满意度指标 can be either level.</summary>
public readonly record struct LabelMatch(Level1? AsLevel1, Level2? AsLevel2)
{
    public bool IsLabel => AsLevel1 is not null || AsLevel2 is not null;
}
