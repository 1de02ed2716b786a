using System.Text.Json.Nodes;
using Jixiao.Diagnostics;
using Jixiao.Framework;
using Jixiao.Model;
using Jixiao.Profiles;
using Jixiao.Scoring;

namespace Jixiao.Web.Pages.Tables;

/// <summary>
/// What the self-evaluation result panel shows: budget execution and its points, each indicator's score against its
/// full score, the total and the grade, and the findings — computed live from the form, or read back from a stored entry.
/// </summary>
public sealed record SelfEvaluationView
{
    public sealed record Row(int Index, string Name, string? Level1, string Target, decimal FullScore, decimal Score, decimal? AchievedPercent, string Method, bool TargetTooLow, bool CauseMissing);

    public decimal? BudgetExecutionRate { get; init; }
    public decimal BudgetExecutionScore { get; init; }
    public decimal BudgetExecutionFullScore { get; init; }
    public decimal IndicatorScore { get; init; }
    public decimal IndicatorFullScore => Rows.Sum(r => r.FullScore);
    public decimal Total { get; init; }
    /// <summary>The total before the execution-rate cap, when the cap lowered it.</summary>
    public decimal? UncappedTotal { get; init; }
    public string Grade { get; init; } = "";
    public IReadOnlyList<Row> Rows { get; init; } = [];
    public IReadOnlyList<Diagnostic> Findings { get; init; } = [];
    /// <summary>Set when the panel answers a live update: each row's score is then also swapped into the form (htmx out-of-band).</summary>
    public bool OutOfBand { get; init; }

    public static SelfEvaluationView Of(TargetTable table, Evaluation e) => new()
    {
        BudgetExecutionRate = e.BudgetExecutionRate, BudgetExecutionScore = e.BudgetExecutionScore, BudgetExecutionFullScore = e.BudgetExecutionFullScore,
        IndicatorScore = e.IndicatorScore, Total = e.Total, UncappedTotal = e.UncappedTotal, Grade = e.Grade.ToChinese(),
        Rows = e.Indicators.Select(s => MakeRow(table, s.Index, s.FullScore, s.Score, s.AchievedPercent, s.Method, s.TargetTooLow, e.Findings)).ToList(),
        Findings = e.Findings,
    };

    /// <summary>A stored result (the exchange JSON of the table with its evaluation), shown as it was computed then.</summary>
    public static SelfEvaluationView Of(TargetTable table, JsonObject stored, decimal budgetExecutionFullScore)
    {
        var e = stored["evaluation"] as JsonObject ?? [];
        var indicators = stored["indicators"] as JsonArray ?? [];
        var findings = StoredFindings.Read(stored["diagnostics"]);
        var rows = new List<Row>();
        for (var k = 0; k < Math.Min(indicators.Count, table.Indicators.Count); k++)
        {
            if (indicators[k] is not JsonObject i || !i.ContainsKey("fullScore")) continue;
            rows.Add(MakeRow(table, k, i["fullScore"]?.GetValue<decimal>() ?? 0, i["score"]?.GetValue<decimal?>() ?? 0, i["achievedPercent"]?.GetValue<decimal?>(),
                i["scoring"]?.GetValue<string>() ?? "none", i["targetTooLow"]?.GetValue<bool>() ?? false, findings));
        }
        return new SelfEvaluationView
        {
            BudgetExecutionRate = e["budgetExecutionRate"]?.GetValue<decimal?>(), BudgetExecutionScore = e["budgetExecutionScore"]?.GetValue<decimal>() ?? 0,
            BudgetExecutionFullScore = budgetExecutionFullScore, IndicatorScore = e["indicatorScore"]?.GetValue<decimal>() ?? 0,
            Total = e["total"]?.GetValue<decimal>() ?? 0, UncappedTotal = e["uncappedTotal"]?.GetValue<decimal?>(), Grade = e["grade"]?.GetValue<string>() ?? "",
            Rows = rows, Findings = findings,
        };
    }

    /// <summary>The total and grade in a stored result, without reading the rest.</summary>
    public static (decimal? Total, string? Grade) StoredTotal(string? resultJson)
    {
        var e = resultJson is null ? null : JsonNode.Parse(resultJson)?["evaluation"];
        return (e?["total"]?.GetValue<decimal>(), e?["grade"]?.GetValue<string>());
    }

    private static Row MakeRow(TargetTable table, int k, decimal full, decimal score, decimal? achieved, string method, bool tooLow, IReadOnlyList<Diagnostic> findings)
    {
        var i = table.Indicators[k];
        return new Row(k, i.Name ?? "（未命名）", i.Level1?.Name() ?? i.Level1Text, i.Value.Text, full, score, achieved, method, tooLow,
            findings.Any(f => f.Code == ScoringCodes.CauseMissing && f.Indicator == k));
    }
}
