namespace Jixiao.Values;

/// <summary>A target value as read from its cell(s): comparator, number, unit or grade, and the text as written.</summary>
public sealed record IndicatorValue
{
    public Comparator? Comparator { get; init; }
    public decimal? Number { get; init; }
    public string? Unit { get; init; }
    public UnitKind UnitKind { get; init; }
    public string? Grade { get; init; }
    /// <summary>The cell(s) as written, joined with a space where the comparator and unit stood in their own columns.</summary>
    public string Text { get; init; } = "";
    public ValueStatus Status { get; init; }

    public static IndicatorValue Empty { get; } = new() { Status = ValueStatus.Empty };

    public bool IsQuantitative => Status == ValueStatus.Number;
}
