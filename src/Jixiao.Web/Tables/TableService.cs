using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Jixiao.Diagnostics;
using Jixiao.Documents.Reading;
using Jixiao.Exchange;
using Jixiao.Framework;
using Jixiao.Model;
using Jixiao.Profiles;
using Jixiao.Review;
using Jixiao.Web.Accounts;
using Jixiao.Web.Data;
using Jixiao.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tables;

/// <summary>
/// Everything that changes a stored table: import, edit, the workflow, adjustment — each recorded in the audit
/// trail in the same transaction as the change, so the record and the table never disagree.
/// </summary>
public sealed class TableService(JixiaoDb db, TimeProvider clock, Profile profile, ReviewStamp stamp)
{
    public sealed record Outcome(bool Ok, int Status, string? Error, TableRecord? Table = null);

    public sealed record ImportResult(StoredDocument? Document, List<TableRecord> Tables, ReadResult Read);

    /// <summary>Reads an uploaded document and stores its tables as drafts of the uploader's unit: all of them, or none.</summary>
    public async Task<ImportResult> Import(Caller c, string fileName, byte[] bytes, int? year, CancellationToken ct)
    {
        var read = OfficeReader.Read(bytes, fileName);
        if (read.Tables.Count == 0) return new ImportResult(null, [], read);
        var unit = await db.Units.FirstAsync(u => u.RegionCode == c.RegionCode && u.Id == c.UnitId, ct);
        var department = await db.Departments.FirstAsync(d => d.RegionCode == c.RegionCode && d.Id == unit.DepartmentId, ct);
        var now = Now();
        var defaultYear = year ?? read.Tables.Select(t => t.Year).FirstOrDefault(y => y is not null) ?? now.Year;
        var document = new StoredDocument
        {
            RegionCode = c.RegionCode, Year = defaultYear, UnitId = unit.Id, FileName = Path.GetFileName(fileName), Content = bytes,
            Sha256 = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(), UploadedBy = c.Id, UploadedAt = now, TableCount = read.Tables.Count,
        };
        db.Documents.Add(document);
        var records = new List<TableRecord>();
        foreach (var table in read.Tables)
        {
            var t = table with { Year = table.Year ?? defaultYear };
            var record = new TableRecord
            {
                RegionCode = c.RegionCode, Year = t.Year!.Value, Lineage = Guid.NewGuid(), State = TableState.Draft, UnitId = unit.Id,
                DepartmentId = department.Id, DocumentId = document.Id, Kind = "project", ModelJson = "{}", CreatedAt = now, UpdatedAt = now,
                UnitName = unit.Name, DepartmentName = department.Name,
            };
            Store(record, t);
            db.Tables.Add(record);
            records.Add(record);
            Audit(record, c, "import", comment: $"从“{document.FileName}”导入", after: record.ModelJson);
        }
        await db.SaveChangesAsync(ct);
        return new ImportResult(document, records, read);
    }

    /// <summary>Edits a draft; a stale revision is refused and nothing is overwritten.</summary>
    public async Task<Outcome> Edit(Caller c, Guid id, int revision, TargetTable table, CancellationToken ct)
    {
        var t = await Find(c, id, ct);
        if (t is null) return NotFound();
        if (!Access.May(c, t).Edit) return Forbidden("只有本单位的填报人员可以修改草稿或被退回的表；已送审或已批复的表只读。");
        if (t.Revision != revision)
            return new Outcome(false, StatusCodes.Status409Conflict, $"此表已被他人修改（当前修订号 {t.Revision}，你提交的是 {revision}）。你的修改未保存，请刷新后重新编辑。", t);
        var before = t.ModelJson;
        Store(t, table with { Year = table.Year ?? t.Year });
        t.Revision++;
        t.UpdatedAt = Now();
        Audit(t, c, "edit", before: before, after: t.ModelJson);
        return await Save(t, ct);
    }

