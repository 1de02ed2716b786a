namespace Jixiao.Web.Data.Entities;

/// <summary>A 财政区划: the unit a national deployment distributes by.</summary>
public sealed class Region
{
    public required string Code { get; set; }
    public required string Name { get; set; }
}
