using Jixiao.Diagnostics;
using Jixiao.Review;
using Jixiao.Web.Data.Entities;
using Jixiao.Web.Tables;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Pages.Tables;

/// <summary>
/// The editor for drafts and returned tables: header facts, funds, goals and indicator rows, reviewed again as the
/// person types. Saving names the revision the editor was opened on; a stale one is refused and the input stays.
/// </summary>
public sealed class EditModel(TableService service) : JixiaoPage
{
    public const string DeniedMessage = "只有本单位的填报人员可以修改草稿或被退回的表；已送审、已批复或已公开的表只读。";
    public const string InvalidMessage = "有些数字无法识别，未保存；请按标出的位置改正。";

    /// <summary>What the findings panel shows: the review of the table as typed, findings pointing at the editor's rows.</summary>
    public sealed record FindingsView(TableReview Review, IReadOnlyList<Diagnostic> Findings, IReadOnlyDictionary<string, string> Errors);

    [BindProperty(Name = "")] public TableForm Form { get; set; } = new();
    [BindProperty] public int Revision { get; set; }

    public TableRecord Record { get; private set; } = null!;
    public FindingsView Findings { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    /// <summary>Set when the save was refused because someone else saved first: the current revision.</summary>
    public int? ConflictRevision { get; private set; }
    public string? Denied { get; private set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var t = await service.Find(Me!, id, ct);
        if (t is null) return NotFound();
        Record = t;
        if (!Access.May(Me!, t).Edit) return Deny();
        Form = TableForm.From(TableService.Model(t));
        Revision = t.Revision;
        Findings = Review(Form.ToTable(TableService.Model(t)));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var t = await service.Find(Me!, id, ct);
        if (t is null) return NotFound();
        Record = t;
        var mayEdit = Access.May(Me!, t).Edit;
        // The unit's own editor keeps what they typed even when the table left the draft state meanwhile (submitted by a colleague).
        if (!mayEdit && (Me!.Role != Role.UnitEditor || Me.UnitId != t.UnitId)) return Deny();
        var result = Form.ToTable(TableService.Model(t));
        Findings = Review(result);
        if (!mayEdit)
        {
            Message = DeniedMessage + "你填写的内容仍在下面，尚未保存。";
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        if (!result.Ok)
        {
            Errors = result.Errors;
            Message = InvalidMessage;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var outcome = await service.Edit(Me!, id, Revision, result.Table, ct);
        if (outcome.Ok)
        {
            var saved = outcome.Table!;
            Notice = saved.Errors > 0
                ? $"已保存（修订 {saved.Revision}）。还有 {saved.Errors} 个错误，改正后才能送审。"
                : $"已保存（修订 {saved.Revision}）。";
            return Redirect($"/tables/{id}");
        }
        // The person's input stays on the page, with the revision it was loaded with: nothing of theirs or the other's is lost.
        Message = outcome.Error;
        if (outcome.Status == StatusCodes.Status409Conflict) ConflictRevision = outcome.Table?.Revision;
        Response.StatusCode = outcome.Status;
        return Page();
    }

    /// <summary>The findings panel for the form as typed (htmx, while the person types).</summary>
    public async Task<IActionResult> OnPostFindingsAsync(Guid id, CancellationToken ct)
    {
        var t = await service.Find(Me!, id, ct);
        if (t is null) return NotFound();
        if (!Access.May(Me!, t).Edit) return StatusCode(StatusCodes.Status403Forbidden);
        return Partial("_EditorFindings", Review(Form.ToTable(TableService.Model(t))));
    }

    private FindingsView Review(TableForm.Result result)
    {
        var review = service.Review(result.Table);
        return new FindingsView(review, result.ForRows(review.Findings), result.Errors);
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Deny()
    {
        Denied = DeniedMessage;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
