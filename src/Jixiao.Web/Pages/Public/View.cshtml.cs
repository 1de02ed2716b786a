using Jixiao.Model;
using Jixiao.Web.Data;
using Jixiao.Web.Data.Entities;
using Jixiao.Web.Tables;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Public;

/// <summary>A published table as the official form, for everyone: personal phone numbers masked (191****3693), with print and downloads.</summary>
public sealed class ViewModel(JixiaoDb db) : JixiaoPage
{
    public TableRecord Record { get; private set; } = null!;
    public TargetTable Table { get; private set; } = null!;
    public OfficialFormView Form { get; private set; } = null!;
    public string RegionName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var t = await Jixiao.Web.Public.PublicApi.Published(db, null, null, null).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (t is null) return NotFound();
        Record = t;
        var model = TableService.Model(t);
        Table = model with { Manager = TableJson.Mask(model.Manager), Phone = TableJson.Mask(model.Phone) };
        // The public sees the table as approved, not the reviewers' findings.
        Form = OfficialFormView.Of(Table, []);
        RegionName = (await db.Regions.FirstOrDefaultAsync(r => r.Code == t.RegionCode, ct))?.Name ?? t.RegionCode;
        return Page();
    }
}
