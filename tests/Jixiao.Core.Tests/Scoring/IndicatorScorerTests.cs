using Jixiao.Diagnostics;
using Jixiao.Entries;
using Jixiao.Framework;
using Jixiao.Model;
using Jixiao.Profiles;
using Jixiao.Scoring;
using Jixiao.Values;

namespace Jixiao.Tests.Scoring;

/// <summary>
/// One indicator scored after the year (DOMAIN.md §7). Each case states the target and the actual as a unit writes
/// them, and its comment gives the arithmetic. Cases carry a deviation cause unless they are about the cause, so that
/// the findings listed are the ones the case is about.
/// </summary>
public class IndicatorScorerTests
{
    private const int IndicatorLine = 20;
    private const int Index = 3;

    private const string Met = "达成年度指标";
    private const string Partly = "部分达成并具有一定效果";
    private const string NotMet = "未达成且效果较差";

    private static readonly ScoringSettings National = Profile.National.Scoring;

    private static Indicator Target(string value, string name = "县领导公开接访服务量", string? cause = null) => new()
    {
        Level1 = Level1.Output,
        Level2 = Level2.Quantity,
        Name = name,
        Value = ValueReader.Read(value),
        Horizon = Horizon.Annual,
        Cause = cause,
        Line = IndicatorLine,
    };

    /// <summary>A target, what was entered, the points it is worth, and what must come out.</summary>
    public sealed record ScoreCase(string Because, string Target, string? Actual, decimal Full, decimal Expected, string Method, decimal? Achieved = null, string[]? Codes = null)
    {
        public decimal? Given { get; init; }
        public bool TooLow { get; init; }
        public ScoringSettings Settings { get; init; } = National;

        public override string ToString() => Because;
    }

    private static (IndicatorScore Score, List<Diagnostic> Findings) Run(ScoreCase c, string? cause = "已说明原因")
    {
        var findings = new List<Diagnostic>();
        var entry = new IndicatorEntry { Actual = c.Actual, Score = c.Given, Cause = cause };
        var score = IndicatorScorer.Score(Target(c.Target), Index, c.Full, entry, c.Settings, findings);
        return (score, findings);
    }

    private static void Verify(ScoreCase c)
    {
        var (score, findings) = Run(c);

        score.Index.Should().Be(Index);
        score.FullScore.Should().Be(c.Full, c.Because);
        score.Score.Should().Be(c.Expected, c.Because);
        score.Method.Should().Be(c.Method, c.Because);
        score.AchievedPercent.Should().Be(c.Achieved, c.Because);
        score.TargetTooLow.Should().Be(c.TooLow, c.Because);
        findings.Select(f => f.Code).Should().Equal(c.Codes ?? [], c.Because);
    }

