using Jixiao.Web.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages;

/// <summary>Base of Jixiao's pages: who is signed in, and a message carried over a redirect.</summary>
public abstract class JixiaoPage : PageModel
{
    public Caller? Me => Caller.From(User);

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Notice { get; set; }

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Problem { get; set; }

    public static string RoleName(Data.Entities.Role r) => r switch
    {
        Data.Entities.Role.UnitEditor => "单位填报",
        Data.Entities.Role.DepartmentReviewer => "部门审核",
        Data.Entities.Role.FinanceReviewer => "财政审核",
        _ => "管理员",
    };

    public static string StateName(Data.Entities.TableState s) => s switch
    {
        Data.Entities.TableState.Draft => "草稿",
        Data.Entities.TableState.Submitted => "待部门审核",
        Data.Entities.TableState.DepartmentApproved => "待财政审核",
        Data.Entities.TableState.FinanceApproved => "已批复",
        Data.Entities.TableState.Published => "已公开",
        _ => "已退回",
    };
}
