namespace Jixiao.Web.Data.Entities;

/// <summary>
/// One version of one target table. All versions of a table share a lineage; an adjustment adds a version and keeps
/// the approved one. The table itself is stored as exchange JSON, with the facts the lists search and filter on.
/// </summary>
public sealed class TableRecord
{
    public required string RegionCode { get; set; }
    public int Year { get; set; }
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid Lineage { get; set; }
    /// <summary>1 for the first version of a lineage, 2 after the first adjustment, …</summary>
    public int Version { get; set; } = 1;
    /// <summary>Optimistic concurrency: every change increments it; an edit naming an older revision is refused.</summary>
    public int Revision { get; set; } = 1;
    public bool IsCurrent { get; set; } = true;
    public TableState State { get; set; }
    public Guid UnitId { get; set; }
    public Guid DepartmentId { get; set; }
    public Guid? DocumentId { get; set; }
    public required string Kind { get; set; }
    public string? ProjectName { get; set; }
    public string? UnitName { get; set; }
    public string? DepartmentName { get; set; }
    public required string ModelJson { get; set; }
    public string Grade { get; set; } = "";
    public int Errors { get; set; }
    public int Warnings { get; set; }
    /// <summary>The review as of the last write, with the stamp of the rules it ran under (<see cref="Tables.StoredReview"/>); null for tables stored before it was kept.</summary>
    public string? ReviewJson { get; set; }
    public string? LastComment { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
}
