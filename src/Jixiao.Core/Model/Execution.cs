namespace Jixiao.Model;

/// <summary>A published self-evaluation's funds row: budget, money spent, execution rate and its score.</summary>
public sealed record Execution
{
    public decimal? InitialBudget { get; init; }
    public decimal? Budget { get; init; }
    public decimal? Spent { get; init; }
    public decimal? FullScore { get; init; }
    /// <summary>Execution rate in percent (95 for 95 %).</summary>
    public decimal? Rate { get; init; }
    public decimal? Score { get; init; }
}
