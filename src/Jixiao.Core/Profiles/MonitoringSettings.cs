namespace Jixiao.Profiles;

/// <summary>Monitoring light thresholds (DOMAIN.md §6), in percent of progress.</summary>
public sealed record MonitoringSettings
{
    public decimal BudgetRed { get; init; } = 60;
    public decimal BudgetYellow { get; init; } = 80;
    public decimal IndicatorRed { get; init; } = 60;
    public decimal IndicatorYellow { get; init; } = 80;
    public decimal IndicatorBlue { get; init; } = 120;
}
