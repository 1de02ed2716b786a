namespace Jixiao.Reading;

/// <summary>What a column of the indicator block holds.</summary>
internal enum ColumnRole
{
    None,
    Ignore,
    Level1,
    Level2,
    Name,
    Nature,
    Value,
    Unit,
    Weight,
    Description,
    Basis,
    Actual,
    Score,
    Cause,
    Note,
}
