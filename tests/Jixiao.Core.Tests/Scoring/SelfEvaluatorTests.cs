using Jixiao.Entries;
using Jixiao.Framework;
using Jixiao.Model;
using Jixiao.Profiles;
using Jixiao.Scoring;
using Jixiao.Values;

namespace Jixiao.Tests.Scoring;

/// <summary>
/// A table scored after the year (DOMAIN.md §7): 预算执行率 min(spent ÷ funds, 1) × 10, the indicators' 90, the total,
/// the optional execution-rate cap and the grade. Expectations are computed by hand in each case's comment.
/// </summary>
public class SelfEvaluatorTests
{
    private static readonly Profile National = Profile.National;
    private static readonly Profile Capped = National with { Scoring = National.Scoring with { ExecutionCap = true } };

    private static Indicator Row(Level1 level1, Level2 level2, string name, string value, decimal? weight = null, Horizon horizon = Horizon.Annual, int line = 20) => new()
    {
        Level1 = level1,
        Level2 = level2,
        Name = name,
        Value = ValueReader.Read(value),
        Weight = weight,
        Horizon = horizon,
        Line = line,
    };

    /// <summary>A table whose only indicator is worth all 90 points (weight 90, used as it is): ≥9000次, so X 次 scores X/100.</summary>
    private static TargetTable Single(decimal? funds) => new()
    {
        Funds = funds is null ? null : new Funds { Total = funds },
        Line = 3,
        Indicators = [Row(Level1.Output, Level2.Quantity, "县领导公开接访服务量", "≥9000次", weight: 90)],
    };

    private static TableEntries Entries(string actual, decimal? spent) => new()
    {
        Indicators = new Dictionary<int, IndicatorEntry> { [0] = new() { Actual = actual, Cause = "已说明" } },
        Spent = spent,
    };

    public static TheoryData<string, decimal, decimal, decimal, decimal> Execution() => new()
    {
        // (because, funds, spent, rate %, score)
        // 95 ÷ 100 = 95 % → 0.95 × 10 = 9.5.
        { "below 100 %", 100m, 95m, 95m, 9.5m },
        // 100 ÷ 100 → 10.
        { "at 100 %", 100m, 100m, 100m, 10m },
        // 120 ÷ 100 = 120 % → min(1.2, 1) × 10 = 10.
        { "above 100 %: capped at full points", 100m, 120m, 120m, 10m },
        // 0 ÷ 100 → 0.
        { "nothing spent", 100m, 0m, 0m, 0m },
        // 68 ÷ 80 = 85 % → 8.5.
        { "funds not 100", 80m, 68m, 85m, 8.5m },
        // 2 ÷ 3 = 66.666… % → 66.67; × 10 = 6.666… → 6.67.
        { "two thirds, rounded", 3m, 2m, 66.67m, 6.67m },
        // 1.9 ÷ 2 = 95 % → 9.5 (seed 003).
        { "small funds in 万元", 2m, 1.9m, 95m, 9.5m },
    };

    [Theory]
    [MemberData(nameof(Execution))]
    public void Evaluate_Spent_BudgetExecutionIsSpentOverFundsCappedAtTenPoints(string because, decimal funds, decimal spent, decimal rate, decimal score)
    {
        // The indicator is met (9000 of ≥9000) → 90; total = score + 90.
        var e = SelfEvaluator.Evaluate(Single(funds), Entries("9000次", spent), National);

        e.BudgetExecutionRate.Should().Be(rate, because);
        e.BudgetExecutionScore.Should().Be(score, because);
        e.BudgetExecutionFullScore.Should().Be(10m);
        e.IndicatorScore.Should().Be(90m, because);
        e.Total.Should().Be(score + 90m, because);
        e.Findings.Should().BeEmpty(because);
    }

