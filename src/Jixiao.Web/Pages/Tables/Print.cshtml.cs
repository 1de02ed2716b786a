using Jixiao.Documents.Writing;
using Jixiao.Web.Tables;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Pages.Tables;

/// <summary>The table alone, laid out as the official form for A4 landscape printing (the same HTML the PDF is printed from).</summary>
public sealed class PrintModel(TableService service) : JixiaoPage
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var t = await service.Find(Me!, id, ct);
        if (t is null) return NotFound();
        return Content(HtmlWriter.Write([TableService.Model(t)]), "text/html; charset=utf-8");
    }
}
