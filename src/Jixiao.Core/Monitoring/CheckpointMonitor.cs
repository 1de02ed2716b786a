using Jixiao.Checks;
using Jixiao.Diagnostics;
using Jixiao.Entries;
using Jixiao.Model;
using Jixiao.Profiles;
using Jixiao.Scoring;
using Jixiao.Values;

namespace Jixiao.Monitoring;

/// <summary>
/// Mid-year monitoring ("双监控", DOMAIN.md §6): lights for budget progress against the table's own spending plan
/// (or m/12), for every indicator, and for the table (its worst light). A yellow or red light needs a cause and a measure.
/// </summary>
public static class CheckpointMonitor
{
    public static MonitoringResult Run(TargetTable table, TableEntries entries, int month, Profile profile)
    {
        var m = profile.Monitoring;
        var findings = new List<Diagnostic>();
        // Lights compare exact values; only what is shown is rounded (59.995 % is below 60 %).
        var planned = Planned(table.SpendingPlan, month);

        decimal? spentPercent = null, progress = null;
        Light? budgetLight = null;
        if (entries.Spent is { } spent && table.Funds?.Total is { } total && total > 0)
        {
            var exactSpent = spent / total * 100;
            decimal? exactProgress = planned > 0 ? exactSpent / planned * 100 : null;
            spentPercent = Round(exactSpent);
            progress = exactProgress is { } ep ? Round(ep) : null;
            budgetLight = exactProgress is { } p ? (p < m.BudgetRed ? Light.Red : p < m.BudgetYellow ? Light.Yellow : Light.Green) : Light.Green;
            if (budgetLight is Light.Red or Light.Yellow && !Explained(entries.SpentEntry))
                findings.Add(new Diagnostic(ScoringCodes.NoCauseOrMeasure, Severity.Warning,
                    $"预算执行进度 {N(progress ?? 0)}%（已支出 {N(spentPercent.Value)}%，计划 {N(Round(planned))}%）亮{budgetLight.Value.ToChinese()}，须说明偏差原因和改进措施。",
                    entries.SpentEntry?.Line ?? table.Line, null, "spent") { File = entries.SpentEntry?.File });
        }
        else
        {
            findings.Add(new Diagnostic(ScoringCodes.ProgressMissing, Severity.Warning,
                entries.Spent is null ? "没有填写截至本月的预算执行数，无法判断预算执行进度。" : "表中没有年度资金总额，无法计算预算执行进度。", table.Line, null, "spent"));
        }

        var lights = new List<IndicatorLight>();
        foreach (var k in SelfEvaluator.BudgetYearIndexes(table))
        {
            var indicator = table.Indicators[k];
            entries.Indicators.TryGetValue(k, out var entry);
            var light = IndicatorLight(indicator, k, entry, month, m, findings);
            lights.Add(light);
            if (light.Light is Light.Red or Light.Yellow && !Explained(entry))
                findings.Add(new Diagnostic(ScoringCodes.NoCauseOrMeasure, Severity.Warning,
                    $"指标“{indicator.Name ?? "（未命名）"}”亮{light.Light.Value.ToChinese()}，须说明偏差原因和改进措施。", entry?.Line ?? indicator.Line, k, "cause") { File = entry?.Line is null ? null : entry.File });
        }

        var all = lights.Select(l => l.Light).Append(budgetLight).Where(l => l is not null).Select(l => l!.Value).ToList();
        return new MonitoringResult
        {
            Month = month,
            SpentPercent = spentPercent,
            PlannedPercent = Round(planned),
            BudgetProgressPercent = progress,
            BudgetLight = budgetLight,
            Light = all.Count == 0 ? null : all.Max(),
            Indicators = lights,
            Findings = findings,
        };
    }

