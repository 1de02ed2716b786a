using Jixiao.Diagnostics;

namespace Jixiao.Monitoring;

/// <summary>A table at a checkpoint month: budget progress and its light, each indicator's light, and the table's (worst) light.</summary>
public sealed record MonitoringResult
{
    public int Month { get; init; }
    /// <summary>Money spent so far as a percentage of the annual funds.</summary>
    public decimal? SpentPercent { get; init; }
    /// <summary>The planned cumulative share of the annual funds by the month, in percent.</summary>
    public decimal PlannedPercent { get; init; }
    /// <summary>Spent share ÷ planned share, in percent.</summary>
    public decimal? BudgetProgressPercent { get; init; }
    public Light? BudgetLight { get; init; }
    public Light? Light { get; init; }
    public IReadOnlyList<IndicatorLight> Indicators { get; init; } = [];
    public IReadOnlyList<Diagnostic> Findings { get; init; } = [];
}
