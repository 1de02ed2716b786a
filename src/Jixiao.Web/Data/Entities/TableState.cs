namespace Jixiao.Web.Data.Entities;

/// <summary>Where a table stands in the review workflow (DOMAIN.md §1).</summary>
public enum TableState
{
    Draft,
    Submitted,
    DepartmentApproved,
    FinanceApproved,
    Published,
    /// <summary>Sent back with a comment at either review step: editable again, like a draft.</summary>
    Returned,
}