    public static TheoryData<ScoreCase> Positive() => new()
    {
        // ≥: 180 < 200 → 10 × 180/200 = 9; achieved 90 %.
        new("below target: in proportion", "≥200次", "180次", 10, 9m, "positive", 90m),
        // 200 ≥ 200 → full.
        new("at target: full", "≥200次", "200次", 10, 10m, "positive", 100m),
        // 250 ≥ 200 → full, not 12.5; 125 % < 130 %, no flag.
        new("above target: full and no more", "≥200次", "250次", 10, 10m, "positive", 125m),
        // >: DOMAIN.md scores > like ≥, so 200 against >200 is full.
        new("strictly greater, actual equal to the target: full", ">200次", "200次", 10, 10m, "positive", 100m),
        // >: 100/200 → 5.
        new("strictly greater, below target", ">200次", "100次", 10, 5m, "positive", 50m),
        // 10 × 96/97 = 9.896907… → 9.90; achieved 98.969… → 98.97.
        new("rounded to two decimals: 10 × 96/97", "≥97%", "96%", 10, 9.9m, "positive", 98.97m),
        // 10 × 13/16 = 8.125 → 8.13 (half away from zero, 四舍五入); achieved 81.25.
        new("a half cent rounds away from zero", "≥16次", "13次", 10, 8.13m, "positive", 81.25m),
        // 10 × 1/3 = 3.333… → 3.33; achieved 33.33.
        new("a third rounds down", "≥3次", "1次", 10, 3.33m, "positive", 33.33m),
        // 10 × 2/3 = 6.666… → 6.67; achieved 66.67.
        new("two thirds round up", "≥3次", "2次", 10, 6.67m, "positive", 66.67m),
        // 12.5 × 1.8/2 = 11.25 (seed 003's 车辆费用 row, written without comparator).
        new("a bare number with no comparator is scored as positive", "2万元", "1.8万元", 12.5m, 11.25m, "positive", 90m),
        // Bare 2 万元, actual 3 → full; achieved 150.
        new("a bare number exceeded: full", "2万元", "3万元", 10, 10m, "positive", 150m),
        // =: scored as positive; 270/300 → 9.
        new("exact below target: as positive", "=300天", "270天", 10, 9m, "exact", 90m),
        new("exact at target: full", "=300天", "300天", 10, 10m, "exact", 100m),
        // =: 450/300 = 150 % → full, clamped.
        new("exact above target: full", "=300天", "450天", 10, 10m, "exact", 150m),
        // Actual written without a unit is taken in the target's unit: 96 of ≥97% → 9.90.
        new("an actual without a unit is read in the target's unit", "≥97%", "96", 10, 9.9m, "positive", 98.97m),
        // Target 0, ≥: 0 ≥ 0 → full; no percentage of a zero target.
        new("target 0, actual 0: full", "≥0起", "0起", 10, 10m, "positive"),
        // Target 0, ≥: 2 ≥ 0 → full; not flagged (130 % of 0 means nothing).
        new("target 0, actual above: full", "≥0起", "2起", 10, 10m, "positive"),
        // Target 0, ≥: −1 < 0; full × a/t is undefined, so 0.
        new("target 0, actual below: 0", "≥0起", "-1起", 10, 0m, "positive"),
        // ≥5 %, actual −2 % → 10 × −2/5 = −4 → clamped to 0; achieved −40.
        new("a negative actual on a positive target is clamped to 0", "≥5%", "-2%", 10, 0m, "positive", -40m),
    };

    [Theory]
    [MemberData(nameof(Positive))]
    public void Score_PositiveOrExactTarget_FullWhenReachedElseInProportion(ScoreCase c) => Verify(c);

    public static TheoryData<ScoreCase> TooLow() => new()
    {
        // 260/200 = 130 % ≥ 130 % → flagged, full 10 (penalty 0 nationally).
        new("at 130 % the target is flagged as too low", "≥200次", "260次", 10, 10m, "positive", 130m, [ScoringCodes.TargetTooLow]) { TooLow = true },
        // 12999/10000 = 129.99 % < 130 % → no flag.
        new("at 129.99 % no flag", "≥10000次", "12999次", 10, 10m, "positive", 129.99m),
        // 1000/200 = 500 % → full, flagged.
        new("far above target: full and flagged", "≥200次", "1000次", 10, 10m, "positive", 500m, [ScoringCodes.TargetTooLow]) { TooLow = true },
        // > counts as positive for the flag too: 130 %.
        new("strictly greater at 130 %: flagged", ">200次", "260次", 10, 10m, "positive", 130m, [ScoringCodes.TargetTooLow]) { TooLow = true },
        // Profile penalty 2: 10 − 2 = 8.
        new("with a profile penalty of 2: 10 − 2 = 8", "≥200次", "260次", 10, 8m, "positive", 130m, [ScoringCodes.TargetTooLow])
        {
            TooLow = true, Settings = National with { LowTargetPenalty = 2 },
        },
        // Penalty 2 at 129.99 %: not flagged, so no penalty.
        new("with a profile penalty, 129.99 % keeps full points", "≥10000次", "12999次", 10, 10m, "positive", 129.99m)
        {
            Settings = National with { LowTargetPenalty = 2 },
        },
        // Penalty 2 on 1.5 points: 1.5 − 2 = −0.5 → clamped to 0.
        new("a penalty larger than the points is clamped to 0", "≥200次", "300次", 1.5m, 0m, "positive", 150m, [ScoringCodes.TargetTooLow])
        {
            TooLow = true, Settings = National with { LowTargetPenalty = 2 },
        },
        // Profile ratio 1.5: 140 % is under it.
        new("a profile ratio of 1.5: 140 % is not flagged", "≥200次", "280次", 10, 10m, "positive", 140m)
        {
            Settings = National with { LowTargetRatio = 1.5m },
        },
    };

