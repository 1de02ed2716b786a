using Jixiao.Diagnostics;
using Jixiao.Entries;
using Jixiao.Model;
using Jixiao.Profiles;
using Jixiao.Values;

namespace Jixiao.Scoring;

/// <summary>
/// Scores one indicator from its target and the value reached (DOMAIN.md §7): positive (≥ >, and = and ≈ and a bare
/// number) full when reached, else in proportion; negative (≤ <) full when within, falling to 0 at twice the
/// target, and with target 0 all or nothing; qualitative by the evaluator's band, at the band's top unless a score
/// inside the band is given. Every score is clamped to [0, full] and rounded to two decimals.
/// </summary>
public static class IndicatorScorer
{
    public static IndicatorScore Score(Indicator indicator, int index, decimal full, IndicatorEntry? entry, ScoringSettings s, List<Diagnostic> findings)
    {
        var name = indicator.Name ?? "（未命名）";
        var actualText = entry?.Actual?.Trim();
        if (string.IsNullOrEmpty(actualText))
        {
            findings.Add(Find(ScoringCodes.ActualMissing, Severity.Warning, $"指标“{name}”没有填写实际完成值，按 0 分计。", indicator, index, entry, "actual"));
            return Finish(new IndicatorScore(index, full, 0, null, "none", false), indicator, entry, findings);
        }

        var target = indicator.Value;
        var actual = ValueReader.Read(actualText);
        var band = Band(actualText, s);
        decimal score;
        decimal? achieved = null;
        string method;
        var tooLow = false;

        if (band is { } b)
        {
            method = "qualitative";
            score = BandScore(b, full, entry, indicator, index, findings);
        }
        else if (target.Status == ValueStatus.Number && target.Number is { } t && target.Comparator != Comparator.Qualitative)
        {
            if (actual.Status != ValueStatus.Number || actual.Number is null)
            {
                findings.Add(Find(ScoringCodes.ActualNotReadable, Severity.Warning, $"指标“{name}”的实际完成值“{actualText}”不是数值，无法与目标值 {target.Text} 比较，按 0 分计；请填写数值（如“96%”“210次”）。", indicator, index, entry, "actual"));
                return Finish(new IndicatorScore(index, full, 0, null, "none", false), indicator, entry, findings);
            }
            var a = Convert(actual, target, indicator, index, entry, findings);
            var cmp = target.Comparator;
            if (cmp is Comparator.LessOrEqual or Comparator.Less)
            {
                method = "negative";
                score = Negative(a, t, full);
            }
            else
            {
                method = cmp == Comparator.Equal ? "exact" : "positive";
                score = t > 0 ? (a >= t ? full : full * a / t) : (a >= t ? full : 0);
                if (t > 0 && cmp is Comparator.GreaterOrEqual or Comparator.Greater && a >= s.LowTargetRatio * t)
                {
                    tooLow = true;
                    findings.Add(Find(ScoringCodes.TargetTooLow, Severity.Info, $"指标“{name}”实际完成 {actualText}，达到目标值 {target.Text} 的 {N(a / t * 100)}%，目标可能定得过低{(s.LowTargetPenalty > 0 ? $"，扣 {N(s.LowTargetPenalty)} 分" : "")}。", indicator, index, entry, "value"));
                    score -= s.LowTargetPenalty;
                }
            }
            if (t != 0) achieved = Math.Round(a / t * 100, 2, MidpointRounding.AwayFromZero);
        }
        else if (entry?.Score is { } given)
        {
            // A qualitative or unreadable target with a score the evaluator gave, but no band named: taken as given.
            method = "qualitative";
            score = given;
            if (given < 0 || given > full)
                findings.Add(Find(ScoringCodes.ScoreOutsideBand, Severity.Warning, $"指标“{name}”的得分 {N(given)} 超出 0–{N(full)} 分，已按范围截取。", indicator, index, entry, "score"));
        }
        else
        {
            var bands = string.Join("、", s.QualitativeBands.Keys);
            findings.Add(Find(ScoringCodes.QualitativeNotScored, Severity.Warning, $"指标“{name}”是定性指标，实际完成情况“{actualText}”未说明属于哪一档（{bands}），也没有给出得分，按 0 分计。", indicator, index, entry, "actual"));
            return Finish(new IndicatorScore(index, full, 0, null, "none", false), indicator, entry, findings);
        }

        score = Math.Round(Math.Clamp(score, 0, full), 2, MidpointRounding.AwayFromZero);
        return Finish(new IndicatorScore(index, full, score, achieved, method, tooLow), indicator, entry, findings);
    }

