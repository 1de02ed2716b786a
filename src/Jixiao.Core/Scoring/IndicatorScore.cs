namespace Jixiao.Scoring;

/// <summary>How one indicator scored: its full points, the points given, and how they were reached.</summary>
/// <param name="AchievedPercent">Actual as a percentage of the target, for numeric targets.</param>
/// <param name="Method">positive, negative, exact, qualitative, or none (no actual).</param>
public sealed record IndicatorScore(int Index, decimal FullScore, decimal Score, decimal? AchievedPercent, string Method, bool TargetTooLow);