    [Theory]
    [MemberData(nameof(TooLow))]
    public void Score_PositiveAtOrAbove130Percent_FlagsTargetTooLowAndAppliesPenalty(ScoreCase c) => Verify(c);

    public static TheoryData<ScoreCase> Negative() => new()
    {
        // ≤15, 12 ≤ 15 → full; achieved 80.
        new("within the target: full", "≤15天", "12天", 10, 10m, "negative", 80m),
        new("at the target: full", "≤15天", "15天", 10, 10m, "negative", 100m),
        // 15 < 15.3 < 30 → 10 × (1 − 0.3/15) = 9.8.
        new("just over the target", "≤15天", "15.3天", 10, 9.8m, "negative", 102m),
        // 15 < 18 < 30 → 10 × (1 − 3/15) = 8.
        new("between the target and twice it", "≤15天", "18天", 10, 8m, "negative", 120m),
        // 10 × (1 − 14/15) = 0.666… → 0.67; achieved 193.33.
        new("just under twice the target", "≤15天", "29天", 10, 0.67m, "negative", 193.33m),
        // 30 = 2 × 15 → 0.
        new("at twice the target: 0", "≤15天", "30天", 10, 0m, "negative", 200m),
        new("beyond twice the target: 0", "≤15天", "45天", 10, 0m, "negative", 300m),
        // <: DOMAIN.md scores < like ≤, so actual = target is full.
        new("strictly less, actual equal to the target: full", "<15天", "15天", 10, 10m, "negative", 100m),
        // <15, 20: 10 × (1 − 5/15) = 6.666… → 6.67; achieved 133.33.
        new("strictly less, between the target and twice it", "<15天", "20天", 10, 6.67m, "negative", 133.33m),
        // Target 0: 0 ≤ 0 → full.
        new("target 0, actual 0: full", "≤0起", "0起", 10, 10m, "negative"),
        // Target 0: 1 > 0 → 0.
        new("target 0, actual above: 0", "≤0起", "1起", 10, 0m, "negative"),
        // −3 ≤ 15 → full; achieved −20.
        new("a negative actual is within the target", "≤15天", "-3天", 10, 10m, "negative", -20m),
    };

    [Theory]
    [MemberData(nameof(Negative))]
    public void Score_NegativeTarget_FullWithinFallingToZeroAtTwiceTheTarget(ScoreCase c) => Verify(c);

    public static TheoryData<ScoreCase> Units() => new()
    {
        // 150000元 = 15万元; 10 × 15/20 = 7.5.
        new("元 against a target in 万元", "≥20万元", "150000元", 10, 7.5m, "positive", 75m),
        // 18万元 = 180000元; 10 × 180000/200000 = 9.
        new("万元 against a target in 元", "≥200000元", "18万元", 10, 9m, "positive", 90m),
        // 25000元 = 2.5万元 over ≤2万元: 10 × (1 − 0.5/2) = 7.5; achieved 125.
        new("元 against a ceiling in 万元", "≤2万元", "25000元", 10, 7.5m, "negative", 125m),
        // 1.5亿元 = 15000万元 of ≥20000万元 → 10 × 0.75 = 7.5.
        new("亿元 against 万元", "≥20000万元", "1.5亿元", 10, 7.5m, "positive", 75m),
        // 15000元/件 = 1.5万元/件 ≤ 2万元/件 → full; achieved 75.
        new("per-unit money converts too", "≤2万元/件", "15000元/件", 10, 10m, "negative", 75m),
        // 人 is not 次: compared as written, 10 × 180/200 = 9, with a finding.
        new("a unit mismatch is compared as written, with a finding", "≥200次", "180人", 10, 9m, "positive", 90m, [ScoringCodes.UnitMismatch]),
        // 40 of ≥50%: 10 × 40/50 = 8, with a finding.
        new("a count against a percentage: a finding", "≥50%", "40次", 10, 8m, "positive", 80m, [ScoringCodes.UnitMismatch]),
    };

    [Theory]
    [MemberData(nameof(Units))]
    public void Score_ActualInAnotherUnit_ConvertsMoneyAndReportsOtherMismatches(ScoreCase c) => Verify(c);

