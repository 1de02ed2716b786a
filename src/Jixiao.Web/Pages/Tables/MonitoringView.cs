using System.Text.Json.Nodes;
using Jixiao.Diagnostics;
using Jixiao.Framework;
using Jixiao.Model;
using Jixiao.Monitoring;
using Jixiao.Scoring;

namespace Jixiao.Web.Pages.Tables;

/// <summary>
/// What the monitoring result panel shows: budget progress, each indicator's light and progress, the table's light, and
/// the findings — computed live from the form, or read back from a stored entry.
/// </summary>
public sealed record MonitoringView
{
    public sealed record Row(int Index, string Name, string? Level2, string Target, Light? Light, decimal? ProgressPercent, string Basis, bool Unexplained);

    public int Month { get; init; }
    public decimal? SpentPercent { get; init; }
    public decimal PlannedPercent { get; init; }
    public decimal? BudgetProgressPercent { get; init; }
    public Light? BudgetLight { get; init; }
    public bool BudgetUnexplained { get; init; }
    public Light? Light { get; init; }
    public IReadOnlyList<Row> Rows { get; init; } = [];
    public IReadOnlyList<Diagnostic> Findings { get; init; } = [];
    /// <summary>Set when the panel answers a live update: each row's light is then also swapped into the form (htmx out-of-band).</summary>
    public bool OutOfBand { get; init; }

    public static MonitoringView Of(TargetTable table, MonitoringResult r) => Build(table, r.Month, r.SpentPercent, r.PlannedPercent, r.BudgetProgressPercent, r.BudgetLight, r.Light,
        r.Indicators.Select(l => (l.Index, l.Light, l.ProgressPercent, l.Basis)), r.Findings);

    /// <summary>A stored result (the exchange JSON of the table with its monitoring), shown as it was computed then.</summary>
    public static MonitoringView Of(TargetTable table, JsonObject stored)
    {
        var m = stored["monitoring"] as JsonObject ?? [];
        var indicators = stored["indicators"] as JsonArray ?? [];
        var lights = SelfEvaluator.BudgetYearIndexes(table).Where(k => k < indicators.Count && indicators[k] is JsonObject o && o.ContainsKey("lightBasis"))
            .Select(k => (k, LightView.Parse(indicators[k]!["light"]?.GetValue<string>()), indicators[k]!["progressPercent"]?.GetValue<decimal?>(), indicators[k]!["lightBasis"]?.GetValue<string>() ?? "none"));
        return Build(table, m["month"]?.GetValue<int>() ?? 0, m["spentPercent"]?.GetValue<decimal?>(), m["plannedPercent"]?.GetValue<decimal?>() ?? 0,
            m["budgetProgressPercent"]?.GetValue<decimal?>(), LightView.Parse(m["budgetLight"]?.GetValue<string>()), LightView.Parse(m["light"]?.GetValue<string>()),
            lights, StoredFindings.Read(stored["diagnostics"]));
    }

    private static MonitoringView Build(TargetTable table, int month, decimal? spent, decimal planned, decimal? progress, Light? budget, Light? light,
        IEnumerable<(int Index, Light? Light, decimal? Progress, string Basis)> lights, IReadOnlyList<Diagnostic> findings)
    {
        var unexplained = findings.Where(f => f.Code == ScoringCodes.NoCauseOrMeasure).ToList();
        return new MonitoringView
        {
            Month = month, SpentPercent = spent, PlannedPercent = planned, BudgetProgressPercent = progress, BudgetLight = budget, Light = light,
            BudgetUnexplained = unexplained.Exists(f => f.Indicator is null),
            Rows = lights.Select(l =>
            {
                var i = table.Indicators[l.Index];
                return new Row(l.Index, i.Name ?? "（未命名）", i.Level2?.Name() ?? i.Level2Text, i.Value.Text, l.Light, l.Progress, l.Basis,
                    unexplained.Exists(f => f.Indicator == l.Index));
            }).ToList(),
            Findings = findings,
        };
    }

    /// <summary>The budget's light in the shape of an indicator row, so that it is drawn the same way.</summary>
    public Row BudgetRow => new(-1, "预算执行", null, "", BudgetLight, BudgetProgressPercent, "progress", BudgetUnexplained);

    /// <summary>The table's light in a stored result, without reading the rest.</summary>
    public static Light? StoredLight(string? resultJson) =>
        resultJson is null ? null : LightView.Parse(JsonNode.Parse(resultJson)?["monitoring"]?["light"]?.GetValue<string>());

    public int Count(Light? l) => Rows.Count(r => r.Light == l);
}
