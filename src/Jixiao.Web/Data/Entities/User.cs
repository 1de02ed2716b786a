namespace Jixiao.Web.Data.Entities;

/// <summary>A person who signs in: their role, and the unit or department it applies to.</summary>
public sealed class User
{
    public required string RegionCode { get; set; }
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string UserName { get; set; }
    public required string DisplayName { get; set; }
    public string PasswordHash { get; set; } = "";
    public Role Role { get; set; }
    public Guid? UnitId { get; set; }
    public Guid? DepartmentId { get; set; }
    public int FailedLogins { get; set; }
    public DateTime? LockedUntil { get; set; }
    public DateTime CreatedAt { get; set; }
}