    public async Task<Outcome> Submit(Caller c, Guid id, CancellationToken ct)
    {
        var t = await Find(c, id, ct);
        if (t is null) return NotFound();
        var may = Access.May(c, t);
        if (may.Edit && !may.Submit)
            return new Outcome(false, StatusCodes.Status422UnprocessableEntity, $"表中还有 {t.Errors} 个错误级问题，按口径规定不能送审；请先修改。", t);
        if (!may.Submit) return Forbidden("只有本单位的填报人员可以送审草稿或被退回的表。");
        return await Move(c, t, TableState.Submitted, "submit", null, ct);
    }

    public async Task<Outcome> Approve(Caller c, Guid id, CancellationToken ct)
    {
        var t = await Find(c, id, ct);
        if (t is null) return NotFound();
        if (!Access.May(c, t).Approve) return Forbidden("此表当前不在你的审核环节。");
        return await Move(c, t, t.State == TableState.Submitted ? TableState.DepartmentApproved : TableState.FinanceApproved, "approve", null, ct);
    }

    public async Task<Outcome> Return(Caller c, Guid id, string? comment, CancellationToken ct)
    {
        var t = await Find(c, id, ct);
        if (t is null) return NotFound();
        if (!Access.May(c, t).Return) return Forbidden("此表当前不在你的审核环节。");
        if (string.IsNullOrWhiteSpace(comment)) return new Outcome(false, StatusCodes.Status400BadRequest, "退回必须写明意见，告诉填报单位要改什么。", t);
        return await Move(c, t, TableState.Returned, "return", comment.Trim(), ct);
    }

    public async Task<Outcome> Publish(Caller c, Guid id, CancellationToken ct)
    {
        var t = await Find(c, id, ct);
        if (t is null) return NotFound();
        if (!Access.May(c, t).Publish) return Forbidden("只有财政批复后的表才能公开。");
        t.PublishedAt = Now();
        return await Move(c, t, TableState.Published, "publish", null, ct);
    }

    /// <summary>Opens a new draft version of an approved table; the approved version stays as it was.</summary>
    public async Task<Outcome> Adjust(Caller c, Guid id, string? comment, CancellationToken ct)
    {
        var t = await Find(c, id, ct);
        if (t is null) return NotFound();
        if (!Access.May(c, t).Adjust) return Forbidden("只有本单位可以调整已批复的表。");
        var now = Now();
        t.IsCurrent = false;
        t.Revision++;
        var next = new TableRecord
        {
            RegionCode = t.RegionCode, Year = t.Year, Lineage = t.Lineage, Version = t.Version + 1, State = TableState.Draft, UnitId = t.UnitId,
            DepartmentId = t.DepartmentId, DocumentId = t.DocumentId, Kind = t.Kind, ProjectName = t.ProjectName, UnitName = t.UnitName,
            DepartmentName = t.DepartmentName, ModelJson = t.ModelJson, Grade = t.Grade, Errors = t.Errors, Warnings = t.Warnings,
            CreatedAt = now, UpdatedAt = now,
        };
        db.Tables.Add(next);
        foreach (var i in await db.Indicators.Where(i => i.RegionCode == t.RegionCode && i.Year == t.Year && i.TableId == t.Id).ToListAsync(ct))
            db.Indicators.Add(new IndicatorRecord { RegionCode = i.RegionCode, Year = i.Year, TableId = next.Id, Index = i.Index, Name = i.Name, Level1 = i.Level1, Level2 = i.Level2 });
        Audit(next, c, "adjust", comment: comment, before: $"第 {t.Version} 版（{t.State}）", after: $"第 {next.Version} 版（草稿）");
        var saved = await Save(t, ct);
        return saved.Ok ? new Outcome(true, StatusCodes.Status201Created, null, next) : saved;
    }

