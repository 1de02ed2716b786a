namespace Jixiao.Generator;

/// <summary>A generated level-3 indicator before it is written out in a layout.</summary>
internal sealed class IndicatorSpec
{
    public required string Level1 { get; set; }
    public required string Level2 { get; set; }
    public required string Name { get; set; }
    public ValueKind Kind { get; set; }
    /// <summary>≥ ≤ = ≅, or null when the comparator is left out; qualitative values have none.</summary>
    public string? Comparator { get; set; }
    /// <summary>The target number as written ("95", "12.5"); null for a qualitative value.</summary>
    public string? Number { get; set; }
    public string? Unit { get; set; }
    public string? Grade { get; set; }
    public string Description { get; set; } = "";
    public string Basis { get; set; } = "";
    public int? Weight { get; set; }
    /// <summary>The value reached, as a person writes it in the entry sheet ("96%", "210人", "达成年度指标").</summary>
    public string Actual { get; set; } = "";
    /// <summary>The value reached as a self-evaluation table shows it (a grade for qualitative indicators).</summary>
    public string ActualShown { get; set; } = "";

    public bool IsQualitative => Kind == ValueKind.Qualitative;

    /// <summary>The value with its comparator, as in `≥95%` or `较好`.</summary>
    public string Embedded => IsQualitative ? Grade! : (Comparator ?? "") + Number + Unit;

    /// <summary>What a 指标性质 column holds for this indicator.</summary>
    public string NatureCell(bool wu) => IsQualitative ? (wu ? "无" : "定性") : Comparator ?? "";

    public IndicatorSpec Copy() => (IndicatorSpec)MemberwiseClone();
}
