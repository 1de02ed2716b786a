using System.Text.Json.Nodes;
using Jixiao.Exchange;
using Jixiao.Web.Accounts;
using Jixiao.Web.Data;
using Jixiao.Web.Data.Entities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tables;

/// <summary>Tables: list and search, read, edit drafts, versions, history, and the workflow actions.</summary>
public static class TablesApi
{
    /// <summary>One page of a list. <c>Limited</c>: the search matched so much that only its most recent matches were looked at (<see cref="Search.Cap"/>); <c>Total</c> counts those.</summary>
    public sealed record Page(int Total, int PageNumber, int PageSize, List<JsonObject> Items, bool Limited = false);
    public sealed record EditRequest(int Revision, JsonObject Table);
    public sealed record ActionRequest(string? Comment);
    public sealed record HistoryEntry(DateTime At, string Action, string? User, string? Comment, string? Before, string? After, Guid? TableId);

    public static void MapTablesApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/tables").WithTags("绩效目标表").RequireAuthorization().DisableAntiforgery();
        g.MapGet("/", List);
        g.MapGet("/{id:guid}", Get);
        g.MapPut("/{id:guid}", Edit);
        g.MapGet("/{id:guid}/versions", Versions);
        g.MapGet("/{id:guid}/history", History);
        g.MapPost("/{id:guid}/submit", (Guid id, HttpContext h, TableService s, CancellationToken ct) => Act(h, s, c => s.Submit(c, id, ct)));
        g.MapPost("/{id:guid}/approve", (Guid id, HttpContext h, TableService s, CancellationToken ct) => Act(h, s, c => s.Approve(c, id, ct)));
        g.MapPost("/{id:guid}/return", (Guid id, ActionRequest? r, HttpContext h, TableService s, CancellationToken ct) => Act(h, s, c => s.Return(c, id, r?.Comment, ct)));
        g.MapPost("/{id:guid}/publish", (Guid id, HttpContext h, TableService s, CancellationToken ct) => Act(h, s, c => s.Publish(c, id, ct)));
        g.MapPost("/{id:guid}/adjust", (Guid id, ActionRequest? r, HttpContext h, TableService s, CancellationToken ct) => Act(h, s, c => s.Adjust(c, id, r?.Comment, ct)));
    }

    /// <summary>The tables the caller sees, filtered and searched over project and indicator names (see <see cref="Search"/>).</summary>
    public static async Task<Search.Result> Find(JixiaoDb db, Caller c, int? year, string? state, string? q, CancellationToken ct)
    {
        var query = Visible(db, c, year, state);
        if (string.IsNullOrWhiteSpace(q)) return new Search.Result(query, false);
        // A unit's or a department's own tables are few enough to scan; the whole region goes through the trigram index.
        return await Search.Matching(db, query, q, wide: c.Role is not (Role.UnitEditor or Role.DepartmentReviewer), ct);
    }

    /// <summary>The tables the caller sees, filtered by year and state.</summary>
    public static IQueryable<TableRecord> Visible(JixiaoDb db, Caller c, int? year, string? state)
    {
        var query = db.Tables.Where(t => t.RegionCode == c.RegionCode);
        // Reviewers see no drafts. While a unit adjusts an approved table, the lineage's current version is the unit's
        // draft: reviewers keep seeing the approved version it was opened from (the one just before it), not nothing.
        var reviewed = query.Where(t => t.IsCurrent
            ? t.State != TableState.Draft
            : db.Tables.Any(x => x.RegionCode == t.RegionCode && x.Lineage == t.Lineage && x.IsCurrent && x.Version == t.Version + 1 && x.State == TableState.Draft));
        query = c.Role switch
        {
            Role.UnitEditor => query.Where(t => t.IsCurrent && t.UnitId == c.UnitId),
            Role.DepartmentReviewer => reviewed.Where(t => t.DepartmentId == c.DepartmentId),
            _ => reviewed,
        };
        if (year is { } y) query = query.Where(t => t.Year == y);
        if (TableJson.ParseState(state) is { } s) query = query.Where(t => t.State == s);
        return query;
    }

    private static async Task<Ok<Page>> List(HttpContext http, JixiaoDb db, int? year, string? state, string? q, int? page, int? pageSize, CancellationToken ct)
    {
        var c = Caller.From(http.User)!;
        var size = Math.Clamp(pageSize ?? 20, 1, 100);
        var number = Math.Max(1, page ?? 1);
        var (query, limited) = await Find(db, c, year, state, q, ct);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(t => t.UpdatedAt).ThenBy(t => t.ProjectName).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new Page(total, number, size, rows.Select(TableJson.Summary).ToList(), limited));
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> Get(Guid id, HttpContext http, TableService service, CancellationToken ct)
    {
        var c = Caller.From(http.User)!;
        var t = await service.Find(c, id, ct);
        if (t is null) return NotFound();
        // The stored JSON is parsed once, for the review and for the answer.
        var json = TableJson.Parse(t);
        var review = service.Review(t, json);
        return TypedResults.Ok(TableJson.Full(t, json, review, Access.May(c, t)));
    }

    private static async Task<Results<Ok<JsonObject>, Created<JsonObject>, ProblemHttpResult>> Edit(Guid id, EditRequest request, HttpContext http, TableService service, CancellationToken ct)
    {
        var c = Caller.From(http.User)!;
        if (request?.Table is null) return TypedResults.Problem("请求体应为 { \"revision\": 修订号, \"table\": { …交换格式的表… } }。", statusCode: 400, title: "请求格式不对");
        var parsed = ExchangeReader.ReadTable(request.Table);
        if (parsed.Table is null)
            return TypedResults.Problem(string.Join("；", parsed.Errors.Select(e => $"{e.Path}：{e.Reason}")), statusCode: 400, title: "表的内容有误，未保存");
        var outcome = await service.Edit(c, id, request.Revision, parsed.Table, ct);
        return Respond(outcome, c, service);
    }

    private static async Task<Results<Ok<List<JsonObject>>, ProblemHttpResult>> Versions(Guid id, HttpContext http, JixiaoDb db, TableService service, CancellationToken ct)
    {
        var c = Caller.From(http.User)!;
        var t = await service.Find(c, id, ct);
        if (t is null) return NotFound();
        var all = await db.Tables.Where(x => x.RegionCode == t.RegionCode && x.Lineage == t.Lineage).OrderBy(x => x.Version).ToListAsync(ct);
        return TypedResults.Ok(all.Where(x => Access.Sees(c, x)).Select(TableJson.Summary).ToList());
    }

    private static async Task<Results<Ok<List<HistoryEntry>>, ProblemHttpResult>> History(Guid id, HttpContext http, JixiaoDb db, TableService service, CancellationToken ct)
    {
        var c = Caller.From(http.User)!;
        var t = await service.Find(c, id, ct);
        if (t is null) return NotFound();
        // The trail covers every version of the lineage; a reviewer reading the approved version must not read the
        // unit's draft of the next one through it, so only the events of versions the caller sees are shown.
        var versions = await db.Tables.Where(x => x.RegionCode == t.RegionCode && x.Lineage == t.Lineage).ToListAsync(ct);
        var visible = versions.Where(v => Access.Sees(c, v)).Select(v => (Guid?)v.Id).ToHashSet();
        var events = await db.AuditEvents.Where(e => e.RegionCode == t.RegionCode && e.Lineage == t.Lineage).OrderBy(e => e.At).ToListAsync(ct);
        return TypedResults.Ok(events.Where(e => visible.Contains(e.TableId))
            .Select(e => new HistoryEntry(e.At, e.Action, e.UserName, e.Comment, e.Before, e.After, e.TableId)).ToList());
    }

    private static async Task<Results<Ok<JsonObject>, Created<JsonObject>, ProblemHttpResult>> Act(HttpContext http, TableService service, Func<Caller, Task<TableService.Outcome>> action)
    {
        var c = Caller.From(http.User)!;
        return Respond(await action(c), c, service);
    }

    private static Results<Ok<JsonObject>, Created<JsonObject>, ProblemHttpResult> Respond(TableService.Outcome outcome, Caller c, TableService service)
    {
        if (!outcome.Ok)
        {
            var title = outcome.Status switch { 404 => "未找到", 403 => "无权操作", 409 => "修改冲突", 422 => "不能送审", _ => "请求有误" };
            return TypedResults.Problem(outcome.Error, statusCode: outcome.Status, title: title);
        }
        var t = outcome.Table!;
        var json = TableJson.Full(t, service.Review(TableService.Model(t)), Access.May(c, t));
        // An adjustment creates a new version: 201 with its address, as the service says.
        return outcome.Status == StatusCodes.Status201Created ? TypedResults.Created($"/api/tables/{t.Id}", json) : TypedResults.Ok(json);
    }

    private static ProblemHttpResult NotFound() => TypedResults.Problem("没有这张表，或你无权查看。", statusCode: 404, title: "未找到");
}
