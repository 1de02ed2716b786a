namespace Jixiao.Web.Data.Entities;

/// <summary>A budget unit (预算单位) under a department.</summary>
public sealed class Unit
{
    public required string RegionCode { get; set; }
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid DepartmentId { get; set; }
    public required string Name { get; set; }
    public string? Code { get; set; }
}
