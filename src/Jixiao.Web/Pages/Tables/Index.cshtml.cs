using Jixiao.Web.Data;
using Jixiao.Web.Data.Entities;
using Jixiao.Web.Tables;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Tables;

/// <summary>The tables the signed-in person sees, with filters and search over project and indicator names.</summary>
public sealed class IndexModel(JixiaoDb db) : JixiaoPage
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? Grade { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public List<TableRecord> Rows { get; private set; } = [];
    public int Total { get; private set; }
    /// <summary>The search matched so much that only its most recent matches are listed (<see cref="Search.Cap"/>).</summary>
    public bool Limited { get; private set; }
    public int Pages { get; private set; }
    public List<int> Years { get; private set; } = [];
    public List<string> Departments { get; private set; } = [];
    public List<string> Units { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var all = TablesApi.Visible(db, Me!, null, null);
        Years = await all.Select(t => t.Year).Distinct().OrderByDescending(y => y).ToListAsync();
        Departments = (await all.Select(t => t.DepartmentName).Distinct().ToListAsync()).OfType<string>().Order().ToList();
        Units = (await all.Select(t => t.UnitName).Distinct().ToListAsync()).OfType<string>().Order().ToList();
        var (q, limited) = await TablesApi.Find(db, Me!, Year, State, Q, HttpContext.RequestAborted);
        Limited = limited;
        if (!string.IsNullOrEmpty(Department)) q = q.Where(t => t.DepartmentName == Department);
        if (!string.IsNullOrEmpty(Unit)) q = q.Where(t => t.UnitName == Unit);
        if (!string.IsNullOrEmpty(Grade)) q = q.Where(t => t.Grade == Grade);
        Total = await q.CountAsync();
        Pages = (Total + PageSize - 1) / PageSize;
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, Pages));
        Rows = await q.OrderByDescending(t => t.UpdatedAt).ThenBy(t => t.ProjectName).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
    }
}
