using System.Text.Json.Nodes;
using Jixiao.Exchange;
using Jixiao.Model;
using Jixiao.Monitoring;
using Jixiao.Profiles;
using Jixiao.Web.Data;
using Jixiao.Web.Data.Entities;
using Jixiao.Web.Tables;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Tables;

/// <summary>
/// Monitoring (运行监控) of an approved table: the unit enters progress at a checkpoint month and sees the lights as it
/// types; saving stores the entry as the API does. Others who may see the table read the stored checkpoints.
/// </summary>
public sealed class MonitoringModel(TableService service, JixiaoDb db, Profile profile, TimeProvider clock) : JixiaoPage
{
    public const string Kind = "monitoring";

    [BindProperty] public EntryInput Input { get; set; } = new();

    public TableRecord Record { get; private set; } = null!;
    public TargetTable Table { get; private set; } = null!;
    public bool Approved { get; private set; }
    /// <summary>The unit's own editor, on an approved table: the form is live; everyone else reads.</summary>
    public bool CanEnter { get; private set; }
    public List<EntryRecord> Checkpoints { get; private set; } = [];
    public EntryRecord? Shown { get; private set; }
    public MonitoringView? Result { get; private set; }
    /// <summary>Indicators whose light rests on the unit's likelihood (rates, qualitative) rather than a value reached.</summary>
    public HashSet<int> ByLikelihood { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? entry, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        if (!Approved) return Page();
        Checkpoints = await db.Entries.Where(e => e.RegionCode == Record.RegionCode && e.Year == Record.Year && e.TableId == Record.Id && e.Kind == Kind)
            .OrderByDescending(e => e.CreatedAt).ToListAsync(ct);
        Shown = entry is { } chosen ? Checkpoints.FirstOrDefault(e => e.Id == chosen) : Checkpoints.FirstOrDefault();
        var now = clock.GetUtcNow();
        var month = Shown?.Month ?? (now.Year == Record.Year ? now.Month : 7);
        Input = EntryInput.For(Table, EntryInput.Parse(Table, Shown?.EntriesCsv), month);
        if (CanEnter) Result = Compute(out _).View;
        else if (Shown?.ResultJson is { } json) Result = MonitoringView.Of(Table, JsonNode.Parse(json)!.AsObject());
        return Page();
    }

    /// <summary>The live update: the result panel for what the form holds now, and each row's light out of band.</summary>
    public async Task<IActionResult> OnPostComputeAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        if (!CanEnter) return StatusCode(StatusCodes.Status403Forbidden);
        var (view, _, problem) = Compute(out _);
        ViewData["SpentProblem"] = problem;
        return Partial("_MonitoringResult", view with { OutOfBand = true });
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        if (!CanEnter) return StatusCode(StatusCodes.Status403Forbidden);
        var (_, result, problem) = Compute(out var month);
        if (problem is not null)
        {
            Problem = problem + " 未保存。";
            return RedirectToPage(new { id });
        }
        var json = ExchangeWriter.ToJson(Table);
        ExchangeWriter.AddMonitoring(json, result);
        json["entryDiagnostics"] = new JsonArray();
        var saved = EntriesApi.Record(db, Record, Me!, Kind, month, Input.ToCsv(Table), json, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        Notice = $"已保存 {month} 月监控：表的灯为{LightView.Name(result.Light)}。";
        return RedirectToPage(new { id, entry = saved.Id });
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var t = await service.Find(Me!, id, ct);
        if (t is null) return false;
        Record = t;
        Table = TableService.Model(t);
        Approved = t.State is TableState.FinanceApproved or TableState.Published;
        CanEnter = Approved && Me!.Role == Role.UnitEditor && Me.UnitId == t.UnitId;
        // A run where every indicator is stated likely tells which ones the engine lights by likelihood, by its own rule.
        var likely = new Jixiao.Entries.IndicatorEntry { Likelihood = Jixiao.Entries.Likelihood.Certain };
        var probe = new Jixiao.Entries.TableEntries { Indicators = Enumerable.Range(0, Table.Indicators.Count).ToDictionary(k => k, _ => likely) };
        ByLikelihood = CheckpointMonitor.Run(Table, probe, 12, profile).Indicators.Where(l => l.Basis == "likelihood").Select(l => l.Index).ToHashSet();
        return true;
    }

    private (MonitoringView View, MonitoringResult Result, string? Problem) Compute(out int month)
    {
        month = Math.Clamp(Input.Month, 1, 12);
        Input.Month = month;
        var entries = Input.ToEntries(Table, out var problem);
        var result = CheckpointMonitor.Run(Table, entries, month, profile);
        return (MonitoringView.Of(Table, result), result, problem);
    }
}
