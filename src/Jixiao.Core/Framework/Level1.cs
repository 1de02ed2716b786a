namespace Jixiao.Framework;

/// <summary>Level-1 indicator categories (一级指标).</summary>
public enum Level1
{
    Output,
    Effect,
    Satisfaction,
    Cost,
}
