namespace Jixiao.Web.Data.Entities;

/// <summary>An indicator of a stored table, for search over indicator names.</summary>
public sealed class IndicatorRecord
{
    public required string RegionCode { get; set; }
    public int Year { get; set; }
    public Guid TableId { get; set; }
    public int Index { get; set; }
    public string? Name { get; set; }
    public string? Level1 { get; set; }
    public string? Level2 { get; set; }
}
