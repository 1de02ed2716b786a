using Jixiao.Diagnostics;
using Jixiao.Framework;
using Jixiao.Model;
using Jixiao.Profiles;

namespace Jixiao.Scoring;

/// <summary>
/// The points each indicator is worth (DOMAIN.md §7): without weights, the indicator points are split by level 1
/// (产出 50 / 效益 30 / 满意度 10) and evenly inside each level 1; with weights, they are used as they are when they
/// add to the indicator points, and scaled to them otherwise. Amounts have two decimals; the last indicator of a
/// split takes the rounding remainder, so the points always add up exactly.
/// </summary>
public static class FullScores
{
    public static decimal[] Allocate(IReadOnlyList<Indicator> indicators, ScoringSettings s, List<Diagnostic> findings, Func<int, int> lineOf)
    {
        var n = indicators.Count;
        var result = new decimal[n];
        if (n == 0) return result;
        if (indicators.Any(i => i.Weight is not null)) return FromWeights(indicators, s, findings, lineOf);

        // Level 1 groups; a level 1 without a share of its own (成本指标 as level 1, or unknown) joins 产出.
        var groups = Enumerable.Range(0, n)
            .GroupBy(k => indicators[k].Level1 is { } l && s.DefaultShares.ContainsKey(l) ? l : Level1.Output)
            .ToDictionary(g => g.Key, g => g.ToList());
        var shares = groups.Keys.ToDictionary(l => l, l => s.DefaultShares.GetValueOrDefault(l));
        var present = shares.Values.Sum();
        if (present <= 0) shares = groups.Keys.ToDictionary(l => l, _ => 1m);
        present = shares.Values.Sum();
        // Points of a level 1 with no indicator go to the others in proportion, so the table is scored out of the full points.
        var groupPoints = Split(groups.Keys.OrderBy(l => l).Select(l => shares[l] / present * s.IndicatorPoints).ToList(), s.IndicatorPoints);
        var ordered = groups.Keys.OrderBy(l => l).ToList();
        for (var g = 0; g < ordered.Count; g++)
        {
            var members = groups[ordered[g]];
            var even = Split(members.Select(_ => groupPoints[g] / members.Count).ToList(), groupPoints[g]);
            for (var m = 0; m < members.Count; m++) result[members[m]] = even[m];
        }
        return result;
    }

    private static decimal[] FromWeights(IReadOnlyList<Indicator> indicators, ScoringSettings s, List<Diagnostic> findings, Func<int, int> lineOf)
    {
        var weights = indicators.Select(i => i.Weight ?? 0).ToList();
        for (var k = 0; k < indicators.Count; k++)
            if (indicators[k].Weight is null)
                findings.Add(new Diagnostic(ScoringCodes.WeightMissing, Severity.Warning, $"指标“{indicators[k].Name ?? "（未命名）"}”没有权重，按 0 分计；请补填权重。", lineOf(k), k, "weight"));
        var sum = weights.Sum();
        if (sum == s.IndicatorPoints) return weights.ToArray();
        if (sum != 100)
            findings.Add(new Diagnostic(ScoringCodes.WeightsRescaled, Severity.Warning, $"指标权重合计为 {N(sum)}，既不是 {N(s.IndicatorPoints)} 也不是 100，已按比例折算为 {N(s.IndicatorPoints)} 分；请核对权重。", null, null, "weight"));
        if (sum <= 0) return new decimal[indicators.Count];
        return Split(weights.Select(w => w / sum * s.IndicatorPoints).ToList(), s.IndicatorPoints);
    }

    /// <summary>Rounds each share to two decimals; the last takes the remainder so that they add to <paramref name="total"/>.</summary>
    internal static decimal[] Split(IReadOnlyList<decimal> shares, decimal total)
    {
        var result = new decimal[shares.Count];
        var used = 0m;
        for (var i = 0; i < shares.Count; i++)
        {
            result[i] = i == shares.Count - 1 ? total - used : Math.Round(shares[i], 2, MidpointRounding.AwayFromZero);
            used += result[i];
        }
        return result;
    }

    internal static string N(decimal v) => v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
