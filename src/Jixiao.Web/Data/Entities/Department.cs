namespace Jixiao.Web.Data.Entities;

/// <summary>A supervising department (主管部门) of a region.</summary>
public sealed class Department
{
    public required string RegionCode { get; set; }
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public string? Code { get; set; }
}
