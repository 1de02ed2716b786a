namespace Jixiao.Web.Data.Entities;

/// <summary>An uploaded original, kept as it came.</summary>
public sealed class StoredDocument
{
    public required string RegionCode { get; set; }
    public int Year { get; set; }
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid UnitId { get; set; }
    public required string FileName { get; set; }
    public required byte[] Content { get; set; }
    public required string Sha256 { get; set; }
    public Guid UploadedBy { get; set; }
    public DateTime UploadedAt { get; set; }
    public int TableCount { get; set; }
}