    public async Task<TableRecord?> Find(Caller c, Guid id, CancellationToken ct)
    {
        // Not an EF compiled query: one is bound to the model it was first run with, and a process may serve both
        // providers (the tests do); EF's own query cache already skips translating this query again.
        var t = await db.Tables.FirstOrDefaultAsync(x => x.RegionCode == c.RegionCode && x.Id == id, ct);
        return t is not null && Access.Sees(c, t) ? t : null;
    }

    /// <summary>Reviews a table under the profile: its findings and grade.</summary>
    public TableReview Review(TargetTable table) => Reviewer.Review(table, [table], profile);

    /// <summary>The table's review: the one stored with it when still valid, else made now from its stored JSON.</summary>
    public TableReview Review(TableRecord t, System.Text.Json.Nodes.JsonObject json) =>
        StoredReview.Read(t, stamp) ?? Review(ExchangeReader.ReadTable(json).Table ?? new TargetTable());

    public static TargetTable Model(TableRecord t) => ExchangeReader.ReadTable(t.ModelJson).Table ?? new TargetTable();

    private async Task<Outcome> Move(Caller c, TableRecord t, TableState to, string action, string? comment, CancellationToken ct)
    {
        var from = t.State;
        t.State = to;
        t.Revision++;
        t.UpdatedAt = Now();
        if (comment is not null) t.LastComment = comment;
        Audit(t, c, action, comment: comment, before: from.ToString(), after: to.ToString());
        return await Save(t, ct);
    }

    private async Task<Outcome> Save(TableRecord t, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return new Outcome(true, StatusCodes.Status200OK, null, t);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Outcome(false, StatusCodes.Status409Conflict, "此表刚被他人修改，你的操作未执行，请刷新后重试。", t);
        }
    }

    /// <summary>Writes the model into the record: JSON, searchable facts, indicators, and the review's grade.</summary>
    private void Store(TableRecord record, TargetTable table)
    {
        var review = Review(table);
        var json = ExchangeWriter.ToJson(table);
        json.Remove("diagnostics");
        record.ModelJson = StoredJson.Write(json);
        record.Kind = table.Kind == TableKind.Department ? "department" : "project";
        record.ProjectName = table.ProjectName ?? (table.Kind == TableKind.Department ? $"{table.Unit ?? record.UnitName}（部门整体）" : null);
        record.Grade = review.Grade.ToChinese();
        record.Errors = review.Errors;
        record.Warnings = review.Warnings;
        record.ReviewJson = StoredReview.Write(review, stamp);
        // Indicator rows are updated in place (same key, new content), added or removed at the end.
        var existing = db.Entry(record).State == EntityState.Added
            ? []
            : db.Indicators.Where(i => i.RegionCode == record.RegionCode && i.Year == record.Year && i.TableId == record.Id).ToList();
        var byIndex = existing.ToDictionary(i => i.Index);
        for (var k = 0; k < table.Indicators.Count; k++)
        {
            var i = table.Indicators[k];
            if (!byIndex.TryGetValue(k, out var row))
            {
                row = new IndicatorRecord { RegionCode = record.RegionCode, Year = record.Year, TableId = record.Id, Index = k };
                db.Indicators.Add(row);
            }
            row.Name = i.Name;
            row.Level1 = i.Level1?.Name();
            row.Level2 = i.Level2?.Name();
        }
        db.Indicators.RemoveRange(existing.Where(i => i.Index >= table.Indicators.Count));
    }

    private void Audit(TableRecord t, Caller c, string action, string? comment = null, string? before = null, string? after = null) =>
        db.AuditEvents.Add(new AuditEvent
        {
            RegionCode = t.RegionCode, Year = t.Year, TableId = t.Id, Lineage = t.Lineage, Action = action, UserId = c.Id, UserName = c.UserName,
            At = Now(), Comment = comment, Before = before, After = after,
        });

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private static Outcome NotFound() => new(false, StatusCodes.Status404NotFound, "没有这张表，或你无权查看。");

    private static Outcome Forbidden(string why) => new(false, StatusCodes.Status403Forbidden, why);
}
