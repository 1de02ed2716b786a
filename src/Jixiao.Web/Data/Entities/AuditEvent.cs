namespace Jixiao.Web.Data.Entities;

/// <summary>One entry of the append-only audit trail: who did what to which table, when, and what it was before and after.</summary>
public sealed class AuditEvent
{
    public required string RegionCode { get; set; }
    public int Year { get; set; }
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid? TableId { get; set; }
    public Guid? Lineage { get; set; }
    public required string Action { get; set; }
    public Guid? UserId { get; set; }
    public string? UserName { get; set; }
    public DateTime At { get; set; }
    public string? Comment { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
