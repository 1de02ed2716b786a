using Jixiao.Framework;
using Jixiao.Values;

namespace Jixiao.Model;

/// <summary>A level-3 indicator row with its place in the framework and its target (DOMAIN.md §3).</summary>
public sealed record Indicator
{
    public Level1? Level1 { get; init; }
    public Level2? Level2 { get; init; }
    /// <summary>The level-1 label as written (inherited from a merged cell above when the row leaves it blank).</summary>
    public string? Level1Text { get; init; }
    public string? Level2Text { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public IndicatorValue Value { get; init; } = IndicatorValue.Empty;
    /// <summary>The 指标性质 cell as written, when the table has that column.</summary>
    public string? NatureText { get; init; }
    public decimal? Weight { get; init; }
    public string? Basis { get; init; }
    public Horizon Horizon { get; init; }
    /// <summary>Self-evaluation and monitoring: the value reached, as written.</summary>
    public string? ActualText { get; init; }
    public IndicatorValue? Actual { get; init; }
    public decimal? Score { get; init; }
    /// <summary>Self-evaluation: 偏差原因分析及改进措施.</summary>
    public string? Cause { get; init; }
    /// <summary>1-based line in the source where the row starts.</summary>
    public int Line { get; init; }
}