    [Fact]
    public void Evaluate_NoSpent_ExecutionScoresZeroWithFinding()
    {
        // No 预算执行数: execution 0; total = the indicator's 90 → 优.
        var e = SelfEvaluator.Evaluate(Single(100), Entries("9000次", null), National);

        e.BudgetExecutionRate.Should().BeNull();
        e.BudgetExecutionScore.Should().Be(0m);
        e.Total.Should().Be(90m);
        e.Grade.Should().Be(Grade.Excellent);
        e.Findings.Should().ContainSingle().Which.Should().Match<Jixiao.Diagnostics.Diagnostic>(f => f.Code == ScoringCodes.SpentMissing && f.Line == 3 && f.Field == "spent");
    }

    public static TheoryData<string, decimal?> NoFunds() => new()
    {
        { "no funds in the table", null },
        { "annual funds 0", 0m },
    };

    [Theory]
    [MemberData(nameof(NoFunds))]
    public void Evaluate_NoUsableFunds_ExecutionScoresZeroWithFinding(string because, decimal? funds)
    {
        var e = SelfEvaluator.Evaluate(Single(funds), Entries("9000次", 50), National);

        e.BudgetExecutionRate.Should().BeNull(because);
        e.BudgetExecutionScore.Should().Be(0m, because);
        e.Total.Should().Be(90m, because);
        e.Findings.Select(f => f.Code).Should().Equal([ScoringCodes.FundsMissing], because);
    }

    /// <summary>The cap on or off, money spent of 100, the indicator's actual, and the total, uncapped total and grade expected.</summary>
    public sealed record CapCase(string Because, bool Cap, decimal? Spent, string Actual, decimal Total, decimal? Uncapped, Grade Grade)
    {
        public override string ToString() => Because;
    }

    public static TheoryData<CapCase> Caps() => new()
    {
        // Funds 100, indicator 9000 of ≥9000 → 90. Execution = spent/10 (two decimals).
        // Cap off: 49.99 % → 4.999 → 5.00; 90 + 5 = 95, nothing capped.
        new("cap off: 49.99 % is not capped", false, 49.99m, "9000次", 95m, null, Grade.Excellent),
        new("cap off: 79.99 % is not capped", false, 79.99m, "9000次", 98m, null, Grade.Excellent),
        // Cap on: 80 % is not below 80 → 90 + 8 = 98.
        new("cap on: 80 % is not capped", true, 80m, "9000次", 98m, null, Grade.Excellent),
        // 79.99 % < 80 → at most 89; 90 + 8.00 = 98 → 89 (良).
        new("cap on: 79.99 % caps at 89", true, 79.99m, "9000次", 89m, 98m, Grade.Good),
        // 70 % < 80 → 89; 90 + 7 = 97 → 89.
        new("cap on: 70 % caps at 89", true, 70m, "9000次", 89m, 97m, Grade.Good),
        // 69.99 % < 70 → 79; 90 + 7.00 = 97 → 79 (中).
        new("cap on: 69.99 % caps at 79", true, 69.99m, "9000次", 79m, 97m, Grade.Fair),
        // 60 % < 70 → 79; 90 + 6 = 96 → 79.
        new("cap on: 60 % caps at 79", true, 60m, "9000次", 79m, 96m, Grade.Fair),
        // 59.99 % < 60 → 69; 90 + 6.00 = 96 → 69.
        new("cap on: 59.99 % caps at 69", true, 59.99m, "9000次", 69m, 96m, Grade.Fair),
        // 50 % < 60 → 69; 90 + 5 = 95 → 69.
        new("cap on: 50 % caps at 69", true, 50m, "9000次", 69m, 95m, Grade.Fair),
        // 49.99 % < 50 → 59; 90 + 5.00 = 95 → 59 (差).
        new("cap on: 49.99 % caps at 59", true, 49.99m, "9000次", 59m, 95m, Grade.Poor),
        // 10 % → 59; 90 + 1 = 91 → 59.
        new("cap on: 10 % caps at 59", true, 10m, "9000次", 59m, 91m, Grade.Poor),
        // 100 % and 120 %: no cap; 90 + 10 = 100.
        new("cap on: 100 % is not capped", true, 100m, "9000次", 100m, null, Grade.Excellent),
        new("cap on: 120 % is not capped", true, 120m, "9000次", 100m, null, Grade.Excellent),
        // 79.99 % caps at 89, but 4500 of 9000 → 45; 45 + 8 = 53 ≤ 89 stands.
        new("cap on: a total under the cap stands", true, 79.99m, "4500次", 53m, null, Grade.Poor),
        // No spent: no rate, no cap; 0 + 90 = 90.
        new("cap on: no spent, no rate, no cap", true, null, "9000次", 90m, null, Grade.Excellent),
        // 79.995 ÷ 100 = 79.995 %, below 80 % → at most 89. Execution 7.9995 → 8.00; 90 + 8 = 98 → 89.
        new("cap on: 79.995 % is below 80 % and caps at 89", true, 79.995m, "9000次", 89m, 98m, Grade.Good),
    };

