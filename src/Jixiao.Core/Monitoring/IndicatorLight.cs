namespace Jixiao.Monitoring;

/// <summary>One indicator at a checkpoint: its light (null when nothing was entered), and the progress it rests on.</summary>
/// <param name="Basis">progress (cumulative), within (a ceiling), likelihood (a rate or qualitative target), or none.</param>
public sealed record IndicatorLight(int Index, Light? Light, decimal? ProgressPercent, string Basis);
