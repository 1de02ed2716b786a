namespace Jixiao.Web.Data.Entities;

/// <summary>What a person may do (DOMAIN.md §9).</summary>
public enum Role
{
    /// <summary>Fills and submits the tables of one unit.</summary>
    UnitEditor,
    /// <summary>Reviews the units of one department.</summary>
    DepartmentReviewer,
    /// <summary>Reviews every department of the region; approves finally and publishes.</summary>
    FinanceReviewer,
    /// <summary>Manages the region's organisation and people.</summary>
    Administrator,
}
