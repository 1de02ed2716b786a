using Jixiao.Diagnostics;
using Jixiao.Entries;
using Jixiao.Framework;
using Jixiao.Model;
using Jixiao.Monitoring;
using Jixiao.Profiles;
using Jixiao.Scoring;
using Jixiao.Values;

namespace Jixiao.Tests.Monitoring;

/// <summary>
/// Mid-year monitoring (DOMAIN.md §6): the planned share by month m, the budget light, each indicator's light, the
/// table's worst light, and the cause and measure every yellow or red light needs. Expectations are worked out by hand.
/// </summary>
public class MonitorTests
{
    private static readonly Profile National = Profile.National;

    private const int TableLine = 3;
    private const int FirstLine = 20;

    /// <summary>An illustrative plan at seed 004's checkpoints: 3月底 25 %, 6月底 50 %, 10月底 80 %, 12月底 100 %.</summary>
    private static readonly SpendingCheckpoint[] Plan004 =
        [new("3月底", 25), new("6月底", 50), new("10月底", 80), new("12月底", 100)];

    private static Indicator Row(string name, string value, int k = 0, Horizon horizon = Horizon.Annual) => new()
    {
        Level1 = Level1.Output,
        Level2 = Level2.Quantity,
        Name = name,
        Value = ValueReader.Read(value),
        Horizon = horizon,
        Line = FirstLine + k,
    };

    private static TargetTable Table(decimal? funds, IReadOnlyList<SpendingCheckpoint>? plan, params Indicator[] indicators) => new()
    {
        Funds = funds is null ? null : new Funds { Total = funds },
        SpendingPlan = plan ?? [],
        Indicators = indicators,
        Line = TableLine,
    };

    // ---- planned share ----

    /// <summary>A spending plan as (checkpoint, cumulative %), a month, and the planned share by then.</summary>
    public sealed record PlanCase(string Because, (string Label, decimal? Percent)[] Plan, int Month, decimal Expected)
    {
        public override string ToString() => Because;
    }

    private static readonly (string, decimal?)[] P004 = [("3月底", 25), ("6月底", 50), ("10月底", 80), ("12月底", 100)];

