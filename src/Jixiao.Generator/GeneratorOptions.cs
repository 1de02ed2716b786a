namespace Jixiao.Generator;

/// <summary>What to generate: the seed (same seed, same bytes), the layouts to draw from, and the share of tables given a planted mistake.</summary>
public sealed record GeneratorOptions
{
    public int Seed { get; init; } = 1;
    public IReadOnlyList<DocumentLayout> Layouts { get; init; } = DocumentLayouts.All;
    /// <summary>The probability that a table gets one planted mistake, 0–1.</summary>
    public double ErrorRate { get; init; } = 0.1;
}
