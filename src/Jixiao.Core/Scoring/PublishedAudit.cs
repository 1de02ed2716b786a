using Jixiao.Diagnostics;
using Jixiao.Entries;
using Jixiao.Model;
using Jixiao.Profiles;

namespace Jixiao.Scoring;

/// <summary>
/// Recomputes a published self-evaluation (自评表) from its own numbers — targets, 实际完成值, 分值, 全年预算数 and
/// 全年执行数 — and reports every published score and total that differs by more than the profile's tolerance.
/// </summary>
public static class PublishedAudit
{
    public static Evaluation Audit(TargetTable table, Profile profile)
    {
        var entries = new Dictionary<int, IndicatorEntry>();
        for (var k = 0; k < table.Indicators.Count; k++)
        {
            var i = table.Indicators[k];
            // The published score stands as the evaluator's score inside a qualitative band; numeric targets are recomputed.
            entries[k] = new IndicatorEntry { Actual = i.ActualText, Score = i.Score, Cause = i.Cause, Line = i.Line };
        }
        var spent = table.Execution?.Spent;
        var budget = table.Execution?.Budget ?? table.Execution?.InitialBudget ?? table.Funds?.Total;
        var evaluation = SelfEvaluator.Evaluate(table, new TableEntries { Indicators = entries, Spent = spent }, profile, budget);
        var tolerance = profile.Scoring.Tolerance;
        var findings = new List<Diagnostic>(evaluation.Findings);
        foreach (var s in evaluation.Indicators)
        {
            var published = table.Indicators[s.Index].Score;
            if (published is { } p && Math.Abs(p - s.Score) > tolerance)
                findings.Add(new Diagnostic(ScoringCodes.PublishedScoreDiffers, Severity.Error,
                    $"指标“{table.Indicators[s.Index].Name}”公布得分 {N(p)}，按其目标值 {table.Indicators[s.Index].Value.Text}、实际完成值 {table.Indicators[s.Index].ActualText} 和分值 {N(s.FullScore)} 重算为 {N(s.Score)}，相差 {N(p - s.Score)} 分。",
                    table.Indicators[s.Index].Line, s.Index, "score"));
        }
        if (table.Execution?.Score is { } publishedExecution && Math.Abs(publishedExecution - evaluation.BudgetExecutionScore) > tolerance)
            findings.Add(new Diagnostic(ScoringCodes.PublishedExecutionDiffers, Severity.Error,
                $"预算执行率得分公布为 {N(publishedExecution)}，按全年执行数 {N(spent ?? 0)} ÷ 全年预算数 {N(budget ?? 0)} 重算为 {N(evaluation.BudgetExecutionScore)}。", table.Line, null, "execution.score"));
        if (table.PublishedTotal is { } total && Math.Abs(total - evaluation.Total) > tolerance)
            findings.Add(new Diagnostic(ScoringCodes.PublishedTotalDiffers, Severity.Error,
                $"总分公布为 {N(total)}，按表中数字重算为 {N(evaluation.Total)}，相差 {N(total - evaluation.Total)} 分。", table.Line, null, "publishedTotal"));
        return evaluation with { Findings = findings };
    }

    private static string N(decimal v) => v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