    [Theory]
    [MemberData(nameof(Caps))]
    public void Evaluate_ExecutionCap_LimitsTheTotalBelowEachThresholdOnlyWhenOn(CapCase c)
    {
        var e = SelfEvaluator.Evaluate(Single(100), Entries(c.Actual, c.Spent), c.Cap ? Capped : National);

        e.Total.Should().Be(c.Total, c.Because);
        e.UncappedTotal.Should().Be(c.Uncapped, c.Because);
        e.Grade.Should().Be(c.Grade, c.Because);
    }

    public static TheoryData<string, decimal, Grade> Grades() => new()
    {
        // Funds 100, spent 100 → 10; the indicator ≥9000次 on 90 points scores X/100 for X 次.
        // 10 + 90 × 4999/9000 = 10 + 49.99 = 59.99 → 差.
        { "4999次", 59.99m, Grade.Poor },
        // 10 + 50 = 60 → 中.
        { "5000次", 60m, Grade.Fair },
        // 10 + 69.99 = 79.99 → 中.
        { "6999次", 79.99m, Grade.Fair },
        // 10 + 70 = 80 → 良.
        { "7000次", 80m, Grade.Good },
        // 10 + 79.99 = 89.99 → 良.
        { "7999次", 89.99m, Grade.Good },
        // 10 + 80 = 90 → 优.
        { "8000次", 90m, Grade.Excellent },
        // 10 + 90 = 100 → 优.
        { "9000次", 100m, Grade.Excellent },
        // 10 + 0 = 10 → 差.
        { "0次", 10m, Grade.Poor },
    };

    [Theory]
    [MemberData(nameof(Grades))]
    public void Evaluate_Total_GradeBandsAt60And80And90(string actual, decimal total, Grade grade)
    {
        var e = SelfEvaluator.Evaluate(Single(100), Entries(actual, 100), National);

        e.Total.Should().Be(total);
        e.Grade.Should().Be(grade);
    }

