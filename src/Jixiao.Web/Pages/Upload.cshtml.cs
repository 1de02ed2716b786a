using Jixiao.Diagnostics;
using Jixiao.Review;
using Jixiao.Web.Data.Entities;
using Jixiao.Web.Tables;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Pages;

/// <summary>
/// Upload a document (unit editors): the file is read, and its tables stored as drafts of the uploader's unit, all or
/// none; the page then lists the tables found with their grade and findings. Over htmx it answers with the result only.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class UploadModel(TableService service) : JixiaoPage
{
    /// <summary>Bodies up to this size are read, so that a file over the 20 MB limit still gets its Chinese answer; larger ones are refused unread.</summary>
    public const long MaxRequestBytes = 64 * 1024 * 1024;

    public const string DeniedMessage = "只有单位填报人员可以上传本单位的绩效目标表。";
    public const string NoFileMessage = "请选择要上传的文件。";
    public const string BadYearMessage = "年度应为 2000 到 2100 之间的年份，或留空（按文件中的年度）。";

    public static string TooLargeMessage => $"文件超过 {DocumentsApi.MaxUploadBytes / 1024 / 1024} MB 的上限，未上传。请拆分文件，或只上传含绩效目标表的部分。";

    public static string NothingReadMessage(string fileName) => $"没有从“{fileName}”中读到任何绩效目标表，未保存任何内容。";

    /// <summary>What one upload gave: the tables stored with their reviews, or why nothing was stored.</summary>
    public sealed record Outcome(string? FileName, string? Problem, IReadOnlyList<(TableRecord Table, TableReview Review)> Tables, IReadOnlyList<Diagnostic> ReadFindings, string? Encoding);

    public string? Denied { get; private set; }
    public Outcome? Result { get; private set; }

    public IActionResult OnGet() => Allowed ? Page() : Deny();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Allowed) return Deny();
        if (Request.ContentLength > MaxRequestBytes) return Answer(Failure(null, TooLargeMessage), StatusCodes.Status413PayloadTooLarge);
        IFormCollection form;
        try
        {
            form = await Request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return Answer(Failure(null, TooLargeMessage), StatusCodes.Status413PayloadTooLarge);
        }
        var file = form.Files["file"];
        if (file is null || file.Length == 0) return Answer(Failure(file?.FileName, NoFileMessage), StatusCodes.Status400BadRequest);
        if (file.Length > DocumentsApi.MaxUploadBytes) return Answer(Failure(file.FileName, TooLargeMessage), StatusCodes.Status413PayloadTooLarge);
        int? year = null;
        var yearText = form["year"].ToString().Trim();
        if (yearText.Length > 0)
        {
            if (!int.TryParse(yearText, out var y) || y is < 2000 or > 2100) return Answer(Failure(file.FileName, BadYearMessage), StatusCodes.Status400BadRequest);
            year = y;
        }
        var bytes = new byte[file.Length];
        await using (var s = file.OpenReadStream()) await s.ReadExactlyAsync(bytes, ct);
        var imported = await service.Import(Me!, file.FileName, bytes, year, ct);
        var name = Path.GetFileName(file.FileName);
        if (imported.Document is null)
            return Answer(new Outcome(name, NothingReadMessage(name), [], imported.Read.Diagnostics, imported.Read.Encoding), StatusCodes.Status422UnprocessableEntity);
        var tables = imported.Tables.Select(t => (t, service.Review(TableService.Model(t)))).ToList();
        return Answer(new Outcome(name, null, tables, imported.Read.Diagnostics, imported.Read.Encoding), StatusCodes.Status200OK);
    }

    private bool Allowed => Me is { Role: Role.UnitEditor, UnitId: not null };

    private static Outcome Failure(string? fileName, string problem) => new(fileName is null ? null : Path.GetFileName(fileName), problem, [], [], null);

    /// <summary>htmx swaps only successful answers, so the result fragment always comes with 200; the whole page carries the real status.</summary>
    private IActionResult Answer(Outcome outcome, int status)
    {
        Result = outcome;
        if (Request.Headers["HX-Request"] == "true") return Partial("_UploadResult", outcome);
        Response.StatusCode = status;
        return Page();
    }

    private IActionResult Deny()
    {
        Denied = DeniedMessage;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
