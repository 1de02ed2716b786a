namespace Jixiao.Model;

/// <summary>Whether an indicator is set for the budget year or for the mid-term period of a multi-year project.</summary>
public enum Horizon
{
    Annual,
    MidTerm,
}
