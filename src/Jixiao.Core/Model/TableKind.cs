namespace Jixiao.Model;

/// <summary>Which form a target table is: one per project, or one for the unit as a whole.</summary>
public enum TableKind
{
    Project,
    Department,
}
