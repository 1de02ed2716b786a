using System.Text;
using System.Text.Json.Nodes;
using Jixiao.Entries;
using Jixiao.Exchange;
using Jixiao.Monitoring;
using Jixiao.Profiles;
using Jixiao.Scoring;
using Jixiao.Web.Accounts;
using Jixiao.Web.Data;
using Jixiao.Web.Data.Entities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tables;

/// <summary>Monitoring progress and self-evaluations entered for an approved table, stored per checkpoint, with their lights and scores.</summary>
public static class EntriesApi
{
    public sealed record EntrySummary(Guid Id, string Kind, int? Month, DateTime CreatedAt, JsonNode? Result);

    public static void MapEntriesApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/tables/{id:guid}").WithTags("监控与自评").RequireAuthorization().DisableAntiforgery();
        g.MapGet("/entries", List);
        g.MapPost("/monitoring", (Guid id, int month, HttpContext h, JixiaoDb db, TableService s, Profile p, TimeProvider clock, CancellationToken ct) =>
            Enter(id, "monitoring", month, h, db, s, p, clock, ct));
        g.MapPost("/self-evaluation", (Guid id, HttpContext h, JixiaoDb db, TableService s, Profile p, TimeProvider clock, CancellationToken ct) =>
            Enter(id, "self-evaluation", null, h, db, s, p, clock, ct));
        g.MapGet("/entries/template", Template);
    }

    private static async Task<Results<Ok<List<EntrySummary>>, ProblemHttpResult>> List(Guid id, HttpContext http, JixiaoDb db, TableService service, CancellationToken ct)
    {
        var c = Caller.From(http.User)!;
        var t = await service.Find(c, id, ct);
        if (t is null) return TypedResults.Problem("没有这张表，或你无权查看。", statusCode: 404, title: "未找到");
        var rows = await db.Entries.Where(e => e.RegionCode == t.RegionCode && e.Year == t.Year && e.TableId == t.Id).OrderBy(e => e.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(e => new EntrySummary(e.Id, e.Kind, e.Month, e.CreatedAt, e.ResultJson is null ? null : JsonNode.Parse(e.ResultJson))).ToList());
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Template(Guid id, HttpContext http, TableService service, CancellationToken ct)
    {
        var c = Caller.From(http.User)!;
        var t = await service.Find(c, id, ct);
        if (t is null) return TypedResults.Problem("没有这张表，或你无权查看。", statusCode: 404, title: "未找到");
        var csv = EntrySheet.Template([TableService.Model(t)]);
        return TypedResults.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", "填报模板.csv");
    }

    /// <summary>The body is the entry-sheet CSV (text/csv, or a multipart file); the table column names this table.</summary>
    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> Enter(Guid id, string kind, int? month, HttpContext http, JixiaoDb db, TableService service, Profile profile, TimeProvider clock, CancellationToken ct)
    {
        var c = Caller.From(http.User)!;
        var t = await service.Find(c, id, ct);
        if (t is null) return TypedResults.Problem("没有这张表，或你无权查看。", statusCode: 404, title: "未找到");
        if (c.Role != Role.UnitEditor || c.UnitId != t.UnitId)
            return TypedResults.Problem("只有本单位的填报人员可以填报监控和自评。", statusCode: 403, title: "无权操作");
        if (t.State is not (TableState.FinanceApproved or TableState.Published))
            return TypedResults.Problem("监控和自评针对已批复的表；此表尚未批复。", statusCode: 409, title: "尚未批复");
        if (kind == "monitoring" && month is not (>= 1 and <= 12))
            return TypedResults.Problem("监控月份 month 应为 1 到 12。", statusCode: 400, title: "月份有误");
        byte[] csv;
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(ct);
            var file = form.Files.FirstOrDefault();
            if (file is null) return TypedResults.Problem("没有收到 CSV 文件。", statusCode: 400, title: "缺少文件");
            csv = new byte[file.Length];
            await using var s = file.OpenReadStream();
            await s.ReadExactlyAsync(csv, ct);
        }
        else
        {
            using var ms = new MemoryStream();
            await http.Request.Body.CopyToAsync(ms, ct);
            csv = ms.ToArray();
        }
        var model = TableService.Model(t);
        var sheet = EntrySheet.Bind(csv, "entries.csv", [model]);
        var entries = sheet.Tables.GetValueOrDefault(0) ?? TableEntries.None;
        var json = ExchangeWriter.ToJson(model);
        if (kind == "monitoring") ExchangeWriter.AddMonitoring(json, CheckpointMonitor.Run(model, entries, month!.Value, profile));
        else ExchangeWriter.AddEvaluation(json, SelfEvaluator.Evaluate(model, entries, profile));
        json["entryDiagnostics"] = ExchangeWriter.DiagnosticsJson(sheet.Findings);
        var (text, _, _) = Jixiao.Reading.TextDecoder.Decode(csv);
        Record(db, t, c, kind, month, text, json, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(json);
    }

    /// <summary>Adds an entry and its audit event to the context (the caller saves): the same record whether it came through the API or a page.</summary>
    public static EntryRecord Record(JixiaoDb db, TableRecord t, Caller c, string kind, int? month, string csv, JsonObject result, DateTime now)
    {
        var entry = new EntryRecord
        {
            RegionCode = t.RegionCode, Year = t.Year, TableId = t.Id, Kind = kind, Month = month, EntriesCsv = csv,
            ResultJson = result.ToJsonString(), CreatedBy = c.Id, CreatedAt = now,
        };
        db.Entries.Add(entry);
        db.AuditEvents.Add(new AuditEvent
        {
            RegionCode = t.RegionCode, Year = t.Year, TableId = t.Id, Lineage = t.Lineage, Action = kind, UserId = c.Id, UserName = c.UserName,
            At = now, Comment = month is null ? "填报自评" : $"填报 {month} 月监控", After = csv,
        });
        return entry;
    }
}
