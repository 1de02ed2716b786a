namespace Jixiao.Web.Data.Entities;

/// <summary>A personal API token for scripts; only its SHA-256 is stored.</summary>
public sealed class ApiToken
{
    public required string RegionCode { get; set; }
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid UserId { get; set; }
    public required string Name { get; set; }
    public required string Hash { get; set; }
    /// <summary>The first characters of the token, so a person can tell tokens apart.</summary>
    public required string Prefix { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
