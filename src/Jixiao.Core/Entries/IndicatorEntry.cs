namespace Jixiao.Entries;

/// <summary>What a unit entered for one indicator: the value reached (as written), and optionally a score, a likelihood, a cause and a measure.</summary>
public sealed record IndicatorEntry
{
    public string? Actual { get; init; }
    public decimal? Score { get; init; }
    public Likelihood? Likelihood { get; init; }
    public string? Cause { get; init; }
    public string? Measure { get; init; }
    /// <summary>Where it was entered (e.g. "actuals.csv"), and on which line.</summary>
    public string? File { get; init; }
    public int? Line { get; init; }
}