    private static IndicatorLight IndicatorLight(Indicator indicator, int k, IndicatorEntry? entry, int month, MonitoringSettings m, List<Diagnostic> findings)
    {
        var target = indicator.Value;
        var name = indicator.Name ?? "（未命名）";
        var rateOrQualitative = target.Status != ValueStatus.Number || target.Comparator == Comparator.Qualitative || target.UnitKind == UnitKind.Percent || IndicatorNames.IsRate(indicator.Name);
        if (rateOrQualitative)
        {
            if (entry?.Likelihood is { } l)
                return new IndicatorLight(k, l switch { Likelihood.Certain => Light.Green, Likelihood.Possible => Light.Yellow, _ => Light.Red }, null, "likelihood");
            findings.Add(new Diagnostic(ScoringCodes.LikelihoodMissing, Severity.Warning, $"指标“{name}”是比率或定性指标，请填写完成可能性（确定能/有可能/不可能）。", entry?.Line ?? indicator.Line, k, "likelihood") { File = entry?.Line is null ? null : entry.File });
            return new IndicatorLight(k, null, null, "none");
        }
        var actual = ValueReader.Read(entry?.Actual);
        if (actual.Status != ValueStatus.Number || actual.Number is not { } a)
        {
            findings.Add(new Diagnostic(ScoringCodes.ProgressMissing, Severity.Warning,
                string.IsNullOrWhiteSpace(entry?.Actual) ? $"指标“{name}”没有填写截至本月的完成值。" : $"指标“{name}”的完成值“{entry!.Actual}”不是数值。", entry?.Line ?? indicator.Line, k, "actual") { File = entry?.Line is null ? null : entry.File });
            return new IndicatorLight(k, null, null, "none");
        }
        var t = target.Number!.Value;
        if (target.Comparator is Comparator.LessOrEqual or Comparator.Less)
        {
            var within = target.Comparator == Comparator.Less ? a < t : a <= t;
            return new IndicatorLight(k, within ? Light.Green : Light.Red, t == 0 ? null : Round(a / t * 100), "within");
        }
        var expected = t * month / 12;
        if (expected <= 0) return new IndicatorLight(k, a >= 0 ? Light.Green : Light.Red, null, "progress");
        var exact = a / expected * 100;
        var light = exact < m.IndicatorRed ? Light.Red : exact < m.IndicatorYellow ? Light.Yellow : exact < m.IndicatorBlue ? Light.Green : Light.Blue;
        return new IndicatorLight(k, light, Round(exact), "progress");
    }

    private static bool Explained(IndicatorEntry? e) => !string.IsNullOrWhiteSpace(e?.Cause) && !string.IsNullOrWhiteSpace(e?.Measure);

    /// <summary>The planned cumulative share by the end of a month, rounded to two decimals for display.</summary>
    public static decimal PlannedPercent(IReadOnlyList<SpendingCheckpoint> plan, int month) => Round(Planned(plan, month));

    /// <summary>The planned cumulative share by the end of a month: from the spending plan, linear between its checkpoints, else m/12.</summary>
    private static decimal Planned(IReadOnlyList<SpendingCheckpoint> plan, int month)
    {
        var points = plan.Where(p => p.CumulativePercent is not null && CheckpointMonth(p.Checkpoint) is not null)
            .Select(p => (Month: CheckpointMonth(p.Checkpoint)!.Value, Percent: p.CumulativePercent!.Value))
            .OrderBy(p => p.Month).ToList();
        if (points.Count == 0) return month * 100m / 12;
        var (pm, pp) = (0, 0m);
        foreach (var (cm, cp) in points)
        {
            if (month <= cm) return pp + (cp - pp) * (month - pm) / (cm - pm);
            (pm, pp) = (cm, cp);
        }
        return points[^1].Percent;
    }

    /// <summary>The month a checkpoint label names: 3月底 → 3, 二季度 → 6, 上半年 → 6, 年底 → 12.</summary>
    public static int? CheckpointMonth(string label)
    {
        var digits = new string(label.TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length > 0 && int.TryParse(digits, out var m) && m is >= 1 and <= 12 && label.Contains('月')) return m;
        if (label.Contains("季度", StringComparison.Ordinal))
        {
            foreach (var (word, q) in new[] { ("一", 3), ("1", 3), ("二", 6), ("2", 6), ("三", 9), ("3", 9), ("四", 12), ("4", 12) })
                if (label.Contains(word, StringComparison.Ordinal)) return q;
        }
        if (label.Contains("上半年", StringComparison.Ordinal)) return 6;
        if (label.Contains("年底", StringComparison.Ordinal) || label.Contains("年末", StringComparison.Ordinal) || label.Contains("全年", StringComparison.Ordinal)) return 12;
        return null;
    }

    private static decimal Round(decimal v) => Math.Round(v, 2, MidpointRounding.AwayFromZero);

    private static string N(decimal v) => v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
