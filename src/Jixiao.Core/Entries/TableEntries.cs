namespace Jixiao.Entries;

/// <summary>Everything entered for one table: per indicator (by index into the table's indicators) and the money spent.</summary>
public sealed record TableEntries
{
    public IReadOnlyDictionary<int, IndicatorEntry> Indicators { get; init; } = new Dictionary<int, IndicatorEntry>();
    /// <summary>Money spent (so far, or in the year), in the table's currency.</summary>
    public decimal? Spent { get; init; }
    /// <summary>The 预算执行数 row itself, for its cause, measure and line.</summary>
    public IndicatorEntry? SpentEntry { get; init; }

    public static TableEntries None { get; } = new();
}