    public static TheoryData<ScoreCase> Qualitative() => new()
    {
        // No score: the band's top. 达成 100 % of 10 = 10.
        new("met, no score: band top 100 %", "有效化解", Met, 10, 10m, "qualitative"),
        // 部分 80 % of 10 = 8.
        new("partly, no score: band top 80 %", "有效化解", Partly, 10, 8m, "qualitative"),
        // 未达成 60 % of 10 = 6.
        new("not met, no score: band top 60 %", "有效化解", NotMet, 10, 6m, "qualitative"),
        // 部分 on 12.5: 10; 未达成 on 12.5: 7.5.
        new("partly on 12.5 points: 10", "有效化解", Partly, 12.5m, 10m, "qualitative"),
        new("not met on 12.5 points: 7.5", "有效化解", NotMet, 12.5m, 7.5m, "qualitative"),
        // 部分 on 3.33: 3.33 × 0.8 = 2.664 → 2.66.
        new("band top rounded to two decimals", "有效化解", Partly, 3.33m, 2.66m, "qualitative"),
        // Inside the band: as given.
        new("met with 9 (inside 8–10)", "有效化解", Met, 10, 9m, "qualitative") { Given = 9 },
        new("met with 8, the band's bottom", "有效化解", Met, 10, 8m, "qualitative") { Given = 8 },
        new("partly with 7 (inside 6–8)", "有效化解", Partly, 10, 7m, "qualitative") { Given = 7 },
        new("not met with 3.5 (inside 0–6)", "有效化解", NotMet, 10, 3.5m, "qualitative") { Given = 3.5m },
        // 8.555 → 8.56 (half away from zero).
        new("a given score is rounded to two decimals", "有效化解", Met, 10, 8.56m, "qualitative") { Given = 8.555m },
        // Outside the band: clamped into it, with a finding.
        new("met with 7: below 8–10, raised to 8", "有效化解", Met, 10, 8m, "qualitative", Codes: [ScoringCodes.ScoreOutsideBand]) { Given = 7 },
        new("partly with 9: above 6–8, lowered to 8", "有效化解", Partly, 10, 8m, "qualitative", Codes: [ScoringCodes.ScoreOutsideBand]) { Given = 9 },
        new("not met with 7: above 0–6, lowered to 6", "有效化解", NotMet, 10, 6m, "qualitative", Codes: [ScoringCodes.ScoreOutsideBand]) { Given = 7 },
        new("met with 11: above full, lowered to 10", "有效化解", Met, 10, 10m, "qualitative", Codes: [ScoringCodes.ScoreOutsideBand]) { Given = 11 },
        // The band named at the start of a longer statement.
        new("a band followed by a remark", "有效化解", Met + "，矛盾全部化解", 10, 10m, "qualitative"),
        // A text target and a score the evaluator gave, no band: taken as given.
        new("text target with a given score", "有效化解", "大部分矛盾已化解", 10, 7m, "qualitative") { Given = 7 },
        new("unreadable target with a given score", "重复访逐年递减8%", "下降9%", 10, 9m, "qualitative") { Given = 9 },
        new("a given score above full is clamped, with a finding", "有效化解", "全部化解", 10, 10m, "qualitative", Codes: [ScoringCodes.ScoreOutsideBand]) { Given = 12 },
        new("a given score below 0 is clamped, with a finding", "有效化解", "未化解", 10, 0m, "qualitative", Codes: [ScoringCodes.ScoreOutsideBand]) { Given = -1 },
        // Neither band nor score: nothing to score, 0 with a finding.
        new("text target, no band, no score: 0", "有效化解", "大部分矛盾已化解", 10, 0m, "none", Codes: [ScoringCodes.QualitativeNotScored]),
    };

    [Theory]
    [MemberData(nameof(Qualitative))]
    public void Score_QualitativeBand_TopOfBandUnlessAScoreInsideItIsGiven(ScoreCase c) => Verify(c);

    public static TheoryData<ScoreCase> Unscorable() => new()
    {
        new("no actual", "≥200次", null, 10, 0m, "none", Codes: [ScoringCodes.ActualMissing]),
        new("an empty actual", "≥200次", "", 10, 0m, "none", Codes: [ScoringCodes.ActualMissing]),
        new("a blank actual", "≥200次", "   ", 10, 0m, "none", Codes: [ScoringCodes.ActualMissing]),
        new("a text actual on a numeric target", "≥200次", "未统计", 10, 0m, "none", Codes: [ScoringCodes.ActualNotReadable]),
        new("two numbers on a numeric target", "≥200次", "180到200次", 10, 0m, "none", Codes: [ScoringCodes.ActualNotReadable]),
    };

