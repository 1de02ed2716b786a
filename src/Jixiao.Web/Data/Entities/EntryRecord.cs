namespace Jixiao.Web.Data.Entities;

/// <summary>Monitoring progress at a checkpoint, or a self-evaluation, entered for one table.</summary>
public sealed class EntryRecord
{
    public required string RegionCode { get; set; }
    public int Year { get; set; }
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid TableId { get; set; }
    /// <summary>"monitoring" or "self-evaluation".</summary>
    public required string Kind { get; set; }
    public int? Month { get; set; }
    /// <summary>What was entered, as the entry-sheet CSV.</summary>
    public required string EntriesCsv { get; set; }
    /// <summary>The lights or scores computed from it (exchange JSON of the table with evaluation or monitoring).</summary>
    public string? ResultJson { get; set; }
    public Guid CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}
