using System.Text.Json.Nodes;
using Jixiao.Exchange;
using Jixiao.Model;
using Jixiao.Profiles;
using Jixiao.Scoring;
using Jixiao.Values;
using Jixiao.Web.Data;
using Jixiao.Web.Data.Entities;
using Jixiao.Web.Tables;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Tables;

/// <summary>
/// Self-evaluation (绩效自评) of an approved table: the unit enters the actual values and the money spent and sees the
/// scores, the total and the grade as it types; saving stores the entry as the API does. Others read the stored ones.
/// </summary>
public sealed class SelfEvaluationModel(TableService service, JixiaoDb db, Profile profile, TimeProvider clock) : JixiaoPage
{
    public const string Kind = "self-evaluation";

    [BindProperty] public EntryInput Input { get; set; } = new();

    public TableRecord Record { get; private set; } = null!;
    public TargetTable Table { get; private set; } = null!;
    public bool Approved { get; private set; }
    /// <summary>The unit's own editor, on an approved table: the form is live; everyone else reads.</summary>
    public bool CanEnter { get; private set; }
    public List<EntryRecord> Evaluations { get; private set; } = [];
    public EntryRecord? Shown { get; private set; }
    public SelfEvaluationView? Result { get; private set; }
    public IReadOnlyDictionary<string, (decimal Low, decimal High)> Bands => profile.Scoring.QualitativeBands;

    /// <summary>An indicator whose target is not a number: scored by the evaluator's band, not by comparison.</summary>
    public static bool IsQualitative(Indicator i) =>
        i.Value.Status != ValueStatus.Number || i.Value.Number is null || i.Value.Comparator == Comparator.Qualitative;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? entry, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        if (!Approved) return Page();
        Evaluations = await db.Entries.Where(e => e.RegionCode == Record.RegionCode && e.Year == Record.Year && e.TableId == Record.Id && e.Kind == Kind)
            .OrderByDescending(e => e.CreatedAt).ToListAsync(ct);
        Shown = entry is { } chosen ? Evaluations.FirstOrDefault(e => e.Id == chosen) : Evaluations.FirstOrDefault();
        Input = EntryInput.For(Table, EntryInput.Parse(Table, Shown?.EntriesCsv), 12);
        if (CanEnter) Result = Compute().View;
        else if (Shown?.ResultJson is { } json) Result = SelfEvaluationView.Of(Table, JsonNode.Parse(json)!.AsObject(), profile.Scoring.BudgetExecutionPoints);
        return Page();
    }

    /// <summary>The live update: the result panel for what the form holds now, and each row's score out of band.</summary>
    public async Task<IActionResult> OnPostComputeAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        if (!CanEnter) return StatusCode(StatusCodes.Status403Forbidden);
        var (view, _, problem) = Compute();
        ViewData["SpentProblem"] = problem;
        return Partial("_SelfEvaluationResult", view with { OutOfBand = true });
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        if (!CanEnter) return StatusCode(StatusCodes.Status403Forbidden);
        var (_, evaluation, problem) = Compute();
        if (problem is not null)
        {
            Problem = problem + " 未保存。";
            return RedirectToPage(new { id });
        }
        var json = ExchangeWriter.ToJson(Table);
        ExchangeWriter.AddEvaluation(json, evaluation);
        json["entryDiagnostics"] = new JsonArray();
        var saved = EntriesApi.Record(db, Record, Me!, Kind, null, Input.ToCsv(Table), json, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        Notice = $"已保存自评：总分 {evaluation.Total:0.##}，等级{evaluation.Grade.ToChinese()}。";
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
        return true;
    }

    private (SelfEvaluationView View, Evaluation Evaluation, string? Problem) Compute()
    {
        var entries = Input.ToEntries(Table, out var problem);
        var evaluation = SelfEvaluator.Evaluate(Table, entries, profile);
        return (SelfEvaluationView.Of(Table, evaluation), evaluation, problem);
    }
}
