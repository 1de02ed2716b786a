using Jixiao.Framework;

namespace Jixiao.Profiles;

/// <summary>Self-evaluation settings (DOMAIN.md §7).</summary>
public sealed record ScoringSettings
{
    public decimal BudgetExecutionPoints { get; init; } = 10;
    public decimal IndicatorPoints { get; init; } = 90;
    public IReadOnlyDictionary<Level1, decimal> DefaultShares { get; init; } = new Dictionary<Level1, decimal>
    {
        [Level1.Output] = 50, [Level1.Effect] = 30, [Level1.Satisfaction] = 10,
    };
    /// <summary>Qualitative bands by name: the share of the indicator's points, in percent, [low, high].</summary>
    public IReadOnlyDictionary<string, (decimal Low, decimal High)> QualitativeBands { get; init; } = new Dictionary<string, (decimal, decimal)>
    {
        ["达成年度指标"] = (80, 100), ["部分达成并具有一定效果"] = (60, 80), ["未达成且效果较差"] = (0, 60),
    };
    public decimal LowTargetRatio { get; init; } = 1.3m;
    public decimal LowTargetPenalty { get; init; }
    public bool ExecutionCap { get; init; }
    public IReadOnlyList<(decimal Below, decimal Max)> ExecutionCaps { get; init; } = [(80, 89), (70, 79), (60, 69), (50, 59)];
    public decimal Excellent { get; init; } = 90;
    public decimal Good { get; init; } = 80;
    public decimal Fair { get; init; } = 60;
    public decimal Tolerance { get; init; } = 0.5m;

    public Grade GradeOf(decimal total) => total >= Excellent ? Grade.Excellent : total >= Good ? Grade.Good : total >= Fair ? Grade.Fair : Grade.Poor;
}