    /// <summary>Any indicator below full, a zero included, needs its deviation cause.</summary>
    private static IndicatorScore Finish(IndicatorScore s, Indicator indicator, IndicatorEntry? entry, List<Diagnostic> findings)
    {
        if (s.Score < s.FullScore && string.IsNullOrWhiteSpace(entry?.Cause) && string.IsNullOrWhiteSpace(indicator.Cause))
            findings.Add(Find(ScoringCodes.CauseMissing, Severity.Info, $"指标“{indicator.Name ?? "（未命名）"}”未得满分（{N(s.Score)}/{N(s.FullScore)}），请说明偏差原因。", indicator, s.Index, entry, "cause"));
        return s;
    }

    /// <summary>Less is better: full within the target, falling linearly to 0 at twice the target; with target 0, all or nothing.</summary>
    internal static decimal Negative(decimal a, decimal t, decimal full)
    {
        if (t <= 0) return a <= t ? full : 0;
        if (a <= t) return full;
        if (a < 2 * t) return full * (1 - (a - t) / t);
        return 0;
    }

    private static (string Name, decimal Low, decimal High)? Band(string actual, ScoringSettings s)
    {
        foreach (var (bandName, (lo, hi)) in s.QualitativeBands)
            if (actual == bandName || actual.StartsWith(bandName, StringComparison.Ordinal)) return (bandName, lo, hi);
        return null;
    }

    private static decimal BandScore((string Name, decimal Low, decimal High) b, decimal full, IndicatorEntry? entry, Indicator indicator, int index, List<Diagnostic> findings)
    {
        var low = full * b.Low / 100;
        var high = full * b.High / 100;
        if (entry?.Score is not { } given) return high;
        if (given >= low && given <= high) return given;
        findings.Add(Find(ScoringCodes.ScoreOutsideBand, Severity.Warning, $"指标“{indicator.Name}”评为“{b.Name}”，该档得分应在 {N(low)}–{N(high)} 分之间，填写的 {N(given)} 分已按该档截取。", indicator, index, entry, "score"));
        return Math.Clamp(given, low, high);
    }

    /// <summary>The actual in the target's unit: money converts between 元, 万元 and 亿元; other differing units are reported.</summary>
    private static decimal Convert(IndicatorValue actual, IndicatorValue target, Indicator indicator, int index, IndicatorEntry? entry, List<Diagnostic> findings)
    {
        var a = actual.Number!.Value;
        if (actual.Unit is null || target.Unit is null || actual.Unit == target.Unit) return a;
        if (Units.ToWanYuan(actual.Unit) is { } fa && Units.ToWanYuan(target.Unit) is { } ft && actual.UnitKind == target.UnitKind) return a * fa / ft;
        findings.Add(Find(ScoringCodes.UnitMismatch, Severity.Warning, $"指标“{indicator.Name}”的实际完成值单位“{actual.Unit}”与目标值单位“{target.Unit}”不同，已按数值直接比较；请核对。", indicator, index, entry, "actual"));
        return a;
    }

    private static Diagnostic Find(string code, Severity severity, string message, Indicator indicator, int index, IndicatorEntry? entry, string field) =>
        new(code, severity, message, entry?.Line ?? indicator.Line, index, field) { File = entry?.Line is null ? null : entry.File };

    internal static string N(decimal v) => v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
