namespace Jixiao.Generator;

/// <summary>
/// A planted mistake and where the review must report it: the table (0-based, in document order), the indicator
/// (0-based within the table, null for a finding about the table), and the expected finding code.
/// </summary>
public sealed record PlantedMistake(Mistake Mistake, string Code, int Table, int? Indicator, string TableName, string? IndicatorName);
