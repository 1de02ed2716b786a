using Jixiao.Web.Data;
using Jixiao.Web.Data.Entities;
using Jixiao.Web.Tables;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages;

/// <summary>The home page of each role: my tables by state; for reviewers, the queue waiting for them.</summary>
public sealed class IndexModel(JixiaoDb db) : JixiaoPage
{
    public List<(TableState State, int Count)> Counts { get; private set; } = [];
    public List<TableRecord> Queue { get; private set; } = [];
    public List<TableRecord> Returned { get; private set; } = [];
    public List<TableRecord> Recent { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var me = Me!;
        var visible = TablesApi.Visible(db, me, null, null);
        var counts = await visible.GroupBy(t => t.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Counts = Enum.GetValues<TableState>().Select(s => (s, counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0)).Where(x => x.Item2 > 0).ToList();
        var waiting = me.Role switch
        {
            Role.DepartmentReviewer => TableState.Submitted,
            Role.FinanceReviewer => TableState.DepartmentApproved,
            _ => (TableState?)null,
        };
        if (waiting is { } w) Queue = await visible.Where(t => t.State == w).OrderBy(t => t.UpdatedAt).Take(50).ToListAsync();
        if (me.Role == Role.UnitEditor) Returned = await visible.Where(t => t.State == TableState.Returned).OrderByDescending(t => t.UpdatedAt).ToListAsync();
        Recent = await visible.OrderByDescending(t => t.UpdatedAt).Take(10).ToListAsync();
    }
}
