using Jixiao.Diagnostics;
using Jixiao.Entries;
using Jixiao.Model;
using Jixiao.Profiles;

namespace Jixiao.Scoring;

/// <summary>Scores a table after the year (DOMAIN.md §7): budget execution, every indicator of the budget year, the total, the optional cap, the grade.</summary>
public static class SelfEvaluator
{
    public static Evaluation Evaluate(TargetTable table, TableEntries entries, Profile profile) =>
        Evaluate(table, entries, profile, table.Funds?.Total);

    /// <param name="budget">The funds execution is measured against (for a published self-evaluation, its 全年预算数).</param>
    public static Evaluation Evaluate(TargetTable table, TableEntries entries, Profile profile, decimal? budget)
    {
        var s = profile.Scoring;
        var findings = new List<Diagnostic>();
        var scored = BudgetYearIndexes(table);
        var indicators = scored.Select(k => table.Indicators[k]).ToList();
        var full = FullScores.Allocate(indicators, s, findings, k => indicators[k].Line);
        // Findings from the allocation point at positions in the scored list; map them back to the table's indexes.
        for (var f = 0; f < findings.Count; f++)
            if (findings[f].Indicator is { } pos) findings[f] = findings[f] with { Indicator = scored[pos] };

        var scores = new List<IndicatorScore>();
        for (var p = 0; p < scored.Count; p++)
        {
            var k = scored[p];
            entries.Indicators.TryGetValue(k, out var entry);
            scores.Add(IndicatorScorer.Score(table.Indicators[k], k, full[p], entry, s, findings));
        }

        decimal? rate = null;
        decimal? exactRate = null;
        var executionScore = 0m;
        if (entries.Spent is not { } spent)
            findings.Add(new Diagnostic(ScoringCodes.SpentMissing, Severity.Warning, $"没有填写预算执行数（全年实际支出），预算执行率按 0 分计。", table.Line, null, "spent"));
        else if (budget is not { } b || b <= 0)
            findings.Add(new Diagnostic(ScoringCodes.FundsMissing, Severity.Warning, "表中没有可用的年度资金总额，无法计算预算执行率，按 0 分计。", table.Line, null, "funds.total"));
        else
        {
            exactRate = spent / b * 100;
            rate = Math.Round(exactRate.Value, 2, MidpointRounding.AwayFromZero);
            executionScore = Math.Round(Math.Min(spent / b, 1) * s.BudgetExecutionPoints, 2, MidpointRounding.AwayFromZero);
        }

        var indicatorTotal = scores.Sum(x => x.Score);
        var total = executionScore + indicatorTotal;
        decimal? uncapped = null;
        // The cap compares the rate as computed, not as rounded for display (79.995 % is below 80 %).
        if (s.ExecutionCap && exactRate is { } r)
        {
            var cap = s.ExecutionCaps.Where(c => r < c.Below).OrderBy(c => c.Below).Select(c => (decimal?)c.Max).FirstOrDefault();
            if (cap is { } max && total > max)
            {
                uncapped = total;
                total = max;
            }
        }
        return new Evaluation
        {
            BudgetExecutionRate = rate,
            BudgetExecutionScore = executionScore,
            BudgetExecutionFullScore = s.BudgetExecutionPoints,
            IndicatorScore = indicatorTotal,
            Total = total,
            UncappedTotal = uncapped,
            Grade = s.GradeOf(total),
            Indicators = scores,
            Findings = findings,
        };
    }

    /// <summary>The indicators scored: the annual ones, or when a table has none, its only ones.</summary>
    public static List<int> BudgetYearIndexes(TargetTable table)
    {
        var annual = Enumerable.Range(0, table.Indicators.Count).Where(k => table.Indicators[k].Horizon == Horizon.Annual).ToList();
        return annual.Count > 0 ? annual : Enumerable.Range(0, table.Indicators.Count).ToList();
    }
}