    [Theory]
    [MemberData(nameof(Unscorable))]
    public void Score_NoActualOrUnreadableActual_ZeroWithFinding(ScoreCase c) => Verify(c);

    [Fact]
    public void Score_NoEntryAtAll_ZeroWithFindingOnTheIndicatorsLine()
    {
        var findings = new List<Diagnostic>();

        var score = IndicatorScorer.Score(Target("≥200次"), Index, 10, null, National, findings);

        score.Score.Should().Be(0);
        score.Method.Should().Be("none");
        findings.Should().ContainSingle(f => f.Code == ScoringCodes.ActualMissing)
            .Which.Should().Match<Diagnostic>(f => f.Line == IndicatorLine && f.Indicator == Index && f.Field == "actual" && f.File == null);
    }

    [Fact]
    public void Score_UnreadableActual_FindingNamesTheCellAndWhereItWasEntered()
    {
        var findings = new List<Diagnostic>();
        var entry = new IndicatorEntry { Actual = "未统计", Cause = "统计滞后", File = "actuals.csv", Line = 7 };

        IndicatorScorer.Score(Target("≥200次"), Index, 10, entry, National, findings);

        var finding = findings.Should().ContainSingle().Which;
        finding.Code.Should().Be(ScoringCodes.ActualNotReadable);
        finding.Message.Should().Contain("未统计").And.Contain("≥200次");
        finding.Field.Should().Be("actual");
        finding.Indicator.Should().Be(Index);
        finding.File.Should().Be("actuals.csv");
        finding.Line.Should().Be(7);
    }

    /// <summary>A scored indicator with or without a stated cause, and whether a missing cause must be reported.</summary>
    public sealed record CauseCase(string Because, string Target, string? Actual, bool CauseRequired)
    {
        public decimal? Given { get; init; }
        public string? EntryCause { get; init; }
        public string? TableCause { get; init; }
        public ScoringSettings Settings { get; init; } = National;

        public override string ToString() => Because;
    }

    public static TheoryData<CauseCase> Causes() => new()
    {
        // 9 of 10, no cause anywhere → asked for.
        new("below full without a cause", "≥200次", "180次", true),
        new("below full with a blank cause", "≥200次", "180次", true) { EntryCause = "  " },
        new("below full with a cause entered", "≥200次", "180次", false) { EntryCause = "上级交办任务减少" },
        new("below full with the cause printed in the table", "≥200次", "180次", false) { TableCause = "上级交办任务减少" },
        new("full points need no cause", "≥200次", "200次", false),
        // 部分达成 → 8 of 10.
        new("a qualitative band below full", "有效化解", Partly, true),
        // 130 % with penalty 2 → 8 of 10.
        new("a too-low penalty takes the score below full", "≥200次", "260次", true) { Settings = National with { LowTargetPenalty = 2 } },
        // DOMAIN.md §7: "any indicator below full requires a deviation cause" — 0 points is below full too.
        new("no actual: 0 points is below full", "≥200次", null, true),
        new("an unreadable actual: 0 points is below full", "≥200次", "未统计", true),
        new("a qualitative actual without band or score: 0 points is below full", "有效化解", "大部分矛盾已化解", true),
    };

    [Theory]
    [MemberData(nameof(Causes))]
    public void Score_BelowFull_RequiresADeviationCause(CauseCase c)
    {
        var findings = new List<Diagnostic>();
        var entry = new IndicatorEntry { Actual = c.Actual, Score = c.Given, Cause = c.EntryCause };

        IndicatorScorer.Score(Target(c.Target, cause: c.TableCause), Index, 10, entry, c.Settings, findings);

        (int?, string?, int?)[] expected = c.CauseRequired ? [(Index, "cause", IndicatorLine)] : [];
        findings.Where(f => f.Code == ScoringCodes.CauseMissing).Select(f => (f.Indicator, f.Field, f.Line)).Should().Equal(expected, c.Because);
    }
}
