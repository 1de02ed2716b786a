using System.Text.Json.Nodes;
using Jixiao.Web.Data;
using Jixiao.Web.Data.Entities;
using Jixiao.Web.Tables;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Public;

/// <summary>Published tables for everyone, without signing in; personal phone numbers masked.</summary>
public static class PublicApi
{
    public sealed record Page(int Total, int PageNumber, int PageSize, List<JsonObject> Items);

    public static void MapPublicApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/public").WithTags("公开").AllowAnonymous();
        g.MapGet("/tables", List);
        g.MapGet("/tables/{id:guid}", Get);
    }

    /// <summary>The latest published version of every lineage.</summary>
    public static IQueryable<TableRecord> Published(JixiaoDb db, string? region, int? year, string? department)
    {
        var q = db.Tables.Where(t => t.State == TableState.Published
                                     && !db.Tables.Any(n => n.RegionCode == t.RegionCode && n.Lineage == t.Lineage && n.State == TableState.Published && n.Version > t.Version));
        if (!string.IsNullOrWhiteSpace(region)) q = q.Where(t => t.RegionCode == region);
        if (year is { } y) q = q.Where(t => t.Year == y);
        if (!string.IsNullOrWhiteSpace(department)) q = q.Where(t => t.DepartmentName != null && t.DepartmentName.Contains(department));
        return q;
    }

    private static async Task<Ok<Page>> List(JixiaoDb db, string? region, int? year, string? department, int? page, int? pageSize, CancellationToken ct)
    {
        var size = Math.Clamp(pageSize ?? 20, 1, 100);
        var number = Math.Max(1, page ?? 1);
        var q = Published(db, region, year, department);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(t => t.DepartmentName).ThenBy(t => t.UnitName).ThenBy(t => t.ProjectName).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new Page(total, number, size, rows.Select(t => new JsonObject
        {
            ["id"] = t.Id, ["regionCode"] = t.RegionCode, ["year"] = t.Year, ["kind"] = t.Kind, ["projectName"] = t.ProjectName,
            ["unit"] = t.UnitName, ["department"] = t.DepartmentName, ["publishedAt"] = t.PublishedAt,
        }).ToList()));
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> Get(Guid id, JixiaoDb db, CancellationToken ct)
    {
        var t = await Published(db, null, null, null).FirstOrDefaultAsync(x => x.Id == id, ct);
        return t is null
            ? TypedResults.Problem("没有这张已公开的表。", statusCode: 404, title: "未找到")
            : TypedResults.Ok(TableJson.Public(t));
    }
}