    [Fact]
    public void Evaluate_TableWithoutWeights_ScoresTheBudgetYearIndicatorsByDefaultShares()
    {
        // Index 0 is a mid-term indicator and is not scored; the annual ones are 1–4.
        // Default shares: 产出 50 over 2 → 25, 25; 效益 30; 满意度 10.
        //   1: ≥200次, 180次 → 25 × 180/200 = 22.5
        //   2: ≤15天, 18天 → 25 × (1 − 3/15) = 20 (no cause entered → JX603)
        //   3: 有效化解, 部分达成 no score → 80 % of 30 = 24
        //   4: ≥97%, 96% → 10 × 96/97 = 9.8969… → 9.90
        // Indicators 22.5 + 20 + 24 + 9.9 = 76.4; execution 95 ÷ 100 → 9.5; total 85.9 → 良.
        var table = new TargetTable
        {
            Funds = new Funds { Total = 100 },
            Line = 3,
            Indicators =
            [
                Row(Level1.Output, Level2.Quantity, "三年累计接访", "≥600次", horizon: Horizon.MidTerm, line: 10),
                Row(Level1.Output, Level2.Quantity, "县领导公开接访服务量", "≥200次", line: 20),
                Row(Level1.Output, Level2.Timeliness, "信访事项受理时限", "≤15天", line: 21),
                Row(Level1.Effect, Level2.Social, "社会矛盾化解", "有效化解", line: 22),
                Row(Level1.Satisfaction, Level2.Satisfaction, "信访群众满意度", "≥97%", line: 23),
            ],
        };
        var entries = new TableEntries
        {
            Indicators = new Dictionary<int, IndicatorEntry>
            {
                [0] = new() { Actual = "100次" },
                [1] = new() { Actual = "180次", Cause = "上级交办任务减少" },
                [2] = new() { Actual = "18天" },
                [3] = new() { Actual = "部分达成并具有一定效果", Cause = "个别积案未化解" },
                [4] = new() { Actual = "96%", Cause = "调查样本偏少" },
            },
            Spent = 95,
        };

        var e = SelfEvaluator.Evaluate(table, entries, National);

        e.Indicators.Select(s => s.Index).Should().Equal(1, 2, 3, 4);
        e.Indicators.Select(s => s.FullScore).Should().Equal(25m, 25m, 30m, 10m);
        e.Indicators.Select(s => s.Score).Should().Equal(22.5m, 20m, 24m, 9.9m);
        e.IndicatorScore.Should().Be(76.4m);
        e.BudgetExecutionScore.Should().Be(9.5m);
        e.Total.Should().Be(85.9m);
        e.UncappedTotal.Should().BeNull();
        e.Grade.Should().Be(Grade.Good);
        e.Findings.Select(f => (f.Code, f.Indicator, f.Line)).Should().Equal((ScoringCodes.CauseMissing, (int?)2, (int?)21));
    }

    [Fact]
    public void Evaluate_WeightMissingAfterAMidTermRow_FindingPointsAtTheTablesIndex()
    {
        // Scored: indexes 1 (weight 90) and 2 (no weight) → 90 and 0; the finding is about table index 2, line 21.
        var table = new TargetTable
        {
            Funds = new Funds { Total = 100 },
            Indicators =
            [
                Row(Level1.Output, Level2.Quantity, "三年累计接访", "≥600次", horizon: Horizon.MidTerm, line: 10),
                Row(Level1.Output, Level2.Quantity, "县领导公开接访服务量", "≥200次", weight: 90, line: 20),
                Row(Level1.Effect, Level2.Social, "社会矛盾化解", "有效化解", line: 21),
            ],
        };
        var entries = new TableEntries
        {
            Indicators = new Dictionary<int, IndicatorEntry> { [1] = new() { Actual = "200次" }, [2] = new() { Actual = "达成年度指标" } },
            Spent = 100,
        };

        var e = SelfEvaluator.Evaluate(table, entries, National);

        e.Indicators.Select(s => s.FullScore).Should().Equal(90m, 0m);
        e.Total.Should().Be(100m);
        e.Findings.Select(f => (f.Code, f.Indicator, f.Line)).Should().Equal((ScoringCodes.WeightMissing, (int?)2, (int?)21));
    }

    public static TheoryData<string, Horizon[], int[]> Horizons() => new()
    {
        { "annual only: all", [Horizon.Annual, Horizon.Annual], [0, 1] },
        { "annual and mid-term: the annual ones", [Horizon.MidTerm, Horizon.Annual, Horizon.MidTerm, Horizon.Annual], [1, 3] },
        { "mid-term only: all, there is nothing else to score", [Horizon.MidTerm, Horizon.MidTerm], [0, 1] },
        { "no indicators", [], [] },
    };

    [Theory]
    [MemberData(nameof(Horizons))]
    public void BudgetYearIndexes_Horizons_AnnualIndicatorsElseAll(string because, Horizon[] horizons, int[] expected)
    {
        var table = new TargetTable { Indicators = horizons.Select(h => Row(Level1.Output, Level2.Quantity, "接访", "≥1次", horizon: h)).ToList() };

        SelfEvaluator.BudgetYearIndexes(table).Should().Equal(expected, because);
    }
}