    public static TheoryData<PlanCase> Plans() => new()
    {
        // Before the first checkpoint: linear from (0, 0) to (3, 25): 25 × 1/3 = 8.333… → 8.33.
        new("before the first checkpoint, month 1", P004, 1, 8.33m),
        // 25 × 2/3 = 16.666… → 16.67.
        new("before the first checkpoint, month 2", P004, 2, 16.67m),
        new("at a checkpoint", P004, 3, 25m),
        // Between (3, 25) and (6, 50): 25 + 25 × 1/3 = 33.33.
        new("between checkpoints, month 4", P004, 4, 33.33m),
        // Between (6, 50) and (10, 80): 50 + 30 × 1/4 = 57.5.
        new("between checkpoints, month 7 (end of July)", P004, 7, 57.5m),
        // 50 + 30 × 2/4 = 65.
        new("between checkpoints, month 8", P004, 8, 65m),
        // Between (10, 80) and (12, 100): 80 + 20 × 1/2 = 90.
        new("between the last two checkpoints", P004, 11, 90m),
        new("at the last checkpoint", P004, 12, 100m),
        // A plan that ends at 10月底 100 %: held after it.
        new("after the last checkpoint, the plan stays at its last share", [("3月底", 30), ("6月底", 60), ("10月底", 100)], 11, 100m),
        // Blank 3月底 and 10月底 are skipped: (0, 0) → (6, 40): 40 × 3/6 = 20.
        new("blank checkpoints are skipped, before the first", [("3月底", null), ("6月底", 40), ("10月底", null), ("12月底", 100)], 3, 20m),
        // (6, 40) → (12, 100): 40 + 60 × 2/6 = 60.
        new("blank checkpoints are skipped, between", [("3月底", null), ("6月底", 40), ("10月底", null), ("12月底", 100)], 8, 60m),
        // Written out of order: sorted by month, (6, 50) → (12, 100): 50 + 50 × 3/6 = 75.
        new("checkpoints out of order", [("12月底", 100), ("6月底", 50)], 9, 75m),
        // Quarters: (3, 20) → (6, 45): 20 + 25 × 2/3 = 36.666… → 36.67.
        new("quarterly checkpoints", [("一季度", 20), ("二季度", 45), ("三季度", 70), ("四季度", 100)], 5, 36.67m),
        // No usable checkpoint: m/12 → 6/12 = 50.
        new("all checkpoints blank: m/12", [("3月底", null), ("12月底", null)], 6, 50m),
        new("unreadable checkpoint labels: m/12", [("第一阶段", 50), ("第二阶段", 100)], 6, 50m),
        // No plan: m/12.
        new("no plan, month 1: 1/12 = 8.33", [], 1, 8.33m),
        new("no plan, month 6: 50", [], 6, 50m),
        // 7/12 = 58.333… → 58.33.
        new("no plan, month 7: 58.33", [], 7, 58.33m),
        new("no plan, month 12: 100", [], 12, 100m),
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void PlannedPercent_PlanOrNone_LinearBetweenCheckpointsElseMonthOverTwelve(PlanCase c)
    {
        var plan = c.Plan.Select(p => new SpendingCheckpoint(p.Label, p.Percent)).ToList();

        CheckpointMonitor.PlannedPercent(plan, c.Month).Should().Be(c.Expected, c.Because);
    }

    public static TheoryData<string, int?> Labels() => new()
    {
        { "3月底", 3 }, { "6月", 6 }, { "10月底", 10 }, { "12月底", 12 },
        { "一季度", 3 }, { "第二季度末", 6 }, { "第3季度", 9 }, { "四季度", 12 },
        { "上半年", 6 }, { "年底", 12 }, { "年末", 12 }, { "全年", 12 },
        { "13月底", null }, { "第一阶段", null }, { "", null },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void CheckpointMonth_Label_NamesItsMonth(string label, int? month) =>
        CheckpointMonitor.CheckpointMonth(label).Should().Be(month, label);

    // ---- budget light ----

    /// <summary>Funds, a plan, the month, money spent, and the spent share, progress and light expected.</summary>
    public sealed record BudgetCase(string Because, decimal Funds, SpendingCheckpoint[]? Plan, int Month, decimal Spent, decimal SpentPercent, decimal? Progress, Light Light)
    {
        public override string ToString() => Because;
    }

    public static TheoryData<BudgetCase> Budgets() => new()
    {
        // Month 12 without a plan: planned 100, so progress = spent share.
        new("59.99 % → red", 100, null, 12, 59.99m, 59.99m, 59.99m, Light.Red),
        new("60 % → yellow", 100, null, 12, 60m, 60m, 60m, Light.Yellow),
        new("79.99 % → yellow", 100, null, 12, 79.99m, 79.99m, 79.99m, Light.Yellow),
        new("80 % → green", 100, null, 12, 80m, 80m, 80m, Light.Green),
        new("100 % → green", 100, null, 12, 100m, 100m, 100m, Light.Green),
        new("over-spent 130 % → green", 100, null, 12, 130m, 130m, 130m, Light.Green),
        new("nothing spent → red", 100, null, 12, 0m, 0m, 0m, Light.Red),
        // Month 6 without a plan: planned 50. 30 of 100 → 30 % ÷ 50 % = 60 % → yellow.
        new("month 6 without a plan: 30 % spent of 50 % planned → 60 %", 100, null, 6, 30m, 30m, 60m, Light.Yellow),
        // Month 7 without a plan: 7/12 = 58.333… %. 50 of 100 → 0.5 ÷ (7/12) = 6/7 = 85.714… → 85.71 % → green.
        new("month 7 without a plan: 50 % spent of 7/12 → 85.71 % green", 100, null, 7, 50m, 50m, 85.71m, Light.Green),
        // Plan 004, month 8: planned 65. 52 ÷ 65 = 80 % → green; 51.99 ÷ 65 = 79.98 % → yellow.
        new("plan, month 8: 52 % of 65 % → 80 % green", 100, Plan004, 8, 52m, 52m, 80m, Light.Green),
        new("plan, month 8: 51.99 % of 65 % → 79.98 % yellow", 100, Plan004, 8, 51.99m, 51.99m, 79.98m, Light.Yellow),
        // 39 ÷ 65 = 60 % → yellow; 38.99 ÷ 65 = 59.98 % → red.
        new("plan, month 8: 39 % of 65 % → 60 % yellow", 100, Plan004, 8, 39m, 39m, 60m, Light.Yellow),
        new("plan, month 8: 38.99 % of 65 % → 59.98 % red", 100, Plan004, 8, 38.99m, 38.99m, 59.98m, Light.Red),
        // Funds 200, month 6, planned 50: 180 of 200 = 90 % → 180 % of plan → green.
        new("funds 200: 90 % spent of 50 % planned → green", 200, null, 6, 180m, 90m, 180m, Light.Green),
        // Nothing planned by month 2 (plan 0 % at 3月底): no progress to compare; nothing is behind.
        new("nothing planned yet → green", 100, [new("3月底", 0), new("12月底", 100)], 2, 10m, 10m, null, Light.Green),
        // Funds 200, month 6, planned 50: 59.99 ÷ 200 = 29.995 % (shown 30.00); 29.995 ÷ 50 = 59.99 % < 60 % → red.
        new("funds 200, month 6: 59.99 of 200 is 59.99 % of plan → red", 200, null, 6, 59.99m, 30m, 59.99m, Light.Red),
    };

    [Theory]
    [MemberData(nameof(Budgets))]
    public void Run_Spent_BudgetLightBySpentShareOverPlannedShare(BudgetCase c)
    {
        var entries = new TableEntries { Spent = c.Spent, SpentEntry = new IndicatorEntry { Cause = "原因", Measure = "措施" } };

        var r = CheckpointMonitor.Run(Table(c.Funds, c.Plan), entries, c.Month, National);

        r.BudgetLight.Should().Be(c.Light, c.Because);
        r.BudgetProgressPercent.Should().Be(c.Progress, c.Because);
        r.SpentPercent.Should().Be(c.SpentPercent, c.Because);
        r.Light.Should().Be(c.Light, "the budget is the table's only light");
        r.Findings.Should().BeEmpty(c.Because);
    }

    [Fact]
    public void Run_Spent_ReportsSpentAndPlannedShares()
    {
        // Plan 004, month 7: planned 57.5; 46 of 100 → 46 %; 46 ÷ 57.5 = 80 % → green.
        var r = CheckpointMonitor.Run(Table(100, Plan004), new TableEntries { Spent = 46 }, 7, National);

        r.Month.Should().Be(7);
        r.PlannedPercent.Should().Be(57.5m);
        r.SpentPercent.Should().Be(46m);
        r.BudgetProgressPercent.Should().Be(80m);
        r.BudgetLight.Should().Be(Light.Green);
    }

    public static TheoryData<string, decimal, string?, string?, bool> BudgetExplanations() => new()
    {
        // Month 12, funds 100: 50 → red, 70 → yellow, 90 → green.
        { "red without cause or measure", 50m, null, null, true },
        { "red with a cause only", 50m, "进度滞后", null, true },
        { "red with a measure only", 50m, null, "加快支付", true },
        { "red with both", 50m, "进度滞后", "加快支付", false },
        { "yellow without cause or measure", 70m, null, null, true },
        { "yellow with blank cause and measure", 70m, " ", " ", true },
        { "yellow with both", 70m, "进度滞后", "加快支付", false },
        { "green needs nothing", 90m, null, null, false },
    };

    [Theory]
    [MemberData(nameof(BudgetExplanations))]
    public void Run_BudgetYellowOrRed_RequiresCauseAndMeasure(string because, decimal spent, string? cause, string? measure, bool reported)
    {
        var entries = new TableEntries { Spent = spent, SpentEntry = new IndicatorEntry { Cause = cause, Measure = measure, File = "progress.csv", Line = 2 } };

        var r = CheckpointMonitor.Run(Table(100, null), entries, 12, National);

        (int?, string?, int?, string?)[] expected = reported ? [(null, "spent", 2, "progress.csv")] : [];
        r.Findings.Where(f => f.Code == ScoringCodes.NoCauseOrMeasure).Select(f => (f.Indicator, f.Field, f.Line, f.File)).Should().Equal(expected, because);
    }

    public static TheoryData<string, decimal?, decimal?> NoBudgetProgress() => new()
    {
        { "nothing spent entered", 100m, null },
        { "no funds in the table", null, 50m },
        { "annual funds 0", 0m, 50m },
    };

    [Theory]
    [MemberData(nameof(NoBudgetProgress))]
    public void Run_NoSpentOrNoFunds_NoBudgetLightWithFinding(string because, decimal? funds, decimal? spent)
    {
        var r = CheckpointMonitor.Run(Table(funds, null), new TableEntries { Spent = spent }, 7, National);

        r.BudgetLight.Should().BeNull(because);
        r.SpentPercent.Should().BeNull(because);
        r.BudgetProgressPercent.Should().BeNull(because);
        r.Findings.Should().ContainSingle(because).Which.Should().Match<Diagnostic>(f => f.Code == ScoringCodes.ProgressMissing && f.Field == "spent" && f.Line == TableLine);
    }

    // ---- indicator lights ----

    /// <summary>One indicator: its name and target, what was entered by month m, and the light and progress expected.</summary>
    public sealed record LightCase(string Because, string Name, string Target, int Month, string? Actual, Light? Light, decimal? Progress, string Basis)
    {
        public Likelihood? Likelihood { get; init; }
        public string[] Codes { get; init; } = [];

        public override string ToString() => Because;
    }

    private const string Count = "县领导公开接访服务量";
    private const string Limit = "信访事项受理时限";
    private const string Rate = "信访事项按期办结率";
    private const string Quality = "社会矛盾化解";

    public static TheoryData<LightCase> Cumulative() => new()
    {
        // ≥24000次 at month 6: expected 24000 × 6/12 = 12000.
        // 7199 ÷ 12000 = 59.991… → 59.99 % → red.
        new("59.99 % of the pro-rated target → red", Count, "≥24000次", 6, "7199次", Light.Red, 59.99m, "progress"),
        // 7200 ÷ 12000 = 60 % → yellow.
        new("60 % → yellow", Count, "≥24000次", 6, "7200次", Light.Yellow, 60m, "progress"),
        // 9599 ÷ 12000 = 79.991… → 79.99 % → yellow.
        new("79.99 % → yellow", Count, "≥24000次", 6, "9599次", Light.Yellow, 79.99m, "progress"),
        // 9600 ÷ 12000 = 80 % → green.
        new("80 % → green", Count, "≥24000次", 6, "9600次", Light.Green, 80m, "progress"),
        new("100 % → green", Count, "≥24000次", 6, "12000次", Light.Green, 100m, "progress"),
        // 14399 ÷ 12000 = 119.991… → 119.99 % → green.
        new("119.99 % → green", Count, "≥24000次", 6, "14399次", Light.Green, 119.99m, "progress"),
        // 14400 ÷ 12000 = 120 % → blue.
        new("120 % → blue (target likely too low)", Count, "≥24000次", 6, "14400次", Light.Blue, 120m, "progress"),
        new("nothing done → red", Count, "≥24000次", 6, "0次", Light.Red, 0m, "progress"),
        // Month 7: ≥1200次 → expected 700. 560 ÷ 700 = 80 % → green; 559 ÷ 700 = 79.857… → 79.86 % → yellow.
        new("month 7: 80 % of 7/12 → green", Count, "≥1200次", 7, "560次", Light.Green, 80m, "progress"),
        new("month 7: 79.86 % of 7/12 → yellow", Count, "≥1200次", 7, "559次", Light.Yellow, 79.86m, "progress"),
        // > and a bare number are cumulative like ≥: 7200 ÷ 12000 = 60 % → yellow.
        new("strictly greater: as ≥", Count, ">24000次", 6, "7200次", Light.Yellow, 60m, "progress"),
        new("a bare number: as ≥", Count, "24000次", 6, "14400次", Light.Blue, 120m, "progress"),
        // Target 0: nothing to pro-rate; 3 ≥ 0 → green.
        new("target 0 → green", Count, "≥0次", 6, "3次", Light.Green, null, "progress"),
        // ≥200000人次 at month 6: expected 100000. 59995 ÷ 100000 = 59.995 % < 60 % → red (shown as 60.00 or 59.995).
        new("59.995 % is below 60 % → red", Count, "≥200000人次", 6, "59995人次", Light.Red, 59.995m, "progress"),
    };

    [Theory]
    [MemberData(nameof(Cumulative))]
    public void Run_PositiveCumulativeIndicator_LightByProgressAgainstProRatedTarget(LightCase c) => VerifyLight(c);

    public static TheoryData<LightCase> Ceilings() => new()
    {
        // ≤15天: 12 ≤ 15 → green; 12/15 = 80 %.
        new("within the ceiling → green", Limit, "≤15天", 7, "12天", Light.Green, 80m, "within"),
        new("at the ceiling → green", Limit, "≤15天", 7, "15天", Light.Green, 100m, "within"),
        // 16/15 = 106.666… → 106.67 %, over → red.
        new("over the ceiling → red", Limit, "≤15天", 7, "16天", Light.Red, 106.67m, "within"),
        // <15: 14 < 15 → green; 15 is not below 15 → red.
        new("strictly below → green", Limit, "<15天", 7, "14天", Light.Green, 93.33m, "within"),
        new("strictly less, actual equal to it → red", Limit, "<15天", 7, "15天", Light.Red, 100m, "within"),
        // Target 0: 0 ≤ 0 → green, 1 > 0 → red; no percentage of 0.
        new("target 0, none → green", "重复信访事件", "≤0起", 7, "0起", Light.Green, null, "within"),
        new("target 0, one → red", "重复信访事件", "≤0起", 7, "1起", Light.Red, null, "within"),
    };

    [Theory]
    [MemberData(nameof(Ceilings))]
    public void Run_NegativeIndicator_GreenWithinTheTargetElseRed(LightCase c) => VerifyLight(c);

    public static TheoryData<LightCase> Likelihoods() => new()
    {
        new("rate, 确定能 → green", Rate, "≥95%", 7, null, Light.Green, null, "likelihood") { Likelihood = Likelihood.Certain },
        new("rate, 有可能 → yellow", Rate, "≥95%", 7, null, Light.Yellow, null, "likelihood") { Likelihood = Likelihood.Possible },
        new("rate, 不可能 → red", Rate, "≥95%", 7, null, Light.Red, null, "likelihood") { Likelihood = Likelihood.Impossible },
        // The actual of a rate says nothing about the year; the likelihood decides.
        new("rate with an actual, 确定能 → green", Rate, "≥95%", 7, "50%", Light.Green, null, "likelihood") { Likelihood = Likelihood.Certain },
        new("qualitative, 确定能 → green", Quality, "有效化解", 7, null, Light.Green, null, "likelihood") { Likelihood = Likelihood.Certain },
        new("qualitative, 有可能 → yellow", Quality, "有效化解", 7, null, Light.Yellow, null, "likelihood") { Likelihood = Likelihood.Possible },
        new("qualitative, 不可能 → red", Quality, "有效化解", 7, null, Light.Red, null, "likelihood") { Likelihood = Likelihood.Impossible },
        // A rate by its name, whatever its unit.
        new("a satisfaction score is a rate by its name", "信访群众满意度", "≥90分", 7, null, Light.Yellow, null, "likelihood") { Likelihood = Likelihood.Possible },
        // A percentage is a rate whatever its name.
        new("a percentage target is a rate", "重点人员稳控", "≥90%", 7, null, Light.Red, null, "likelihood") { Likelihood = Likelihood.Impossible },
        new("a trend target is read as text: by likelihood", "重复访", "重复访逐年递减8%", 7, null, Light.Green, null, "likelihood") { Likelihood = Likelihood.Certain },
        // No likelihood: no light, a finding.
        new("rate without likelihood: no light", Rate, "≥95%", 7, "50%", null, null, "none") { Codes = [ScoringCodes.LikelihoodMissing] },
        new("qualitative without likelihood: no light", Quality, "有效化解", 7, null, null, null, "none") { Codes = [ScoringCodes.LikelihoodMissing] },
    };

    [Theory]
    [MemberData(nameof(Likelihoods))]
    public void Run_RateOrQualitativeIndicator_LightByStatedLikelihood(LightCase c) => VerifyLight(c);

    public static TheoryData<LightCase> NoProgress() => new()
    {
        new("cumulative without an actual: no light", Count, "≥24000次", 6, null, null, null, "none") { Codes = [ScoringCodes.ProgressMissing] },
        new("cumulative with a text actual: no light", Count, "≥24000次", 6, "未统计", null, null, "none") { Codes = [ScoringCodes.ProgressMissing] },
        new("ceiling without an actual: no light", Limit, "≤15天", 6, "", null, null, "none") { Codes = [ScoringCodes.ProgressMissing] },
    };

    [Theory]
    [MemberData(nameof(NoProgress))]
    public void Run_NumericIndicatorWithoutReadableActual_NoLightWithFinding(LightCase c) => VerifyLight(c);

    private static void VerifyLight(LightCase c)
    {
        // Cause and measure are given so that the only findings are the ones the case is about; the budget is on plan.
        var entries = new TableEntries
        {
            Indicators = new Dictionary<int, IndicatorEntry> { [0] = new() { Actual = c.Actual, Likelihood = c.Likelihood, Cause = "原因", Measure = "措施" } },
            Spent = 100,
        };

        var r = CheckpointMonitor.Run(Table(100, null, Row(c.Name, c.Target)), entries, c.Month, National);

        var light = r.Indicators.Should().ContainSingle().Which;
        light.Index.Should().Be(0);
        light.Light.Should().Be(c.Light, c.Because);
        // Progress is reported to two decimals; the light must follow the unrounded progress (59.995 % is below 60 %).
        if (c.Progress is null) light.ProgressPercent.Should().BeNull(c.Because);
        else light.ProgressPercent.Should().BeApproximately(c.Progress, 0.005m, c.Because);
        light.Basis.Should().Be(c.Basis, c.Because);
        r.Findings.Select(f => (f.Code, f.Indicator, f.Line)).Should().Equal(c.Codes.Select(code => (code, (int?)0, (int?)FirstLine)), c.Because);
    }

    // ---- cause and measure ----

    public static TheoryData<string, string, string, Likelihood?, string?, string?, bool> IndicatorExplanations() => new()
    {
        // (because, target, actual, likelihood, cause, measure, JX701 expected)
        { "yellow without cause or measure", "有效化解", "", Likelihood.Possible, null, null, true },
        { "yellow with a cause only", "有效化解", "", Likelihood.Possible, "任务调整", null, true },
        { "yellow with a measure only", "有效化解", "", Likelihood.Possible, null, "加强调度", true },
        { "yellow with blank cause and measure", "有效化解", "", Likelihood.Possible, " ", " ", true },
        { "yellow with both", "有效化解", "", Likelihood.Possible, "任务调整", "加强调度", false },
        { "red without cause or measure", "有效化解", "", Likelihood.Impossible, null, null, true },
        { "red with both", "有效化解", "", Likelihood.Impossible, "任务调整", "加强调度", false },
        // ≥24000次 at month 6: 5000 ÷ 12000 = 41.67 % → red.
        { "red progress without cause or measure", "≥24000次", "5000次", null, null, null, true },
        { "green needs nothing", "有效化解", "", Likelihood.Certain, null, null, false },
        // 14400 ÷ 12000 = 120 % → blue: not a deviation that needs a cause.
        { "blue needs nothing", "≥24000次", "14400次", null, null, null, false },
    };

    [Theory]
    [MemberData(nameof(IndicatorExplanations))]
    public void Run_IndicatorYellowOrRed_RequiresCauseAndMeasure(string because, string target, string actual, Likelihood? likelihood, string? cause, string? measure, bool reported)
    {
        var entries = new TableEntries
        {
            Indicators = new Dictionary<int, IndicatorEntry>
            {
                [0] = new() { Actual = actual, Likelihood = likelihood, Cause = cause, Measure = measure, File = "progress.csv", Line = 5 },
            },
            Spent = 100,
        };

        var r = CheckpointMonitor.Run(Table(200, null, Row(Count, target)), entries, 6, National);

        (int?, string?, int?, string?)[] expected = reported ? [(0, "cause", 5, "progress.csv")] : [];
        r.Findings.Where(f => f.Code == ScoringCodes.NoCauseOrMeasure).Select(f => (f.Indicator, f.Field, f.Line, f.File)).Should().Equal(expected, because);
    }

    // ---- the table's light ----

    private const string G = "green", B = "blue", Y = "yellow", R = "red";

    public static TheoryData<string, string[], string?, Light?> Worst() => new()
    {
        // (because, indicator lights, budget light, table light)
        { "all green", [G, G], G, Light.Green },
        { "blue beats green", [G, B], G, Light.Blue },
        { "yellow beats blue", [B, Y, G], G, Light.Yellow },
        { "red beats yellow and blue", [Y, R, B], G, Light.Red },
        { "a red budget beats green indicators", [G, B], R, Light.Red },
        { "a yellow budget beats blue indicators", [B], Y, Light.Yellow },
        { "a blue indicator beats a green budget", [B], G, Light.Blue },
        { "no budget light: the indicators' worst", [G, Y], null, Light.Yellow },
        { "nothing lit at all: no light", [], null, null },
    };

    [Theory]
    [MemberData(nameof(Worst))]
    public void Run_Table_LightIsTheWorstOfItsLights(string because, string[] indicators, string? budget, Light? expected)
    {
        // Month 12, funds 100, no plan: spent 100 → green, 70 → yellow, 50 → red.
        // Green/yellow/red indicators are qualitative with 确定能/有可能/不可能; blue is ≥24000次 with 28800 (120 % of 24000).
        var rows = indicators.Select((l, k) => l == B ? Row(Count, "≥24000次", k) : Row(Quality, "有效化解", k)).ToArray();
        var entries = new TableEntries
        {
            Indicators = indicators.Select((l, k) => (k, l)).ToDictionary(x => x.k, x => new IndicatorEntry
            {
                Actual = x.l == B ? "28800次" : null,
                Likelihood = x.l switch { G => Likelihood.Certain, Y => Likelihood.Possible, R => Likelihood.Impossible, _ => null },
            }),
            Spent = budget switch { G => 100m, Y => 70m, R => 50m, _ => null },
        };

        var r = CheckpointMonitor.Run(Table(100, null, rows), entries, 12, National);

        r.Indicators.Select(i => i.Light).Should().Equal(indicators.Select(l => (Light?)(l switch { G => Light.Green, B => Light.Blue, Y => Light.Yellow, _ => Light.Red })), because);
        r.Light.Should().Be(expected, because);
    }

    [Fact]
    public void Run_MidTermIndicators_AreNotLit()
    {
        var table = Table(100, null, Row(Count, "≥600次", 0, Horizon.MidTerm), Row(Quality, "有效化解", 1));
        var entries = new TableEntries
        {
            Indicators = new Dictionary<int, IndicatorEntry> { [1] = new() { Likelihood = Likelihood.Certain } },
            Spent = 100,
        };

        var r = CheckpointMonitor.Run(table, entries, 12, National);

        r.Indicators.Select(i => (i.Index, i.Light)).Should().Equal((1, (Light?)Light.Green));
        r.Findings.Should().BeEmpty();
    }
}
