using Jixiao.Web.Accounts;
using Jixiao.Web.Data.Entities;

namespace Jixiao.Web.Tables;

/// <summary>
/// Who sees which table and may do what (DOMAIN.md §9). A unit's staff see their own tables, drafts included;
/// reviewers see the tables of their department (department reviewers) or region (finance reviewers,
/// administrators) once submitted — nobody outside a unit sees its drafts.
/// </summary>
public static class Access
{
    public static bool Sees(Caller c, TableRecord t)
    {
        if (c.RegionCode != t.RegionCode) return false;
        if (c.Role == Role.UnitEditor) return c.UnitId == t.UnitId;
        if (t.State == TableState.Draft) return false;
        return c.Role switch
        {
            Role.DepartmentReviewer => c.DepartmentId == t.DepartmentId,
            Role.FinanceReviewer or Role.Administrator => true,
            _ => false,
        };
    }

    public static May May(Caller c, TableRecord t)
    {
        if (!Sees(c, t)) return Tables.May.Nothing;
        var own = c.Role == Role.UnitEditor && c.UnitId == t.UnitId;
        var editable = t.IsCurrent && t.State is TableState.Draft or TableState.Returned;
        var deptStep = c.Role == Role.DepartmentReviewer && c.DepartmentId == t.DepartmentId && t.State == TableState.Submitted;
        var financeStep = c.Role == Role.FinanceReviewer && t.State == TableState.DepartmentApproved;
        return new May(
            Edit: own && editable,
            Submit: own && editable && t.Errors == 0,
            Approve: t.IsCurrent && (deptStep || financeStep),
            Return: t.IsCurrent && (deptStep || financeStep),
            Publish: t.IsCurrent && t.State == TableState.FinanceApproved && (own || c.Role == Role.FinanceReviewer),
            Adjust: own && t.IsCurrent && t.State is TableState.FinanceApproved or TableState.Published);
    }
}
