using Jixiao.Diagnostics;
using Jixiao.Profiles;

namespace Jixiao.Scoring;

/// <summary>A table's self-evaluation: budget execution, indicator scores, the total and the grade, with the findings made on the way.</summary>
public sealed record Evaluation
{
    /// <summary>Money spent as a percentage of the annual funds.</summary>
    public decimal? BudgetExecutionRate { get; init; }
    public decimal BudgetExecutionScore { get; init; }
    public decimal BudgetExecutionFullScore { get; init; }
    public decimal IndicatorScore { get; init; }
    public decimal Total { get; init; }
    /// <summary>The total before the execution-rate cap, when the cap lowered it.</summary>
    public decimal? UncappedTotal { get; init; }
    public Grade Grade { get; init; }
    public IReadOnlyList<IndicatorScore> Indicators { get; init; } = [];
    public IReadOnlyList<Diagnostic> Findings { get; init; } = [];
}
