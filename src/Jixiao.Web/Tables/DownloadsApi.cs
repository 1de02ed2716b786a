using Jixiao.Documents.Writing;
using Jixiao.Exchange;
using Jixiao.Model;
using Jixiao.Web.Accounts;
using Jixiao.Web.Data;
using Jixiao.Web.Data.Entities;
using Jixiao.Web.Public;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tables;

/// <summary>
/// Downloads, the same files as `jixiao convert`/`export`: one table or a whole list as xlsx, docx, pdf, html, csv or
/// open-data json. Public downloads cover published tables only, with personal phone numbers masked.
/// </summary>
public static class DownloadsApi
{
    public const int MaxTablesPerDownload = 2000;

    public static void MapDownloadsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/tables/{id:guid}/export/{format}", One).WithTags("下载").RequireAuthorization();
        app.MapGet("/api/tables/export/{format}", Many).WithTags("下载").RequireAuthorization();
        app.MapGet("/api/public/tables/{id:guid}/export/{format}", PublicOne).WithTags("公开").AllowAnonymous();
        app.MapGet("/api/public/tables/export/{format}", PublicMany).WithTags("公开").AllowAnonymous();
    }

    private static async Task<IResult> One(Guid id, string format, HttpContext http, TableService service, CancellationToken ct)
    {
        var c = Caller.From(http.User)!;
        var t = await service.Find(c, id, ct);
        if (t is null) return TypedResults.Problem("没有这张表，或你无权查看。", statusCode: 404, title: "未找到");
        return File([t], format, Name(t), mask: false);
    }

    private static async Task<IResult> Many(string format, HttpContext http, JixiaoDb db, int? year, string? state, string? q, CancellationToken ct)
    {
        var c = Caller.From(http.User)!;
        var (query, _) = await TablesApi.Find(db, c, year, state, q, ct);
        var rows = await query.OrderBy(t => t.UnitName).ThenBy(t => t.ProjectName).Take(MaxTablesPerDownload + 1).ToListAsync(ct);
        if (rows.Count > MaxTablesPerDownload)
            return TypedResults.Problem($"一次最多下载 {MaxTablesPerDownload} 张表，请按年度、状态或关键词缩小范围。", statusCode: 400, title: "范围过大");
        return File(rows, format, $"绩效目标表{(year is { } y ? $"-{y}" : "")}", mask: false);
    }

    private static async Task<IResult> PublicOne(Guid id, string format, JixiaoDb db, CancellationToken ct)
    {
        var t = await PublicApi.Published(db, null, null, null).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (t is null) return TypedResults.Problem("没有这张已公开的表。", statusCode: 404, title: "未找到");
        return File([t], format, Name(t), mask: true);
    }

    private static async Task<IResult> PublicMany(string format, JixiaoDb db, string? region, int? year, string? department, CancellationToken ct)
    {
        var rows = await PublicApi.Published(db, region, year, department).OrderBy(t => t.DepartmentName).ThenBy(t => t.UnitName).ThenBy(t => t.ProjectName)
            .Take(MaxTablesPerDownload + 1).ToListAsync(ct);
        if (rows.Count > MaxTablesPerDownload)
            return TypedResults.Problem($"一次最多下载 {MaxTablesPerDownload} 张表，请按区划、年度或部门缩小范围。", statusCode: 400, title: "范围过大");
        return File(rows, format, $"公开绩效目标表{(year is { } y ? $"-{y}" : "")}", mask: true);
    }

    private static IResult File(IReadOnlyList<TableRecord> rows, string format, string name, bool mask)
    {
        format = format.ToLowerInvariant();
        if (!Exporter.Formats.Contains(format))
            return TypedResults.Problem($"不支持“{format}”；可用格式：{string.Join("、", Exporter.Formats)}。", statusCode: 400, title: "格式不支持");
        var tables = rows.Select(TableService.Model).ToList();
        var result = Exporter.Export([new ReadResult(name, tables, [])], format, mask);
        if (!result.Ok) return TypedResults.Problem(result.Error, statusCode: format == "pdf" ? 503 : 400, title: "无法生成文件");
        return TypedResults.File(result.Content!, result.ContentType, $"{name}.{result.Extension}");
    }

    private static string Name(TableRecord t) => $"{t.Year}-{t.ProjectName ?? t.UnitName ?? "绩效目标表"}";
}
